/// One scope's hash table, keyed by name id, holding symbol ids, with a profile's exact
/// hash, probe and growth rules. Every write is kept (see `VersionedBuckets`).
public struct ScopeTable: Sendable {
  /// The buckets and their history.
  public private(set) var buckets: VersionedBuckets
  /// The rules this table follows.
  public let profile: TableProfile
  /// Live keys (32 bits, as a scope keeps one table per scope).
  private var live: Int32 = 0
  /// Occupied buckets, tombstones included (32 bits).
  private var occupied: Int32 = 0

  /// Live keys.
  public private(set) var count: Int {
    get { Int(live) }
    set { live = Int32(newValue) }
  }
  /// Occupied buckets, tombstones included (what clox's load factor counts).
  public private(set) var used: Int {
    get { Int(occupied) }
    set { occupied = Int32(newValue) }
  }

  /// What an insert did.
  public struct Insertion: Sendable, Equatable {
    /// The bucket the key landed in.
    public var bucket: Int
    /// The value the key had before, if it was already there.
    public var replaced: Int32?
  }

  /// An empty table following `profile`, its entries and buckets kept in `pool` (shared by
  /// an engine's tables).
  public init(profile: TableProfile, pool: TablePool = TablePool()) {
    self.profile = profile
    buckets = VersionedBuckets(pool: pool)
    let capacity = profile.initialCapacity
    if capacity > 0 { buckets.startEpoch(capacity: capacity, at: 0) }
  }

  /// The number of buckets now.
  public var capacity: Int { buckets.capacity }

  /// The capacity a growth must reach before inserting a new key, or nil.
  public func capacityNeededBeforeInsert() -> Int? {
    profile.capacityBeforeInsert(used: used, capacity: capacity)
  }

  /// The capacity a growth must reach after the last insert, or nil.
  public func capacityNeededAfterInsert() -> Int? {
    profile.capacityAfterInsert(entries: count, capacity: capacity)
  }

  /// Looks `id` up, appending each bucket probed to `probes`. Returns the value, or nil.
  public func find(id: Int32, hash: UInt32, probes: inout [Int32]) -> Int32? {
    guard capacity > 0 else { return nil }
    let found = locate(id: id, hash: hash, probes: &probes)
    return found.entry == VersionedBuckets.none ? nil : buckets.entry(found.entry).value
  }

  /// The buckets a lookup of `id` probed when the table stood as after event `event`
  /// (inclusive): what `find(id:hash:probes:)` appended then.
  public func probes(of id: Int32, hash: UInt32, asOf event: Int32) -> [Int32] {
    let heads = buckets.heads(asOf: event)
    guard !heads.isEmpty else { return [] }
    var bucket = profile.home(id: id, nameHash: hash, capacity: heads.count)
    if profile.isChained { return [Int32(bucket)] }
    var probes: [Int32] = []
    while true {
      probes.append(Int32(bucket))
      let visible = buckets.version(of: heads[bucket], asOf: event, chained: false)
      if visible == VersionedBuckets.none || buckets.entry(visible).key == id { return probes }
      bucket = Self.bucket(after: bucket, of: heads.count)
    }
  }

  /// The live entries now, in bucket order (a chain head first), tombstones left out.
  public var currentEntries: [(key: Int32, value: Int32)] {
    var entries: [(key: Int32, value: Int32)] = []
    entries.reserveCapacity(count)
    TableSnapshot.walk(store: buckets, heads: buckets.heads, chained: profile.isChained, asOf: .max) { _, key, value in
      if key != VersionedBuckets.tombstone { entries.append((key, value)) }
    }
    return entries
  }

  /// Looks `id` up in the table at `table`, read in place: a lookup through the engine's
  /// array of scopes must not copy the table (three reference counts each way per probe).
  @usableFromInline @inline(__always)
  static func find(id: Int32, hash: UInt32, at table: UnsafePointer<ScopeTable>) -> Int32? {
    let capacity = table.pointee.buckets.capacity
    guard capacity > 0 else { return nil }
    let chained = table.pointee.profile.isChained
    let pool = table.pointee.buckets.pool
    let offset = table.pointee.buckets.offset
    var bucket = table.pointee.profile.home(id: id, nameHash: hash, capacity: capacity)
    while true {
      let head = pool.heads[offset + bucket]
      var link = head
      while link != VersionedBuckets.none {
        let entry = pool.entries[Int(link)]
        if entry.key == id { return entry.value }
        link = chained ? entry.link : VersionedBuckets.none
      }
      if chained || head == VersionedBuckets.none { return nil }
      bucket = Self.bucket(after: bucket, of: capacity)
    }
  }

  /// The bucket a linear probe tries after `bucket` in a table of `capacity` buckets: the
  /// next, wrapping to the first (by a comparison, not a division).
  @inline(__always) static func bucket(after bucket: Int, of capacity: Int) -> Int {
    bucket + 1 == capacity ? 0 : bucket + 1
  }

  /// The bucket holding `id` (or where it would go), and its entry (or `none`), appending
  /// each bucket probed to `probes`.
  private func locate(id: Int32, hash: UInt32, probes: inout [Int32])
    -> (bucket: Int, entry: Int32, predecessor: Int32)
  {
    locate(id: id, hash: hash) { probes.append(Int32($0)) }
  }

  /// The bucket holding `id` (or where it would go), and its entry (or `none`), telling
  /// `probing` each bucket probed (inlined: an insert or a growth, which keep no probes,
  /// pay nothing for them).
  @inline(__always) private func locate(id: Int32, hash: UInt32, probing: (Int) -> Void = { _ in })
    -> (bucket: Int, entry: Int32, predecessor: Int32)
  {
    var bucket = profile.home(id: id, nameHash: hash, capacity: capacity)
    if profile.isChained {
      probing(bucket)
      var previous = VersionedBuckets.none
      var link = buckets.head(bucket)
      while link != VersionedBuckets.none {
        if buckets.entry(link).key == id { return (bucket, link, previous) }
        previous = link
        link = buckets.entry(link).link
      }
      return (bucket, VersionedBuckets.none, previous)
    }
    var firstTombstone = -1
    while true {
      probing(bucket)
      let head = buckets.head(bucket)
      if head == VersionedBuckets.none {
        return (firstTombstone >= 0 ? firstTombstone : bucket, VersionedBuckets.none, VersionedBuckets.none)
      }
      let key = buckets.entry(head).key
      if key == id { return (bucket, head, VersionedBuckets.none) }
      if key == VersionedBuckets.tombstone && firstTombstone < 0 { firstTombstone = bucket }
      bucket = Self.bucket(after: bucket, of: capacity)
    }
  }

  /// Inserts or overwrites `id → value`, stamped with `event`. Grow first when
  /// `capacityNeededBeforeInsert()` says so.
  @discardableResult
  public mutating func insert(id: Int32, hash: UInt32, value: Int32, at event: Int32) -> Insertion {
    insert(id: id, hash: hash, value: value, at: event) { _ in }
  }

  /// The same, appending each bucket probed to `probes` (what `probes(of:hash:asOf:)`
  /// recomputes for a reader).
  @discardableResult
  public mutating func insert(id: Int32, hash: UInt32, value: Int32, at event: Int32, probes: inout [Int32])
    -> Insertion
  {
    insert(id: id, hash: hash, value: value, at: event) { probes.append(Int32($0)) }
  }

  /// An insert, telling `probing` each bucket probed.
  @inline(__always) private mutating func insert(
    id: Int32, hash: UInt32, value: Int32, at event: Int32, probing: (Int) -> Void
  ) -> Insertion {
    precondition(capacity > 0, "insert into a table with no buckets: grow it first")
    let found = locate(id: id, hash: hash, probing: probing)
    if found.entry != VersionedBuckets.none {
      let previous = buckets.entry(found.entry).value
      if profile.isChained {
        buckets.revalue(
          chainEntry: found.entry, predecessor: found.predecessor, bucket: found.bucket, value: value, at: event)
      } else {
        buckets.place(key: id, value: value, in: found.bucket, at: event)
      }
      return Insertion(bucket: found.bucket, replaced: previous)
    }
    if profile.isChained {
      buckets.push(key: id, value: value, onto: found.bucket, at: event)
    } else {
      let reusesTombstone = buckets.head(found.bucket) != VersionedBuckets.none
      buckets.place(key: id, value: value, in: found.bucket, at: event)
      if !reusesTombstone { used += 1 }
    }
    count += 1
    if profile.isChained { used = count }
    return Insertion(bucket: found.bucket, replaced: nil)
  }

  /// Deletes `id`, leaving a tombstone (clox). Returns the bucket, or nil when absent.
  @discardableResult
  @_spi(Testing) public mutating func remove(id: Int32, hash: UInt32, at event: Int32, probes: inout [Int32]) -> Int? {
    precondition(profile.hasTombstones, "the \(profile.rawValue) profile has no deletion")
    guard capacity > 0 else { return nil }
    let found = locate(id: id, hash: hash, probes: &probes)
    guard found.entry != VersionedBuckets.none else { return nil }
    buckets.place(key: VersionedBuckets.tombstone, value: 0, in: found.bucket, at: event)
    count -= 1
    return found.bucket
  }

  /// Rehashes every live key into `newCapacity` buckets, as the profile's project does:
  /// open tables re-insert in old bucket order, dropping tombstones; chains re-insert in
  /// insertion order, each at the head of its new chain.
  ///
  /// `live` is scratch space, kept by the caller so that a growth allocates nothing; it is
  /// left empty.
  public mutating func grow(
    to newCapacity: Int, at event: Int32, nameHashes: Log<UInt32>, live: inout [VersionedBuckets.Entry]
  ) {
    liveEntries(into: &live)
    buckets.startEpoch(capacity: newCapacity, at: event)
    for entry in live {
      let bucket = locate(id: entry.key, hash: nameHashes[Int(entry.key)]).bucket
      if profile.isChained {
        buckets.push(key: entry.key, value: entry.value, onto: bucket, at: event)
      } else {
        buckets.place(key: entry.key, value: entry.value, in: bucket, at: event)
      }
    }
    live.removeAll(keepingCapacity: true)
    used = count
  }

  /// The same, with scratch space of its own.
  public mutating func grow(to newCapacity: Int, at event: Int32, nameHashes: Log<UInt32>) {
    var live: [VersionedBuckets.Entry] = []
    grow(to: newCapacity, at: event, nameHashes: nameHashes, live: &live)
  }

  /// Appends the live entries now to `result`, in the order a rehash re-inserts them.
  private func liveEntries(into result: inout [VersionedBuckets.Entry]) {
    if profile.isChained {
      var withOrigin: [(origin: Int32, entry: VersionedBuckets.Entry)] = []
      for bucket in 0..<capacity {
        var link = buckets.head(bucket)
        while link != VersionedBuckets.none {
          var origin = link
          var older = buckets.older(than: origin, chained: true)
          while older != VersionedBuckets.none {
            origin = older
            older = buckets.older(than: origin, chained: true)
          }
          withOrigin.append((origin, buckets.entry(link)))
          link = buckets.entry(link).link
        }
      }
      result.append(contentsOf: withOrigin.sorted { $0.origin < $1.origin }.lazy.map(\.entry))
      return
    }
    for bucket in 0..<capacity {
      let head = buckets.head(bucket)
      if head != VersionedBuckets.none, buckets.entry(head).key >= 0 { result.append(buckets.entry(head)) }
    }
  }
}
