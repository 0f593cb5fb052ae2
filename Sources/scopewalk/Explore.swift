import ArgumentParser
import Dialects
import Explorer
import ScopeEngine
import Terminal

/// `scopewalk [FILE]`: the interactive explorer (a built-in sample when no file is given).
struct Explore: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explore",
    abstract: "Step through FILE in the terminal (the built-in closure sample when no file is given).",
    discussion: "Keys: → next step, ← previous, ] next event, } next scope change, ? all keys, q quit.")

  @Argument(help: "The program to explore (default: a built-in Monkey closure sample).")
  var file: String?

  @Option(help: "The language (default: from the file's extension).")
  var lang: Dialect?

  @Option(help: "The scope tables' profile (default: the language's).")
  var profile: TableProfile?

  @Option(help: "How the interned-name table grows: teaching or jikes.")
  var names: NameTableGrowth = .teaching

  func run() throws {
    var status: Int32 = 0
    try reportingFailures {
      do {
        try TerminalSession.checkTerminal()
      } catch let error as TerminalError {
        throw Failure.usage(error.description)
      }
      var explorer = try makeExplorer()
      do {
        status = try TerminalSession.run(&explorer)
      } catch let error as TerminalError {
        throw Failure.usage(error.description)
      }
    }
    if status != 0 { throw ExitCode(status) }
  }

  /// The explorer over FILE, or over the built-in sample.
  func makeExplorer() throws -> Explorer {
    guard let file else {
      let sample = BuiltinSample.closure
      return Explorer(trace: sample.trace(profile: profile), dialect: sample.dialect)
    }
    let options = ProgramSource(file: file, lang: lang, profile: profile, names: names)
    return Explorer(trace: try options.trace(), dialect: try options.dialect())
  }
}
