/// The buckets of a hash table together with every write ever made to them, so that the
/// table can be read as it stood after any event of the trace.
///
/// Each write is an `Entry` stamped with the event that made it. A bucket holds the newest
/// entry placed there; an entry that replaced another keeps it as `older`. A growth starts a
/// new `Epoch` (a fresh bucket array) and keeps the old one. Reading "as of" an event picks
/// the epoch in force and skips entries stamped later, so a seek never replays history.
/// Entries and bucket arrays live in the engine's `TablePool`; a table keeps where its own
/// buckets are.
public struct VersionedBuckets: Sendable {
  /// No entry (an empty bucket, the end of a chain, no older version, no epoch).
  public static let none: Int32 = -1

  /// One write: a key placed in a bucket (or a tombstone), with what it maps to.
  public struct Entry: Sendable, Equatable {
    /// The key (a name id), or `tombstone`.
    public var key: Int32
    /// What the key maps to (a symbol id, or the name id in the name table).
    public var value: Int32
    /// The index of the event that made this write.
    public var event: Int32
    /// In an open table, the entry this one replaced in the same bucket; in a chained one,
    /// the next entry of the chain (the entry a chained write replaced is in the pool's
    /// `replaced`, as few are).
    public var link: Int32
  }

  /// A bucket array in force from the event `start` until the next epoch's start.
  public struct Epoch: Sendable {
    /// The event that created these buckets (a growth, or the table's first insert).
    var start: Int32
    /// Where its buckets begin in the pool's `heads`.
    var offset: Int32
    /// How many buckets.
    var capacity: Int32
    /// The epoch it replaced, or `none`.
    var previous: Int32
  }

  /// The key that marks a deleted entry (clox's tombstone).
  public static let tombstone: Int32 = -2

  /// Where the entries and buckets live.
  let pool: TablePool
  /// The epoch in force now, or `none` before the first.
  private(set) var epoch = Self.none
  /// Where the buckets in force begin in the pool's `heads` (32 bits, as a scope keeps one
  /// table per scope).
  private var start: Int32 = 0
  /// The number of buckets in force now (32 bits).
  private var buckets: Int32 = 0

  /// Where the buckets in force begin in the pool's `heads`.
  var offset: Int { Int(start) }
  /// The number of buckets in force now.
  public var capacity: Int { Int(buckets) }

  /// An empty table with no buckets yet, in `pool`.
  init(pool: TablePool) { self.pool = pool }

  /// Replaces the buckets by `capacity` empty ones, keeping the old ones readable.
  mutating func startEpoch(capacity: Int, at event: Int32) {
    start = Int32(pool.heads.count)
    buckets = Int32(capacity)
    pool.heads.append(repeating: Self.none, count: capacity)
    pool.epochs.append(Epoch(start: event, offset: start, capacity: buckets, previous: epoch))
    epoch = Int32(pool.epochs.count - 1)
  }

  /// The newest entry in `bucket` now (or `none`).
  @inline(__always) func head(_ bucket: Int) -> Int32 { pool.heads[offset + bucket] }

  /// The entry at `index`.
  @inline(__always) func entry(_ index: Int32) -> Entry { pool.entries[Int(index)] }

  /// Writes `key → value` into `bucket`, replacing what is there (open addressing).
  @discardableResult
  mutating func place(key: Int32, value: Int32, in bucket: Int, at event: Int32) -> Int32 {
    append(Entry(key: key, value: value, event: event, link: head(bucket)), to: bucket)
  }

  /// Puts `key → value` at the head of `bucket`'s chain (chained tables).
  @discardableResult
  mutating func push(key: Int32, value: Int32, onto bucket: Int, at event: Int32) -> Int32 {
    append(Entry(key: key, value: value, event: event, link: head(bucket)), to: bucket)
  }

  /// Appends `entry` to the pool and makes it `bucket`'s newest.
  private mutating func append(_ entry: Entry, to bucket: Int) -> Int32 {
    let index = Int32(pool.entries.count)
    pool.entries.append(entry)
    pool.heads[offset + bucket] = index
    return index
  }

  /// Gives the chain entry `index` a new value, keeping the old one as its older version.
  mutating func revalue(chainEntry index: Int32, predecessor: Int32, bucket: Int, value: Int32, at event: Int32) {
    let old = entry(index)
    let newIndex = Int32(pool.entries.count)
    pool.entries.append(Entry(key: old.key, value: value, event: event, link: old.link))
    pool.replaced[newIndex] = index
    if predecessor == Self.none {
      pool.heads[offset + bucket] = newIndex
    } else {
      pool.entries[Int(predecessor)].link = newIndex
    }
  }

  /// The version of `index` that existed after event `event` (inclusive), or `none`.
  @inline(__always) func version(of index: Int32, asOf event: Int32, chained: Bool) -> Int32 {
    var current = index
    while current != Self.none && pool.entries[Int(current)].event > event {
      current = older(than: current, chained: chained)
    }
    return current
  }

  /// The entry that `index` replaced in its place, or `none`.
  @inline(__always) func older(than index: Int32, chained: Bool) -> Int32 {
    chained ? pool.replaced[index] ?? Self.none : pool.entries[Int(index)].link
  }

  /// The bucket heads in force now.
  public var heads: [Int32] { Array(pool.heads[offset..<offset + capacity]) }

  /// The bucket heads in force after event `event` (inclusive).
  public func heads(asOf event: Int32) -> [Int32] {
    var index = epoch
    while index != Self.none && pool.epochs[Int(index)].start > event { index = pool.epochs[Int(index)].previous }
    guard index != Self.none else { return [] }
    let found = pool.epochs[Int(index)]
    return Array(pool.heads[Int(found.offset)..<Int(found.offset + found.capacity)])
  }
}
