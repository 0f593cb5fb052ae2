import ArgumentParser
import Dialects
import ScopeEngine

/// `scopewalk trace FILE`: prints every event of the run.
struct TraceCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "trace",
    abstract: "Print every event of the symbol engine's run over FILE.",
    discussion:
      "Exit status: 0 traced with no errors in the program; 65 traced, the program has static errors; 64 usage error; 66 the file cannot be read or is not UTF-8 text."
  )

  /// Output formats.
  enum Format: String, NamedArgument {
    case jsonl, text, none, symtable
  }

  @OptionGroup var source: SourceOptions

  @Option(
    help:
      "jsonl (one JSON object per event), text (one line per event), none, or symtable (Python: the symbol tables as ../shared/reference/python/symtable_dump.py prints CPython's)."
  )
  var format: Format = .jsonl

  @Flag(help: "Print tokens, steps, events, scopes, seconds, tokens per second and bytes per token to stderr.")
  var stats = false

  func run() throws {
    try reportingFailures {
      let program = source.program
      let dialect = try opening { () throws(ProgramError) in try program.dialect() }
      if format == .symtable && dialect != .python {
        throw Failure.usage("--format symtable is for Python files; \(source.file) is \(dialect.rawValue).")
      }
      let file = try opening { () throws(ProgramError) in try program.source(reading: .disk) }
      let clock = ContinuousClock()
      let start = clock.now
      let trace = try opening { () throws(ProgramError) in try program.trace(of: file, reading: .disk) }
      let elapsed = clock.now - start
      KeptUntilExit.keep(trace)
      var out = OutputBuffer(sink: writeToStdout)
      switch format {
      case .jsonl: JSONLWriter(trace: trace).write(to: &out)
      case .text: TextWriter(trace: trace).write(to: &out)
      case .none: break
      case .symtable:
        if trace.hasErrors {
          let lines = dialect.diagnosticsInReportOrder(trace).map { dialect.format($0, path: source.file) + "\n" }
          writeToStderr(lines.joined())
        } else {
          SymtableWriter.write(trace, to: &out)
        }
      }
      if stats { printStats(trace, seconds: elapsed) }
      if trace.hasErrors { throw ExitCode(Status.programErrors) }
    }
  }

  private func printStats(_ trace: Trace, seconds elapsed: Duration) {
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    let rate = seconds > 0 ? Double(trace.tokens.count) / seconds : 0
    let line =
      "tokens \(trace.tokens.count) steps \(trace.stepCount) events \(trace.events.count) scopes \(trace.engine.scopes.count) "
      + "seconds \(Double(Int(seconds * 1e4)) / 1e4) tokens/s \(Int(rate))\n"
    writeToStderr(line)
    writeToStderr(trace.footprint.line(perToken: trace.tokens.count) + "\n")
  }
}
