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
      let event = trace.events[index]
      if event.kind == .push { pushed.insert(event.a) }
      if event.kind == .define { defined.insert(event.a) }
      if event.kind == .close { closed.insert(event.a) }
    }
    guard let focused = explorer.focusedEvent else { return }
    let event = trace.events[focused]
    switch event.kind {
    case .intern: aboutNameTable = true
    case .grow: if event.a < 0 { aboutNameTable = true } else { scope = event.a }
    case .define, .close: scope = trace.engine.symbols[Int(event.a)].scope
    case .push, .pop: scope = event.a
    case .resolve:
      let r = trace.log.resolutions[Int(event.a)]
      scope = trace.log.path(of: r).last(where: \.found)?.scope ?? trace.log.path(of: r).first?.scope
    case .diagnostic: break
    }
  }
}
