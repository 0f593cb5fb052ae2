import ScopeEngine

/// clox's token types.
enum LoxTokenKind: UInt8, Sendable {
  case leftParen, rightParen, leftBrace, rightBrace, comma, dot, minus, plus, semicolon, slash, star
  case bang, bangEqual, equal, equalEqual, greater, greaterEqual, less, lessEqual
  case identifier, string, number
  case and, `class`, `else`, `false`, `for`, fun, `if`, `nil`, or, print, `return`, `super`, this, `true`, `var`,
    `while`
  case error, eof

  /// How the token is coloured.
  var tokenClass: TokenClass {
    switch self {
    case .leftParen, .rightParen, .leftBrace, .rightBrace, .comma, .dot, .semicolon: .punctuation
    case .identifier: .identifier
    case .string: .string
    case .number: .number
    case .error: .invalid
    case .eof: .end
    case .and, .class, .else, .false, .for, .fun, .if, .nil, .or, .print, .return, .super, .this, .true, .var, .while:
      .keyword
    default: .operator
    }
  }

  /// clox's keywords.
  static let keywords: [String: LoxTokenKind] = [
    "and": .and, "class": .class, "else": .else, "false": .false, "for": .for, "fun": .fun, "if": .if, "nil": .nil,
    "or": .or, "print": .print, "return": .return, "super": .super, "this": .this, "true": .true, "var": .var,
    "while": .while,
  ]
}
