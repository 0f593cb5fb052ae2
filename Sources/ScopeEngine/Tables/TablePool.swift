/// The writes and bucket arrays of every table of one engine, and every function's captures,
/// in a few flat arrays: a scope keeps only where its buckets and captures are, rather than
/// three or four small arrays of its own, each with a header and room to grow (on 40,000
/// scopes, a third of the tables' memory).
///
/// Tables only append to it, or write into the buckets of their own epoch in force, so the
/// tables of one engine share one pool; the engine, moved from phase to phase, is never
/// copied while being written.
public final class TablePool: @unchecked Sendable {
  /// Every write to every table, in the order made.
  @exclusivity(unchecked) var entries = Log<VersionedBuckets.Entry>()
  /// Every bucket array, one after another: each epoch's buckets are `capacity` elements
  /// from its `offset`.
  @exclusivity(unchecked) var heads = Log<Int32>()
  /// For each chained entry that replaced another in its chain, the one it replaced.
  @exclusivity(unchecked) var replaced: [Int32: Int32] = [:]
  /// Every table's epochs, each linking to the one it replaced.
  @exclusivity(unchecked) var epochs = Log<VersionedBuckets.Epoch>()

  /// Every function scope's captures, each linking to the one its scope made before.
  @exclusivity(unchecked) var captures = Log<(capture: Capture, previous: Int32)>()

  /// An empty pool.
  public init() {}

  /// Reserves room for `entries` writes and `buckets` buckets, so that a large run's arrays
  /// are not copied (and held twice at the peak) as they grow.
  func reserve(entries: Int, buckets: Int) {
    self.entries.reserveCapacity(entries)
    heads.reserveCapacity(buckets)
    epochs.reserveCapacity(buckets / 8)
    captures.reserveCapacity(entries / 4)
  }

  /// The bytes the pool holds.
  var footprint: Int {
    bufferBytes(entries) + bufferBytes(heads) + bufferBytes(epochs) + replaced.capacity * 9 + bufferBytes(captures)
  }
}
