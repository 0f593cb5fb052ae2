extension ScopeTable {
  /// What is wrong with the table now, as sentences; empty when it is sound.
  ///
  /// Checks that `count` and `used` match the buckets, that no key appears twice, that every
  /// key is reachable by probing from its home bucket, and that the load stays below the
  /// profile's growth threshold.
  @_spi(Testing) public func invariantViolations(nameHashes: [UInt32]) -> [String] {
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
      var probes: [Int32] = []
      if find(id: key, hash: nameHashes[Int(key)], probes: &probes) == nil {
        problems.append("key \(key) cannot be found by probing from its home bucket.")
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
