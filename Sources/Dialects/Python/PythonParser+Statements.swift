/// Statements: simple ones (assignments in all their forms, imports, `global`, …) and
/// compound ones (`def`, `class`, `if`, `for`, `while`, `with`, `try`, `match`).
extension PythonParser {
  /// One statement line (or compound statement), its statements pushed on the scratch stack.
  mutating func statement() throws(PySyntaxError) {
    switch kind {
    case .kDef, .at, .kClass, .kIf, .kWhile, .kFor, .kTry, .kWith:
      scratch.append(try compoundStatement())
    case .kAsync where peek() == .kDef || peek() == .kFor || peek() == .kWith:
      scratch.append(try compoundStatement())
    case .indent:
      throw error("unexpected indent")
    case .name where isName(pos, "match"):
      if let header = matchHeader() {
        scratch.append(try matchStatement(start: header.start, subject: header.subject))
      } else {
        try simpleStatements()
      }
    default:
      try simpleStatements()
    }
  }

  /// `simple_stmt (';' simple_stmt)* [';'] NEWLINE`, each pushed on the scratch stack.
  mutating func simpleStatements() throws(PySyntaxError) {
    while true {
      scratch.append(try simpleStatement())
      if match(.semi) {
        if kind == .newline { break }
        continue
      }
      break
    }
    guard kind == .newline else { throw invalidSyntax }
    advance()
  }

  /// One simple statement.
  mutating func simpleStatement() throws(PySyntaxError) -> Int32 {
    let start = pos
    switch kind {
    case .kPass:
      advance()
      return node(.pass, start)
    case .kBreak:
      advance()
      return node(.breakStmt, start)
    case .kContinue:
      advance()
      return node(.continueStmt, start)
    case .kReturn:
      advance()
      let value = isExpressionEnd ? -1 : try starExpressions()
      return node(.returnStmt, start, a: value)
    case .kRaise:
      advance()
      guard !isExpressionEnd else { return node(.raise, start) }
      let exc = try expression()
      let cause = match(.kFrom) ? try expression() : -1
      return node(.raise, start, a: exc, b: cause)
    case .kGlobal, .kNonlocal:
      advance()
      let mark = scratch.count
      repeat {
        guard kind == .name else { throw invalidSyntax }
        scratch.append(pos)
        advance()
      } while match(.comma)
      return node(kinds[Int(start)] == .kGlobal ? .global : .nonlocal, start, a: list(from: mark))
    case .kDel:
      advance()
      let targets = try delTargets()
      guard kind == .semi || kind == .newline else { throw invalidSyntax }
      return node(.delete, start, a: targets)
    case .kAssert:
      advance()
      let test = try expression()
      let message = match(.comma) ? try expression() : -1
      return node(.assert, start, a: test, b: message)
    case .kImport:
      return try importStatement()
    case .kFrom:
      return try importFrom()
    default:
      return try expressionStatement()
    }
  }

  /// Whether the current token ends an expression statement (nothing follows `return`).
  var isExpressionEnd: Bool { kind == .newline || kind == .semi || kind == .endMarker }

  /// An expression statement or an assignment: `=` chains, augmented and annotated forms.
  mutating func expressionStatement() throws(PySyntaxError) -> Int32 {
    let start = pos
    let first = kind == .kYield ? try yieldExpression() : try starExpressions()
    if kind == .colon {
      return try annotatedAssignment(first, start: start)
    }
    if kind.isAugmentedAssignment {
      let operatorToken = pos
      switch ast[first].kind {
      case .name, .attribute, .subscript:
        try setContext(first, .store)
      default:
        throw error("'\(describe(first))' is an illegal expression for augmented assignment", at: startToken(of: first))
      }
      advance()
      let value = kind == .kYield ? try yieldExpression() : try starExpressions()
      return node(.augAssign, operatorToken, a: first, b: value)
    }
    guard kind == .equal else { return node(.exprStmt, start, a: first) }
    let mark = scratch.count
    scratch.append(first)
    var value: Int32 = -1
    while match(.equal) {
      let rhs = kind == .kYield ? try yieldExpression() : try starExpressions()
      if kind == .equal { scratch.append(rhs) } else { value = rhs }
    }
    for target in scratch[mark...] { try setContext(target, .store, assigning: true) }
    return node(.assign, start, a: list(from: mark), b: value)
  }

  /// `target: annotation [= value]`.
  mutating func annotatedAssignment(_ target: Int32, start: Int32) throws(PySyntaxError) -> Int32 {
    let t = ast[target]
    var simple = false
    switch t.kind {
    case .name:
      simple = t.flags & PyNode.isParenthesized == 0
    case .attribute, .subscript:
      break
    case .tuple:
      throw error("only single target (not tuple) can be annotated", at: start)
    case .list:
      throw error("only single target (not list) can be annotated", at: start)
    default:
      throw error("illegal target for annotation", at: start)
    }
    try setContext(target, .store)
    advance()
    let annotation = try expression()
    var value: Int32 = -1
    if match(.equal) { value = kind == .kYield ? try yieldExpression() : try starExpressions() }
    return node(.annAssign, start, a: target, b: annotation, c: value, flags: simple ? PyNode.isSimple : 0)
  }

  // MARK: Imports

  /// `import a.b as c, d`.
  mutating func importStatement() throws(PySyntaxError) -> Int32 {
    let start = pos
    advance()
    let mark = scratch.count
    repeat {
      scratch.append(try dottedAlias())
    } while match(.comma)
    return node(.importStmt, start, a: list(from: mark))
  }

  /// `a.b.c [as d]`.
  mutating func dottedAlias() throws(PySyntaxError) -> Int32 {
    guard kind == .name else { throw invalidSyntax }
    let first = pos
    var last = pos
    advance()
    while kind == .dot {
      advance()
      guard kind == .name else { throw invalidSyntax }
      last = pos
      advance()
    }
    return node(.alias, first, a: last, b: try asName())
  }

  /// `as NAME` after an imported name: the name's token, or -1 when there is none.
  mutating func asName() throws(PySyntaxError) -> Int32 {
    guard match(.kAs) else { return -1 }
    guard kind == .name else { throw invalidSyntax }
    defer { advance() }
    return pos
  }

  /// `from .m import a as b, c` and `from m import *`.
  mutating func importFrom() throws(PySyntaxError) -> Int32 {
    let start = pos
    advance()
    var level: Int32 = 0
    while kind == .dot || kind == .ellipsis {
      level += kind == .dot ? 1 : 3
      advance()
    }
    var module: Int32 = -1
    if kind == .name {
      module = pos
      advance()
      while kind == .dot {
        advance()
        guard kind == .name else { throw invalidSyntax }
        advance()
      }
    } else if level == 0 {
      throw invalidSyntax
    }
    try expect(.kImport)
    let mark = scratch.count
    if kind == .star {
      scratch.append(node(.alias, pos, a: pos))
      advance()
    } else {
      let parenthesized = match(.lpar)
      repeat {
        if parenthesized && kind == .rpar { break }
        guard kind == .name else { throw invalidSyntax }
        let name = pos
        advance()
        scratch.append(node(.alias, name, a: name, b: try asName()))
      } while match(.comma)
      if parenthesized {
        try expect(.rpar)
      } else if scratch.count > mark && kinds[Int(pos - 1)] == .comma {
        throw error("trailing comma not allowed without surrounding parentheses", at: pos - 1)
      }
    }
    return node(.importFrom, start, a: list(from: mark), b: module, c: level)
  }
}
