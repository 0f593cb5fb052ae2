import ScopeEngine

/// Parasheet's token types.
enum ParasheetTokenKind: UInt8 {
  case identifier, number, string, cell
  case `let`, `if`, `else`, `while`, `for`, `return`, type
  case equal, equalEqual, bangEqual, less, lessEqual, greater, greaterEqual, and, or, bang
  case plus, minus, star, slash, percent, hash, colon, comma, semicolon
  case leftParen, rightParen, leftBrace, rightBrace
  case invalid, eof

  /// How the token is coloured.
  var tokenClass: TokenClass {
    switch self {
    case .identifier: .identifier
    case .number: .number
    case .string: .string
    case .cell: .identifier
    case .let, .if, .else, .while, .for, .return: .keyword
    case .type: .type
    case .colon, .comma, .semicolon, .leftParen, .rightParen, .leftBrace, .rightBrace: .punctuation
    case .invalid: .invalid
    case .eof: .end
    default: .operator
    }
  }

  /// The keywords and type names.
  static let words: [String: ParasheetTokenKind] = [
    "let": .let, "if": .if, "else": .else, "while": .while, "for": .for, "return": .return, "int": .type,
    "float": .type, "string": .type, "cell": .type,
  ]
}

extension ParasheetTokenKind {
  /// Parasheet's lexer: names, numbers, strings, `#A1` cell references, `//` comments.
  static let lexer = TableLexer<ParasheetTokenKind>(
    comments: ["//"], words: words,
    operators: [
      ("==", .equalEqual), ("!=", .bangEqual), ("<=", .lessEqual), (">=", .greaterEqual), ("&&", .and), ("||", .or),
      ("=", .equal), ("!", .bang), ("<", .less), (">", .greater), ("+", .plus), ("-", .minus), ("*", .star),
      ("/", .slash), ("%", .percent), ("#", .hash), (":", .colon), (",", .comma), (";", .semicolon), ("(", .leftParen),
      (")", .rightParen), ("{", .leftBrace), ("}", .rightBrace),
    ],
    identifier: .identifier, number: .number, string: .string, invalid: .invalid, eof: .eof,
    tokenClass: { $0.tokenClass }, stringsCrossLines: true, fractions: 1,
    unterminatedString: "unterminated string: add a closing \" before the end of the file",
    unexpected: { "unexpected character '\($0)'" })
}
