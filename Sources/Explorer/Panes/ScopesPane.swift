import ScopeEngine
import Screen

/// The scope stack, innermost first: each scope's kind and name, its symbols with storage
/// and index, and a function's free list; what this step changed is marked.
struct ScopesPane {
  let explorer: Explorer

  /// The scope whose table the buckets pane shows.
  static func selected(_ explorer: Explorer, facts: StepFacts) -> ScopeID? {
    let stack = explorer.state.stack
    if let picked = explorer.pickedScope, stack.contains(picked) { return picked }
    if let scope = facts.scope { return scope }
    return stack.first
  }

  /// The pane's lines.
  func lines() -> [StyledLine] { rows().lines }

  /// The pane's lines, and the row of the selected scope's header.
  private func rows() -> (lines: [StyledLine], selectedRow: Int) {
    let state = explorer.state
    let engine = explorer.trace.engine
    let facts = StepFacts(explorer)
    let selected = Self.selected(explorer, facts: facts)
    var lines: [StyledLine] = []
    var selectedRow = 0
    for scope in state.stack {
      if scope == selected { selectedRow = lines.count }
      let s = engine.scope(scope)
      var header = StyledLine()
      let isNew = facts.pushed.contains(scope)
      let label = Words.label(of: scope, in: explorer)
      header.append(scope == selected ? "▸ " : "  ", .title)
      header.append(label, scope == selected ? Style(bold: true, reverse: true) : isNew ? .changed : .title)
      header.append("  \(Words.kind(s.kind, dialect: explorer.dialect))", .faint)
      if isNew { header.append("  new", .changed) }
      lines.append(header)
      var builtins: [String] = []
      let ids = state.table(of: scope).entries.filter { $0.name >= 0 }.map(\.value).sorted()
      for (shown, id) in ids.enumerated() {
        let symbol = engine.symbols[Int(id)]
        let name = engine.names.name(symbol.name)
        if symbol.storage == .builtin {
          builtins.append(name)
          continue
        }
        if shown == Self.symbolLimit {
          lines.append(StyledLine("    … \(ids.count - shown) more", .faint))
          break
        }
        let changed = facts.defined.contains(id)
        var line = StyledLine("    " + padded(name, 12), changed ? .changed : .plain)
        line.append(" " + symbol.storageLabel, changed ? .changed : .faint)
        if symbol.type >= 0 { line.append(" : \(engine.names.name(symbol.type))", .faint) }
        if explorer.dialect == .python {
          line.append("  " + pythonFlagWords(symbol.flags).joined(separator: " "), .faint)
        }
        if facts.closed.contains(id) { line.append("  closed", Style(foreground: .magenta, bold: true)) }
        if explorer.dialect == .chirp { line.append("  " + Words.chirpAttributes(of: id, in: engine), .faint) }
        lines.append(line)
      }
      if !builtins.isEmpty {
        lines.append(StyledLine("    builtins (\(builtins.count)): " + builtins.joined(separator: " "), .faint))
      }
      let captures = state.captures(of: scope)
      if s.kind.isFunction && !captures.isEmpty {
        let free = captures.map { "\(engine.names.name($0.name))←\(engine.symbols[Int($0.from)].storageLabel)" }
        lines.append(StyledLine("    free: " + free.joined(separator: ", "), Style(foreground: .cyan)))
      }
    }
    return (lines, selectedRow)
  }

  /// The most symbols listed for one scope.
  static let symbolLimit = 300

  func grid(width: Int, height: Int, focused: Bool, title: String = "Scopes") -> Grid {
    let (lines, selectedRow) = rows()
    let rows = height - 2
    let first = selectedRow >= rows ? selectedRow - rows / 3 : 0
    return .pane(width: width, height: height, title: title, focused: focused, lines: lines, from: first)
  }
}
