/// Scopes a resolution visited one after another, each the parent of the one before, all
/// with the same verdict: what the log stores, so a walk out of K empty scopes is one entry.
public struct PathRun: Sendable, Equatable {
  /// The first scope visited.
  public var first: ScopeID
  /// The last scope visited, reached from `first` through parents (`first` itself for one).
  public var last: ScopeID
  /// Whether the name was found here (a found run is always one scope).
  public var found: Bool
  /// What happened in each scope of the run.
  public var note: PathNote
}

/// One scope visited by a resolution, as readers see it: the runs expanded.
public struct PathStep: Sendable, Equatable {
  /// The scope.
  public var scope: ScopeID
  /// Whether the name was found here.
  public var found: Bool
  /// What happened here.
  public var note: PathNote
}

extension Engine {
  /// Every scope `resolution` visited, in order: its runs expanded through the parents.
  public func path(of resolution: Resolution) -> [PathStep] {
    var steps: [PathStep] = []
    for run in log.runs(of: resolution) {
      var scope = run.first
      while true {
        steps.append(PathStep(scope: scope, found: run.found, note: run.note))
        if scope == run.last { break }
        scope = parent(of: scope)
      }
    }
    return steps
  }

  /// The buckets a definition's insert probed, recomputed from the table as it stood just
  /// before.
  public func probes(of definition: Definition) -> [Int32] {
    let symbol = symbols[Int(definition.symbol)]
    return scopes[Int(symbol.scope)].table.probes(
      of: symbol.name, hash: names.fnvHashes[Int(symbol.name)], asOf: definition.event - 1)
  }

  /// The buckets `resolution` probed in `step`'s scope, recomputed from the table as it
  /// stood when the lookup began.
  public func probes(of step: PathStep, in resolution: Resolution) -> [Int32] {
    scopes[Int(step.scope)].table.probes(
      of: resolution.name, hash: names.fnvHashes[Int(resolution.name)], asOf: resolution.asOf)
  }
}
