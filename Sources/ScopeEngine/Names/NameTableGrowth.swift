/// When and how the interned-name table grows.
public enum NameTableGrowth: String, Sendable, CaseIterable {
  /// The design document's rule, sized for teaching: start at 13 buckets and rehash
  /// through the next prime when more than half full.
  case teaching
  /// Jikes' real `NameLookupTable`: 4093 buckets, then 8191, 16411, 32771, each time the
  /// entries exceed twice the buckets.
  case jikes

  /// The teaching sizes: primes, each a little over twice the one before.
  static let teachingSizes = [
    13, 29, 59, 127, 257, 521, 1049, 2099, 4201, 8419, 16843, 33703, 67409, 134837, 269683,
    539389, 1_078_787, 2_157_587, 4_315_183, 8_630_387,
  ]
  /// Jikes' sizes.
  static let jikesSizes = [4093, 8191, 16411, 32771]

  /// The sizes this rule steps through.
  var sizes: [Int] { self == .teaching ? Self.teachingSizes : Self.jikesSizes }

  /// The buckets of an empty table.
  var initialSize: Int { sizes[0] }

  /// The size to rehash to after an insert left `entries` names in `size` buckets, or nil.
  func sizeAfterInsert(entries: Int, size: Int) -> Int? {
    let due = self == .teaching ? entries * 2 > size : entries > size * 2
    guard due, let position = sizes.firstIndex(of: size), position + 1 < sizes.count else { return nil }
    return sizes[position + 1]
  }
}
