import ArgumentParser
import Dialects
import Explorer
import ScopeEngine
import Screen

/// `scopewalk render FILE --step N`: one screen of the explorer, without a terminal.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Print one explorer screen for FILE at a step, without a terminal (for tests, docs and bug reports).")

  /// Output formats.
  enum Format: String, NamedArgument {
    case text, ansi, svg
  }

  @OptionGroup var source: SourceOptions

  @Option(parsing: .unconditional, help: "The step (token index) to show; negative counts from the end (-1: the last).")
  var step: Int = 0

  @Option(help: "The screen size, COLUMNSxROWS.")
  var size: String = "120x32"

  @Option(help: "text (plain), ansi (with colour escapes) or svg (a picture).")
  var format: Format = .text

  @Option(help: "Keys to press first, as the explorer reads them (for example \"]]}\").")
  var keys: String = ""

  func run() throws {
    try reportingFailures {
      let parts = size.lowercased().split(separator: "x").compactMap { Int($0) }
      guard parts.count == 2, parts[0] > 0, parts[1] > 0, parts[0] <= 1000, parts[1] <= 1000 else {
        throw Failure.usage("--size \(size): give COLUMNSxROWS, for example 120x32.")
      }
      Width.useUTF8Locale()
      let trace = try open(source.program)
      KeptUntilExit.keep(trace)
      var explorer = Explorer(trace: trace, program: source.program)
      let target = step < 0 ? trace.stepCount + step : step
      guard target >= 0 && target < trace.stepCount else {
        throw Failure.usage("--step \(step): the file has steps 0 to \(trace.stepCount - 1).")
      }
      explorer.go(toStep: target)
      for character in keys { try press(.char(character), on: &explorer) }
      let grid = explorer.view(width: parts[0], height: parts[1])
      if format == .svg {
        writeToStdout(Array(SVG.render(grid).utf8))
        return
      }
      let lines = format == .ansi ? grid.ansiLines : grid.lines
      writeToStdout(Array((lines.joined(separator: "\n") + "\n").utf8))
    }
  }
}
