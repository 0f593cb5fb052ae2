import ScopeEngine

/// Monkey's lexer (the book's), extended as dialects.md says: `//` comments, strings with
/// escapes, and for Bhasa Bengali letters, digits and its extra operators.
struct MonkeyLexer {
  /// Which language.
  let flavor: MonkeyFlavor
  /// The keywords, grouped by first byte: each one's length, where its bytes start in
  /// `keywordBytes`, and its type.
  private let keywords: [(length: Int, start: Int, kind: MonkeyTokenKind)]
  /// The keywords' bytes, one after another.
  private let keywordBytes: [UInt8]
  /// Per first byte, where its keywords start in `keywords` and end: a lookup reads plain
  /// integers until a keyword's length matches (no nested array to retain and release).
  private let keywordRanges: [(start: Int32, end: Int32)]

  /// A lexer for `flavor`.
  init(flavor: MonkeyFlavor) {
    self.flavor = flavor
    let words = flavor.keywords.map { (bytes: Array($0.key.utf8), kind: $0.value) }.sorted { $0.bytes[0] < $1.bytes[0] }
    var starts: [Int] = []
    var allBytes: [UInt8] = []
    for word in words {
      starts.append(allBytes.count)
      allBytes += word.bytes
    }
    keywords = zip(words, starts).map { (length: $0.bytes.count, start: $1, kind: $0.kind) }
    keywordBytes = allBytes
    var ranges = [(start: Int32, end: Int32)](repeating: (0, 0), count: 256)
    for (index, word) in words.enumerated() {
      let first = Int(word.bytes[0])
      if ranges[first].end == 0 { ranges[first].start = Int32(index) }
      ranges[first].end = Int32(index + 1)
    }
    keywordRanges = ranges
  }

  /// Reads the next token (EOF at the end, again and again), with its type: the cursor is
  /// past any trivia (`skipTrivia`).
  @inline(__always)
  func token(_ scanner: inout Scanner, diagnostics: inout [Diagnostic], index: Int32) -> (Token, MonkeyTokenKind) {
    let start = scanner.offset
    let line = scanner.line
    let column = scanner.column
    if scanner.atEnd { return (scanner.token(from: start, line: line, column: column, .end), .eof) }
    let kind = next(&scanner, diagnostics: &diagnostics, tokenIndex: index)
    return (scanner.token(from: start, line: line, column: column, kind.tokenClass), kind)
  }

  /// Whether the token at the cursor (past any trivia) can report an error: a string, which
  /// may be unterminated. No other token can.
  @inline(__always) func mayReport(_ scanner: Scanner) -> Bool { scanner.byte == UInt8(ascii: "\"") }

  /// Skips whitespace and `//` comments.
  @inline(__always) func skipTrivia(_ scanner: inout Scanner) {
    while true {
      scanner.skipWhitespace()
      guard scanner.byte == UInt8(ascii: "/") && scanner.nextByte == UInt8(ascii: "/") else { return }
      scanner.skipLine()
    }
  }

  /// Reads one token and returns its type.
  private func next(_ s: inout Scanner, diagnostics: inout [Diagnostic], tokenIndex: Int32) -> MonkeyTokenKind {
    let (scalar, length) = s.scalar()
    if flavor.isLetter(scalar) { return identifier(&s) }
    if flavor.isDigit(scalar) { return number(&s) }
    let bhasa = flavor == .bhasa
    @inline(__always) func take(_ kind: MonkeyTokenKind, _ count: Int = 1) -> MonkeyTokenKind {
      for _ in 0..<count { s.advance() }
      return kind
    }
    let following = s.nextByte
    let ascii = scalar < 0x80 ? UInt8(scalar) : 0
    switch ascii {
    case UInt8(ascii: "="): return following == UInt8(ascii: "=") ? take(.eq, 2) : take(.assign)
    case UInt8(ascii: "!"): return following == UInt8(ascii: "=") ? take(.notEq, 2) : take(.bang)
    case UInt8(ascii: "+"): return take(.plus)
    case UInt8(ascii: "-"): return take(.minus)
    case UInt8(ascii: "*"): return take(.asterisk)
    case UInt8(ascii: "/"): return take(.slash)
    case UInt8(ascii: "<"):
      if bhasa && following == UInt8(ascii: "=") { return take(.lte, 2) }
      if bhasa && following == UInt8(ascii: "<") { return take(.shiftLeft, 2) }
      return take(.lt)
    case UInt8(ascii: ">"):
      if bhasa && following == UInt8(ascii: "=") { return take(.gte, 2) }
      if bhasa && following == UInt8(ascii: ">") { return take(.shiftRight, 2) }
      return take(.gt)
    case UInt8(ascii: ","): return take(.comma)
    case UInt8(ascii: ";"): return take(.semicolon)
    case UInt8(ascii: ":"): return take(.colon)
    case UInt8(ascii: "("): return take(.lparen)
    case UInt8(ascii: ")"): return take(.rparen)
    case UInt8(ascii: "{"): return take(.lbrace)
    case UInt8(ascii: "}"): return take(.rbrace)
    case UInt8(ascii: "["): return take(.lbracket)
    case UInt8(ascii: "]"): return take(.rbracket)
    case UInt8(ascii: "\""): return string(&s, diagnostics: &diagnostics, tokenIndex: tokenIndex)
    case UInt8(ascii: "%") where bhasa: return take(.percent)
    case UInt8(ascii: "&") where bhasa: return following == UInt8(ascii: "&") ? take(.and, 2) : take(.bitAnd)
    case UInt8(ascii: "|") where bhasa: return following == UInt8(ascii: "|") ? take(.or, 2) : take(.bitOr)
    case UInt8(ascii: "^") where bhasa: return take(.bitXor)
    case UInt8(ascii: "~") where bhasa: return take(.bitNot)
    case UInt8(ascii: ".") where bhasa: return take(.dot)
    default: break
    }
    s.advance(length)
    return .illegal
  }

  /// Reads an identifier or keyword.
  private func identifier(_ s: inout Scanner) -> MonkeyTokenKind {
    let start = s.offset
    let bytes = s.bytes
    var end = start
    while end < bytes.count {
      let byte = bytes[end]
      if byte < 0x80 {
        guard Self.isASCIIIdentifierPart(byte) && (flavor == .bhasa || byte > 0x39) else { break }
        end &+= 1
        continue
      }
      s.column &+= Int32(truncatingIfNeeded: end &- s.offset)
      s.offset = end
      let (scalar, length) = s.scalar()
      guard flavor.isIdentifierPart(scalar) else { break }
      s.advance(length)
      end = s.offset
    }
    s.column &+= Int32(truncatingIfNeeded: end &- s.offset)
    s.offset = end
    return keyword(bytes.baseAddress! + start, length: end &- start) ?? .ident
  }

  /// The type of the keyword spelled by the `length` bytes at `spelling`, if it is one
  /// (compared byte by byte: the words are a few bytes long).
  @inline(__always) private func keyword(_ spelling: UnsafePointer<UInt8>, length: Int) -> MonkeyTokenKind? {
    let range = keywordRanges[Int(spelling[0])]
    for index in Int(range.start)..<Int(range.end) where keywords[index].length == length {
      let start = keywords[index].start
      let matches = keywordBytes.withUnsafeBufferPointer { word in
        var i = 0
        while i < length && word[start &+ i] == spelling[i] { i &+= 1 }
        return i == length
      }
      if matches { return keywords[index].kind }
    }
    return nil
  }

  /// Whether an ASCII byte continues an identifier: letters, `_`, and digits (Bhasa only;
  /// the caller checks). Compared, not looked up: a static table costs a lazy-initialization
  /// check on every byte.
  @inline(__always) private static func isASCIIIdentifierPart(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- 0x61 < 26 || byte == 0x5F || byte &- 0x30 < 10
  }

  /// Reads an integer (Bhasa: ASCII or Bengali digits, with an optional fraction).
  private func number(_ s: inout Scanner) -> MonkeyTokenKind {
    func digits() {
      while !s.atEnd {
        let (scalar, length) = s.scalar()
        guard flavor.isDigit(scalar) else { return }
        s.advance(length)
      }
    }
    digits()
    if flavor == .bhasa && s.byte == UInt8(ascii: ".") && s.offset + 1 < s.bytes.count {
      let saved = s
      s.advance()
      if !s.atEnd && flavor.isDigit(s.scalar().value) { digits() } else { s = saved }
    }
    return .int
  }

  /// Reads a string literal with escapes; an unterminated one runs to the end of the file.
  private func string(_ s: inout Scanner, diagnostics: inout [Diagnostic], tokenIndex: Int32) -> MonkeyTokenKind {
    let line = s.line
    let column = s.column
    s.advance()
    while !s.atEnd {
      let byte = s.byte
      if byte == UInt8(ascii: "\"") {
        s.advance()
        return .string
      }
      if byte == UInt8(ascii: "\\") && s.offset + 1 < s.bytes.count { s.advance() }
      s.advance(s.scalar().length)
    }
    diagnostics.append(
      Diagnostic(
        severity: .error, message: "unterminated string: add a closing \" before the end of the file",
        token: tokenIndex, line: line, column: column, near: "\""))
    return .string
  }
}
