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

/// Chirp's lexer: `#` comments, names, numbers, strings.
enum ChirpLexer {
  static func lex(_ source: UnsafeBufferPointer<UInt8>) -> (
    tokens: [Token], kinds: [ChirpTokenKind], diagnostics: [Diagnostic]
  ) {
    var tokens: [Token] = []
    var kinds: [ChirpTokenKind] = []
    var diagnostics: [Diagnostic] = []
    var s = Scanner(source)
    while true {
      while true {
        s.skipWhitespace()
        guard s.byte == UInt8(ascii: "#") else { break }
        s.skipLine()
      }
      let start = s.offset
      let line = s.line
      let column = s.column
      func add(_ kind: ChirpTokenKind) {
        tokens.append(s.token(from: start, line: line, column: column, kind.tokenClass))
        kinds.append(kind)
      }
      func fail(_ message: String) {
        diagnostics.append(
          Diagnostic(severity: .error, message: message, token: Int32(tokens.count), line: line, column: column))
      }
      if s.atEnd {
        add(.eof)
        return (tokens, kinds, diagnostics)
      }
      let byte = s.byte
      let next = s.nextByte
      func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b == 0x5F }
      func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
      if isAlpha(byte) {
        while isAlpha(s.byte) || isDigit(s.byte) { s.advance() }
        add(ChirpTokenKind.words[String(decoding: source[start..<s.offset], as: UTF8.self)] ?? .identifier)
        continue
      }
      if isDigit(byte) {
        while isDigit(s.byte) || s.byte == UInt8(ascii: ".") && isDigit(s.nextByte) { s.advance() }
        add(.number)
        continue
      }
      func take(_ kind: ChirpTokenKind, _ count: Int = 1) {
        for _ in 0..<count { s.advance() }
        add(kind)
      }
      let equalsNext = next == UInt8(ascii: "=")
      switch byte {
      case UInt8(ascii: "="): take(equalsNext ? .equalEqual : .equal, equalsNext ? 2 : 1)
      case UInt8(ascii: "!"): take(equalsNext ? .bangEqual : .bang, equalsNext ? 2 : 1)
      case UInt8(ascii: "<"): take(equalsNext ? .lessEqual : .less, equalsNext ? 2 : 1)
      case UInt8(ascii: ">"): take(equalsNext ? .greaterEqual : .greater, equalsNext ? 2 : 1)
      case UInt8(ascii: "&") where next == UInt8(ascii: "&"): take(.and, 2)
      case UInt8(ascii: "|") where next == UInt8(ascii: "|"): take(.or, 2)
      case UInt8(ascii: "+"): take(.plus)
      case UInt8(ascii: "-"): take(.minus)
      case UInt8(ascii: "*"): take(.star)
      case UInt8(ascii: "/"): take(.slash)
      case UInt8(ascii: "%"): take(.percent)
      case UInt8(ascii: ":"): take(.colon)
      case UInt8(ascii: ","): take(.comma)
      case UInt8(ascii: ";"): take(.semicolon)
      case UInt8(ascii: "."): take(.dot)
      case UInt8(ascii: "("): take(.leftParen)
      case UInt8(ascii: ")"): take(.rightParen)
      case UInt8(ascii: "{"): take(.leftBrace)
      case UInt8(ascii: "}"): take(.rightBrace)
      case UInt8(ascii: "\""):
        s.advance()
        while !s.atEnd && s.byte != UInt8(ascii: "\"") && s.byte != 0x0A { s.advance(s.scalar().length) }
        if s.byte == UInt8(ascii: "\"") { s.advance() } else { fail("Unterminated string literal") }
        add(.string)
      default:
        s.advance(s.scalar().length)
        fail("Unexpected character '\(String(decoding: source[start..<s.offset], as: UTF8.self))'")
        add(.invalid)
      }
    }
  }
}
