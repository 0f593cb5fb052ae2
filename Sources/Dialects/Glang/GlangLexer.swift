import ScopeEngine

/// Glang's token types.
enum GlangTokenKind: UInt8 {
  case identifier, number, string
  case `import`, `class`, `public`, `private`, constructor, `if`, `else`, `while`, `return`, `true`, `false`
  case typeName, wordOperator, not
  case equal, plus, minus, star, slash, percent, dot, comma, semicolon
  case leftParen, rightParen, leftBrace, rightBrace
  case invalid, eof

  /// How the token is coloured.
  var tokenClass: TokenClass {
    switch self {
    case .identifier: .identifier
    case .number: .number
    case .string: .string
    case .typeName: .type
    case .wordOperator, .not, .equal, .plus, .minus, .star, .slash, .percent: .operator
    case .dot, .comma, .semicolon, .leftParen, .rightParen, .leftBrace, .rightBrace: .punctuation
    case .invalid: .invalid
    case .eof: .end
    default: .keyword
    }
  }

  /// Keywords, type names and word operators.
  static let words: [String: GlangTokenKind] = [
    "import": .import, "class": .class, "public": .public, "private": .private, "constructor": .constructor,
    "if": .if, "else": .else, "while": .while, "return": .return, "true": .true, "false": .false,
    "int": .typeName, "uint": .typeName, "float": .typeName, "string": .typeName, "bool": .typeName,
    "dict": .typeName, "list": .typeName, "map": .typeName, "void": .typeName, "nothing": .typeName,
    "equ": .wordOperator, "neq": .wordOperator, "lt": .wordOperator, "gt": .wordOperator, "lte": .wordOperator,
    "gte": .wordOperator, "and": .wordOperator, "or": .wordOperator, "not": .not,
  ]
}

extension GlangTokenKind {
  /// Glang's lexer: `#` and `//` comments, names, numbers, strings.
  static let lexer = TableLexer<GlangTokenKind>(
    comments: ["#", "//"], words: words,
    operators: [
      ("=", .equal), ("+", .plus), ("-", .minus), ("*", .star), ("/", .slash), ("%", .percent), (".", .dot),
      (",", .comma), (";", .semicolon), ("(", .leftParen), (")", .rightParen), ("{", .leftBrace), ("}", .rightBrace),
    ],
    identifier: .identifier, number: .number, string: .string, invalid: .invalid, eof: .eof,
    tokenClass: { $0.tokenClass }, stringsCrossLines: false, fractions: .max,
    unterminatedString: "unterminated string", unexpected: { "unexpected character '\($0)'" })
}
