import ScopeEngine

/// A cursor over UTF-8 source that keeps the line and the column (in Unicode scalars).
///
/// A source is at most `SourceFile.maximumSize` (256 MiB), so offsets, lines and columns
/// fit in `Int32` and count with wrapping arithmetic, unchecked.
struct Scanner {
  /// The source.
  let bytes: UnsafeBufferPointer<UInt8>
  /// The current byte offset.
  var offset = 0
  /// The current 1-based line.
  var line: Int32 = 1
  /// The current 1-based column, in scalars.
  var column: Int32 = 1

  /// A scanner at the start of `bytes`.
  init(_ bytes: UnsafeBufferPointer<UInt8>) {
    precondition(bytes.count < Int(Int32.max), "a source must be under 2 GiB")
    self.bytes = bytes
  }

  /// Whether the whole source has been read.
  var atEnd: Bool { offset >= bytes.count }

  /// The byte at the cursor (0 at the end).
  @inline(__always) var byte: UInt8 { offset < bytes.count ? bytes[offset] : 0 }

  /// The byte after the cursor (0 past the end).
  @inline(__always) var nextByte: UInt8 { offset + 1 < bytes.count ? bytes[offset + 1] : 0 }

  /// The scalar at the cursor and its length in bytes (an ASCII byte inline, the rest out
  /// of line).
  @inline(__always) func scalar() -> (value: UInt32, length: Int) {
    let lead = bytes[offset]
    return lead < 0x80 ? (UInt32(lead), 1) : multibyteScalar(lead)
  }

  /// The scalar of several bytes at the cursor, whose first byte is `lead`, and its length.
  @inline(never) func multibyteScalar(_ lead: UInt8) -> (value: UInt32, length: Int) {
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for i in 1..<length where offset + i < bytes.count { value = value << 6 | UInt32(bytes[offset + i] & 0x3F) }
    return (value, min(length, bytes.count - offset))
  }

  /// Moves past one scalar of `length` bytes, keeping line and column.
  @inline(__always) mutating func advance(_ length: Int = 1) {
    if bytes[offset] == 0x0A {
      line &+= 1
      column = 1
    } else {
      column &+= 1
    }
    offset &+= length
  }

  /// Skips spaces, tabs, newlines and carriage returns (in locals, stored once at the end).
  @inline(__always) mutating func skipWhitespace() {
    var offset = self.offset
    var line = self.line
    var column = self.column
    while offset < bytes.count {
      let byte = bytes[offset]
      if byte == 0x20 || byte == 0x09 || byte == 0x0D {
        column &+= 1
      } else if byte == 0x0A {
        line &+= 1
        column = 1
      } else {
        break
      }
      offset &+= 1
    }
    self.offset = offset
    self.line = line
    self.column = column
  }

  /// Skips to the end of the line (not past the newline).
  mutating func skipLine() {
    while offset < bytes.count && bytes[offset] != 0x0A { advance(scalar().length) }
  }

  /// A token from `start` (with its position) to the cursor.
  func token(from start: Int, line: Int32, column: Int32, _ kind: TokenClass) -> Token {
    Token(
      start: Int32(truncatingIfNeeded: start), length: Int32(truncatingIfNeeded: offset &- start), line: line,
      column: column, kind: kind)
  }
}
