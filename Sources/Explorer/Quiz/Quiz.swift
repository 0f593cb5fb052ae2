import ScopeEngine

/// Quiz mode: before each lookup the learner predicts which scope the name is found in;
/// the answer reveals the lookup with a verdict that names the rule.
public struct Quiz: Sendable, Equatable {
  /// The question being asked, or nil on the summary screen.
  public internal(set) var question: Question?
  /// Whether the current question's answer has been given (or skipped) and the lookup shown.
  public internal(set) var revealed = false
  /// Every question answered or skipped so far, in order.
  public internal(set) var records: [QuizRecord] = []
  /// The question reviewed from the summary screen, if any.
  var reviewing: Int?

  /// How many questions were answered correctly.
  public var correct: Int { records.filter(\.correct).count }
  /// How many were answered (not skipped).
  public var answered: Int { records.filter { $0.answer != nil }.count }
  /// How many were skipped.
  public var skipped: Int { records.filter { $0.answer == nil }.count }
  /// Whether the summary screen is up.
  public var showsSummary: Bool { question == nil }

  /// The verdict on the current question once revealed: its record.
  public var verdict: QuizRecord? {
    guard revealed, let question else { return nil }
    return records.last { $0.event == question.event }
  }
}

/// One question: a lookup, the scopes that could answer it, and the right one.
public struct Question: Sendable, Equatable {
  /// Its number in the quiz, from 1.
  public let number: Int
  /// The resolve event it asks about.
  public let event: Int
  /// The name looked up.
  public let name: String
  /// The choices, `1`… in the order a lookup meets them; key 0 is "none of these".
  public let choices: [Choice]
  /// The key of the right answer (0 when no scope holds the name).
  public let expected: Int

  /// The words for key 0.
  public static let noneLabel = "none of these: not found here"
}

/// A scope that holds a symbol of the asked name at that moment.
public struct Choice: Sendable, Equatable {
  /// The key that picks it.
  public let key: Int
  /// The scope.
  public let scope: ScopeID
  /// The scope as the Scopes pane labels it.
  public let label: String
  /// The line that defined the name there.
  public let line: Int32
}

/// What happened to one question: what the quiz log records.
public struct QuizRecord: Sendable, Equatable {
  /// The question.
  public let question: Question
  /// The resolve event.
  public var event: Int { question.event }
  /// The key pressed, or nil when skipped.
  public let answer: Int?
  /// Whether the answer was right.
  public let correct: Bool
  /// One sentence: the verdict's explanation (empty for a right answer).
  public let feedback: String
}
