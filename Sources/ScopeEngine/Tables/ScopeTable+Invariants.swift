extension ScopeTable {
  /// What is wrong with the table now, as sentences; empty when it is sound.
  ///
  /// Checks that `count` and `used` match the buckets, that no key appears twice, that every
  /// key is reachable by probing from its home bucket, that the read-only lookup and the
  /// probes recomputed for a path agree with that probing, and that the load stays below
  /// the profile's growth threshold.
  @_spi(Testing) public func invariantViolations(nameHashes: Log<UInt32>) -> [String] {
    var problems: [String] = []
    let snapshot = TableSnapshot(live: self)
    let keys = snapshot.buckets.flatMap(\.contents).map(\.name)
    let tombstones = snapshot.buckets.filter { $0 == .tombstone }.count
    if keys.count != count { problems.append("count is \(count) but the buckets hold \(keys.count) keys.") }
    if Set(keys).count != keys.count { problems.append("a key appears in more than one bucket.") }
    if !profile.isChained && keys.count + tombstones != used {
      problems.append("used is \(used) but \(keys.count + tombstones) buckets are occupied.")
    }
    for key in keys {
      var probed: [Int32] = []
      let hash = nameHashes[Int(key)]
      let value = find(id: key, hash: hash, probes: &probed)
      if value == nil {
        problems.append("key \(key) cannot be found by probing from its home bucket.")
      }
      if withUnsafePointer(to: self, { Self.find(id: key, hash: hash, at: $0) }) != value {
        problems.append("key \(key) is found with another value by the read-only lookup.")
      }
      if probes(of: key, hash: hash, asOf: .max) != probed {
        problems.append("key \(key)'s probes recomputed for a path are not the ones probing records.")
      }
    }
    let overdue =
      profile.isChained
      ? capacityNeededAfterInsert() != nil
      : used > 0 && profile.capacityBeforeInsert(used: used - 1, capacity: capacity) != nil
    if overdue {
      problems.append("the table holds \(used) entries in \(capacity) buckets, past its growth threshold.")
    }
    return problems
  }
}
