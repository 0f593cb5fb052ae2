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

/// Parasheet's lexer: names, numbers, strings, `A1`-style cell references after `#`, `//`
/// comments.
struct ParasheetLexer {
  /// Lexes the whole source; an unterminated string or a stray character is a diagnostic.
  static func lex(_ source: UnsafeBufferPointer<UInt8>) -> (
    tokens: [Token], kinds: [ParasheetTokenKind], diagnostics: [Diagnostic]
  ) {
    var tokens: [Token] = []
    var kinds: [ParasheetTokenKind] = []
    var diagnostics: [Diagnostic] = []
    var s = Scanner(source)
    while true {
      while true {
        s.skipWhitespace()
        guard s.byte == UInt8(ascii: "/") && s.nextByte == UInt8(ascii: "/") else { break }
        s.skipLine()
      }
      let start = s.offset
      let line = s.line
      let column = s.column
      func add(_ kind: ParasheetTokenKind) {
        tokens.append(s.token(from: start, line: line, column: column, kind.tokenClass))
        kinds.append(kind)
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
        let word = String(decoding: source[start..<s.offset], as: UTF8.self)
        add(ParasheetTokenKind.words[word] ?? .identifier)
        continue
      }
      if isDigit(byte) {
        while isDigit(s.byte) { s.advance() }
        if s.byte == UInt8(ascii: ".") && isDigit(s.nextByte) {
          s.advance()
          while isDigit(s.byte) { s.advance() }
        }
        add(.number)
        continue
      }
      func take(_ kind: ParasheetTokenKind, _ count: Int = 1) {
        for _ in 0..<count { s.advance() }
        add(kind)
      }
      switch byte {
      case UInt8(ascii: "="): take(next == UInt8(ascii: "=") ? .equalEqual : .equal, next == UInt8(ascii: "=") ? 2 : 1)
      case UInt8(ascii: "!"): take(next == UInt8(ascii: "=") ? .bangEqual : .bang, next == UInt8(ascii: "=") ? 2 : 1)
      case UInt8(ascii: "<"): take(next == UInt8(ascii: "=") ? .lessEqual : .less, next == UInt8(ascii: "=") ? 2 : 1)
      case UInt8(ascii: ">"):
        take(next == UInt8(ascii: "=") ? .greaterEqual : .greater, next == UInt8(ascii: "=") ? 2 : 1)
      case UInt8(ascii: "&") where next == UInt8(ascii: "&"): take(.and, 2)
      case UInt8(ascii: "|") where next == UInt8(ascii: "|"): take(.or, 2)
      case UInt8(ascii: "+"): take(.plus)
      case UInt8(ascii: "-"): take(.minus)
      case UInt8(ascii: "*"): take(.star)
      case UInt8(ascii: "/"): take(.slash)
      case UInt8(ascii: "%"): take(.percent)
      case UInt8(ascii: "#"): take(.hash)
      case UInt8(ascii: ":"): take(.colon)
      case UInt8(ascii: ","): take(.comma)
      case UInt8(ascii: ";"): take(.semicolon)
      case UInt8(ascii: "("): take(.leftParen)
      case UInt8(ascii: ")"): take(.rightParen)
      case UInt8(ascii: "{"): take(.leftBrace)
      case UInt8(ascii: "}"): take(.rightBrace)
      case UInt8(ascii: "\""):
        s.advance()
        while !s.atEnd && s.byte != UInt8(ascii: "\"") { s.advance(s.scalar().length) }
        if s.atEnd {
          diagnostics.append(
            Diagnostic(
              severity: .error, message: "unterminated string: add a closing \" before the end of the file",
              token: Int32(tokens.count), line: line, column: column))
        } else {
          s.advance()
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
