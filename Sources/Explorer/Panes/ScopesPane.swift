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

  /// The pane's lines, every scope unfolded that this step touches.
  func lines() -> [StyledLine] { rows(height: .max).lines }

  /// The scopes this step's events touch: pushed, popped, written, looked through, closed,
  /// grown; and the selected one.
  func touched(selected: ScopeID?) -> Set<ScopeID> {
    let trace = explorer.trace
    var scopes = Set(selected.map { [$0] } ?? [])
    let range = trace.eventRange(ofStep: explorer.step)
    for index in range.lowerBound..<min(range.upperBound, max(explorer.eventCount, range.lowerBound)) {
      switch trace.happening(at: index) {
      case .push(let id), .pop(let id): scopes.insert(id)
      case .define(let d): scopes.insert(trace.engine.symbols[Int(d.symbol)].scope)
      case .resolve(let r): for step in trace.engine.path(of: r) { scopes.insert(step.scope) }
      case .close(_, let scope): scopes.insert(scope)
      case .grow(let table, _, _): if let table { scopes.insert(table) }
      default: break
      }
    }
    return scopes
  }

  /// The pane's lines within `height` rows, and the row of the selected scope's header.
  /// Every scope on the stack keeps its header line; the scopes this step does not touch are
  /// folded to it (name, kind, symbol count), and the unfolded ones share the rows left.
  private func rows(height: Int) -> (lines: [StyledLine], selectedRow: Int) {
    let state = explorer.state
    let facts = StepFacts(explorer)
    let selected = Self.selected(explorer, facts: facts)
    let touched = touched(selected: selected)
    var blocks: [(header: StyledLine, body: [StyledLine])] = []
    for scope in state.stack {
      blocks.append(block(scope, selected: selected, facts: facts, state: state, folded: !touched.contains(scope)))
    }
    var left = height == .max ? Int.max : max(height - 2 - blocks.count, 0)
    var lines: [StyledLine] = []
    var selectedRow = 0
    for (scope, block) in zip(state.stack, blocks) {
      if scope == selected { selectedRow = lines.count }
      lines.append(block.header)
      guard !block.body.isEmpty else { continue }
      if block.body.count <= left {
        lines += block.body
        left -= block.body.count
      } else if left > 0 {
        lines += block.body.prefix(left - 1)
        lines.append(StyledLine("    … \(block.body.count - left + 1) more", .faint))
        left = 0
      }
    }
    return (lines, selectedRow)
  }

  /// One scope's header and its lines: symbols with storage and index, builtins, free list;
  /// when `folded`, the header alone with the number of symbols.
  private func block(_ scope: ScopeID, selected: ScopeID?, facts: StepFacts, state: EngineState, folded: Bool)
    -> (StyledLine, [StyledLine])
  {
    let engine = explorer.trace.engine
    let s = engine.scope(scope)
    var header = StyledLine()
    let isNew = facts.pushed.contains(scope)
    header.append(scope == selected ? "▸ " : "  ", .title)
    header.append(
      Words.label(of: scope, in: explorer),
      scope == selected ? Style(bold: true, reverse: true) : isNew ? .changed : .title)
    header.append("  \(Words.kind(s.kind, dialect: explorer.dialect))", .faint)
    if isNew { header.append("  new", .changed) }
    let entries = state.table(of: scope).entries.filter { $0.name >= 0 }
    if folded {
      header.append("  · \(entries.count) symbol\(entries.count == 1 ? "" : "s")", .faint)
      return (header, [])
    }
    var lines: [StyledLine] = []
    var builtins: [String] = []
    let ids = entries.map(\.value).sorted()
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
      let type = engine.type(of: id)
      if type >= 0 { line.append(" : \(engine.names.name(type))", .faint) }
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
    return (header, lines)
  }

  /// The most symbols listed for one scope.
  static let symbolLimit = 300

  func grid(width: Int, height: Int, focused: Bool, title: String = "Scopes") -> Grid {
    let (lines, selectedRow) = rows(height: height)
    let rows = height - 2
    let first = selectedRow >= rows ? selectedRow - rows / 3 : 0
    return .pane(width: width, height: height, title: title, focused: focused, lines: lines, from: first)
  }
}
