/// What one event did, decoded from its packed fields: the only place that reads them.
/// Readers switch over the cases; the log keeps the compact `Event` storage.
public enum Happening: Sendable, Equatable {
  /// A scope was pushed.
  case push(ScopeID)
  /// A scope was popped.
  case pop(ScopeID)
  /// A new name entered the name table, in `bucket`; `rehashed` when the insert made the
  /// table grow.
  case intern(NameID, bucket: Int32, rehashed: Bool)
  /// A symbol was written into a scope's table.
  case define(Definition)
  /// A name was looked up.
  case resolve(Resolution)
  /// A table grew: `table` is the scope's, or nil for the name table.
  case grow(table: ScopeID?, from: Int32, to: Int32)
  /// A captured local's scope ended while captured (clox's OP_CLOSE_UPVALUE).
  case close(SymbolID, scope: ScopeID)
  /// An error, warning or note about the program.
  case diagnostic(Diagnostic)

  /// The kind of event this is.
  public var kind: EventKind {
    switch self {
    case .push: .push
    case .pop: .pop
    case .intern: .intern
    case .define: .define
    case .resolve: .resolve
    case .grow: .grow
    case .close: .close
    case .diagnostic: .diagnostic
    }
  }
}

/// A symbol written into a table: where it landed and the dialect facts about it.
public struct Definition: Sendable, Equatable {
  /// The symbol written.
  public var symbol: SymbolID
  /// The bucket it landed in.
  public var bucket: Int32
  /// The define event's index (its probes are recomputed from the table as of the event
  /// before: `Engine.probes(of:)`).
  public var event: Int32
  /// The outer symbol this one copies (Parasheet's assignment inside a block), if any.
  public var copyOf: SymbolID?
}

extension Engine {
  /// What event `index` did.
  public func happening(at index: Int) -> Happening {
    let event = log.events[index]
    return switch event.kind {
    case .push: .push(event.a)
    case .pop: .pop(event.a)
    case .intern:
      .intern(event.a, bucket: names.bucket(of: event.a, asOf: Int32(index)), rehashed: rehashes(after: index))
    case .define:
      .define(
        Definition(
          symbol: event.a, bucket: symbols[Int(event.a)].bucket, event: Int32(index), copyOf: log.copies[event.a]))
    case .resolve: .resolve(log.resolutions[Int(event.a)])
    case .grow: growth(Int(event.a))
    case .close: .close(event.a, scope: symbols[Int(event.a)].scope)
    case .diagnostic: .diagnostic(log.diagnostics[Int(event.a)])
    }
  }

  /// Growth `index` of the log, as a happening (-1, the name table, as no table).
  private func growth(_ index: Int) -> Happening {
    let growth = log.growths[index]
    return .grow(table: growth.table < 0 ? nil : growth.table, from: growth.from, to: growth.to)
  }

  /// Whether the intern event `index` made the name table grow: the grow it made follows it.
  private func rehashes(after index: Int) -> Bool {
    let next = index + 1
    guard next < log.events.count, log.events[next].kind == .grow else { return false }
    return log.growths[Int(log.events[next].a)].table < 0
  }
}

extension EventLog {
  /// The symbol event `index` defined, if it is a define event (read without decoding the
  /// rest, for searches over the whole log).
  public func definedSymbol(at index: Int) -> SymbolID? {
    let event = events[index]
    return event.kind == .define ? event.a : nil
  }
}
