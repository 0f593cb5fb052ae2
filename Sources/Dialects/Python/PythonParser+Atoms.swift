/// Atoms: names, literals, strings and f-strings, parenthesized forms, displays and
/// comprehensions.
extension PythonParser {
  /// One atom.
  mutating func atom() throws(PySyntaxError) -> Int32 {
    let start = pos
    switch kind {
    case .name:
      advance()
      return node(.name, start)
    case .kTrue, .kFalse, .kNone, .number, .ellipsis:
      advance()
      return node(.constant, start)
    case .string, .fStart:
      return try strings()
    case .lpar:
      return try parenthesized()
    case .lsqb:
      return try listDisplay()
    case .lbrace:
      return try braceDisplay()
    default:
      throw invalidSyntax
    }
  }

  /// Adjacent string literals, concatenated; any f-string among them makes a JoinedStr.
  mutating func strings() throws(PySyntaxError) -> Int32 {
    let start = pos
    let mark = scratch.count
    var isBytes: Bool?
    var formatted = false
    while kind == .string || kind == .fStart {
      let bytes = isBytesLiteral(pos)
      if let isBytes, isBytes != bytes { throw error("cannot mix bytes and nonbytes literals", at: start) }
      isBytes = bytes
      if kind == .string {
        advance()
        continue
      }
      formatted = true
      advance()
      try fStringParts(until: .fEnd)
      advance()
    }
    guard formatted else {
      scratch.removeSubrange(mark...)
      return node(.constant, start)
    }
    return node(.joinedStr, start, a: list(from: mark))
  }

  /// Whether string token `index` has a `b` prefix.
  func isBytesLiteral(_ index: Int32) -> Bool {
    let t = tokens[Int(index)]
    var i = Int(t.start)
    while src[i] != UInt8(ascii: "'") && src[i] != UInt8(ascii: "\"") {
      if src[i] | 0x20 == UInt8(ascii: "b") { return true }
      i += 1
    }
    return false
  }

  /// An f-string's literal pieces and fields up to `end` (its closing quote, or a field's
  /// `}` for a format spec), each field's FormattedValue pushed on the scratch stack.
  mutating func fStringParts(until end: PyTok) throws(PySyntaxError) {
    while kind != end {
      switch kind {
      case .fMiddle:
        advance()
      case .fFieldStart:
        scratch.append(try formattedValue())
      default:
        throw error("f-string: invalid syntax")
      }
    }
  }

  /// `{expression[=][!c][:spec]}`, parsed as CPython 3.11 parses `(expression)`.
  mutating func formattedValue() throws(PySyntaxError) -> Int32 {
    let start = pos
    advance()
    let value = kind == .kYield ? try yieldExpression() : try starExpressions()
    _ = match(.fEquals)
    _ = match(.fConversion)
    var spec: Int32 = -1
    if match(.fSpec) {
      let mark = scratch.count
      try fStringParts(until: .fFieldEnd)
      spec = node(.joinedStr, start, a: list(from: mark))
    }
    guard kind == .fFieldEnd else { throw error("f-string: invalid syntax") }
    advance()
    return node(.formattedValue, start, a: value, b: spec)
  }

  /// `()`, `(yield …)`, `(expr)`, `(a, b)` and `(x for x in y)`.
  mutating func parenthesized() throws(PySyntaxError) -> Int32 {
    let start = pos
    advance()
    if match(.rpar) { return node(.tuple, start) }
    if kind == .kYield {
      let value = try yieldExpression()
      try expect(.rpar)
      ast[value].flags |= PyNode.isParenthesized
      return value
    }
    let first = try starNamedExpression()
    if kind == .kFor || (kind == .kAsync && peek() == .kFor) {
      let generators = try comprehensionClauses()
      try expect(.rpar)
      return node(.genExp, start, a: first, b: generators, c: pos - 1)
    }
    if kind == .comma {
      let mark = scratch.count
      scratch.append(first)
      while match(.comma) {
        if kind == .rpar { break }
        scratch.append(try starNamedExpression())
      }
      try expect(.rpar)
      return node(.tuple, start, a: list(from: mark), flags: PyNode.isParenthesized)
    }
    if kind != .rpar && ast[first].kind == .starred { throw invalidSyntax }
    try expect(.rpar)
    if ast[first].kind == .starred { throw error("cannot use starred expression here", at: ast[first].token) }
    ast[first].flags |= PyNode.isParenthesized
    return first
  }

  /// `[a, b]` and `[x for x in y]`.
  mutating func listDisplay() throws(PySyntaxError) -> Int32 {
    let start = pos
    advance()
    if match(.rsqb) { return node(.list, start) }
    return try display(start, first: try starNamedExpression(), closing: .rsqb, items: .list, comprehension: .listComp)
  }

  /// The rest of a list or set display after its first item: a comprehension, or more items.
  mutating func display(_ start: Int32, first: Int32, closing: PyTok, items: PyKind, comprehension: PyKind)
    throws(PySyntaxError) -> Int32
  {
    if kind == .kFor || (kind == .kAsync && peek() == .kFor) {
      let generators = try comprehensionClauses()
      try expect(closing)
      return node(comprehension, start, a: first, b: generators, c: pos - 1)
    }
    let mark = scratch.count
    scratch.append(first)
    while match(.comma) {
      if kind == closing { break }
      scratch.append(try starNamedExpression())
    }
    try expect(closing)
    return node(items, start, a: list(from: mark))
  }

  /// `{}`, dicts, sets, and their comprehensions.
  mutating func braceDisplay() throws(PySyntaxError) -> Int32 {
    let start = pos
    advance()
    if match(.rbrace) { return node(.dict, start) }
    if kind == .doubleStar { return try dictItems(start: start) }
    let first = try starNamedExpression()
    if kind == .colon {
      let bareNamed = ast[first].kind == .namedExpr && ast[first].flags & PyNode.isParenthesized == 0
      guard ast[first].kind != .starred && !bareNamed else { throw invalidSyntax }
      advance()
      let value = try expression()
      if kind == .kFor || (kind == .kAsync && peek() == .kFor) {
        let generators = try comprehensionClauses()
        try expect(.rbrace)
        return node(.dictComp, start, a: first, b: value, c: generators, d: pos - 1)
      }
      return try dictItems(start: start, firstKey: first, firstValue: value)
    }
    return try display(start, first: first, closing: .rbrace, items: .set, comprehension: .setComp)
  }

  /// The rest of a dict display: `key: value` pairs and `**mapping`s.
  mutating func dictItems(start: Int32, firstKey: Int32? = nil, firstValue: Int32 = -1) throws(PySyntaxError)
    -> Int32
  {
    var keys: [Int32] = []
    var values: [Int32] = []
    if let firstKey {
      keys.append(firstKey)
      values.append(firstValue)
      guard match(.comma) else {
        try expect(.rbrace)
        return dictNode(start, keys, values)
      }
    }
    while kind != .rbrace {
      if match(.doubleStar) {
        keys.append(-1)
        values.append(try bitwiseOr())
      } else {
        keys.append(try expression())
        try expect(.colon, "':' expected after dictionary key")
        values.append(try expression())
      }
      guard match(.comma) else { break }
    }
    try expect(.rbrace)
    return dictNode(start, keys, values)
  }

  /// A Dict node over `keys` (-1 for `**`) and `values`.
  mutating func dictNode(_ start: Int32, _ keys: [Int32], _ values: [Int32]) -> Int32 {
    let keyList = ast.list(keys[...])
    let valueList = ast.list(values[...])
    return node(.dict, start, a: keyList, b: valueList)
  }

  /// `([async] for targets in disjunction (if disjunction)*)+`.
  mutating func comprehensionClauses() throws(PySyntaxError) -> Int32 {
    let mark = scratch.count
    while kind == .kFor || (kind == .kAsync && peek() == .kFor) {
      let start = pos
      let async = match(.kAsync) ? PyNode.isAsync : 0
      advance()
      let target = try starTargets()
      guard kind == .kIn else { throw invalidSyntax }
      try setContext(target, .store)
      advance()
      let iter = try disjunction()
      let ifMark = scratch.count
      while match(.kIf) { scratch.append(try disjunction()) }
      let ifs = list(from: ifMark)
      scratch.append(node(.comprehension, start, a: target, b: iter, c: ifs, flags: async))
    }
    return list(from: mark)
  }

  // MARK: Calls and subscripts

  /// Call arguments up to `)`: the positional ones (with `*x`) and the keywords (with
  /// `**x`), as CPython orders and checks them.
  mutating func callArguments(open: Int32) throws(PySyntaxError) -> (args: Int32, keywords: Int32) {
    var args: [Int32] = []
    var keywords: [Int32] = []
    var sawKeyword = false
    var sawDoubleStar = false
    while kind != .rpar {
      let start = pos
      if match(.star) {
        if sawDoubleStar {
          throw error("iterable argument unpacking follows keyword argument unpacking", at: start)
        }
        args.append(node(.starred, start, a: try expression()))
      } else if match(.doubleStar) {
        sawDoubleStar = true
        keywords.append(node(.keyword, -1, a: try expression()))
      } else if kind == .name && peek() == .equal {
        let name = pos
        advance()
        advance()
        sawKeyword = true
        keywords.append(node(.keyword, name, a: try expression()))
      } else {
        let value = try namedExpression()
        if kind == .equal {
          let message =
            ast[value].kind == .constant && [.kTrue, .kFalse, .kNone].contains(kinds[Int(ast[value].token)])
            ? "cannot assign to \(describe(value))"
            : "expression cannot contain assignment, perhaps you meant \"==\"?"
          throw error(message, at: ast[value].token)
        }
        if kind == .kFor || (kind == .kAsync && peek() == .kFor) {
          let generators = try comprehensionClauses()
          let genexp = node(.genExp, open, a: value, b: generators, c: pos)
          if !args.isEmpty || !keywords.isEmpty || kind == .comma {
            throw error("Generator expression must be parenthesized", at: start)
          }
          args.append(genexp)
        } else {
          if sawDoubleStar {
            throw error("positional argument follows keyword argument unpacking", at: start)
          }
          if sawKeyword { throw error("positional argument follows keyword argument", at: start) }
          args.append(value)
        }
      }
      guard match(.comma) else { break }
    }
    return (ast.list(args[...]), ast.list(keywords[...]))
  }

  /// `slices`: one slice, or a tuple of slices and starred expressions.
  mutating func slices() throws(PySyntaxError) -> Int32 {
    let first = try slice()
    guard kind == .comma else { return first }
    let mark = scratch.count
    scratch.append(first)
    while match(.comma) {
      if kind == .rsqb { break }
      scratch.append(try slice())
    }
    return node(.tuple, ast[first].token, a: list(from: mark))
  }

  /// `[lower] ':' [upper] [':' [step]] | named_expression | '*' expression`.
  mutating func slice() throws(PySyntaxError) -> Int32 {
    let start = pos
    if kind == .star { return try starExpression() }
    var lower: Int32 = -1
    if kind != .colon {
      lower = try namedExpression()
      guard kind == .colon else { return lower }
    }
    advance()
    let upper = kind == .colon || kind == .comma || kind == .rsqb ? -1 : try expression()
    var step: Int32 = -1
    if match(.colon) { step = kind == .comma || kind == .rsqb ? -1 : try expression() }
    return node(.slice, start, a: lower, b: upper, c: step)
  }
}
