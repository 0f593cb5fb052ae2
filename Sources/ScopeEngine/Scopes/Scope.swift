/// An index into the engine's scopes, in the order they were pushed.
public typealias ScopeID = Int32

/// One scope: its table, the scope around it, and (for a function) what it captured.
public struct Scope: Sendable {
  /// Its table.
  public internal(set) var table: ScopeTable
  /// Its newest capture in the table pool, or -1.
  private(set) var lastCapture: Int32 = -1
  /// How many captures it made.
  public private(set) var captureCount: Int32 = 0
  /// Its id.
  public let id: ScopeID
  /// Its name (a function's or class's), or -1.
  public let name: NameID
  /// The scope below it on the stack, or -1 for the outermost.
  public let parent: ScopeID
  /// The innermost function scope containing it (itself for a function), or -1.
  public let function: ScopeID
  /// The token that opened it.
  public let token: Int32
  /// Definitions so far (Monkey's `numDefinitions`; the next local index).
  public internal(set) var definitions: Int32 = 0
  /// The event that pushed it.
  public let pushEvent: Int32
  /// The event that popped it, or `Int32.max` while it is live.
  public internal(set) var popEvent: Int32 = .max
  /// What opened it.
  public let kind: ScopeKind

  /// A new scope.
  init(
    id: ScopeID, kind: ScopeKind, name: NameID, parent: ScopeID, function: ScopeID, token: Int32, profile: TableProfile,
    pool: TablePool, pushEvent: Int32
  ) {
    self.id = id
    self.kind = kind
    self.name = name
    self.parent = parent
    self.function = function
    self.token = token
    self.table = ScopeTable(profile: profile, pool: pool)
    self.pushEvent = pushEvent
  }

  /// What a function scope captured, in capture order (Monkey's FreeSymbols; clox's upvalues).
  public var captures: [Capture] {
    let pool = table.buckets.pool
    var result: [Capture] = []
    result.reserveCapacity(Int(captureCount))
    var link = lastCapture
    while link >= 0 {
      result.append(pool.captures[Int(link)].capture)
      link = pool.captures[Int(link)].previous
    }
    return result.reversed()
  }

  /// Notes its newest capture, at `index` in the table pool.
  mutating func noteCapture(at index: Int32) {
    lastCapture = index
    captureCount += 1
  }

  /// The captures made up to event `event` (inclusive).
  public func captures(asOf event: Int32) -> ArraySlice<Capture> {
    let all = captures
    var end = all.count
    while end > 0 && all[end - 1].event > event { end -= 1 }
    return all[..<end]
  }
}

/// One entry of a function's free list: an outer symbol this function captured.
public struct Capture: Sendable, Equatable {
  /// The captured name.
  public var name: NameID
  /// The symbol captured, in the enclosing function.
  public var from: SymbolID
  /// The symbol this function refers to it by (FREE, with the capture's index).
  public var symbol: SymbolID
  /// For clox: whether `from` is a local of the directly enclosing function.
  public var isLocal: Bool
  /// The event that made the capture.
  public var event: Int32
}
