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

extension EventLog {
  /// What event `index` did.
  public func happening(at index: Int) -> Happening {
    let event = events[index]
    return switch event.kind {
    case .push: .push(event.a)
    case .pop: .pop(event.a)
    case .intern: .intern(event.a, bucket: event.b & Self.bucketBits, rehashed: event.b < 0)
    case .define:
      .define(Definition(symbol: event.a, bucket: event.b, event: Int32(index), copyOf: copies[event.a]))
    case .resolve: .resolve(resolutions[Int(event.a)])
    case .grow:
      .grow(table: event.a < 0 ? nil : event.a, from: growths[Int(event.b)].from, to: growths[Int(event.b)].to)
    case .close: .close(event.a, scope: event.b)
    case .diagnostic: .diagnostic(diagnostics[Int(event.a)])
    }
  }

  /// The bits of an intern event's `b` that hold the bucket (bit 31 says it rehashed).
  static let bucketBits: Int32 = 0x7FFF_FFFF

  /// The symbol event `index` defined, if it is a define event (read without decoding the
  /// rest, for searches over the whole log).
  public func definedSymbol(at index: Int) -> SymbolID? {
    let event = events[index]
    return event.kind == .define ? event.a : nil
  }
}
