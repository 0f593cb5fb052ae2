import ScopeEngine
import Screen

/// The narration line: one sentence for the current event.
struct NarrationBar {
  let explorer: Explorer

  var sentence: String {
    let trace = explorer.trace
    if let quiz = explorer.quiz, let question = quiz.question {
      if let record = quiz.verdict { return QuizVerdict(record: record).text }
      let count = question.choices.count
      let keys = count == 0 ? "0" : "\(count == 1 ? "1" : "1–\(count)"), or 0 for none of these"
      return "Which \(question.name) is this? press \(keys) · s skips"
    }
    let narrator = Narrator(trace: trace)
    if let focused = explorer.focusedEvent { return narrator.sentence(forEvent: focused) }
    let token = trace.tokens[explorer.step]
    if token.kind == .end { return "end of file" }
    return "'\(TextWriter.escaped(trace.text(ofToken: Int32(explorer.step))))': no events at this step"
  }

  /// The sentence on as many lines as it needs at `width`, up to `limit` (then cut with `…`).
  func lines(of sentence: String, width: Int, limit: Int) -> [String] {
    let all = wrapped("▸ " + sentence, width: width, indent: 2)
    guard all.count > limit else { return all }
    return Array(all.prefix(limit - 1)) + [String(all[limit - 1].prefix(max(width - 1, 1))) + "…"]
  }

  /// Draws `lines` (from `lines(width:)`) from row `y`.
  func draw(into grid: inout Grid, y: Int, lines: [String], sentence text: String) {
    let style: Style =
      text.hasPrefix("error") || text.hasPrefix("✗")
      ? .error
      : text.hasPrefix("warning") || text.hasPrefix("skipped") ? .warning : text.hasPrefix("✓") ? .changed : .plain
    for (i, line) in lines.enumerated() {
      grid.fill(x: 0, y: y + i, width: grid.width, height: 1)
      grid.put(line, x: 0, y: y + i, style: style)
    }
  }
}

/// The status line: file, dialect, profile, step n/N, line:col, event kind; or a prompt.
struct StatusBar {
  let explorer: Explorer

  var left: String {
    let trace = explorer.trace
    let token = trace.tokens[explorer.step]
    let kind = explorer.focusedEvent.map { "\(trace.events[$0].kind)" } ?? "—"
    return
      " \(trace.path) · \(explorer.dialect.rawValue) · \(trace.profile.rawValue) · step \(explorer.step)/\(trace.stepCount - 1)"
      + passLabel + " · \(token.line):\(token.column) · \(kind) "
  }

  /// ` · pass 2/3 analyze` in a trace of several passes.
  var passLabel: String {
    let trace = explorer.trace
    guard let (number, pass) = trace.pass(ofStep: explorer.step) else { return "" }
    return " · pass \(number)/\(trace.passes.count) \(pass.name)"
  }

  var right: String {
    if let message = explorer.message { return " \(message) " }
    let errors = explorer.trace.log.diagnostics.filter { $0.severity == .error }.count
    var parts: [String] = []
    if errors > 0 { parts.append("\(errors) error\(errors == 1 ? "" : "s") (e)") }
    if explorer.isPlaying { parts.append("▶ \(explorer.speed)/s") }
    if let score = explorer.quizScore { parts.append(score) }
    parts.append(explorer.isFresh ? "→ step · ← back · ? help" : "? help")
    return " " + parts.joined(separator: " · ") + " "
  }

  func draw(into grid: inout Grid, y: Int) {
    grid.fill(x: 0, y: y, width: grid.width, height: 1, style: .status)
    if let prompt = explorer.prompt {
      let label = prompt.kind == .goTo ? ":" : "/"
      let hint =
        prompt.kind == .goTo ? "   line N, or #N for step N; enter to go, esc to cancel" : "   a name; enter to find"
      let end = grid.put(label + prompt.text, x: 0, y: y, style: .status)
      grid.put("█", x: end, y: y, style: .status)
      grid.put(hint, x: end + 1, y: y, style: Style(reverse: true, dim: true))
      return
    }
    let right = self.right
    let rightWidth = min(Width.of(right), grid.width / 2)
    grid.put(left, x: 0, y: y, style: .status, limit: grid.width - rightWidth)
    let messageStyle = explorer.message != nil ? Style(foreground: .yellow, bold: true, reverse: true) : .status
    grid.put(right, x: grid.width - rightWidth, y: y, style: messageStyle)
  }
}
