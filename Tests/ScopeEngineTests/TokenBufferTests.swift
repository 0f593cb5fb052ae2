import Testing

@testable import ScopeEngine

/// Tokens are stored in 12 bytes (issue 11); a length or column too large for the packed
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

  @Test("A token takes 12 bytes, a wide one 24")
  func sizes() {
    let buffer = TokenBuffer(capacity: 4)
    buffer.append(Token(start: 0, length: 3, line: 1, column: 1, kind: .identifier))
    #expect(buffer.bytes == 12)
    buffer.append(Token(start: 9, length: 5000, line: 1, column: 5, kind: .string))
    #expect(buffer.bytes == 36)
  }
}
