import Dialects
import Foundation
import ScopeEngine
import Screen
import Testing

@testable import Explorer

/// The rule is never cut off: at every step of every sample that looks a name up, the
/// screen holds each note of the lookup's path and the whole narration, and names every
/// scope on the stack, at 120×32 and at 80×24.
@Suite("Every lookup shown whole")
struct WholeLookupTests {
  /// Every sample program, as a path from the repository root.
  static let samples: [String] = {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent()
    let folder = root.appendingPathComponent("sample-programs")
    let dialects = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?.sorted() ?? []
    return dialects.flatMap { dialect in
      ((try? FileManager.default.contentsOfDirectory(atPath: folder.appendingPathComponent(dialect).path)) ?? [])
        .sorted().map { root.appendingPathComponent("sample-programs/\(dialect)/\($0)").path }
    }.filter { Dialect(path: $0) != nil }
  }()

  /// The ASCII of the text (notes, labels and punctuation; Bengali names are compared by
  /// their width elsewhere), with box drawing removed and runs of spaces made one.
  func flat(_ lines: [String]) -> String {
    lines.joined(separator: " ").unicodeScalars.map { $0.isASCII ? Character($0) : " " }.reduce(into: "") { text, c in
      if c == " " && text.last == " " { return }
      text.append(c)
    }
  }

  /// The rows of `grid` from column `left` on (the right-hand panes, which sit beside the
  /// Source pane).
  func right(_ grid: Grid, from left: Int) -> [String] {
    (0..<grid.height).map { y in (left..<grid.width).map { grid[$0, y].text }.joined() }
  }

  @Test("Each path note, the narration and every scope on the stack are on screen", arguments: samples)
  func wholeLookups(_ path: String) throws {
    let dialect = try #require(Dialect(path: path))
    let trace = dialect.analyze(try SourceFile.read(path: path), imports: .disk)
    var model = Explorer(trace: trace, program: Program(.file(path)))
    for step in 0..<trace.stepCount {
      let range = trace.eventRange(ofStep: step)
      guard let index = range.last(where: { trace.events[$0].kind == .resolve }),
        case .resolve(let r) = trace.happening(at: index)
      else { continue }
      model.go(toStep: step)
      let notes = trace.engine.path(of: r).map { $0.found ? "found:" : "\($0.note)" }
      let narration = flat([NarrationBar(explorer: model).sentence])
      let scopes = model.state.stack.map { flat([trace.engine.label(of: $0)]) }
      let wideGrid = model.view(width: 120, height: 32)
      let wide = flat(right(wideGrid, from: 54))
      for note in notes { #expect(wide.contains(note), "120×32 \(path) step \(step): \(note)") }
      #expect(flat(wideGrid.lines).contains(narration), "120×32 \(path) step \(step): narration")
      for scope in scopes { #expect(wide.contains(scope), "120×32 \(path) step \(step): \(scope)") }
      var narrow = model
      _ = narrow.update(.char("3"))
      let narrowGrid = narrow.view(width: 80, height: 24)
      let pathTab = flat(right(narrowGrid, from: 40))
      for note in notes { #expect(pathTab.contains(note), "80×24 \(path) step \(step): \(note)") }
      #expect(flat(narrowGrid.lines).contains(narration), "80×24 \(path) step \(step): narration")
      _ = narrow.update(.char("1"))
      let scopesTab = flat(right(narrow.view(width: 80, height: 24), from: 40))
      for scope in scopes { #expect(scopesTab.contains(scope), "80×24 \(path) step \(step): \(scope)") }
    }
  }
}
