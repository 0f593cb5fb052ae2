import ArgumentParser
import Dialects
import Explorer
import ScopeEngine
import Terminal

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

  @Option(help: "The language (default: from the file's extension).")
  var lang: Dialect?

  @Option(help: "The scope tables' profile (default: the language's).")
  var profile: TableProfile?

  @Option(help: "How the interned-name table grows: teaching or jikes.")
  var names: NameTableGrowth = .teaching

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
      var explorer = try makeExplorer()
      let size = terminalSize()
      let keys = KeyLog()
      do {
        status = try TerminalSession.run(&explorer, record: record == nil ? nil : { keys.entries.append(($0, $1)) })
      } catch let error as TerminalError {
        throw Failure.usage(error.description)
      }
      if let record {
        let file = self.file ?? "\(BuiltinSample.closure.name)"
        let cast = record.hasSuffix(".tape") ? String(record.dropLast(5)) + ".cast" : record + ".cast"
        let tape = TapeWriter.tape(
          file: file, lang: self.file == nil ? nil : lang?.rawValue, profile: profile?.rawValue, width: size.width,
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
