/// The engine's state after a number of events, rebuilt from a trace without replaying it:
/// the scope stack comes from the event's recorded top scope, and every table is read
/// through its versioned buckets. Building one costs O(stack depth).
public struct EngineState: Sendable {
  /// The trace this state is read from.
  public let engine: Engine
  /// How many events are done.
  public let eventCount: Int
  /// The live scopes, innermost first.
  public let stack: [ScopeID]

  /// The state after the first `eventCount` events of `engine`'s log.
  public init(engine: Engine, eventCount: Int) {
    self.engine = engine
    self.eventCount = eventCount
    var stack: [ScopeID] = []
    var scope = engine.log.top(afterEvents: eventCount, scopes: engine.scopes)
    while scope >= 0 {
      stack.append(scope)
      scope = engine.scopes[Int(scope)].parent
    }
    self.stack = stack
  }

  /// The last event included, as tables stamp their writes.
  var asOf: Int32 { Int32(eventCount) - 1 }

  /// The table of `scope` as it stood.
  public func table(of scope: ScopeID) -> TableSnapshot {
    TableSnapshot(engine.scopes[Int(scope)].table, asOf: asOf)
  }

  /// The captures `scope` had made.
  public func captures(of scope: ScopeID) -> ArraySlice<Capture> {
    engine.scopes[Int(scope)].captures(asOf: asOf)
  }

  /// The number of interned names.
  public var nameCount: Int { engine.names.count(asOf: asOf) }

  /// The name table's buckets as they stood (each chain head first).
  public var nameTable: TableSnapshot { engine.names.snapshot(asOf: asOf) }

  /// The symbols visible in `scope`'s table, in bucket order.
  public func symbols(in scope: ScopeID) -> [Symbol] {
    table(of: scope).buckets.flatMap(\.contents).map { engine.symbols[Int($0.value)] }
  }

  /// Everything, materialized, for comparing two states.
  public var snapshot: StateSnapshot {
    StateSnapshot(
      scopes: stack.map {
        ScopeSnapshot(id: $0, table: table(of: $0), captures: Array(captures(of: $0).map(\.symbol)))
      },
      names: nameTable)
  }
}

/// A materialized scope: its table and its captures.
public struct ScopeSnapshot: Sendable, Equatable {
  /// The scope's id.
  public var id: ScopeID
  /// Its table.
  public var table: TableSnapshot
  /// The FREE symbols of its captures, in capture order.
  public var captures: [SymbolID]
}

/// A materialized engine state: the stack innermost first, and the name table.
public struct StateSnapshot: Sendable, Equatable {
  /// The live scopes, innermost first.
  public var scopes: [ScopeSnapshot]
  /// The name table.
  public var names: TableSnapshot
}

extension Engine {
  /// The live state, read straight from the current tables (not through their history).
  @_spi(Testing) public var liveSnapshot: StateSnapshot {
    var scopes: [ScopeSnapshot] = []
    var scope = current
    while scope >= 0 {
      let s = self.scopes[Int(scope)]
      scopes.append(ScopeSnapshot(id: scope, table: TableSnapshot(live: s.table), captures: s.captures.map(\.symbol)))
      scope = s.parent
    }
    return StateSnapshot(scopes: scopes, names: names.liveSnapshot)
  }
}

extension Trace {
  /// The state once step `step` is processed.
  public func state(atStep step: Int) -> EngineState {
    EngineState(engine: engine, eventCount: eventCount(throughStep: step))
  }

  /// The state after the first `count` events.
  public func state(afterEvents count: Int) -> EngineState {
    EngineState(engine: engine, eventCount: count)
  }
}
