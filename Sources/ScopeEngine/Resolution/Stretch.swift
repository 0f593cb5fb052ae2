/// A walk outward passes a stretch of empty scopes in one step: nested scopes of one kind
/// with nothing defined in them all give a lookup the same miss, so the walk records them as
/// one run without probing each, and 10,000 nested blocks cost a lookup what one does.
extension Engine {
  /// Visits `scope` and, when the name is not there, the stretch of empty scopes of its kind
  /// enclosing it, as one run of the path. Returns the symbol found in `scope`, or the last
  /// scope visited: the walk goes on from its parent.
  @inline(__always)
  public mutating func visitStretch(_ scope: ScopeID, for name: NameID, missNote: PathNote) -> (
    hit: SymbolID?, last: ScopeID
  ) {
    if let hit = visit(scope, for: name, missNote: missNote) { return (hit, scope) }
    return (nil, passStretch(after: scope))
  }

  /// Adds the stretch of empty scopes enclosing `scope`, the miss just visited, to its run.
  /// Returns the last scope passed: the walk goes on from its parent.
  public mutating func passStretch(after scope: ScopeID) -> ScopeID {
    precondition(log.path.last?.last == scope && log.path.last?.found == false, "passStretch(after:) a miss only")
    let top = stretchTop(of: scope)
    assert(isStretch(from: scope, to: top), "a remembered stretch outlived a scope's first symbol")
    if top != scope { log.path[log.path.count - 1].last = top }
    return top
  }

  /// Whether every scope after `scope` up to `top` is empty, of `scope`'s kind, and not the
  /// root: what `stretchTop` promises (checked in debug builds).
  func isStretch(from scope: ScopeID, to top: ScopeID) -> Bool {
    var passed = scope
    while passed != top {
      guard continuesStretch(passed) else { return false }
      passed = parent(of: passed)
    }
    return true
  }

  /// Whether a walk at `scope` can pass its parent in the same step: the parent is of the
  /// same kind, holds nothing, and is not the root.
  func continuesStretch(_ scope: ScopeID) -> Bool {
    let parent = parent(of: scope)
    return parent >= 0 && self.parent(of: parent) >= 0 && kind(of: parent) == kind(of: scope) && holdsNothing(parent)
  }

  /// Whether `scope`'s table has never held a symbol (read in place, not copied).
  func holdsNothing(_ scope: ScopeID) -> Bool {
    scopes.withUnsafeBufferPointer { ($0.baseAddress! + Int(scope)).pointer(to: \.table)!.pointee.count == 0 }
  }

  /// The outermost scope reached from `scope` through parents of the same kind whose tables
  /// are empty, the root excluded; `scope` itself when its parent is not such a scope.
  /// Remembered per scope until a scope gains its first symbol while not on top.
  mutating func stretchTop(of scope: ScopeID) -> ScopeID {
    if stretchEpochs[Int(scope)] == stretchEpoch { return stretchTops[Int(scope)] }
    var top = scope
    while stretchEpochs[Int(top)] != stretchEpoch {
      guard continuesStretch(top) else {
        stretchTops[Int(top)] = top
        stretchEpochs[Int(top)] = stretchEpoch
        break
      }
      stretchScratch.append(top)
      top = parent(of: top)
    }
    let result = stretchTops[Int(top)]
    guard !stretchScratch.isEmpty else { return result }
    for passed in stretchScratch {
      stretchTops[Int(passed)] = result
      stretchEpochs[Int(passed)] = stretchEpoch
    }
    stretchScratch.removeAll(keepingCapacity: true)
    return result
  }
}
