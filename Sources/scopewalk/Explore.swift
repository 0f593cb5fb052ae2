import ArgumentParser
import Dialects
import ScopeEngine

/// `scopewalk [FILE]`: the interactive explorer (a built-in sample when no file is given).
struct Explore: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explore",
    abstract: "Step through FILE in the terminal (the built-in closure sample when no file is given).")

  @Argument(help: "The program to explore.")
  var file: String?

  @Option(help: "The language (default: from the file's extension).")
  var lang: Dialect?

  @Option(help: "The scope tables' profile (default: the language's).")
  var profile: TableProfile?

  func run() throws {
    try reportingFailures {
      let trace: Trace
      if let file {
        trace = try SourceOptions.parse(
          [file] + (lang.map { ["--lang", $0.rawValue] } ?? []) + (profile.map { ["--profile", $0.rawValue] } ?? [])
        ).trace()
      } else {
        trace = BuiltinSample.closure.trace(profile: profile)
      }
      var out = OutputBuffer(sink: writeToStdout)
      TextWriter(trace: trace).write(to: &out)
    }
  }
}
