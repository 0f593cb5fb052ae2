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

/// A table's buckets, capacity and sizes at one moment.
public struct TableSnapshot: Sendable, Equatable, CustomStringConvertible {
  /// The buckets, in index order.
  public var buckets: [Bucket]
  /// Live keys.
  public var count: Int
  /// Occupied buckets, tombstones included.
  public var used: Int

  /// The number of buckets.
  public var capacity: Int { buckets.count }

  /// Live keys per bucket (0 for a table with no buckets).
  public var loadFactor: Double { capacity == 0 ? 0 : Double(used) / Double(capacity) }

  /// The buckets in one line, names as ids: `_ 3 _ 5 † 7,2` (`†` a tombstone, a comma a chain).
  public var description: String {
    buckets.map { bucket in
      switch bucket {
      case .empty: "_"
      case .tombstone: "†"
      case .entries(let entries): entries.map { String($0.name) }.joined(separator: ",")
      }
    }.joined(separator: " ")
  }

  /// The live table now, read straight from its current buckets.
  public init(live table: ScopeTable) {
    self.init(heads: table.buckets.heads, chained: table.profile.isChained, count: table.count, used: table.used) {
      table.buckets.entry($0)
    } resolve: { $0 }
  }

  /// The table as it stood after event `event` (inclusive).
  public init(_ table: ScopeTable, asOf event: Int32) {
    let sizes = table.sizes(asOf: event)
    let store = table.buckets
    self.init(heads: store.heads(asOf: event), chained: table.profile.isChained, count: Int(sizes.count), used: Int(sizes.used)) {
      store.entry($0)
    } resolve: { store.version(of: $0, asOf: event) }
  }

  /// Reads buckets from `heads`, following `resolve` to the version in force.
  init(
    heads: [Int32], chained: Bool, count: Int, used: Int,
    entry: (Int32) -> VersionedBuckets.Entry, resolve: (Int32) -> Int32
  ) {
    self.count = count
    self.used = used
    self.buckets = heads.map { head in
      var found: [BucketEntry] = []
      var link = head
      while link != VersionedBuckets.none {
        let visible = resolve(link)
        if visible != VersionedBuckets.none {
          let e = entry(visible)
          if e.key == VersionedBuckets.tombstone { return .tombstone }
          found.append(BucketEntry(name: e.key, value: e.value))
        }
        link = chained ? entry(link).next : VersionedBuckets.none
      }
      return found.isEmpty ? .empty : .entries(found)
    }
  }
}
