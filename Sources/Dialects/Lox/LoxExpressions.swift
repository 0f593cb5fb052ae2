import ScopeEngine

/// Expressions: clox's Pratt parser and its rules table.
extension LoxCompiler {
  /// clox's precedence levels.
  enum Precedence: Int, Comparable {
    case none, assignment, or, and, equality, comparison, term, factor, unary, call, primary
    static func < (l: Self, r: Self) -> Bool { l.rawValue < r.rawValue }
    /// One level up.
    var next: Precedence { Precedence(rawValue: min(rawValue + 1, Self.primary.rawValue))! }
  }

  /// The infix precedence of a token type.
  func infixPrecedence(_ kind: LoxTokenKind) -> Precedence {
    switch kind {
    case .leftParen, .dot: .call
    case .minus, .plus: .term
    case .slash, .star: .factor
    case .bangEqual, .equalEqual: .equality
    case .greater, .greaterEqual, .less, .lessEqual: .comparison
    case .and: .and
    case .or: .or
    default: .none
    }
  }

  mutating func expression() { parsePrecedence(.assignment) }

  mutating func parsePrecedence(_ precedence: Precedence) {
    defer { depth -= 1 }
    guard enterNesting() else { return }
    advance()
    let canAssign = precedence <= .assignment
    guard prefix(kind(previous), canAssign: canAssign) else {
      error("Expect expression.")
      return
    }
    while precedence <= infixPrecedence(kind(current)) {
      advance()
      infix(kind(previous), canAssign: canAssign)
    }
    if canAssign && match(.equal) { error("Invalid assignment target.") }
  }

  /// Runs the prefix rule of `kind`; false when it has none.
  mutating func prefix(_ kind: LoxTokenKind, canAssign: Bool) -> Bool {
    switch kind {
    case .leftParen:
      expression()
      consume(.rightParen, "Expect ')' after expression.")
    case .minus, .bang: parsePrecedence(.unary)
    case .identifier: variable(canAssign: canAssign)
    case .string, .number: makeConstant()
    case .false, .true, .nil: break
    case .super: superExpression()
    case .this: thisExpression()
    default: return false
    }
    return true
  }

  /// Runs the infix rule of `kind`.
  mutating func infix(_ kind: LoxTokenKind, canAssign: Bool) {
    switch kind {
    case .leftParen: argumentList()
    case .dot:
      consume(.identifier, "Expect property name after '.'.")
      identifierConstant(previous)
      if canAssign && match(.equal) {
        expression()
      } else if match(.leftParen) {
        argumentList()
      }
    case .and: parsePrecedence(.and)
    case .or: parsePrecedence(.or)
    default: parsePrecedence(infixPrecedence(kind).next)
    }
  }

  mutating func argumentList() {
    var count = 0
    if !check(.rightParen) {
      repeat {
        expression()
        if count == 255 { error("Can't have more than 255 arguments.") }
        count += 1
      } while match(.comma)
    }
    consume(.rightParen, "Expect ')' after arguments.")
  }

  mutating func variable(canAssign: Bool) {
    namedVariable(name(of: previous), canAssign: canAssign)
  }

  mutating func thisExpression() {
    guard !classes.isEmpty else {
      error("Can't use 'this' outside of a class.")
      return
    }
    namedVariable(thisName, canAssign: false)
  }

  mutating func superExpression() {
    if classes.isEmpty {
      error("Can't use 'super' outside of a class.")
    } else if classes.last == false {
      error("Can't use 'super' in a class with no superclass.")
    }
    consume(.dot, "Expect '.' after 'super'.")
    consume(.identifier, "Expect superclass method name.")
    identifierConstant(previous)
    namedVariable(thisName, canAssign: false)
    if match(.leftParen) {
      argumentList()
      namedVariable(superName, canAssign: false)
    } else {
      namedVariable(superName, canAssign: false)
    }
  }
}
