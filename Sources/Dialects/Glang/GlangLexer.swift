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

/// Glang's lexer: `#` and `//` comments, names, numbers, strings.
enum GlangLexer {
  static func lex(_ source: UnsafeBufferPointer<UInt8>) -> (
    tokens: [Token], kinds: [GlangTokenKind], diagnostics: [Diagnostic]
  ) {
    var tokens: [Token] = []
    var kinds: [GlangTokenKind] = []
    var diagnostics: [Diagnostic] = []
    var s = Scanner(source)
    while true {
      while true {
        s.skipWhitespace()
        if s.byte == UInt8(ascii: "#") || (s.byte == UInt8(ascii: "/") && s.nextByte == UInt8(ascii: "/")) {
          s.skipLine()
        } else {
          break
        }
      }
      let start = s.offset
      let line = s.line
      let column = s.column
      func add(_ kind: GlangTokenKind) {
        tokens.append(s.token(from: start, line: line, column: column, kind.tokenClass))
        kinds.append(kind)
      }
      if s.atEnd {
        add(.eof)
        return (tokens, kinds, diagnostics)
      }
      let byte = s.byte
      func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b == 0x5F }
      func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
      if isAlpha(byte) {
        while isAlpha(s.byte) || isDigit(s.byte) { s.advance() }
        add(GlangTokenKind.words[String(decoding: source[start..<s.offset], as: UTF8.self)] ?? .identifier)
        continue
      }
      if isDigit(byte) {
        while isDigit(s.byte) || s.byte == UInt8(ascii: ".") && isDigit(s.nextByte) { s.advance() }
        add(.number)
        continue
      }
      func take(_ kind: GlangTokenKind) {
        s.advance()
        add(kind)
      }
      switch byte {
      case UInt8(ascii: "="): take(.equal)
      case UInt8(ascii: "+"): take(.plus)
      case UInt8(ascii: "-"): take(.minus)
      case UInt8(ascii: "*"): take(.star)
      case UInt8(ascii: "/"): take(.slash)
      case UInt8(ascii: "%"): take(.percent)
      case UInt8(ascii: "."): take(.dot)
      case UInt8(ascii: ","): take(.comma)
      case UInt8(ascii: ";"): take(.semicolon)
      case UInt8(ascii: "("): take(.leftParen)
      case UInt8(ascii: ")"): take(.rightParen)
      case UInt8(ascii: "{"): take(.leftBrace)
      case UInt8(ascii: "}"): take(.rightBrace)
      case UInt8(ascii: "\""):
        s.advance()
        while !s.atEnd && s.byte != UInt8(ascii: "\"") && s.byte != 0x0A { s.advance(s.scalar().length) }
        if s.byte == UInt8(ascii: "\"") {
          s.advance()
        } else {
          diagnostics.append(
            Diagnostic(
              severity: .error, message: "unterminated string", token: Int32(tokens.count), line: line, column: column))
        }
        add(.string)
      default:
        s.advance(s.scalar().length)
        diagnostics.append(
          Diagnostic(
            severity: .error,
            message: "unexpected character '\(String(decoding: source[start..<s.offset], as: UTF8.self))'",
            token: Int32(tokens.count), line: line, column: column))
        add(.invalid)
      }
    }
  }
}
