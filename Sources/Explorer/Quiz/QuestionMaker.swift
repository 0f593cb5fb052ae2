import ScopeEngine

/// Makes the question for a resolve event from what the engine recorded: the scopes the
/// lookup's path visited and the scopes on the stack, innermost first, each kept when its
/// table held the name just before the lookup. No rule is computed again here.
struct QuestionMaker {
  let trace: Trace

  /// The most choices a question offers (keys 1 to 9).
  static let maximumChoices = 9

  /// The question about resolve event `event`, numbered `number`.
  func question(at event: Int, number: Int) -> Question? {
    guard case .resolve(let r) = trace.happening(at: event) else { return nil }
    let engine = trace.engine
    let state = trace.state(afterEvents: Self.start(of: event, in: trace))
    var candidates: [ScopeID] = []
    for step in trace.engine.path(of: r) where !candidates.contains(step.scope) { candidates.append(step.scope) }
    for scope in state.stack where !candidates.contains(scope) { candidates.append(scope) }
    var choices: [Choice] = []
    for scope in candidates where choices.count < Self.maximumChoices {
      guard let entry = state.table(of: scope).entries.first(where: { $0.name == r.name }) else { continue }
      let symbol = engine.symbols[Int(entry.value)]
      guard !symbol.hides else { continue }
      let line = symbol.token >= 0 && Int(symbol.token) < trace.stepCount ? trace.tokens[Int(symbol.token)].line : 0
      choices.append(Choice(key: choices.count + 1, scope: scope, label: engine.label(of: scope), line: line))
    }
    let found = trace.log.runs(of: r).first(where: \.found)?.first
    let expected = choices.first { $0.scope == found }?.key ?? 0
    return Question(number: number, event: event, name: engine.names.name(r.name), choices: choices, expected: expected)
  }

  /// The first event a lookup made: the lookup itself, or the first capture it defined
  /// on the way (Monkey and Lox capture before they record the lookup).
  static func start(of event: Int, in trace: Trace) -> Int {
    guard case .resolve(let r) = trace.happening(at: event) else { return event }
    var start = event
    for free in trace.log.captures(of: r) {
      let s = trace.engine.symbols[Int(free)]
      if let capture = trace.engine.scope(s.scope).captures.first(where: { $0.symbol == free }) {
        start = min(start, Int(capture.event))
      }
    }
    return start
  }

  /// The first resolve event at or after event `index`, if any.
  func nextLookup(from index: Int) -> Int? {
    var i = index
    while i < trace.events.count {
      if trace.events[i].kind == .resolve { return i }
      i += 1
    }
    return nil
  }
}
