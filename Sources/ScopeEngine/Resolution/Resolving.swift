/// Where a lookup's records begin in the log: taken by `beginLookup()`, handed to
/// `recordResolve`.
public struct LookupStart: Sendable {
  /// The first path run of the lookup.
  let pathStart: Int
  /// The first capture the lookup makes.
  let captureStart: Int
  /// The last event done before the lookup.
  let asOf: Int32
}

extension Engine {
  /// Starts a lookup: the visits that follow, until `recordResolve`, make its path.
  public mutating func beginLookup() -> LookupStart {
    assert(
      log.path.count == log.resolvedEnd.path && log.captured.count == log.resolvedEnd.captures,
      "a path run or capture was recorded outside a lookup: the previous resolution would own it")
    lookupPathStart = log.path.count
    return LookupStart(pathStart: log.path.count, captureStart: log.captured.count, asOf: log.nextEvent - 1)
  }

  /// Probes `scope` for `name` and adds the visit to the lookup's path.
  @inline(__always)
  public mutating func visit(_ scope: ScopeID, for name: NameID, missNote: PathNote) -> SymbolID? {
    let hit = peek(name, in: scope)
    appendStep(scope, found: hit != nil, note: hit != nil ? .found : missNote)
    return hit
  }

  /// Probes `scope` for `name` and adds the visit to the lookup's path with the dialect's
  /// own verdict: whether this is where the name is found, and why.
  @discardableResult
  public mutating func visit(_ scope: ScopeID, for name: NameID, found: Bool, note: PathNote) -> SymbolID? {
    let hit = peek(name, in: scope)
    appendStep(scope, found: found, note: note)
    return hit
  }

  /// Adds a visit of `scope` to the path: it lengthens the last run when it is the run's
  /// parent with the same verdict, a miss, so the path does not grow with the depth.
  private mutating func appendStep(_ scope: ScopeID, found: Bool, note: PathNote) {
    if !found, log.path.count > lookupPathStart, let last = log.path.last, last.isMisses(noted: note),
      parent(of: last.last) == scope
    {
      log.path[log.path.count - 1].last = scope
    } else {
      log.path.append(PathRun(first: scope, last: scope, found: found, note: note))
    }
  }

  /// Marks the scope just visited, where the name was found, as stopping the walk by a hide.
  public mutating func markLastStepHidden() {
    guard let last = log.path.last, last.found else { return }
    log.path[log.path.count - 1].found = false
    log.path[log.path.count - 1].note = .hidden
  }

  /// Records a finished lookup, begun at `start`, that resolved `name` to `symbol`.
  public mutating func recordResolve(_ name: NameID, access: Access, symbol: SymbolID?, since start: LookupStart) {
    let index = Int32(log.storedResolutions.count)
    log.append(
      Resolution(
        name: name, access: access, symbol: symbol ?? -1, asOf: start.asOf,
        pathStart: Int32(start.pathStart), pathCount: Int32(log.path.count - start.pathStart),
        captureStart: Int32(start.captureStart), captureCount: Int32(log.captured.count - start.captureStart)))
    record(.resolve, index)
    notify()
  }

  /// Monkey's `Resolve`: the current table first, then each enclosing one. A GLOBAL or
  /// BUILTIN hit is returned as it is; any other hit in an enclosing function is captured
  /// by every function between, outermost first, and the innermost FREE symbol returned.
  @discardableResult
  public mutating func resolveCapturing(_ name: NameID, access: Access = .get) -> SymbolID? {
    let start = beginLookup()
    var scope = current
    var hit: SymbolID?
    while scope >= 0 {
      let parent = parent(of: scope)
      let missNote: PathNote = parent < 0 ? .unresolved : (kind(of: scope).isFunction ? .leftFunction : .missed)
      let visited = visitStretch(scope, for: name, missNote: missNote)
      hit = visited.hit
      if hit != nil { break }
      scope = self.parent(of: visited.last)
    }
    if let symbol = hit, symbols[Int(symbol)].storage != .global, symbols[Int(symbol)].storage != .builtin {
      hit = captureThroughFunctions(symbol, from: scope)
    }
    recordResolve(name, access: access, symbol: hit, since: start)
    return hit
  }

  /// Captures `symbol`, found in `owner`, into every function scope between the current
  /// scope and `owner`, outermost first; returns the innermost FREE symbol.
  mutating func captureThroughFunctions(_ symbol: SymbolID, from owner: ScopeID) -> SymbolID {
    let mark = functionScratch.count
    var scope = current
    while scope != owner {
      if kind(of: scope).isFunction { functionScratch.append(scope) }
      scope = parent(of: scope)
    }
    var inner = symbol
    var index = functionScratch.count
    while index > mark {
      index -= 1
      inner = capture(inner, into: functionScratch[index])
    }
    functionScratch.removeLast(functionScratch.count - mark)
    return inner
  }
}

extension Engine {
  /// The symbol where a resolution's walk stopped in `scope`, before any captures: the
  /// outer symbol the first capture took, the symbol resolved, or (when the dialect decided
  /// the resolved symbol elsewhere, as Python's analysis does) the name's entry in `scope`.
  public func symbolFound(by resolution: Resolution, in scope: ScopeID) -> SymbolID? {
    if let first = log.captures(of: resolution).first,
      let capture = scopes[Int(symbols[Int(first)].scope)].captures.first(where: { $0.symbol == first })
    {
      return capture.from
    }
    guard resolution.symbol >= 0 else { return nil }
    if symbols[Int(resolution.symbol)].scope == scope { return resolution.symbol }
    return peek(resolution.name, in: scope) ?? resolution.symbol
  }
}
