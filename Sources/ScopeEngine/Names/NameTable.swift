/// A small integer naming one interned identifier: its position in the name pool.
public typealias NameID = Int32

/// The interned-name table, after Jikes' `NameLookupTable`: every identifier is stored
/// once, in a chained hash table whose new names go to the head of their chain; a name's
/// id is its position in the pool, stable across rehashes.
///
/// Its history needs no versioned entries: names are never removed, a new one goes to the
/// head of its chain, and a rehash re-inserts in pool order, so a chain as of any event is
/// its bucket's names interned by then, newest first (`snapshot(asOf:)`).
///
/// Like the engine that holds it, its copies share its arrays (`Log`): write to one copy only.
public struct NameTable: Sendable {
  /// How the table grows.
  public let growth: NameTableGrowth
  /// The newest name in each bucket now, or `VersionedBuckets.none`.
  private(set) var heads = Log<Int32>()
  /// Per name, what a lookup reads on its way along a chain, side by side so that a step
  /// costs one cache miss: the hash, the successor and where the spelling starts.
  private(set) var records = Log<Record>()
  /// Each rehash: the event that made it and the number of buckets from then on.
  private(set) var epochs: [(start: Int32, size: Int)] = []
  /// All names' UTF-8 bytes, back to back.
  private(set) var pool = Log<UInt8>()

  /// A name's chain record.
  struct Record {
    /// Its Jikes hash (`31·h + c`).
    var hash: UInt32
    /// Its successor in its chain now, or `VersionedBuckets.none`.
    var next: Int32
    /// Where its spelling starts in `pool` (it ends where the next name's starts).
    var start: Int32
  }

  /// Each name's 32-bit FNV-1a hash, which the glang and clox profiles use.
  public private(set) var fnvHashes = Log<UInt32>()
  /// The event that interned each name.
  public private(set) var internEvents = Log<Int32>()

  /// An empty table.
  public init(growth: NameTableGrowth = .teaching) {
    self.growth = growth
    heads = Log(repeating: VersionedBuckets.none, count: growth.initialSize)
    divisor = FastDivisor(UInt32(growth.initialSize))
    epochs = [(0, growth.initialSize)]
  }

  /// Reserves room for `names` names (of eight bytes on average), so that a large run's
  /// arrays are not copied as they grow.
  mutating func reserve(names: Int) {
    pool.reserveCapacity(names * 8)
    records.reserveCapacity(names)
    fnvHashes.reserveCapacity(names)
    internEvents.reserveCapacity(names)
  }

  /// The number of names.
  public var count: Int { records.count }

  /// The number of buckets now, as a divisor that takes a remainder without dividing.
  private var divisor: FastDivisor

  /// The number of buckets now.
  public var size: Int { heads.count }

  /// The text of name `id`.
  public func name(_ id: NameID) -> String {
    String(decoding: bytes(of: id), as: UTF8.self)
  }

  /// The UTF-8 bytes of name `id`.
  public func bytes(of id: NameID) -> Slice<Log<UInt8>> {
    pool[Int(records[Int(id)].start)..<end(of: id)]
  }

  /// Where name `id`'s spelling ends in `pool`.
  @inline(__always) private func end(of id: NameID) -> Int {
    Int(id) + 1 < records.count ? Int(records[Int(id) + 1].start) : pool.count
  }

  /// Name `id`'s Jikes hash.
  func jikesHash(of id: NameID) -> UInt32 { records[Int(id)].hash }

  /// What interning did.
  public struct Interning: Sendable, Equatable {
    /// The name's id.
    public var id: NameID
    /// Whether the name was new.
    public var isNew: Bool
    /// The bucket it was found in or added to.
    public var bucket: Int
    /// The size to rehash to now, when this insert made the table due to grow.
    public var growTo: Int?
  }

  /// Finds `text`'s id, adding it (stamped with `event`) when it is new.
  public mutating func intern(_ text: String, at event: Int32) -> Interning {
    var text = text
    return text.withUTF8 { intern($0, at: event) }
  }

  /// Finds the name spelled by `utf8`, adding it (stamped with `event`) when it is new.
  public mutating func intern(_ utf8: UnsafeBufferPointer<UInt8>, at event: Int32) -> Interning {
    let hash = JikesHash.hash(utf8: utf8)
    let bucket = Int(divisor.remainder(of: hash))
    if let found = find(utf8, hash: hash, in: bucket) {
      return Interning(id: found, isNew: false, bucket: bucket, growTo: nil)
    }
    let id = NameID(count)
    records.append(Record(hash: hash, next: heads[bucket], start: Int32(pool.count)))
    pool.append(contentsOf: utf8)
    fnvHashes.append(FNV1a.hash32(utf8))
    internEvents.append(event)
    heads[bucket] = id
    return Interning(id: id, isNew: true, bucket: bucket, growTo: growth.sizeAfterInsert(entries: count, size: size))
  }

  /// The id of `text` if it has been interned.
  public func lookup(_ text: String) -> NameID? {
    var text = text
    return text.withUTF8 { utf8 in
      let hash = JikesHash.hash(utf8: utf8)
      return find(utf8, hash: hash, in: Int(divisor.remainder(of: hash)))
    }
  }

  /// The name spelled by `utf8`, of Jikes hash `hash`, in the chain of `bucket`.
  @inline(__always) private func find(_ utf8: UnsafeBufferPointer<UInt8>, hash: UInt32, in bucket: Int) -> NameID? {
    var link = heads[bucket]
    while link != VersionedBuckets.none {
      let record = records[Int(link)]
      if record.hash == hash && equals(link, record.start, utf8) { return link }
      link = record.next
    }
    return nil
  }

  /// Whether name `id`, whose spelling starts at `start`, is spelled `utf8`.
  @inline(__always) private func equals(_ id: NameID, _ start: Int32, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(start)
    guard end(of: id) - start == utf8.count else { return false }
    return pool.withUnsafeBufferPointer { pool in
      for i in 0..<utf8.count where pool[start + i] != utf8[i] { return false }
      return true
    }
  }

  /// Rehashes into `newSize` buckets, re-inserting every name in pool order at the head of
  /// its chain, as Jikes' `Rehash` does.
  public mutating func rehash(to newSize: Int, at event: Int32) {
    epochs.append((event, newSize))
    heads = Log(repeating: VersionedBuckets.none, count: newSize)
    divisor = FastDivisor(UInt32(newSize))
    for id in 0..<count {
      let bucket = Int(records[id].hash % UInt32(newSize))
      records[id].next = heads[bucket]
      heads[bucket] = NameID(id)
    }
  }

  /// The buckets now, each chain read from its head.
  public var liveSnapshot: TableSnapshot {
    TableSnapshot(
      chains: heads.map { head in
        var chain: [NameID] = []
        var link = head
        while link != VersionedBuckets.none {
          chain.append(link)
          link = records[Int(link)].next
        }
        return chain
      })
  }

  /// The bucket name `id` went into when interned, at event `event`: its hash modulo the
  /// size then in force.
  public func bucket(of id: NameID, asOf event: Int32) -> Int32 {
    Int32(records[Int(id)].hash % UInt32(size(asOf: event)))
  }

  /// The number of buckets in force after event `event`.
  private func size(asOf event: Int32) -> Int {
    (epochs.last { $0.start <= event } ?? epochs[0]).size
  }

  /// The buckets as they stood after event `event` (inclusive): in the size then in force,
  /// each bucket's names interned by then, newest first.
  public func snapshot(asOf event: Int32) -> TableSnapshot {
    let size = size(asOf: event)
    let names = count(asOf: event)
    // A counting sort by bucket: where each bucket starts, then its names, newest first.
    var starts = [Int32](repeating: 0, count: size + 1)
    for id in 0..<names { starts[Int(records[id].hash % UInt32(size)) + 1] += 1 }
    for bucket in 0..<size { starts[bucket + 1] += starts[bucket] }
    var cursor = starts
    var entries = [BucketEntry](repeating: BucketEntry(name: 0, value: 0), count: names)
    for id in (0..<names).reversed() {
      let bucket = Int(records[id].hash % UInt32(size))
      entries[Int(cursor[bucket])] = BucketEntry(name: NameID(id), value: NameID(id))
      cursor[bucket] += 1
    }
    return TableSnapshot(starts: starts, entries: entries)
  }

  /// The number of names interned up to event `event` (inclusive).
  public func count(asOf event: Int32) -> Int {
    internEvents.partitioningIndex { $0 > event }
  }
}
