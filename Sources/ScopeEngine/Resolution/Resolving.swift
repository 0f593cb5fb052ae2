extension Engine {
  /// Probes `scope` for `name` and adds the visit to the path being built (call between
  /// starting a path, with the log's path count, and `recordResolve`).
  public mutating func visit(_ scope: ScopeID, for name: NameID, missNote: PathNote) -> SymbolID? {
    let probeStart = Int32(log.probes.count)
    let hit = probe(name, in: scope)
    appendStep(scope, probeStart: probeStart, found: hit != nil, note: hit != nil ? .found : missNote)
    return hit
  }

  /// Probes `scope` for `name` and adds the visit to the path being built with the dialect's
  /// own verdict: whether this is where the name is found, and why.
  @discardableResult
  public mutating func visit(_ scope: ScopeID, for name: NameID, found: Bool, note: PathNote) -> SymbolID? {
    let probeStart = Int32(log.probes.count)
    let hit = probe(name, in: scope)
    appendStep(scope, probeStart: probeStart, found: found, note: note)
    return hit
  }

  /// Adds a visit of `scope` to the path: its probes are those logged since `probeStart`.
  private mutating func appendStep(_ scope: ScopeID, probeStart: Int32, found: Bool, note: PathNote) {
    log.path.append(
      PathStep(
        scope: scope, probeStart: probeStart, probeCount: Int32(log.probes.count) - probeStart, found: found,
        note: note))
  }

  /// Marks the path step just visited as stopped by a hide.
  public mutating func markLastStepHidden() {
    guard !log.path.isEmpty else { return }
    log.path[log.path.count - 1].found = false
    log.path[log.path.count - 1].note = .hidden
  }

  /// Records a finished resolution whose path and captures start at the given positions.
  public mutating func recordResolve(
    _ name: NameID, access: Access, symbol: SymbolID?, pathStart: Int, captureStart: Int
  ) {
    let index = Int32(log.resolutions.count)
    log.resolutions.append(
      Resolution(
        name: name, access: access, symbol: symbol ?? -1,
        pathStart: Int32(pathStart), pathCount: Int32(log.path.count - pathStart),
        captureStart: Int32(captureStart), captureCount: Int32(log.captured.count - captureStart)))
    record(.resolve, index)
    notify()
  }

  /// Monkey's `Resolve`: the current table first, then each enclosing one. A GLOBAL or
  /// BUILTIN hit is returned as it is; any other hit in an enclosing function is captured
  /// by every function between, outermost first, and the innermost FREE symbol returned.
  @discardableResult
  public mutating func resolveCapturing(_ name: NameID, access: Access = .get) -> SymbolID? {
    let pathStart = log.path.count
    let captureStart = log.captured.count
    var scope = current
    var hit: SymbolID?
    while scope >= 0 {
      let parent = parent(of: scope)
      let missNote: PathNote = parent < 0 ? .unresolved : (kind(of: scope).isFunction ? .leftFunction : .missed)
      hit = visit(scope, for: name, missNote: missNote)
      if hit != nil { break }
      scope = parent
    }
    if let symbol = hit, symbols[Int(symbol)].storage != .global, symbols[Int(symbol)].storage != .builtin {
      hit = captureThroughFunctions(symbol, from: scope)
    }
    recordResolve(name, access: access, symbol: hit, pathStart: pathStart, captureStart: captureStart)
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
    functionScratch.removeSubrange(mark...)
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
