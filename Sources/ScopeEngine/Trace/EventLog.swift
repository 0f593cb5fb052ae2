/// Everything the engine recorded, in flat arrays that the events index into.
public struct EventLog: Sendable {
  /// The events, in the order the engine did them.
  public internal(set) var events = Log<Event>()
  /// Every resolution, indexed by resolve events, without its counts (see `resolutions`).
  var storedResolutions = Log<StoredResolution>()
  /// Where the last resolution's path runs and captures end.
  var resolvedEnd: (path: Int32, captures: Int32) = (0, 0)
  /// The scopes each resolution visited, as runs (`Engine.path(of:)` expands them).
  public internal(set) var path = Log<PathRun>()
  /// FREE symbols made by resolutions' captures.
  public internal(set) var captured = Log<SymbolID>()
  /// The program's diagnostics.
  public internal(set) var diagnostics: [Diagnostic] = []
  /// The sizes of each table growth, indexed by grow events.
  public internal(set) var growths = Log<(table: ScopeID, from: Int32, to: Int32)>()
  /// The indices of push and pop events, in order.
  public internal(set) var scopeChanges = Log<Int32>()
  /// Symbols written as copies of an outer one (Parasheet's assignment inserts into the top
  /// scope), with the symbol each copies.
  var copies: [SymbolID: SymbolID] = [:]

  /// Every resolution, indexed by resolve events.
  public var resolutions: Resolutions {
    Resolutions(stored: storedResolutions, pathEnd: resolvedEnd.path, captureEnd: resolvedEnd.captures)
  }

  /// Records `resolution`, whose path runs and captures are the last ones appended.
  mutating func append(_ resolution: Resolution) {
    storedResolutions.append(StoredResolution(resolution))
    resolvedEnd = (Int32(path.count), Int32(captured.count))
  }

  /// An empty log.
  public init() {}

  /// The index the next event will get.
  @inline(__always) var nextEvent: Int32 { Int32(events.count) }

  /// The innermost scope once the first `count` events are done (-1 before any push).
  public func top(afterEvents count: Int, scopes: Log<Scope>) -> ScopeID {
    let done = scopeChangeIndex(atOrAfter: count)
    guard done > 0 else { return -1 }
    let change = events[Int(scopeChanges[done - 1])]
    return change.kind == .push ? change.a : scopes[Int(change.a)].parent
  }

  /// Where in `scopeChanges` the first push or pop at or after event `index` stands
  /// (`scopeChanges.count` when there is none): a binary search.
  public func scopeChangeIndex(atOrAfter index: Int) -> Int {
    scopeChanges.partitioningIndex { Int($0) >= index }
  }

  /// The path of a resolution, as stored: runs of scopes.
  public func runs(of resolution: Resolution) -> Slice<Log<PathRun>> {
    path[Int(resolution.pathStart)..<Int(resolution.pathStart + resolution.pathCount)]
  }

  /// The FREE symbols a resolution's captures made, outermost function first.
  public func captures(of resolution: Resolution) -> Slice<Log<SymbolID>> {
    captured[Int(resolution.captureStart)..<Int(resolution.captureStart + resolution.captureCount)]
  }
}
