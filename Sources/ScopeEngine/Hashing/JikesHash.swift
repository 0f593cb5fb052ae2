/// Jikes' `NameLookupTable::Hash`: `h = 31·h + c` over the name's characters, unsigned 32-bit.
///
/// Characters are Unicode scalars (Jikes hashes `wchar_t`s), decoded here from UTF-8.
public enum JikesHash {
  /// The hash of a name given as UTF-8 bytes.
  public static func hash(utf8 bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
    var hash: UInt32 = 0
    var ascii = true
    for byte in bytes {
      if byte >= 0x80 {
        ascii = false
        break
      }
      hash = hash &* 31 &+ UInt32(byte)
    }
    return ascii ? hash : self.hash(utf8: Array(bytes))
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
