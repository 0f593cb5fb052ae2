import ScopeEngine
import Screen

/// The resolution path of the current step: each scope visited, the buckets probed, what
/// was found, why the walk moved on, and the chain of captures. A step without a lookup
/// lists its events instead.
struct PathPane {
  let explorer: Explorer

  /// The resolve event this pane explains: the focused one, or the step's last.
  var resolveEvent: Int? {
    let trace = explorer.trace
    if let focused = explorer.focusedEvent, trace.events[focused].kind == .resolve { return focused }
    let range = trace.eventRange(ofStep: explorer.step)
    return range.prefix(explorer.eventCount - range.lowerBound).last { trace.events[$0].kind == .resolve }
  }

  func lines(width: Int = 80) -> [StyledLine] {
    let trace = explorer.trace
    var lines: [StyledLine] = []
    if let index = resolveEvent, case .resolve(let resolution) = trace.happening(at: index) {
      if let record = explorer.quiz?.verdict, record.event == index {
        lines += QuizVerdict(record: record).lines(width: width)
      }
      lines += path(resolution, width: width)
    }
    let range = trace.eventRange(ofStep: explorer.step)
    let applied = range.lowerBound..<min(range.upperBound, max(explorer.eventCount, range.lowerBound))
    let others = applied.filter { trace.events[$0].kind != .resolve }
    if !others.isEmpty {
      if !lines.isEmpty { lines.append(StyledLine()) }
      lines.append(StyledLine("events of this step", .title))
      let narrator = Narrator(trace: trace)
      for index in others {
        let style: Style
        if case .diagnostic(let d) = trace.happening(at: index) {
          style = d.severity == .error ? .error : .warning
        } else {
          style = index == explorer.focusedEvent ? .changed : .plain
        }
        let sentence = (index == explorer.focusedEvent ? "▸ " : "  ") + narrator.sentence(forEvent: index)
        for part in wrapped(sentence, width: width, indent: 4) { lines.append(StyledLine(part, style)) }
      }
    }
    if lines.isEmpty {
      let text = trace.text(ofToken: Int32(explorer.step))
      lines.append(StyledLine("'\(text)': nothing happens in the symbol engine at this step", .faint))
    }
    return lines
  }

  /// The lines for one resolution; a note that does not fit beside its scope goes on the
  /// lines under it, whole.
  private func path(_ r: Resolution, width: Int) -> [StyledLine] {
    let trace = explorer.trace
    let engine = trace.engine
    let name = engine.names.name(r.name)
    var lines = [StyledLine([("\(name)", .title), ("  \(r.access == .get ? "read" : "assignment")", .faint)])]
    for (i, step) in trace.engine.path(of: r).enumerated() {
      let probes = trace.engine.probes(of: step, in: r).map(String.init)
      var line = StyledLine("\(i + 1). " + padded(Words.label(of: step.scope, in: explorer), 16), .plain)
      line.append(" buckets " + padded(probes.isEmpty ? "none" : probes.joined(separator: ","), 9), .faint)
      let note: String
      let style: Style
      if step.found {
        let symbol = engine.symbolFound(by: r, in: step.scope).map { engine.symbols[Int($0)].storageLabel } ?? "?"
        (note, style) = ("found: \(symbol)", .probeHit)
      } else {
        (note, style) = ("\(step.note)", step.note == .unresolved ? .error : .plain)
      }
      if Width.of(line.text) + 1 + Width.of(note) <= width {
        line.append(" " + note, style)
        lines.append(line)
      } else {
        lines.append(line)
        for part in wrapped(note, width: width - 5) { lines.append(StyledLine([("     ", .plain), (part, style)])) }
      }
    }
    let captures = trace.log.captures(of: r)
    if !captures.isEmpty {
      let chain = captures.map { free -> String in
        let s = engine.symbols[Int(free)]
        return "FREE \(s.index) in \(Words.label(of: s.scope, in: explorer))"
      }
      for part in wrapped("   captured → " + chain.joined(separator: " → "), width: width, indent: 5) {
        lines.append(StyledLine(part, Style(foreground: .cyan)))
      }
    }
    let result = r.symbol >= 0 ? "= \(engine.describe(r.symbol))" : "= unresolved"
    lines.append(StyledLine("   " + result, r.symbol >= 0 ? .changed : .error))
    return lines
  }

  /// The pane, drawing `lines` when they are already made for this width.
  func grid(width: Int, height: Int, focused: Bool, title: String = "Resolution", lines: [StyledLine]? = nil) -> Grid {
    .pane(
      width: width, height: height, title: title, focused: focused, lines: lines ?? self.lines(width: width - 2),
      from: explorer.scroll[.path] ?? 0)
  }
}
