/// A small integer naming one interned identifier: its position in the name pool.
public typealias NameID = Int32

/// The interned-name table, after Jikes' `NameLookupTable`: every identifier is stored
/// once, in a chained hash table whose new names go to the head of their chain; a name's
/// id is its position in the pool, stable across rehashes.
public struct NameTable: Sendable {
  /// How the table grows.
  public let growth: NameTableGrowth
  /// The buckets (keys are name ids) and their history.
  public private(set) var buckets = VersionedBuckets()
  /// All names' UTF-8 bytes, back to back.
  private(set) var pool: [UInt8] = []
  /// Where each name starts in `pool`; one extra element marks the end.
  private(set) var offsets: [Int32] = [0]
  /// Each name's Jikes hash (`31·h + c`).
  public private(set) var jikesHashes: [UInt32] = []
  /// Each name's 32-bit FNV-1a hash, which the glang and clox profiles use.
  public private(set) var fnvHashes: [UInt32] = []
  /// The event that interned each name.
  public private(set) var internEvents: [Int32] = []

  /// An empty table.
  public init(growth: NameTableGrowth = .teaching) {
    self.growth = growth
    buckets.startEpoch(capacity: growth.initialSize, at: 0)
  }

  /// The number of names.
  public var count: Int { jikesHashes.count }

  /// The number of buckets now.
  public var size: Int { buckets.capacity }

  /// The text of name `id`.
  public func name(_ id: NameID) -> String {
    String(decoding: bytes(of: id), as: UTF8.self)
  }

  /// The UTF-8 bytes of name `id`.
  public func bytes(of id: NameID) -> ArraySlice<UInt8> {
    pool[Int(offsets[Int(id)])..<Int(offsets[Int(id) + 1])]
  }

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
    let bucket = Int(hash % UInt32(size))
    var link = buckets.head(bucket)
    while link != VersionedBuckets.none {
      let id = buckets.entry(link).key
      if jikesHashes[Int(id)] == hash && equals(id, utf8) {
        return Interning(id: id, isNew: false, bucket: bucket, growTo: nil)
      }
      link = buckets.entry(link).next
    }
    let id = NameID(count)
    pool.append(contentsOf: utf8)
    offsets.append(Int32(pool.count))
    jikesHashes.append(hash)
    fnvHashes.append(FNV1a.hash32(utf8))
    internEvents.append(event)
    buckets.push(key: id, value: id, onto: bucket, at: event)
    return Interning(id: id, isNew: true, bucket: bucket, growTo: growth.sizeAfterInsert(entries: count, size: size))
  }

  /// The id of `text` if it has been interned.
  public func lookup(_ text: String) -> NameID? {
    var text = text
    return text.withUTF8 { utf8 in
      let hash = JikesHash.hash(utf8: utf8)
      var link = buckets.head(Int(hash % UInt32(size)))
      while link != VersionedBuckets.none {
        let id = buckets.entry(link).key
        if equals(id, utf8) { return id }
        link = buckets.entry(link).next
      }
      return nil
    }
  }

  /// Whether name `id` is spelled `utf8`.
  @inline(__always) private func equals(_ id: NameID, _ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
    let start = Int(offsets[Int(id)])
    let end = Int(offsets[Int(id) + 1])
    guard end - start == utf8.count else { return false }
    return pool.withUnsafeBufferPointer { pool in
      for i in 0..<utf8.count where pool[start + i] != utf8[i] { return false }
      return true
    }
  }

  /// Rehashes into `newSize` buckets, re-inserting every name in pool order at the head of
  /// its chain, as Jikes' `Rehash` does.
  public mutating func rehash(to newSize: Int, at event: Int32) {
    buckets.startEpoch(capacity: newSize, at: event)
    for id in 0..<count {
      buckets.push(key: NameID(id), value: NameID(id), onto: Int(jikesHashes[id] % UInt32(newSize)), at: event)
    }
  }

  /// The number of names interned up to event `event` (inclusive).
  public func count(asOf event: Int32) -> Int {
    internEvents.partitioningIndex { $0 > event }
  }
}
