/// A key in a bucket and the symbol (or name) it maps to.
public struct BucketEntry: Sendable, Equatable {
  /// The name id.
  public var name: NameID
  /// The symbol id (the name id again, in the name table).
  public var value: Int32
}

/// One bucket of a table as it stood at some moment.
public enum Bucket: Sendable, Equatable {
  /// Nothing was ever placed here (or, in a chained table, the chain is empty).
  case empty
  /// A deleted entry that probes must step over (clox).
  case tombstone
  /// One entry, or a chain of entries head first.
  case entries([BucketEntry])

  /// The entries held here.
  public var contents: [BucketEntry] {
    if case .entries(let entries) = self { return entries }
    return []
  }
}

/// A table's buckets, capacity and sizes at one moment, stored flat: the entries of every
/// bucket back to back, and where each bucket's entries start.
public struct TableSnapshot: Sendable, Equatable, CustomStringConvertible {
  /// Per bucket, the index in `entries` of its first entry; one extra element marks the end.
  public private(set) var starts: [Int32]
  /// Every bucket's entries in bucket order, chains head first; a tombstone has name -2.
  public private(set) var entries: [BucketEntry]
  /// Live keys.
  public private(set) var count: Int
  /// Occupied buckets, tombstones included.
  public private(set) var used: Int

  /// The number of buckets.
  public var capacity: Int { starts.count - 1 }

  /// Live keys per bucket (0 for a table with no buckets).
  public var loadFactor: Double { capacity == 0 ? 0 : Double(used) / Double(capacity) }

  /// Bucket `index`.
  public subscript(_ index: Int) -> Bucket {
    let first = Int(starts[index])
    let end = Int(starts[index + 1])
    if first == end { return .empty }
    if entries[first].name == VersionedBuckets.tombstone { return .tombstone }
    return .entries(Array(entries[first..<end]))
  }

  /// All buckets, in index order.
  public var buckets: [Bucket] { (0..<capacity).map { self[$0] } }

  /// The buckets in one line, names as ids: `_ 3 _ 5 † 7,2` (`†` a tombstone, a comma a chain).
  public var description: String { line(naming: String.init) }

  /// The first `limit` buckets in one line, each name spelled by `naming`: `_ a _ b † c,d`.
  public func line(limit: Int = .max, naming: (NameID) -> String) -> String {
    (0..<Swift.min(capacity, limit)).map { index in
      switch self[index] {
      case .empty: "_"
      case .tombstone: "†"
      case .entries(let entries): entries.map { naming($0.name) }.joined(separator: ",")
      }
    }.joined(separator: " ")
  }

  /// A chained table without tombstones whose bucket `i` holds `entries[starts[i]..<starts[i + 1]]`.
  init(starts: [Int32], entries: [BucketEntry]) {
    self.starts = starts
    self.entries = entries
    count = entries.count
    used = entries.count
  }

  /// A chained table of names whose bucket `i` holds `chains[i]`, head first (each name
  /// mapping to itself, as in the name table).
  init(chains: [[NameID]]) {
    var starts: [Int32] = [0]
    var entries: [BucketEntry] = []
    for chain in chains {
      entries.append(contentsOf: chain.map { BucketEntry(name: $0, value: $0) })
      starts.append(Int32(entries.count))
    }
    self.init(starts: starts, entries: entries)
  }

  /// The live table now, read straight from its current buckets.
  public init(live table: ScopeTable) {
    self.init(store: table.buckets, heads: table.buckets.heads, chained: table.profile.isChained, asOf: .max)
  }

  /// The table as it stood after event `event` (inclusive).
  public init(_ table: ScopeTable, asOf event: Int32) {
    self.init(
      store: table.buckets, heads: table.buckets.heads(asOf: event), chained: table.profile.isChained, asOf: event)
  }

  /// Reads the buckets `heads` of `store` as they stood after event `event`; the sizes are
  /// counted on the way.
  init(store: VersionedBuckets, heads: [Int32], chained: Bool, asOf event: Int32) {
    var starts = [Int32](repeating: 0, count: heads.count + 1)
    var entries: [BucketEntry] = []
    var tombstones = 0
    Self.walk(store: store, heads: heads, chained: chained, asOf: event) { _, key, value in
      entries.append(BucketEntry(name: key, value: value))
      if key == VersionedBuckets.tombstone { tombstones += 1 }
    } endingBucket: { bucket in
      starts[bucket + 1] = Int32(entries.count)
    }
    self.starts = starts
    self.entries = entries
    count = entries.count - tombstones
    used = chained ? count : entries.count
  }

  /// Visits the entries in buckets `heads` of `store` as they stood after event `event`, in
  /// bucket order, chains head first (a tombstone ends its bucket), calling `entry` with the
  /// bucket, key and value of each, and `endingBucket` after each bucket.
  @inline(__always)
  static func walk(
    store: VersionedBuckets, heads: [Int32], chained: Bool, asOf event: Int32,
    _ entry: (Int, Int32, Int32) -> Void, endingBucket: (Int) -> Void = { _ in }
  ) {
    store.pool.entries.withUnsafeBufferPointer { all in
      for (bucket, head) in heads.enumerated() {
        var link = head
        while link != VersionedBuckets.none {
          let visible = store.version(of: link, asOf: event, chained: chained)
          if visible != VersionedBuckets.none {
            let e = all[Int(visible)]
            entry(bucket, e.key, e.value)
            if e.key == VersionedBuckets.tombstone { break }
          }
          link = chained ? all[Int(link)].link : VersionedBuckets.none
        }
        endingBucket(bucket)
      }
    }
  }
}
