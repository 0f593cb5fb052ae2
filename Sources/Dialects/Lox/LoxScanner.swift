import ScopeEngine

/// clox's scanner (`scanner.c`): tokens on demand; an unexpected character or an
/// unterminated string is an error token whose message the parser reports.
struct LoxScanner {
  private var scanner: Scanner
  /// Keywords by first byte, for a lookup that allocates nothing.
  private static let keywordsByFirstByte: [[(bytes: [UInt8], kind: LoxTokenKind)]] = {
    var table = Array(repeating: [(bytes: [UInt8], kind: LoxTokenKind)](), count: 256)
    for (word, kind) in LoxTokenKind.keywords { table[Int(word.utf8.first!)].append((Array(word.utf8), kind)) }
    return table
  }()

  /// A scanner at the start of `source`.
  init(_ source: UnsafeBufferPointer<UInt8>) { scanner = Scanner(source) }

  /// The next token, its type, and for an error token its message.
  mutating func scanToken() -> (Token, LoxTokenKind, String?) {
    skipWhitespace()
    let start = scanner.offset
    let line = scanner.line
    let column = scanner.column
    func make(_ kind: LoxTokenKind, _ message: String? = nil) -> (Token, LoxTokenKind, String?) {
      (scanner.token(from: start, line: line, column: column, kind.tokenClass), kind, message)
    }
    if scanner.atEnd { return make(.eof) }
    let byte = scanner.byte
    if isAlpha(byte) { return make(identifier()) }
    if isDigit(byte) {
      number()
      return make(.number)
    }
    let next = scanner.nextByte
    func take(_ kind: LoxTokenKind, _ count: Int = 1) -> (Token, LoxTokenKind, String?) {
      for _ in 0..<count { scanner.advance() }
      return make(kind)
    }
    switch byte {
    case UInt8(ascii: "("): return take(.leftParen)
    case UInt8(ascii: ")"): return take(.rightParen)
    case UInt8(ascii: "{"): return take(.leftBrace)
    case UInt8(ascii: "}"): return take(.rightBrace)
    case UInt8(ascii: ";"): return take(.semicolon)
    case UInt8(ascii: ","): return take(.comma)
    case UInt8(ascii: "."): return take(.dot)
    case UInt8(ascii: "-"): return take(.minus)
    case UInt8(ascii: "+"): return take(.plus)
    case UInt8(ascii: "/"): return take(.slash)
    case UInt8(ascii: "*"): return take(.star)
    case UInt8(ascii: "!"): return next == UInt8(ascii: "=") ? take(.bangEqual, 2) : take(.bang)
    case UInt8(ascii: "="): return next == UInt8(ascii: "=") ? take(.equalEqual, 2) : take(.equal)
    case UInt8(ascii: "<"): return next == UInt8(ascii: "=") ? take(.lessEqual, 2) : take(.less)
    case UInt8(ascii: ">"): return next == UInt8(ascii: "=") ? take(.greaterEqual, 2) : take(.greater)
    case UInt8(ascii: "\""):
      scanner.advance()
      while !scanner.atEnd && scanner.byte != UInt8(ascii: "\"") { scanner.advance(scanner.scalar().length) }
      if scanner.atEnd { return make(.error, "Unterminated string.") }
      scanner.advance()
      return make(.string)
    default:
      scanner.advance(scanner.scalar().length)
      return make(.error, "Unexpected character.")
    }
  }

  private func isAlpha(_ byte: UInt8) -> Bool {
    (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x41 && byte <= 0x5A) || byte == 0x5F
  }

  private func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

  private mutating func skipWhitespace() {
    while true {
      scanner.skipWhitespace()
      guard scanner.byte == UInt8(ascii: "/") && scanner.nextByte == UInt8(ascii: "/") else { return }
      scanner.skipLine()
    }
  }

  private mutating func identifier() -> LoxTokenKind {
    let start = scanner.offset
    let bytes = scanner.bytes
    var end = start
    while end < bytes.count && (isAlpha(bytes[end]) || isDigit(bytes[end])) { end += 1 }
    scanner.column += Int32(end - start)
    scanner.offset = end
    let length = end - start
    for candidate in Self.keywordsByFirstByte[Int(bytes[start])] where candidate.bytes.count == length {
      var same = true
      for i in 0..<length where candidate.bytes[i] != bytes[start + i] {
        same = false
        break
      }
      if same { return candidate.kind }
    }
    return .identifier
  }

  private mutating func number() {
    while isDigit(scanner.byte) && !scanner.atEnd { scanner.advance() }
    if scanner.byte == UInt8(ascii: ".") && isDigit(scanner.nextByte) {
      scanner.advance()
      while isDigit(scanner.byte) && !scanner.atEnd { scanner.advance() }
    }
  }
}
