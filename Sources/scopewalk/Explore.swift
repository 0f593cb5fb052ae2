import ArgumentParser
import Dialects
import Explorer
import ScopeEngine
import Terminal
import Screen

#if canImport(Glibc)
  import Glibc
#endif

/// The keys pressed while recording.
final class KeyLog {
  var entries: [(key: Key, time: Double)] = []
}

/// `scopewalk [FILE]`: the interactive explorer (a built-in sample when no file is given).
struct Explore: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explore",
    abstract: "Step through FILE in the terminal (the built-in closure sample when no file is given).",
    discussion: "Keys: → next step, ← previous, ] next event, } next scope change, ? all keys, q quit.")

  @Argument(help: "The program to explore (default: a built-in Monkey closure sample).")
  var file: String?

  @OptionGroup var options: ProgramOptions

  @Option(help: "Record every key with its timing into this tape, which `scopewalk replay` plays back.")
  var record: String?

  func run() throws {
    let program = options.program(file.map { .file($0) } ?? .builtin(.closure))
    try runInTerminal(
      program, record: record, recordLang: file == nil ? nil : options.lang, recordProfile: options.profile,
      quiz: false, log: nil)
  }

}

/// Explores `program` in the terminal until quit or a signal: recording keys into a tape if
/// asked, in quiz mode from the first lookup if asked, appending answers to a quiz log (and
/// its summary on the way out, quit or signal). Exits with 128+signal after a signal.
func runInTerminal(
  _ program: Program, record: String?, recordLang: Dialect?, recordProfile: TableProfile?, quiz: Bool,
  log logPath: String?
) throws {
  var status: Int32 = 0
  try reportingFailures {
    do {
      try TerminalSession.checkTerminal()
    } catch let error as TerminalError {
      throw Failure.usage(error.description)
    }
    var explorer = Explorer(trace: try open(program), program: program)
    if quiz { explorer.startQuiz() }
    let log = try logPath.map { try QuizLogFile(path: $0) }
    let size = terminalSize()
    let keys = KeyLog()
    do {
      status = try TerminalSession.run(
        &explorer, record: record == nil ? nil : { keys.entries.append(($0, $1)) },
        carryOut: { explorer, request in
          do { try carryOut(request, on: &explorer, log: log) } catch { explorer.report("\(error)") }
        })
    } catch let error as TerminalError {
      throw Failure.usage(error.description)
    }
    if let log, let quiz = explorer.quiz { try log.append(QuizLog.summary(quiz)) }
    if let record {
      let cast = record.hasSuffix(".tape") ? String(record.dropLast(5)) + ".cast" : record + ".cast"
      let tape = TapeWriter.tape(
        file: program.path, lang: recordLang?.rawValue, profile: recordProfile?.rawValue, width: size.width,
        height: size.height, keys: keys.entries, output: cast)
      try writeFile(record, Array(tape.utf8))
    }
  }
  if status != 0 { throw ExitCode(status) }
}

/// The terminal's size now.
func terminalSize() -> (width: Int, height: Int) {
  var size = winsize()
  guard ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 else { return (120, 32) }
  return (Int(size.ws_col), Int(size.ws_row))
}
