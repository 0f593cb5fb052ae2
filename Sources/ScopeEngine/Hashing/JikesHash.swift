/// Jikes' `NameLookupTable::Hash`: `h = 31·h + c` over the name's characters, unsigned 32-bit.
///
/// Characters are Unicode scalars (Jikes hashes `wchar_t`s), decoded here from UTF-8.
public enum JikesHash {
  /// The hash of a name given as UTF-8 bytes.
  @inline(__always) public static func hash(utf8 bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var hash: UInt32 = 0
    for byte in bytes {
      if byte >= 0x80 { return decodedHash(utf8: bytes) }
      hash = hash &* 31 &+ UInt32(byte)
    }
    return hash
  }

  /// The hash of a name that is not all ASCII, over its decoded scalars (kept out of line,
  /// so that the ASCII loop above inlines).
  @inline(never) static func decodedHash(utf8 bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    hash(utf8: Array(bytes))
  }

  /// The hash of a name given as UTF-8 bytes.
  public static func hash<Bytes: Collection<UInt8>>(utf8 bytes: Bytes) -> UInt32 {
    var hash: UInt32 = 0
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    while case .scalarValue(let scalar) = decoder.decode(&iterator) {
      hash = hash &* 31 &+ scalar.value
    }
    return hash
  }
}
