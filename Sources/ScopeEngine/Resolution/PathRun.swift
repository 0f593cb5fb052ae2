/// Scopes a resolution visited one after another, each the parent of the one before, all
/// with the same verdict: what the log stores, so a walk out of K empty scopes is one entry.
///
/// Packed in 8 bytes: each scope id in the low 29 bits of a word (half a billion scopes, past
/// any trace memory can hold), and the verdict and note in the top 3 bits of the two.
public struct PathRun: Sendable, Equatable {
  /// The first scope, and the low 3 bits of the verdict (see `verdict`).
  private var firstBits: UInt32
  /// The last scope, and the high 3 bits of the verdict.
  private var lastBits: UInt32

  /// The bits of a word that hold a scope id.
  private static let scopeBits: UInt32 = 0x1FFF_FFFF

  /// A run from `first` to `last` with one verdict.
  init(first: ScopeID, last: ScopeID, found: Bool, note: PathNote) {
    firstBits = UInt32(bitPattern: first)
    lastBits = UInt32(bitPattern: last)
    verdict = UInt32(note.rawValue) << 1 | (found ? 1 : 0)
  }

  /// The first scope visited.
  public var first: ScopeID { ScopeID(bitPattern: firstBits & Self.scopeBits) }

  /// The last scope visited, reached from `first` through parents (`first` itself for one).
  public var last: ScopeID {
    get { ScopeID(bitPattern: lastBits & Self.scopeBits) }
    set { lastBits = lastBits & ~Self.scopeBits | UInt32(bitPattern: newValue) }
  }

  /// Whether the name was found here (a found run is always one scope).
  public var found: Bool {
    get { verdict & 1 != 0 }
    set { verdict = verdict & ~1 | (newValue ? 1 : 0) }
  }

  /// What happened in each scope of the run.
  public var note: PathNote {
    get { PathNote(rawValue: UInt8(verdict >> 1))! }
    set { verdict = verdict & 1 | UInt32(newValue.rawValue) << 1 }
  }

  /// Whether this is a run of misses noted `note` (one comparison of the verdict's bits).
  @inline(__always) func isMisses(noted note: PathNote) -> Bool { verdict == UInt32(note.rawValue) << 1 }

  /// The note shifted left by one, with `found` in bit 0: six bits, split over the words.
  private var verdict: UInt32 {
    get { firstBits >> 29 | (lastBits >> 29) << 3 }
    set {
      firstBits = firstBits & Self.scopeBits | (newValue & 7) << 29
      lastBits = lastBits & Self.scopeBits | ((newValue >> 3) & 7) << 29
    }
  }
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
