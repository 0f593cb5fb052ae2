/// Expressions, from `star_expressions` down to `primary`, with CPython's precedence.
extension PythonParser {
  /// Whether `k` can start an expression (to tell a trailing comma from a tuple item).
  func startsExpression(_ k: PyTok) -> Bool {
    switch k {
    case .name, .number, .string, .fStart, .lpar, .lsqb, .lbrace, .minus, .plus, .tilde, .star, .kNot, .kLambda,
      .kAwait, .kNone, .kTrue, .kFalse, .ellipsis:
      true
    default: false
    }
  }

  /// `star_expressions`: one, or a tuple when a comma follows.
  mutating func starExpressions() throws(PySyntaxError) -> Int32 {
    let first = try starExpression()
    guard kind == .comma else { return first }
    let mark = scratch.count
    scratch.append(first)
    while match(.comma) {
      guard startsExpression(kind) else { break }
      scratch.append(try starExpression())
    }
    return node(.tuple, ast[first].token, a: list(from: mark))
  }

  /// `'*' bitwise_or | expression`.
  mutating func starExpression() throws(PySyntaxError) -> Int32 {
    guard kind == .star else { return try expression() }
    let start = pos
    advance()
    return node(.starred, start, a: try bitwiseOr())
  }

  /// `'*' bitwise_or | named_expression` (display items).
  mutating func starNamedExpression() throws(PySyntaxError) -> Int32 {
    guard kind == .star else { return try namedExpression() }
    let start = pos
    advance()
    return node(.starred, start, a: try bitwiseOr())
  }

  /// `NAME ':=' expression | expression`.
  mutating func namedExpression() throws(PySyntaxError) -> Int32 {
    guard kind == .name && peek() == .colonEqual else {
      let value = try expression()
      if kind == .colonEqual {
        throw error("cannot use assignment expressions with \(describe(value))", at: ast[value].token)
      }
      return value
    }
    let target = node(.name, pos, flags: PyContext.store.rawValue)
    let start = pos
    advance()
    advance()
    return node(.namedExpr, start, a: target, b: try expression())
  }

  /// `disjunction ['if' disjunction 'else' expression] | lambdef`.
  mutating func expression() throws(PySyntaxError) -> Int32 {
    try enter()
    defer { depth -= 1 }
    if kind == .kLambda { return try lambda() }
    let body = try disjunction()
    guard kind == .kIf else { return body }
    advance()
    let test = try disjunction()
    try expect(.kElse, "expected 'else' after 'if' expression")
    let orelse = try expression()
    return node(.ifExp, ast[body].token, a: body, b: test, c: orelse)
  }

  /// `'yield' 'from' expression | 'yield' [star_expressions]`.
  mutating func yieldExpression() throws(PySyntaxError) -> Int32 {
    let start = pos
    advance()
    if match(.kFrom) { return node(.yieldFrom, start, a: try expression()) }
    let closes = kind == .rpar || kind == .rsqb || kind == .rbrace || kind == .equal || kind == .fFieldEnd
    let value = isExpressionEnd || closes ? -1 : try starExpressions()
    return node(.yield, start, a: value)
  }

  /// `conjunction ('or' conjunction)*`.
  mutating func disjunction() throws(PySyntaxError) -> Int32 {
    let first = try conjunction()
    guard kind == .kOr else { return first }
    let mark = scratch.count
    scratch.append(first)
    while match(.kOr) { scratch.append(try conjunction()) }
    return node(.boolOp, ast[first].token, a: list(from: mark))
  }

  /// `inversion ('and' inversion)*`.
  mutating func conjunction() throws(PySyntaxError) -> Int32 {
    let first = try inversion()
    guard kind == .kAnd else { return first }
    let mark = scratch.count
    scratch.append(first)
    while match(.kAnd) { scratch.append(try inversion()) }
    return node(.boolOp, ast[first].token, a: list(from: mark))
  }

  /// `'not' inversion | comparison`.
  mutating func inversion() throws(PySyntaxError) -> Int32 {
    guard kind == .kNot else { return try comparison() }
    try enter()
    defer { depth -= 1 }
    let start = pos
    advance()
    return node(.unaryOp, start, a: try inversion())
  }

  /// `bitwise_or (compare_op bitwise_or)*`.
  mutating func comparison() throws(PySyntaxError) -> Int32 {
    let first = try bitwiseOr()
    var mark = -1
    while true {
      switch kind {
      case .eqEqual, .notEqual, .less, .lessEqual, .greater, .greaterEqual, .kIn: advance()
      case .kNot where peek() == .kIn:
        advance()
        advance()
      case .kIs:
        advance()
        _ = match(.kNot)
      default:
        guard mark >= 0 else { return first }
        return node(.compare, ast[first].token, a: first, b: list(from: mark))
      }
      if mark < 0 { mark = scratch.count }
      scratch.append(try bitwiseOr())
    }
  }

  /// A left-associative binary level: `next (op next)*` for any operator `isOperator` takes.
  mutating func binary(
    _ next: (inout PythonParser) throws(PySyntaxError) -> Int32, _ isOperator: (PyTok) -> Bool
  ) throws(PySyntaxError) -> Int32 {
    var left = try next(&self)
    while isOperator(kind) {
      let op = pos
      advance()
      left = node(.binOp, op, a: left, b: try next(&self))
    }
    return left
  }

  /// `|`, then `^`, `&`, shifts, `+ -`, and `* / // % @`.
  mutating func bitwiseOr() throws(PySyntaxError) -> Int32 {
    try binary({ (p: inout PythonParser) throws(PySyntaxError) in try p.bitwiseXor() }) { $0 == .vbar }
  }
  mutating func bitwiseXor() throws(PySyntaxError) -> Int32 {
    try binary({ (p: inout PythonParser) throws(PySyntaxError) in try p.bitwiseAnd() }) { $0 == .circumflex }
  }
  mutating func bitwiseAnd() throws(PySyntaxError) -> Int32 {
    try binary({ (p: inout PythonParser) throws(PySyntaxError) in try p.shiftExpression() }) { $0 == .amper }
  }
  mutating func shiftExpression() throws(PySyntaxError) -> Int32 {
    try binary({ (p: inout PythonParser) throws(PySyntaxError) in try p.sum() }) {
      $0 == .leftShift || $0 == .rightShift
    }
  }
  mutating func sum() throws(PySyntaxError) -> Int32 {
    try binary({ (p: inout PythonParser) throws(PySyntaxError) in try p.term() }) { $0 == .plus || $0 == .minus }
  }
  mutating func term() throws(PySyntaxError) -> Int32 {
    try binary({ (p: inout PythonParser) throws(PySyntaxError) in try p.factor() }) {
      $0 == .star || $0 == .slash || $0 == .doubleSlash || $0 == .percent || $0 == .at
    }
  }

  /// `('+' | '-' | '~') factor | power`.
  mutating func factor() throws(PySyntaxError) -> Int32 {
    guard kind == .plus || kind == .minus || kind == .tilde else { return try power() }
    try enter()
    defer { depth -= 1 }
    let start = pos
    advance()
    return node(.unaryOp, start, a: try factor())
  }

  /// `await_primary ['**' factor]`.
  mutating func power() throws(PySyntaxError) -> Int32 {
    let base = try awaitPrimary()
    guard kind == .doubleStar else { return base }
    try enter()
    defer { depth -= 1 }
    let op = pos
    advance()
    return node(.binOp, op, a: base, b: try factor())
  }

  /// `'await' primary | primary`.
  mutating func awaitPrimary() throws(PySyntaxError) -> Int32 {
    guard kind == .kAwait else { return try primary() }
    let start = pos
    advance()
    return node(.await, start, a: try primary())
  }

  /// An atom followed by `.name`, calls and subscripts.
  mutating func primary() throws(PySyntaxError) -> Int32 {
    var value = try atom()
    while true {
      switch kind {
      case .dot:
        advance()
        guard kind == .name else { throw invalidSyntax }
        value = node(.attribute, pos, a: value)
        advance()
      case .lpar:
        let start = pos
        advance()
        let (args, keywords) = try callArguments(open: start)
        try expect(.rpar)
        value = node(.call, start, a: value, b: args, c: keywords)
      case .lsqb:
        let start = pos
        advance()
        let slice = try slices()
        try expect(.rsqb)
        value = node(.subscript, start, a: value, b: slice)
      default:
        return value
      }
    }
  }

  /// What CPython calls an expression in its messages (`function call`, `literal`, …).
  func describe(_ index: Int32) -> String {
    let n = ast[index]
    switch n.kind {
    case .attribute: return "attribute"
    case .subscript: return "subscript"
    case .starred: return "starred"
    case .name: return "name"
    case .list: return "list"
    case .tuple: return "tuple"
    case .lambda: return "lambda"
    case .call: return "function call"
    case .boolOp, .binOp, .unaryOp: return "expression"
    case .genExp: return "generator expression"
    case .yield, .yieldFrom: return "yield expression"
    case .await: return "await expression"
    case .listComp: return "list comprehension"
    case .setComp: return "set comprehension"
    case .dictComp: return "dict comprehension"
    case .dict: return "dict literal"
    case .set: return "set display"
    case .joinedStr, .formattedValue: return "f-string expression"
    case .compare: return "comparison"
    case .ifExp: return "conditional expression"
    case .namedExpr: return "named expression"
    case .constant:
      switch kinds[Int(n.token)] {
      case .kNone: return "None"
      case .kTrue: return "True"
      case .kFalse: return "False"
      case .ellipsis: return "ellipsis"
      default: return "literal"
      }
    default: return "expression"
    }
  }
}
