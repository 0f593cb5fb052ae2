/// The hash, slot, probe and growth behaviour of one real project's scope table.
///
/// | profile | hash | slot | probe | growth |
/// |---|---|---|---|---|
/// | parasheet | FNV-1a 64 of the id's 4 LE bytes | hash % cap | +1 | before every insert, if size+1 ≥ 0.6·cap: 0→2, then double |
/// | glang | FNV-1a 32 of the name | hash & (cap−1) | +1 | starts at 8; if count+2 > 0.75·cap: double |
/// | clox | FNV-1a 32 of the name | hash & (cap−1) | +1 | 8 at first insert; if count+1 > 0.75·cap: double |
/// | jikes | the name id | id % size | chain | 13, 101, 401, 1021 when entries > 2·size |
public enum TableProfile: String, CaseIterable, Sendable {
  /// Parasheet's `SymbolMap`.
  case parasheet
  /// Glang's hashtable.
  case glang
  /// clox's `table.c`.
  case clox
  /// Jikes' per-scope `SymbolTable` (chained).
  case jikes

  /// The chain sizes of the jikes profile, in order.
  static let jikesSizes = [13, 101, 401, 1021]

  /// Whether entries are chained rather than probed.
  public var isChained: Bool { self == .jikes }

  /// Whether the table supports deletion (with tombstones).
  public var hasTombstones: Bool { self == .clox }

  /// The capacity of a table that has not received an insert yet.
  var initialCapacity: Int {
    switch self {
    case .parasheet, .clox: 0
    case .glang: 8
    case .jikes: Self.jikesSizes[0]
    }
  }

  /// The bucket where a probe for a key starts.
  @inline(__always)
  func home(id: Int32, nameHash: UInt32, capacity: Int) -> Int {
    switch self {
    case .parasheet: Int(FNV1a.hash64(id: UInt32(bitPattern: id)) % UInt64(capacity))
    case .glang, .clox: Int(nameHash & UInt32(capacity - 1))
    case .jikes: Int(id) % capacity
    }
  }

  /// The capacity to grow to before inserting a key, or nil when no growth is due.
  ///
  /// `used` counts occupied buckets (tombstones included for clox).
  func capacityBeforeInsert(used: Int, capacity: Int) -> Int? {
    switch self {
    case .parasheet:
      guard (used + 1) * 10 >= capacity * 6 else { return nil }
      var grown = capacity == 0 ? 2 : capacity * 2
      while (used + 1) * 10 >= grown * 6 { grown *= 2 }
      return grown
    case .glang:
      return (used + 2) * 4 > capacity * 3 ? capacity * 2 : nil
    case .clox:
      guard (used + 1) * 4 > capacity * 3 else { return nil }
      return capacity < 8 ? 8 : capacity * 2
    case .jikes:
      return nil
    }
  }

  /// The capacity to grow to after an insert left `entries` entries, or nil.
  func capacityAfterInsert(entries: Int, capacity: Int) -> Int? {
    guard self == .jikes, entries > 2 * capacity,
      let position = Self.jikesSizes.firstIndex(of: capacity),
      position + 1 < Self.jikesSizes.count
    else { return nil }
    return Self.jikesSizes[position + 1]
  }
}
