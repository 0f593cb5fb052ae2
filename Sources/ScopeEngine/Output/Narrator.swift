/// Says in one sentence what an event did, for the text trace and the explorer's narration:
/// `x: not in fn#3 (bucket 5 empty) → found in fn#2 as LOCAL 0 → captured as FREE 0 in fn#3`.
public struct Narrator {
  /// The trace narrated.
  let trace: Trace

  /// A narrator for `trace`.
  public init(trace: Trace) { self.trace = trace }

  var engine: Engine { trace.engine }

  private func name(_ id: NameID) -> String { id < 0 ? "?" : engine.names.name(id) }

  /// `LOCAL 0`, `GLOBAL` (late-bound).
  private func storage(_ symbol: SymbolID) -> String { engine.symbols[Int(symbol)].storageLabel }

  /// The details of event `index` (everything after its kind).
  public func detail(ofEvent index: Int) -> String {
    switch trace.happening(at: index) {
    case .push(let id):
      let parent = engine.parent(of: id)
      return "\(engine.label(of: id))\(parent < 0 ? "" : " above \(engine.label(of: parent))")"
    case .pop(let id):
      let captures = engine.scope(id).captures(asOf: Int32(index))
      guard engine.kind(of: id).isFunction, !captures.isEmpty else { return engine.label(of: id) }
      let free = captures.map { "\(name($0.name)) from \(storage($0.from))" }.joined(separator: ", ")
      return "\(engine.label(of: id)); free [\(free)]"
    case .intern(let id, let bucket, let rehashed):
      let rehash = rehashed ? "; the name table is now over its load and rehashes" : ""
      return "\(name(id)) as name #\(id) in bucket \(bucket)\(rehash)"
    case .define(let definition):
      return detail(of: definition)
    case .resolve(let resolution):
      return sentence(for: resolution)
    case .grow(let table, let from, let to):
      let owner = table.map { "\(engine.label(of: $0))'s table" } ?? "the name table"
      return "\(owner) grows from \(from) to \(to) buckets"
    case .close(let symbol, let scope):
      return
        "\(name(engine.symbols[Int(symbol)].name)) (\(storage(symbol)) of \(engine.label(of: scope))) closed: its scope ended while captured"
    case .diagnostic(let d):
      return "\(d.severity): \(d.message)"
    }
  }

  /// The details of a define event: a hide and a copy say what they mean.
  private func detail(of definition: Definition) -> String {
    if trace.dialect == .python { return pythonDefinition(definition) }
    let s = engine.symbols[Int(definition.symbol)]
    let scope = engine.label(of: s.scope)
    if s.hides {
      return "hide \(name(s.name)) in \(scope): a lookup of \(name(s.name)) that reaches it stops here, not found"
    }
    if let original = definition.copyOf {
      let outer = engine.label(of: engine.symbols[Int(original)].scope)
      return
        "\(name(s.name)) = … wrote a new \(name(s.name)) into \(scope) (bucket \(definition.bucket)); the \(name(s.name)) in \(outer) keeps its value"
    }
    let probes = trace.engine.probes(of: definition)
    let probed = probes.count > 1 ? " after probing \(probes.map(String.init).joined(separator: ", "))" : ""
    return "\(engine.describe(definition.symbol)) in \(scope), bucket \(definition.bucket)\(probed)"
  }

  /// One sentence for event `index`, its kind included.
  public func sentence(forEvent index: Int) -> String {
    let happening = trace.happening(at: index)
    switch happening {
    case .resolve, .diagnostic: return detail(ofEvent: index)
    case .define(let d) where d.copyOf != nil || engine.symbols[Int(d.symbol)].hides: return detail(ofEvent: index)
    default: return "\(happening.kind) \(detail(ofEvent: index))"
    }
  }

  /// The path of a resolution as a sentence.
  public func sentence(for r: Resolution) -> String {
    if trace.dialect == .python { return pythonSentence(for: r) }
    var parts: [String] = []
    for step in trace.engine.path(of: r) {
      let probes = trace.engine.probes(of: step, in: r)
      let scope = engine.label(of: step.scope)
      if step.found {
        let symbol = engine.symbolFound(by: r, in: step.scope)
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
  private func bucketNote(_ probes: some BidirectionalCollection<Int32>, found: Bool) -> String {
    guard let last = probes.last else { return found ? "" : " (no buckets yet)" }
    if trace.profile.isChained && !found { return " (chain \(last) has no match)" }
    let before = probes.dropLast().map(String.init).joined(separator: ", ")
    let end = found ? "bucket \(last)" : "bucket \(last) empty"
    return before.isEmpty ? " (\(end))" : " (\(end) after \(before))"
  }
}
