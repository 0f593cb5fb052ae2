import ScopeEngine

/// What the events of the current step touched, for marking changes in the panes.
struct StepFacts {
  /// Scopes pushed in this step.
  var pushed: Set<ScopeID> = []
  /// Symbols defined in this step.
  var defined: Set<SymbolID> = []
  /// Captured locals closed in this step (their scope is ending).
  var closed: Set<SymbolID> = []
  /// The scope the focused event is about (its table is the one the buckets pane shows).
  var scope: ScopeID?
  /// Whether the focused event is about the name table.
  var aboutNameTable = false

  /// The facts of `explorer`'s current step, up to the applied events.
  init(_ explorer: Explorer) {
    let trace = explorer.trace
    let range = trace.eventRange(ofStep: explorer.step)
    for index in range.lowerBound..<min(range.upperBound, explorer.eventCount) {
      switch trace.happening(at: index) {
      case .push(let id): pushed.insert(id)
      case .define(let definition): defined.insert(definition.symbol)
      case .close(let symbol, _): closed.insert(symbol)
      default: break
      }
    }
    guard let focused = explorer.focusedEvent else { return }
    switch trace.happening(at: focused) {
    case .intern: aboutNameTable = true
    case .grow(let table, _, _): if let table { scope = table } else { aboutNameTable = true }
    case .define(let definition): scope = trace.engine.symbols[Int(definition.symbol)].scope
    case .close(let symbol, _): scope = trace.engine.symbols[Int(symbol)].scope
    case .push(let id), .pop(let id): scope = id
    case .resolve(let r):
      scope = trace.log.runs(of: r).last(where: \.found)?.first ?? trace.log.runs(of: r).first?.first
    case .diagnostic: break
    }
  }
}
