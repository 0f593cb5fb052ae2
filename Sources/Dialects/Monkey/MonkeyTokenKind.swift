import ScopeEngine

/// The token types of Monkey's lexer (and Bhasa's additions).
enum MonkeyTokenKind: UInt8, Sendable {
  case illegal, eof, ident, int, string
  case assign, plus, minus, bang, asterisk, slash, percent
  case lt, gt, eq, notEq, lte, gte, and, or
  case bitAnd, bitOr, bitXor, bitNot, shiftLeft, shiftRight
  case comma, semicolon, colon, dot
  case lparen, rparen, lbrace, rbrace, lbracket, rbracket
  case function, `let`, `true`, `false`, `if`, `else`, `return`
  case `while`, `for`, `break`, `continue`, typeName, reserved

  /// How the token is coloured.
  var tokenClass: TokenClass {
    switch self {
    case .illegal: .invalid
    case .eof: .end
    case .ident: .identifier
    case .int: .number
    case .string: .string
    case .comma, .semicolon, .colon, .dot, .lparen, .rparen, .lbrace, .rbrace, .lbracket, .rbracket: .punctuation
    case .function, .let, .true, .false, .if, .else, .return, .while, .for, .break, .continue, .reserved: .keyword
    case .typeName: .type
    default: .operator
    }
  }

  /// The type's name as the Go lexer spells it, for the book's parser messages.
  func goName(_ flavor: MonkeyFlavor) -> String {
    switch self {
    case .illegal: "ILLEGAL"
    case .eof: "EOF"
    case .ident: "IDENT"
    case .int: "INT"
    case .string: "STRING"
    case .assign: "="
    case .plus: "+"
    case .minus: "-"
    case .bang: "!"
    case .asterisk: "*"
    case .slash: "/"
    case .percent: "%"
    case .lt: "<"
    case .gt: ">"
    case .eq: "=="
    case .notEq: "!="
    case .lte: "<="
    case .gte: ">="
    case .and: "&&"
    case .or: "||"
    case .bitAnd: "&"
    case .bitOr: "|"
    case .bitXor: "^"
    case .bitNot: "~"
    case .shiftLeft: "<<"
    case .shiftRight: ">>"
    case .comma: ","
    case .semicolon: ";"
    case .colon: ":"
    case .dot: "."
    case .lparen: "("
    case .rparen: ")"
    case .lbrace: "{"
    case .rbrace: "}"
    case .lbracket: "["
    case .rbracket: "]"
    default: flavor.keywordSpelling(self)
    }
  }
}
