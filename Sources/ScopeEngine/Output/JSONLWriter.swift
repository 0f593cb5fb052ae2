/// Writes a trace as JSON Lines: one object per event, as the README's trace format says.
public struct JSONLWriter {
  /// The trace written.
  let trace: Trace

  /// A writer for `trace`.
  public init(trace: Trace) { self.trace = trace }

  /// Writes every event to `out`.
  public func write(to out: inout OutputBuffer) {
    for index in trace.events.indices { write(event: index, to: &out) }
    out.flush()
  }

  /// Writes event `index` as one line.
  public func write(event index: Int, to out: inout OutputBuffer) {
    let event = trace.events[index]
    let engine = trace.engine
    let token = trace.tokens[Int(event.step)]
    out.field("step", event.step, first: true)
    out.field("line", token.line)
    out.field("col", token.column)
    out.raw(",\"token\":")
    out.jsonString(utf8: trace.source[Int(token.start)..<Int(token.start + token.length)])
    out.raw(",\"event\":\"")
    out.raw(event.kind.description)
    out.raw("\"")
    switch trace.happening(at: index) {
    case .push(let id):
      let scope = engine.scope(id)
      out.raw(",\"scope\":{\"id\":")
      out.int(scope.id)
      out.raw(",\"kind\":\"")
      out.raw(scope.kind.rawValue)
      out.raw("\",\"name\":")
      name(scope.name, to: &out)
      out.raw("},\"parent\":")
      optional(scope.parent, to: &out)
    case .pop(let id):
      let scope = engine.scope(id)
      out.raw(",\"scope\":")
      out.int(scope.id)
      if scope.kind.isFunction { freeList(scope.captures(asOf: Int32(index)), to: &out) }
    case .intern(let id, let bucket, let rehashed):
      out.raw(",\"name\":")
      name(id, to: &out)
      out.field("id", id)
      out.field("bucket", bucket)
      out.raw(",\"rehash\":")
      out.raw(rehashed ? "true" : "false")
    case .define(let definition):
      definitionFields(definition, to: &out)
    case .resolve(let resolution):
      self.resolution(resolution, to: &out)
    case .grow(let table, let from, let to):
      out.raw(",\"scope\":")
      optional(table ?? -1, to: &out)
      out.field("from", from)
      out.field("to", to)
    case .close(let id, let scope):
      out.raw(",\"name\":")
      name(engine.symbols[Int(id)].name, to: &out)
      out.raw(",\"scope\":")
      out.int(scope)
      out.raw(",\"symbol\":")
      symbol(id, to: &out)
    case .diagnostic(let d):
      out.raw(",\"severity\":\"")
      out.raw(d.severity.description)
      out.raw("\",\"message\":")
      out.jsonString(d.message)
      out.raw(",\"at\":")
      out.field("line", d.line, first: true)
      out.field("col", d.column)
      out.raw("}")
    }
    out.raw("}")
    out.endLine()
  }

  /// `"free":[…]`: a function's captures, in capture order.
  private func freeList(_ captures: ArraySlice<Capture>, to out: inout OutputBuffer) {
    out.raw(",\"free\":[")
    for (i, capture) in captures.enumerated() {
      if i > 0 { out.raw(",") }
      out.raw("{\"name\":")
      name(capture.name, to: &out)
      out.raw(",\"from\":")
      symbol(capture.from, to: &out)
      if trace.dialect.capturesAreUpvalues {
        out.raw(",\"isLocal\":")
        out.raw(capture.isLocal ? "true" : "false")
      }
      out.raw("}")
    }
    out.raw("]")
  }

  /// The fields of a define event.
  private func definitionFields(_ definition: Definition, to out: inout OutputBuffer) {
    let s = trace.engine.symbols[Int(definition.symbol)]
    out.raw(",\"name\":")
    name(s.name, to: &out)
    out.raw(",\"scope\":")
    out.int(s.scope)
    out.raw(",\"symbol\":")
    symbol(definition.symbol, to: &out)
    out.raw(",\"slot\":")
    out.int(definition.bucket)
    out.raw(",\"probes\":")
    ints(trace.engine.probes(of: definition), to: &out)
    if s.storage == .free { out.raw(",\"capture\":true") }
    if s.hides { out.raw(",\"hide\":true") }
    if let original = definition.copyOf {
      out.raw(",\"copyOf\":")
      out.field("scope", trace.engine.symbols[Int(original)].scope, first: true)
      out.raw(",\"symbol\":")
      symbol(original, to: &out)
      out.raw("}")
    }
    let type = trace.engine.type(of: definition.symbol)
    if type >= 0 {
      out.raw(",\"type\":")
      name(type, to: &out)
    }
  }

  private func resolution(_ r: Resolution, to out: inout OutputBuffer) {
    out.raw(",\"name\":")
    name(r.name, to: &out)
    out.raw(",\"access\":\"")
    out.raw(r.access.description)
    out.raw("\",\"symbol\":")
    if r.symbol >= 0 { symbol(r.symbol, to: &out) } else { out.raw("null") }
    out.raw(",\"path\":[")
    for (i, step) in trace.engine.path(of: r).enumerated() {
      if i > 0 { out.raw(",") }
      out.raw("{\"scope\":")
      out.int(step.scope)
      out.raw(",\"probes\":")
      ints(trace.engine.probes(of: step, in: r), to: &out)
      out.raw(",\"found\":")
      out.raw(step.found ? "true" : "false")
      out.raw(",\"note\":")
      out.jsonString(step.note.description)
      out.raw("}")
    }
    out.raw("],\"captures\":[")
    for (i, free) in trace.log.captures(of: r).enumerated() {
      if i > 0 { out.raw(",") }
      let s = trace.engine.symbols[Int(free)]
      out.field("scope", s.scope, first: true)
      out.field("index", s.index)
      out.raw("}")
    }
    out.raw("]")
  }

  private func symbol(_ id: SymbolID, to out: inout OutputBuffer) {
    let s = trace.engine.symbols[Int(id)]
    out.raw("{\"storage\":\"")
    out.raw(s.storage.description)
    out.raw("\",\"index\":")
    optional(s.index, to: &out)
    out.raw("}")
  }

  private func name(_ id: NameID, to out: inout OutputBuffer) {
    if id < 0 { out.raw("null") } else { out.jsonString(utf8: trace.engine.names.bytes(of: id)) }
  }

  private func optional(_ value: Int32, to out: inout OutputBuffer) {
    if value < 0 { out.raw("null") } else { out.int(value) }
  }

  private func ints(_ values: some Collection<Int32>, to out: inout OutputBuffer) {
    out.raw("[")
    for (i, value) in values.enumerated() {
      if i > 0 { out.raw(",") }
      out.int(value)
    }
    out.raw("]")
  }
}
