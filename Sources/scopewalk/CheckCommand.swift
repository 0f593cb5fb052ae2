import ArgumentParser
import Dialects
import ScopeEngine

/// `scopewalk check FILE`: the program's diagnostics, in the dialect's own format.
struct CheckCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Analyse FILE and print its errors and warnings on stderr, one per line.",
    discussion:
      "Lox prints clox's `[line N] Error at 'tok': message`; the others `FILE:LINE:COL: error: message`. Exit status: 0 no errors, 65 errors, 64 usage error, 66 unreadable file."
  )

  @OptionGroup var source: SourceOptions

  func run() throws {
    try reportingFailures {
      let trace = try open(source.program)
      KeptUntilExit.keep(trace)
      let dialect = trace.dialect
      let lines = dialect.diagnosticsInReportOrder(trace).map { dialect.format($0, path: source.file) + "\n" }
      writeToStderr(lines.joined())
      if trace.hasErrors { throw ExitCode(Status.programErrors) }
    }
  }
}
