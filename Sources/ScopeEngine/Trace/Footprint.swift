/// What a trace's stores hold, in bytes (see `bufferBytes`): the breakdown `trace --stats`
/// prints per token, to see where memory goes.
public struct Footprint: Sendable {
  /// Each store's name and bytes, in a fixed order.
  public var parts: [(name: String, bytes: Int)]

  /// All the stores together.
  public var total: Int { parts.reduce(0) { $0 + $1.bytes } }

  /// `name bytes-per-token` pairs, largest first, and the total.
  public func line(perToken tokens: Int) -> String {
    let per = { (bytes: Int) in String(Double(bytes * 10 / max(tokens, 1)) / 10) }
    let sorted = parts.filter { $0.bytes > 0 }.sorted { $0.bytes > $1.bytes }
    return "bytes/token " + per(total) + ": " + sorted.map { "\($0.name) \(per($0.bytes))" }.joined(separator: " ")
  }
}

/// The bytes an array's buffer occupies: a small buffer's whole capacity (the heap's slack
/// is memory too), but only the written part of one large enough to be mapped on its own,
/// to the page, since pages never written cost nothing (a run reserves its logs generously).
func bufferBytes<Storage: ContiguousStorage>(_ array: Storage) -> Int {
  let capacity = array.capacity * MemoryLayout<Storage.Element>.stride
  guard capacity >= mappedSize else { return capacity }
  return pageUp(array.count * MemoryLayout<Storage.Element>.stride)
}

/// The size from which glibc's `malloc` maps a buffer on its own (`M_MMAP_THRESHOLD`).
let mappedSize = 128 << 10

extension Trace {
  /// Where this trace's memory is.
  public var footprint: Footprint {
    let log = engine.log
    let tables = engine.tablePool.footprint
    return Footprint(parts: [
      ("source", source.count),
      ("tokens", tokens.storage.bytes),
      ("events", bufferBytes(log.events) + bufferBytes(log.scopeChanges) + bufferBytes(log.growths)),
      ("resolutions", bufferBytes(log.storedResolutions)),
      ("path", bufferBytes(log.path)),
      ("captures", bufferBytes(log.captured)),
      ("symbols", bufferBytes(engine.symbols) + engine.types.capacity * 9),
      ("scopes", bufferBytes(engine.scopes) + bufferBytes(engine.scopeParents) * 4),
      ("tables", tables),
      ("names", engine.names.footprint),
    ])
  }
}

extension NameTable {
  /// The bytes of the spellings, their hashes and events, and the buckets.
  var footprint: Int {
    bufferBytes(pool) + bufferBytes(records) + bufferBytes(fnvHashes) + bufferBytes(internEvents) + bufferBytes(heads)
  }
}
