/// Says in one sentence what an event did, for the text trace and the explorer's narration:
/// `x: not in fn#3 (bucket 5 empty) → found in fn#2 as LOCAL 0 → captured as FREE 0 in fn#3`.
public struct Narrator {
  /// The trace narrated.
  let trace: Trace

  /// A narrator for `trace`.
  public init(trace: Trace) { self.trace = trace }

  private var engine: Engine { trace.engine }

  private func name(_ id: NameID) -> String { id < 0 ? "?" : engine.names.name(id) }

  /// `LOCAL 0`, `GLOBAL` (late-bound).
  func storage(_ symbol: SymbolID) -> String {
    let s = engine.symbols[Int(symbol)]
    return s.index < 0 ? "\(s.storage)" : "\(s.storage) \(s.index)"
  }

  /// The details of an event (everything after its kind).
  public func detail(of event: Event) -> String {
    switch event.kind {
    case .push:
      let scope = engine.scope(event.a)
      let parent = scope.parent < 0 ? "" : " above \(engine.label(of: scope.parent))"
      return "\(engine.label(of: event.a))\(parent)"
    case .pop:
      let scope = engine.scope(event.a)
      guard scope.kind.isFunction, !scope.captures.isEmpty else { return engine.label(of: event.a) }
      let free = scope.captures.map { "\(name($0.name)) from \(storage($0.from))" }.joined(separator: ", ")
      return "\(engine.label(of: event.a)); free [\(free)]"
    case .intern:
      let rehash = event.c != 0 ? "; the name table is now over its load and rehashes" : ""
      return "\(name(event.a)) as name #\(event.a) in bucket \(event.b)\(rehash)"
    case .define:
      let s = engine.symbols[Int(event.a)]
      if trace.log.hides.contains(event.a) {
        return
          "hide \(name(s.name)) in \(engine.label(of: s.scope)): a lookup of \(name(s.name)) that reaches it stops here, not found"
      }
      if let original = trace.log.copies[event.a] {
        let outer = engine.label(of: engine.symbols[Int(original)].scope)
        return
          "\(name(s.name)) = … wrote a new \(name(s.name)) into \(engine.label(of: s.scope)) (bucket \(event.b)); the \(name(s.name)) in \(outer) keeps its value"
      }
      let probes = trace.log.probes(start: event.c, count: event.d)
      let probed = probes.count > 1 ? " after probing \(probes.map(String.init).joined(separator: ", "))" : ""
      return "\(engine.describe(event.a)) in \(engine.label(of: s.scope)), bucket \(event.b)\(probed)"
    case .resolve:
      return sentence(for: trace.log.resolutions[Int(event.a)])
    case .grow:
      let table = event.a < 0 ? "the name table" : "\(engine.label(of: event.a))'s table"
      return "\(table) grows from \(event.b) to \(event.c) buckets"
    case .close:
      return
        "\(name(engine.symbols[Int(event.a)].name)) (\(storage(event.a)) of \(engine.label(of: event.b))) closed: its scope ended while captured"
    case .diagnostic:
      let d = trace.log.diagnostics[Int(event.a)]
      return "\(d.severity): \(d.message)"
    }
  }

  /// One sentence for a whole event, its kind included.
  public func sentence(for event: Event) -> String {
    switch event.kind {
    case .resolve, .diagnostic: detail(of: event)
    case .define where trace.log.copies[event.a] != nil || trace.log.hides.contains(event.a): detail(of: event)
    default: "\(event.kind) \(detail(of: event))"
    }
  }

  /// The path of a resolution as a sentence.
  public func sentence(for r: Resolution) -> String {
    var parts: [String] = []
    for step in trace.log.path(of: r) {
      let probes = trace.log.probes(start: step.probeStart, count: step.probeCount)
      let scope = engine.label(of: step.scope)
      if step.found {
        let symbol = engine.peekSymbol(r.name, in: step.scope, asOf: r)
        parts.append("found in \(scope) as \(symbol.map(storage) ?? "?")\(bucketNote(probes, found: true))")
      } else {
        switch step.note {
        case .hidden: parts.append("hidden in \(scope) by `hide \(name(r.name))`: lookup stops, not found")
        case .lateBound: parts.append("not in any scope: a late-bound GLOBAL")
        default: parts.append("not in \(scope)\(bucketNote(probes, found: false))")
        }
      }
    }
    for free in trace.log.captures(of: r) {
      let s = engine.symbols[Int(free)]
      parts.append("captured as FREE \(s.index) in \(engine.label(of: s.scope))")
    }
    if r.symbol < 0 && !parts.contains(where: { $0.hasPrefix("not in any") }) { parts.append("unresolved") }
    return "\(name(r.name)): " + parts.joined(separator: " → ")
  }

  /// `(bucket 5 empty)`, `(bucket 7 empty after 5, 6)`, `(bucket 5)`, `(chain 3 has no match)`.
  private func bucketNote(_ probes: ArraySlice<Int32>, found: Bool) -> String {
    guard let last = probes.last else { return found ? "" : " (no buckets yet)" }
    if trace.profile.isChained && !found { return " (chain \(last) has no match)" }
    let before = probes.dropLast().map(String.init).joined(separator: ", ")
    let end = found ? "bucket \(last)" : "bucket \(last) empty"
    return before.isEmpty ? " (\(end))" : " (\(end) after \(before))"
  }
}

extension Engine {
  /// The symbol a resolution found in `scope`: the one in the path's found step.
  func peekSymbol(_ name: NameID, in scope: ScopeID, asOf resolution: Resolution) -> SymbolID? {
    let captures = log.captures(of: resolution)
    if let first = captures.first,
      let outer = scopes[Int(symbols[Int(first)].scope)].captures.first(where: { $0.symbol == first })
    {
      return outer.from
    }
    return resolution.symbol >= 0 ? resolution.symbol : nil
  }
}
