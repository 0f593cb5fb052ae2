import ScopeEngine
import Screen

/// Quiz mode's keys: a digit answers, `s` skips, the next-step keys go on, `Q` leaves.
extension Explorer {
  /// Turns quiz mode on from the current step (or off).
  mutating func toggleQuiz() -> [Effect<Request>] {
    if quiz != nil {
      quiz = nil
      message = "quiz mode off"
      return []
    }
    quiz = Quiz()
    askNext(from: eventCount)
    return []
  }

  /// Asks the question about the first lookup at or after event `index`, or shows the
  /// summary when there is none.
  mutating func askNext(from index: Int) {
    let maker = QuestionMaker(trace: trace)
    let number = (quiz?.records.count ?? 0) + 1
    guard let event = maker.nextLookup(from: index), let question = maker.question(at: event, number: number) else {
      quiz?.question = nil
      quiz?.revealed = false
      return
    }
    quiz?.question = question
    quiz?.revealed = false
    moveTo(step: Int(trace.events[event].step))
    eventCount = QuestionMaker.start(of: event, in: trace)
  }

  /// Handles a key in quiz mode; nil when the key is not the quiz's (the explorer's own
  /// binding then applies).
  mutating func quizUpdate(_ key: Key) -> [Effect<Request>]? {
    guard var current = quiz else { return nil }
    if key == .char("Q") { return toggleQuiz() }
    if key == .char("q") { return [.quit] }
    if key == .char("?") { return nil }
    guard let question = current.question else { return summaryKey(key) }
    if current.reviewing != nil, !current.revealed || KeyMap.action(for: key) == .nextStep {
      current.reviewing = nil
      quiz = current
      askNext(from: (current.records.last?.event ?? question.event) + 1)
      return []
    }
    if !current.revealed {
      if case .char(let c) = key, let digit = c.wholeNumberValue {
        guard digit == 0 || question.choices.contains(where: { $0.key == digit }) else {
          return complain("press 0 to \(question.choices.count) (0: none of these)")
        }
        return answer(question, with: digit)
      }
      if key == .char("s") { return answer(question, with: nil) }
      return complain("answer with a digit (0: none of these), or s to skip")
    }
    if KeyMap.action(for: key) == .nextStep || key == .enter {
      askNext(from: question.event + 1)
      return []
    }
    return complain("→ for the next question, Q to leave quiz mode")
  }

  /// Records an answer (nil: skipped), reveals the lookup, and asks for the log line.
  mutating func answer(_ question: Question, with key: Int?) -> [Effect<Request>] {
    let correct = key == question.expected
    let feedback = key.map { QuizFeedback(trace: trace).sentence(for: question, answer: $0) } ?? ""
    let record = QuizRecord(question: question, answer: key, correct: correct, feedback: feedback)
    quiz?.records.append(record)
    quiz?.revealed = true
    eventCount = question.event + 1
    tab = .path
    return [.request(.appendQuizLog(QuizLog.line(for: record, trace: trace)))]
  }

  /// On the summary screen, a digit reviews that wrong answer.
  mutating func summaryKey(_ key: Key) -> [Effect<Request>] {
    guard let current = quiz else { return [] }
    let wrong = current.records.filter { $0.answer != nil && !$0.correct }
    if case .char(let c) = key, let digit = c.wholeNumberValue, digit >= 1, digit <= wrong.count {
      let record = wrong[digit - 1]
      quiz?.question = record.question
      quiz?.revealed = true
      quiz?.reviewing = digit
      moveTo(step: Int(trace.events[record.event].step))
      eventCount = record.event + 1
      return []
    }
    return complain(wrong.isEmpty ? "q quits, Q leaves quiz mode" : "1–\(wrong.count) reviews a wrong answer, q quits")
  }

  /// A key the quiz cannot use.
  private mutating func complain(_ text: String) -> [Effect<Request>] {
    message = text
    return [.bell]
  }

  /// The status line's score: `quiz 7/9`.
  public var quizScore: String? {
    guard let quiz else { return nil }
    return "quiz \(quiz.correct)/\(quiz.records.count)"
  }
}

extension Explorer {
  /// Starts quiz mode at the first lookup from the current step (for `scopewalk quiz`).
  public mutating func startQuiz() {
    if quiz == nil { _ = toggleQuiz() }
  }
}
