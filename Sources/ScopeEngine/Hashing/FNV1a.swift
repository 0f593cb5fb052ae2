/// The Fowler–Noll–Vo 1a hashes used by the Parasheet, Glang and clox tables.
///
/// Deterministic on every machine, unlike Swift's seeded `Hasher`, so the same file
/// lands in the same buckets everywhere.
public enum FNV1a {
  /// The 32-bit offset basis.
  static let basis32: UInt32 = 2_166_136_261
  /// The 32-bit prime.
  static let prime32: UInt32 = 16_777_619
  /// The 64-bit offset basis.
  static let basis64: UInt64 = 14_695_981_039_346_656_037
  /// The 64-bit prime.
  static let prime64: UInt64 = 1_099_511_628_211

  /// 32-bit FNV-1a over `bytes` (Glang's and clox's hash of a name's UTF-8 bytes).
  public static func hash32<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt32 {
    var hash = basis32
    for byte in bytes {
      hash ^= UInt32(byte)
      hash = hash &* prime32
    }
    return hash
  }

  /// 64-bit FNV-1a over the 4 little-endian bytes of a name id (Parasheet's `StrID` hash).
  public static func hash64(id: UInt32) -> UInt64 {
    var hash = basis64
    for shift in stride(from: 0, to: 32, by: 8) {
      hash ^= UInt64((id >> UInt32(shift)) & 0xFF)
      hash = hash &* prime64
    }
    return hash
  }
}
