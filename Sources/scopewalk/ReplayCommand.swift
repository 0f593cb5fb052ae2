import ArgumentParser
import Dialects
import Explorer
import ScopeEngine
import Screen

#if canImport(Glibc)
  import Glibc
#endif

/// `scopewalk replay TAPE…`: plays tapes without a terminal and writes what they name.
struct ReplayCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "replay",
    abstract: "Play demo tapes without a terminal; write their Output files (.cast, .txt) and Screenshots (.svg).",
    discussion:
      "A tape is a subset of VHS's language: Output, Set Width/Height/TypingSpeed/KeyOverlay, keys (Right 5, Type \"…\"), Sleep, Hide, Show, Screenshot, plus Open FILE [--lang L] [--profile P] and Caption \"…\". Paths are relative to the current directory. Exit status 65 for a mistake in a tape (reported as TAPE:LINE:COL)."
  )

  @Argument(help: "The tapes to play.")
  var tapes: [String]

  func run() throws {
    try reportingFailures {
      Width.useUTF8Locale()
      for path in tapes { try play(path) }
    }
  }

  private func play(_ path: String) throws {
    let text: String
    do {
      text = String(decoding: try SourceFile.read(path: path).bytes, as: UTF8.self)
    } catch {
      throw Failure.source(error)
    }
    let tape: Tape
    do {
      tape = try TapeParser.parse(text)
    } catch {
      writeToStderr("scopewalk: \(path):\(error.description)\n")
      throw ExitCode(Status.programErrors)
    }
    let replay = try Player.play(tape) { program in
      var program = program
      // A recording of the built-in sample names it by its file name.
      let sample = BuiltinSample.closure
      if program.text == .file(sample.name) && access(sample.name, F_OK) != 0 { program.text = .builtin(sample) }
      return try open(program)
    }
    for output in replay.outputs {
      if output.hasSuffix(".cast") {
        try writeFile(output, Asciicast.encode(replay))
      } else if output.hasSuffix(".txt") {
        try writeFile(output, Array(((replay.finalGrid?.lines ?? []).joined(separator: "\n") + "\n").utf8))
      } else {
        throw Failure.usage(
          "\(path): Output \(output): give a .cast or .txt file (screenshots use Screenshot name.svg).")
      }
    }
    for shot in replay.screenshots { try writeFile(shot.name, Array(SVG.render(shot.grid).utf8)) }
  }
}
