/// The buckets of a hash table together with every write ever made to them, so that the
/// table can be read as it stood after any event of the trace.
///
/// Each write is an `Entry` stamped with the event that made it. A bucket holds the newest
/// entry placed there; an entry that replaced another keeps it as `older`. A growth starts a
/// new `Epoch` (a fresh bucket array) and keeps the old one. Reading "as of" an event picks
/// the epoch in force and skips entries stamped later, so a seek never replays history.
public struct VersionedBuckets: Sendable {
  /// No entry (an empty bucket, the end of a chain, no older version).
  public static let none: Int32 = -1

  /// One write: a key placed in a bucket (or a tombstone), with what it maps to.
  public struct Entry: Sendable, Equatable {
    /// The key (a name id), or `tombstone`.
    public var key: Int32
    /// What the key maps to (a symbol id, or the name id in the name table).
    public var value: Int32
    /// The index of the event that made this write.
    public var event: Int32
    /// The next entry of a chain (chained tables only).
    public var next: Int32
    /// The entry this one replaced in the same place.
    public var older: Int32
  }

  /// A bucket array in force from the event `start` until the next epoch's start.
  public struct Epoch: Sendable {
    /// The event that created these buckets (a growth, or the table's first insert).
    public var start: Int32
    /// Per bucket, the newest entry placed there.
    public var heads: [Int32]
  }

  /// The key that marks a deleted entry (clox's tombstone).
  public static let tombstone: Int32 = -2

  /// Every write, in the order made.
  public private(set) var entries: [Entry] = []
  /// Bucket arrays replaced by a growth, oldest first.
  public private(set) var pastEpochs: [Epoch] = []
  /// The buckets in force now.
  public private(set) var heads: [Int32] = []
  /// The event that created `heads`.
  public private(set) var start: Int32 = 0

  /// An empty table with no buckets yet.
  public init() {}

  /// The number of buckets in force now.
  public var capacity: Int { heads.count }

  /// Replaces the buckets by `capacity` empty ones, keeping the old ones readable.
  mutating func startEpoch(capacity: Int, at event: Int32) {
    if !heads.isEmpty || !pastEpochs.isEmpty || !entries.isEmpty {
      pastEpochs.append(Epoch(start: start, heads: heads))
    }
    heads = Array(repeating: Self.none, count: capacity)
    start = event
  }

  /// The newest entry in `bucket` now (or `none`).
  @inline(__always) func head(_ bucket: Int) -> Int32 { heads[bucket] }

  /// The entry at `index`.
  @inline(__always) func entry(_ index: Int32) -> Entry { entries[Int(index)] }

  /// Writes `key → value` into `bucket`, replacing what is there (open addressing).
  @discardableResult
  mutating func place(key: Int32, value: Int32, in bucket: Int, at event: Int32) -> Int32 {
    let index = Int32(entries.count)
    entries.append(Entry(key: key, value: value, event: event, next: Self.none, older: heads[bucket]))
    heads[bucket] = index
    return index
  }

  /// Puts `key → value` at the head of `bucket`'s chain (chained tables).
  @discardableResult
  mutating func push(key: Int32, value: Int32, onto bucket: Int, at event: Int32) -> Int32 {
    let index = Int32(entries.count)
    entries.append(Entry(key: key, value: value, event: event, next: heads[bucket], older: Self.none))
    heads[bucket] = index
    return index
  }

  /// Gives the chain entry `index` a new value, keeping the old one as its older version.
  mutating func revalue(chainEntry index: Int32, predecessor: Int32, bucket: Int, value: Int32, at event: Int32) {
    let old = entries[Int(index)]
    let newIndex = Int32(entries.count)
    entries.append(Entry(key: old.key, value: value, event: event, next: old.next, older: index))
    if predecessor == Self.none {
      heads[bucket] = newIndex
    } else {
      entries[Int(predecessor)].next = newIndex
    }
  }

  /// The version of `index` that existed after event `event` (inclusive), or `none`.
  @inline(__always) func version(of index: Int32, asOf event: Int32) -> Int32 {
    var current = index
    while current != Self.none && entries[Int(current)].event > event {
      current = entries[Int(current)].older
    }
    return current
  }

  /// The bucket heads in force after event `event` (inclusive).
  public func heads(asOf event: Int32) -> [Int32] {
    if event >= start { return heads }
    let later = pastEpochs.partitioningIndex { $0.start > event }
    return later == 0 ? [] : pastEpochs[later - 1].heads
  }
}
