import Testing

@testable import ScopeEngine

/// Tokens are stored in 8 bytes (issue 11); a length or column too large for the packed
/// word goes to the wide fields, and every token reads back as it was written.
@Suite("Token buffer")
struct TokenBufferTests {
  /// Tokens at and past the packed fields' limits, with every class.
  static let tokens: [Token] =
    TokenClass.allCases.enumerated().map { i, kind in
      Token(start: Int32(i * 7), length: Int32(i + 1), line: Int32(i + 1), column: Int32(3 * i + 1), kind: kind)
    } + [
      Token(start: 0, length: 4095, line: 1, column: 4095, kind: .string),
      Token(start: 10, length: 4096, line: 2, column: 1, kind: .string),
      Token(start: 20, length: 1, line: 3, column: 4096, kind: .identifier),
      Token(start: 30, length: 0, line: 0, column: 0, kind: .invalid),
      Token(start: 1 << 30, length: 1 << 28, line: 1 << 29, column: 1 << 27, kind: .end),
    ]

  @Test("Every token reads back as written, through the buffer and through a reader")
  func roundTrip() {
    let buffer = TokenBuffer(capacity: Self.tokens.count)
    for token in Self.tokens { buffer.append(token) }
    #expect(buffer.count == Self.tokens.count)
    for (i, token) in Self.tokens.enumerated() {
      #expect(buffer[Int32(i)] == token)
      #expect(buffer.reader[i] == token)
    }
  }

  @Test("A token takes 8 bytes, a wide one 24, and each block of 256 a 4-byte checkpoint")
  func sizes() {
    let buffer = TokenBuffer(capacity: 4)
    buffer.append(Token(start: 0, length: 3, line: 1, column: 1, kind: .identifier))
    #expect(buffer.bytes == 12)
    buffer.append(Token(start: 9, length: 5000, line: 1, column: 5, kind: .string))
    #expect(buffer.bytes == 36)
    #expect(TokenClass.allCases.count <= 16, "the class has 4 bits")
  }

  /// Lines that move within a block, back and forth, up to the offsets' limits and past
  /// them, across block boundaries; and starts up to 256 MiB.
  @Test("Lines near and far from their block's first line, and starts at 2^28, read back")
  func linesAndStarts() {
    var tokens: [Token] = []
    var line: Int32 = 1
    for i in 0..<2000 {
      let step: Int32 = [0, 1, 63, -64, 64, -65, 200, -3, 1 << 20, 0][i % 10]
      line = max(1, line + step)
      tokens.append(Token(start: Int32(i * 3), length: 2, line: line, column: Int32(i % 50 + 1), kind: .identifier))
    }
    tokens.append(Token(start: (1 << 28) - 1, length: 1, line: line, column: 1, kind: .operator))
    tokens.append(Token(start: 1 << 28, length: 0, line: line + 1, column: 1, kind: .end))
    let buffer = TokenBuffer(capacity: tokens.count)
    for token in tokens { buffer.append(token) }
    for (i, token) in tokens.enumerated() {
      #expect(buffer[Int32(i)] == token)
      #expect(buffer.reader[i] == token)
    }
  }
}
