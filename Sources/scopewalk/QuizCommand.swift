import ArgumentParser
import Dialects
import Explorer

/// `scopewalk quiz FILE`: the explorer in quiz mode from the first lookup.
struct QuizCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "quiz",
    abstract: "Predict each lookup in FILE before it is shown: which scope holds the name?",
    discussion:
      "Keys: 1 to 9 pick a scope, 0 none of these, s skip, the right arrow or space the next question, Q leave quiz mode, q quit. With --log, each answer is appended to FILE.jsonl as it is given, and a summary line at the end (on quit and on signals too)."
  )

  @OptionGroup var source: SourceOptions

  @Option(help: "Append one JSON object per answered or skipped question to this file, and a summary at the end.")
  var log: String?

  func run() throws {
    try runInTerminal(source.program, record: nil, recordLang: nil, recordProfile: nil, quiz: true, log: log)
  }
}
