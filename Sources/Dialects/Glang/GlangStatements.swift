import ScopeEngine

/// Statements inside method bodies: declarations, assignments, if/else(cond)/else, while, return, blocks.
extension GlangCompiler {
  // MARK: Statements

  /// Statements up to the closing `}` (consumed).
  mutating func statements() {
    while kind != .rightBrace && kind != .eof { statement() }
    if !match(.rightBrace) { error("expected '}'") }
  }

  mutating func statement() {
    statementFailed = false
    switch kind {
    case .typeName: declaration(type: name(current))
    case .identifier where peekKind == .identifier: declaration(type: name(current))
    case .if:
      advance()
      condition()
      block()
      while kind == .else {
        advance()
        if kind == .leftParen {
          condition()
          block()
        } else {
          block()
          break
        }
      }
    case .while:
      advance()
      condition()
      block()
    case .return:
      advance()
      if kind != .rightBrace && kind != .semicolon { expression() }
    case .leftBrace: block()
    case .identifier where assignmentAhead: assignment()
    default: expression()
    }
    _ = match(.semicolon)
  }

  /// Whether a dotted name followed by `=` starts here.
  var assignmentAhead: Bool {
    var i = current + 1
    while kinds[i] == .dot && kinds[min(i + 1, kinds.count - 1)] == .identifier { i += 2 }
    return kinds[i] == .equal
  }

  mutating func condition() {
    guard expect(.leftParen, "'(' before the condition") else { return }
    expression()
    _ = expect(.rightParen, "')' after the condition")
  }

  /// An anonymous block, named by the next serial number.
  mutating func block() {
    guard kind == .leftBrace else { return error("expected '{'") }
    serial += 1
    engine.pushScope(.block, name: engine.intern("#\(serial)"))
    advance()
    statements()
    engine.popScope()
  }

  /// `int n = 0`, `dict d`, `Point p`.
  mutating func declaration(type: NameID) {
    advance()
    guard kind == .identifier else { return error("expected the variable's name") }
    let token = current
    advance()
    if match(.equal) { expression() }
    declareLocal(at: token, type: type)
  }

  /// Declares a local; a local that shadows a class variable is a warning.
  mutating func declareLocal(at token: Int, type: NameID) {
    let id = name(token)
    if let owner = currentClass, let member = engine.peek(id, in: owner), types[member] != -2 {
      let className = engine.names.name(engine.scope(owner).name)
      report(
        .warning,
        "\(text(token)) shadows the class variable \(text(token)) of \(className); write \(className).\(text(token)) to reach the class variable",
        at: token)
    }
    if let symbol = declare(id, at: token, as: .local, index: locals) {
      locals += 1
      if type >= 0 { types[symbol] = type }
    }
  }

  mutating func assignment() {
    dotted(access: .set)
    advance()
    expression()
  }
}
