import ScopeEngine

/// Chirp's token types.
enum ChirpTokenKind: UInt8 {
  case identifier, number, string
  case `func`, namespace, entry, `import`, extern, ret, `if`, elif, `else`, `while`, hide, `true`, `false`
  case typeName, modifier
  case equal, equalEqual, bangEqual, less, lessEqual, greater, greaterEqual, and, or, bang
  case plus, minus, star, slash, percent, colon, comma, semicolon, dot
  case leftParen, rightParen, leftBrace, rightBrace
  case invalid, eof

  /// How the token is coloured.
  var tokenClass: TokenClass {
    switch self {
    case .identifier: .identifier
    case .number: .number
    case .string: .string
    case .typeName, .modifier: .type
    case .colon, .comma, .semicolon, .dot, .leftParen, .rightParen, .leftBrace, .rightBrace: .punctuation
    case .invalid: .invalid
    case .eof: .end
    case .equal, .equalEqual, .bangEqual, .less, .lessEqual, .greater, .greaterEqual, .and, .or, .bang, .plus, .minus,
      .star, .slash, .percent:
      .operator
    default: .keyword
    }
  }

  /// Keywords, type names and modifiers.
  static let words: [String: ChirpTokenKind] = [
    "func": .func, "namespace": .namespace, "entry": .entry, "import": .import, "extern": .extern, "ret": .ret,
    "if": .if, "elif": .elif, "else": .else, "while": .while, "hide": .hide, "true": .true, "false": .false,
    "int": .typeName, "long": .typeName, "short": .typeName, "char": .typeName, "bool": .typeName,
    "float": .typeName, "double": .typeName, "void": .typeName, "byte": .typeName,
    "ptr": .modifier, "const": .modifier, "signed": .modifier, "unsigned": .modifier,
  ]
}

extension ChirpTokenKind {
  /// Chirp's lexer: `#` comments, names, numbers, strings.
  static let lexer = TableLexer<ChirpTokenKind>(
    comments: ["#"], words: words,
    operators: [
      ("==", .equalEqual), ("!=", .bangEqual), ("<=", .lessEqual), (">=", .greaterEqual), ("&&", .and), ("||", .or),
      ("=", .equal), ("!", .bang), ("<", .less), (">", .greater), ("+", .plus), ("-", .minus), ("*", .star),
      ("/", .slash), ("%", .percent), (":", .colon), (",", .comma), (";", .semicolon), (".", .dot), ("(", .leftParen),
      (")", .rightParen), ("{", .leftBrace), ("}", .rightBrace),
    ],
    identifier: .identifier, number: .number, string: .string, invalid: .invalid, eof: .eof,
    tokenClass: { $0.tokenClass }, stringsCrossLines: false, fractions: .max,
    unterminatedString: "Unterminated string literal", unexpected: { "Unexpected character '\($0)'" })
}
