import ScopeEngine
import Screen

/// The hash table of the selected scope, or the interned-name table: one row per bucket,
/// the probes of the current lookup or insert highlighted in order, a rehash shown with
/// the table before it.
struct BucketsPane {
  let explorer: Explorer

  /// Which table, and the probes the focused event made in it.
  struct Focus {
    var nameTable: Bool
    var scope: ScopeID?
    var probes: [Int32] = []
    var found = false
    var grewFrom: Int?
  }

  func focus() -> Focus {
    let facts = StepFacts(explorer)
    let trace = explorer.trace
    let nameTable = explorer.showsNameTable || (facts.aboutNameTable && explorer.pickedScope == nil)
    var focus = Focus(nameTable: nameTable, scope: nameTable ? nil : ScopesPane.selected(explorer, facts: facts))
    guard let index = explorer.focusedEvent else { return focus }
    switch trace.happening(at: index) {
    case .intern(_, let bucket, _) where nameTable:
      focus.probes = [bucket]
      focus.found = true
    case .grow(let table, let from, _) where nameTable ? table == nil : table != nil && table == focus.scope:
      focus.grewFrom = Int(from)
    case .define(let d) where trace.engine.symbols[Int(d.symbol)].scope == focus.scope && !nameTable:
      focus.probes = trace.engine.probes(of: d)
      focus.found = true
    case .resolve(let r) where !nameTable:
      if let step = trace.engine.path(of: r).first(where: { $0.scope == focus.scope }) {
        focus.probes = Array(trace.engine.probes(of: step, in: r))
        focus.found = step.found
      }
    default: break
    }
    return focus
  }

  func grid(width: Int, height: Int, focused: Bool, title prefix: String = "Buckets") -> Grid {
    let focus = focus()
    let state = explorer.state
    let engine = explorer.trace.engine
    let table = focus.nameTable ? state.nameTable : focus.scope.map { state.table(of: $0) }
    guard let table else { return .pane(width: width, height: height, title: prefix, focused: focused, lines: []) }
    let owner =
      focus.nameTable
      ? "name table · \(engine.names.growth.rawValue)"
      : "\(Words.label(of: focus.scope!, in: explorer)) · \(explorer.trace.profile.rawValue)"
    let load = (table.loadFactor * 100).rounded() / 100
    let title = "\(prefix) · \(owner) · \(table.count)/\(table.capacity) · load \(load)"
    var lines: [StyledLine] = []
    if let from = focus.grewFrom {
      lines.append(StyledLine("rehashed \(from) → \(table.capacity) buckets; before:", .changed))
      let before = explorer.trace.state(afterEvents: explorer.eventCount - 1)
      let old = focus.nameTable ? before.nameTable : before.table(of: focus.scope!)
      lines.append(StyledLine("  " + old.line(limit: 80) { engine.names.name($0) }, .faint))
    }
    if table.capacity == 0 { lines.append(StyledLine("no buckets yet: the first insert allocates them", .faint)) }
    let rows = height - 2
    let header = lines.count
    let firstProbe = focus.probes.first.map { header + Int($0) } ?? header
    let automatic = firstProbe >= rows ? firstProbe - rows / 3 : 0
    let first = min(explorer.scroll[.buckets] ?? automatic, max(header + table.capacity - 1, 0))
    let digits = String(max(table.capacity - 1, 0)).count
    let visible = max(first - header, 0)..<min(max(first - header, 0) + rows, table.capacity)
    var shown = first >= header ? [] : Array(lines[first...])
    for bucket in visible {
      let order = focus.probes.firstIndex(of: Int32(bucket))
      let isLast = order == focus.probes.count - 1
      let style: Style = order == nil ? .plain : (isLast && focus.found ? .probeHit : .probe)
      var line = StyledLine(String(repeating: " ", count: digits - String(bucket).count) + "\(bucket) ", .faint)
      line.append(order.map { "\($0 + 1)›" } ?? "  ", style)
      line.append(" ")
      line.append(
        contents(table[bucket], nameTable: focus.nameTable), order == nil ? contentStyle(table[bucket]) : style)
      shown.append(line)
    }
    return .pane(width: width, height: height, title: title, focused: focused, lines: shown)
  }

  private func contentStyle(_ bucket: Bucket) -> Style {
    switch bucket {
    case .empty: .faint
    case .tombstone: .warning
    case .entries: .plain
    }
  }

  /// A bucket's contents: `·`, `† tombstone`, `a → LOCAL 0`, or a chain `x → y`.
  private func contents(_ bucket: Bucket, nameTable: Bool) -> String {
    let engine = explorer.trace.engine
    switch bucket {
    case .empty: return "·"
    case .tombstone: return "† tombstone"
    case .entries(let entries):
      return entries.map { entry in
        let name = engine.names.name(entry.name)
        if nameTable { return "\(name) #\(entry.name)" }
        return "\(name) \(engine.symbols[Int(entry.value)].storageLabel)"
      }.joined(separator: " → ")
    }
  }
}
