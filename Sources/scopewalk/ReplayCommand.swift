import ArgumentParser
import Dialects
import Explorer
import ScopeEngine

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
    let replay = try Player.play(tape) { file, lang, profile in
      let sample = BuiltinSample.closure
      if file == sample.name && access(file, F_OK) != 0 {
        return Explorer(
          trace: sample.trace(profile: profile.flatMap(TableProfile.init(rawValue:))), dialect: sample.dialect)
      }
      var arguments = [file]
      if let lang { arguments += ["--lang", lang] }
      if let profile { arguments += ["--profile", profile] }
      let options: SourceOptions
      do {
        options = try SourceOptions.parse(arguments)
      } catch {
        throw Failure.usage("\(path): Open \(arguments.joined(separator: " ")): \(SourceOptions.message(for: error))")
      }
      return Explorer(trace: try options.trace(), dialect: try options.dialect())
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
