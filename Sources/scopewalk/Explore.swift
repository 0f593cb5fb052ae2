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
    var status: Int32 = 0
    try reportingFailures {
      do {
        try TerminalSession.checkTerminal()
      } catch let error as TerminalError {
        throw Failure.usage(error.description)
      }
      let program = options.program(file.map { .file($0) } ?? .builtin(.closure))
      var explorer = Explorer(trace: try open(program), program: program)
      let size = terminalSize()
      let keys = KeyLog()
      do {
        status = try TerminalSession.run(
          &explorer, record: record == nil ? nil : { keys.entries.append(($0, $1)) },
          carryOut: { explorer, request in
            do { try carryOut(request, on: &explorer) } catch { explorer.report("\(error)") }
          })
      } catch let error as TerminalError {
        throw Failure.usage(error.description)
      }
      if let record {
        let file = program.path
        let cast = record.hasSuffix(".tape") ? String(record.dropLast(5)) + ".cast" : record + ".cast"
        let tape = TapeWriter.tape(
          file: file, lang: self.file == nil ? nil : options.lang?.rawValue, profile: options.profile?.rawValue,
          width: size.width,
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
}
