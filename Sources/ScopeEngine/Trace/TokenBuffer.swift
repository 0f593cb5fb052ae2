/// Tokens packed in 8 bytes instead of a `Token`'s 20. The first word holds the start (28
/// bits: a source is at most 256 MiB) and the class; the second the length and the column
/// (12 bits each) and the line, as an offset (-64…63) from the line of the first token of its
/// block of 256, which `checkpoints` keeps. A token that does not fit (a long token, a far
/// column, a line far from its block's, the very end of a 256 MiB file) keeps its fields
/// in `wide`, and its second word says where.
///
/// Like `FixedBuffer`, its elements never move, so one thread can append while another
/// reads what was published (through a `Reader`): a token's checkpoint and wide fields are
/// written before the token itself.
public final class TokenBuffer: @unchecked Sendable {
  /// One packed token.
  @usableFromInline struct Packed {
    /// The start (bits 0–27) and the class (28–31).
    @usableFromInline var startAndClass: UInt32
    /// For a packed token the length (bits 0–11), the column (12–23) and the line offset
    /// plus 64 (24–30); for a wide one bit 31 and its index in `wide`.
    @usableFromInline var fields: UInt32

    /// A packed token of these words.
    @inlinable init(startAndClass: UInt32, fields: UInt32) {
      self.startAndClass = startAndClass
      self.fields = fields
    }

    /// The start, when packed in place.
    @inlinable var start: Int32 { Int32(bitPattern: startAndClass & 0x0FFF_FFFF) }
    /// The length, when packed in place.
    @inlinable var length: Int32 { Int32(fields & 0xFFF) }
  }

  /// A wide token's fields.
  @usableFromInline struct Wide {
    /// The byte offset.
    @usableFromInline var start: Int32
    /// The 1-based line.
    @usableFromInline var line: Int32
    /// The length in bytes.
    @usableFromInline var length: Int32
    /// The 1-based column.
    @usableFromInline var column: Int32

    /// A wide token's fields.
    @inlinable init(_ token: Token) {
      start = token.start
      line = token.line
      length = token.length
      column = token.column
    }
  }

  /// The largest length and column packed in place.
  @usableFromInline static let fieldLimit: Int32 = 0xFFF
  /// The largest start packed in place.
  @usableFromInline static let startLimit: Int32 = 0x0FFF_FFFF
  /// The bit that marks a wide token.
  @usableFromInline static let wideBit: UInt32 = 1 << 31
  /// Tokens per checkpoint (a power of two).
  @usableFromInline static let block = 256
  /// The smallest and largest line offsets from a checkpoint packed in place.
  @usableFromInline static let offsets: ClosedRange<Int32> = -64...63

  /// The packed tokens.
  @usableFromInline let packed: FixedBuffer<Packed>
  /// The line of the first token of each block of `block` tokens.
  @usableFromInline let checkpoints: FixedBuffer<Int32>
  /// The wide tokens' fields, in order.
  @usableFromInline let wide: FixedBuffer<Wide>

  /// An empty buffer for `capacity` tokens (only the pages written are ever touched).
  public init(capacity: Int) {
    packed = FixedBuffer(capacity: capacity)
    checkpoints = FixedBuffer(capacity: capacity / Self.block + 1)
    wide = FixedBuffer(capacity: capacity)
  }

  /// How many tokens have been appended (by the one thread that appends).
  @inlinable public var count: Int { packed.count }

  /// The bytes the tokens take.
  var bytes: Int {
    packed.count * MemoryLayout<Packed>.stride + checkpoints.count * MemoryLayout<Int32>.stride
      + wide.count * MemoryLayout<Wide>.stride
  }

  /// Appends `token`.
  @inlinable @inline(__always) public func append(_ token: Token) {
    if packed.count % Self.block == 0 { checkpoints.append(token.line) }
    packed.append(pack(token, checkpoint: checkpoints[Int32(truncatingIfNeeded: checkpoints.count &- 1)]))
  }

  /// Token `index`.
  @inlinable public subscript(_ index: Int32) -> Token {
    Self.unpack(index: Int(index), packed.baseAddress, checkpoints.baseAddress, wide.baseAddress)
  }

  /// A view for another thread: the fixed addresses of the tokens published so far.
  public var reader: Reader {
    Reader(packed: packed.baseAddress, checkpoints: checkpoints.baseAddress, wide: wide.baseAddress)
  }

  /// Reads tokens through their fixed addresses, never through the buffer the writing
  /// thread keeps updating.
  public struct Reader {
    /// The first packed token's address.
    @usableFromInline let packed: UnsafePointer<Packed>
    /// The first checkpoint's address.
    @usableFromInline let checkpoints: UnsafePointer<Int32>
    /// The first wide token's address.
    @usableFromInline let wide: UnsafePointer<Wide>

    /// A reader of the tokens at these addresses.
    @inlinable init(packed: UnsafePointer<Packed>, checkpoints: UnsafePointer<Int32>, wide: UnsafePointer<Wide>) {
      self.packed = packed
      self.checkpoints = checkpoints
      self.wide = wide
    }

    /// Token `index` (published).
    @inlinable public subscript(_ index: Int) -> Token {
      TokenBuffer.unpack(index: index, packed, checkpoints, wide)
    }

    /// Where token `index` (published) starts and how many bytes it takes: what a name
    /// lookup reads, without the line and column.
    @inlinable @inline(__always) public func span(_ index: Int) -> (start: Int32, length: Int32) {
      let p = packed[index]
      if p.fields & TokenBuffer.wideBit != 0 {
        let w = wide[Int(p.fields & ~TokenBuffer.wideBit)]
        return (w.start, w.length)
      }
      return (p.start, p.length)
    }
  }

  /// `token` packed against its block's `checkpoint` line, its fields appended to `wide`
  /// if they do not fit.
  @inlinable @inline(__always) func pack(_ token: Token, checkpoint: Int32) -> Packed {
    let kind = UInt32(token.kind.rawValue) << 28
    let offset = token.line &- checkpoint
    if (0...Self.fieldLimit).contains(token.length) && (0...Self.fieldLimit).contains(token.column)
      && (0...Self.startLimit).contains(token.start) && Self.offsets.contains(offset)
    {
      let fields = UInt32(token.length) | UInt32(token.column) << 12 | UInt32(offset - Self.offsets.lowerBound) << 24
      return Packed(startAndClass: UInt32(token.start) | kind, fields: fields)
    }
    let index = wide.append(Wide(token))
    return Packed(startAndClass: kind, fields: Self.wideBit | UInt32(index))
  }

  /// Token `index`, read from the buffers at these addresses.
  @inlinable @inline(__always)
  static func unpack(
    index: Int, _ packed: UnsafePointer<Packed>, _ checkpoints: UnsafePointer<Int32>, _ wide: UnsafePointer<Wide>
  ) -> Token {
    let p = packed[index]
    let kind = TokenClass(rawValue: UInt8(truncatingIfNeeded: p.startAndClass >> 28))!
    if p.fields & wideBit != 0 {
      let w = wide[Int(p.fields & ~wideBit)]
      return Token(start: w.start, length: w.length, line: w.line, column: w.column, kind: kind)
    }
    return Token(
      start: p.start, length: p.length,
      line: checkpoints[index / block] + Int32(p.fields >> 24 & 0x7F) + offsets.lowerBound,
      column: Int32(p.fields >> 12 & 0xFFF), kind: kind)
  }
}
