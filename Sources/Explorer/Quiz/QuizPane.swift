import ScopeEngine
import Screen

/// The question, in place of the Resolution pane until it is answered: which scope holds
/// the name, with a key for each scope that holds it and 0 for none.
struct QuizPane {
  let explorer: Explorer

  func lines(width: Int) -> [StyledLine] {
    guard let question = explorer.quiz?.question else { return [] }
    let token = explorer.trace.tokens[explorer.step]
    var lines = [
      StyledLine([("Which \(question.name) is this?", .title), ("  question \(question.number)", .faint)]),
      StyledLine("line \(token.line), col \(token.column): where will the lookup find it?", .faint),
      StyledLine(),
    ]
    let labelWidth = question.choices.map { Width.of($0.label) }.max() ?? 0
    for choice in question.choices {
      var line = StyledLine("  \(choice.key)  ", .title)
      line.append(padded(choice.label, labelWidth), .plain)
      line.append("  \(question.name) defined on line \(choice.line)", .faint)
      lines.append(line)
    }
    lines.append(StyledLine([("  0  ", .title), (Question.noneLabel, .plain)]))
    lines.append(StyledLine())
    lines.append(StyledLine("a digit answers · s skips · Q leaves quiz mode", .faint))
    return lines
  }

  func grid(width: Int, height: Int, focused: Bool, title: String = "Quiz") -> Grid {
    .pane(width: width, height: height, title: title, focused: focused, lines: lines(width: width - 2))
  }
}

/// The verdict on an answered question: ✓ or ✗ and the sentence that names the rule.
struct QuizVerdict {
  let record: QuizRecord

  /// The verdict as one line of text.
  var text: String {
    let q = record.question
    let place = q.choices.first { $0.key == q.expected }.map { "in \($0.label)" } ?? "not found here"
    guard let answer = record.answer else { return "skipped: \(q.name) is \(place)" }
    if record.correct {
      let why = record.feedback.isEmpty ? "" : ": \(record.feedback)"
      return "✓ \(q.name) is \(place) (you answered \(answer))\(why)"
    }
    return "✗ \(record.feedback)"
  }

  /// The verdict wrapped to `width` columns.
  func lines(width: Int) -> [StyledLine] {
    let style: Style = record.correct ? .changed : record.answer == nil ? .warning : .error
    return wrapped(text, width: width, indent: 2).map { StyledLine($0, style) }
  }
}

/// The summary after the last question: asked, right, skipped, and the wrong answers, each
/// a key to see it again.
struct QuizSummaryScreen {
  let explorer: Explorer

  func grid(width: Int, height: Int) -> Grid {
    guard let quiz = explorer.quiz else { return Grid(width: width, height: height) }
    var lines = [
      StyledLine("\(explorer.trace.path): every lookup asked", .faint),
      StyledLine(),
      StyledLine(
        "asked \(quiz.records.count) · right \(quiz.correct) · wrong \(quiz.answered - quiz.correct) · skipped \(quiz.skipped)",
        .title),
      StyledLine(),
    ]
    let wrong = quiz.records.filter { $0.answer != nil && !$0.correct }
    if wrong.isEmpty {
      lines.append(StyledLine("no wrong answers", .changed))
    } else {
      lines.append(StyledLine("wrong answers (press its number to see it again):", .plain))
      for (i, record) in wrong.prefix(9).enumerated() {
        let token = explorer.trace.tokens[Int(explorer.trace.events[record.event].step)]
        lines.append(
          StyledLine([("  \(i + 1)  ", .title), ("line \(token.line)  \(record.question.name)", .plain)]))
      }
      if wrong.count > 9 { lines.append(StyledLine("  … \(wrong.count - 9) more in the log", .faint)) }
    }
    lines.append(StyledLine())
    lines.append(StyledLine("q quits · Q leaves quiz mode", .faint))
    return .pane(width: width, height: height, title: "Quiz summary", focused: true, lines: lines)
  }
}
