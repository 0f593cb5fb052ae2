/// Tokens packed in 12 bytes instead of a `Token`'s 20: the start, the line, and one word
/// holding the class, the length and the column (12 bits each). A token whose length or
/// column does not fit keeps its line, length and column in `wide`, and its line field
/// says where. Like `FixedBuffer`, its elements never move, so one thread can append while
/// another reads what was published (through a `Reader`).
public final class TokenBuffer: @unchecked Sendable {
  /// One packed token.
  @usableFromInline struct Packed {
    /// The byte offset.
    @usableFromInline var start: Int32
    /// The line, or for a wide token its index in `wide`.
    @usableFromInline var line: Int32
    /// The class (bits 24–30, bit 31 set for a wide token), the length (12–23), the column (0–11).
    @usableFromInline var bits: UInt32

    /// A packed token of these fields.
    @inlinable init(start: Int32, line: Int32, bits: UInt32) {
      self.start = start
      self.line = line
      self.bits = bits
    }
  }

  /// A wide token's line, length and column.
  @usableFromInline struct Wide {
    /// The 1-based line.
    @usableFromInline var line: Int32
    /// The length in bytes.
    @usableFromInline var length: Int32
    /// The 1-based column.
    @usableFromInline var column: Int32

    /// A wide token's fields.
    @inlinable init(line: Int32, length: Int32, column: Int32) {
      self.line = line
      self.length = length
      self.column = column
    }
  }

  /// The largest length and column packed in place.
  @usableFromInline static let fieldLimit: Int32 = 0xFFF
  /// The bit that marks a wide token.
  @usableFromInline static let wideBit: UInt32 = 1 << 31

  /// The packed tokens.
  @usableFromInline let packed: FixedBuffer<Packed>
  /// The wide tokens' fields, in order.
  @usableFromInline let wide: FixedBuffer<Wide>

  /// An empty buffer for `capacity` tokens (only the pages written are ever touched).
  public init(capacity: Int) {
    packed = FixedBuffer(capacity: capacity)
    wide = FixedBuffer(capacity: capacity)
  }

  /// How many tokens have been appended (by the one thread that appends).
  @inlinable public var count: Int { packed.count }

  /// The bytes the tokens take.
  var bytes: Int {
    packed.count * MemoryLayout<Packed>.stride + wide.count * MemoryLayout<Wide>.stride
  }

  /// Appends `token`.
  @inlinable public func append(_ token: Token) {
    packed.append(Self.pack(token, wide: wide))
  }

  /// Token `index`.
  @inlinable public subscript(_ index: Int32) -> Token {
    Self.unpack(packed[index], wide: wide.baseAddress)
  }

  /// A view for another thread: the fixed addresses of the tokens published so far.
  public var reader: Reader { Reader(packed: packed.baseAddress, wide: wide.baseAddress) }

  /// Reads tokens through their fixed addresses, never through the buffer the writing
  /// thread keeps updating.
  public struct Reader {
    /// The first packed token's address.
    @usableFromInline let packed: UnsafePointer<Packed>
    /// The first wide token's address.
    @usableFromInline let wide: UnsafePointer<Wide>

    /// A reader of the tokens at these addresses.
    @inlinable init(packed: UnsafePointer<Packed>, wide: UnsafePointer<Wide>) {
      self.packed = packed
      self.wide = wide
    }

    /// Token `index` (published).
    @inlinable public subscript(_ index: Int) -> Token { TokenBuffer.unpack(packed[index], wide: wide) }
  }

  /// `token` packed, its fields appended to `wide` if they do not fit.
  @inlinable static func pack(_ token: Token, wide: FixedBuffer<Wide>) -> Packed {
    let kind = UInt32(token.kind.rawValue) << 24
    if (0...fieldLimit).contains(token.length) && (0...fieldLimit).contains(token.column) {
      return Packed(
        start: token.start, line: token.line, bits: kind | UInt32(token.length) << 12 | UInt32(token.column))
    }
    let index = wide.append(Wide(line: token.line, length: token.length, column: token.column))
    return Packed(start: token.start, line: index, bits: kind | wideBit)
  }

  /// The token `packed` stands for.
  @inlinable static func unpack(_ packed: Packed, wide: UnsafePointer<Wide>) -> Token {
    let kind = TokenClass(rawValue: UInt8(truncatingIfNeeded: packed.bits >> 24 & 0x7F))!
    if packed.bits & wideBit != 0 {
      let w = wide[Int(packed.line)]
      return Token(start: packed.start, length: w.length, line: w.line, column: w.column, kind: kind)
    }
    return Token(
      start: packed.start, length: Int32(packed.bits >> 12 & 0xFFF), line: packed.line,
      column: Int32(packed.bits & 0xFFF), kind: kind)
  }
}
