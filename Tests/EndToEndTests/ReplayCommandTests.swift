import Foundation
import Testing
import Screen

/// The Python tools `.ci/run` installs (asciinema 2.4, pyte), when they are there.
let toolsPython = repositoryRoot.appendingPathComponent(".venv-tools/bin/python").path
let haveTools = FileManager.default.isExecutableFile(atPath: toolsPython)

/// A tape over the Monkey closures sample that writes its files into `folder`.
func sampleTape(in folder: String) -> String {
  """
  Output \(folder)/demo.cast
  Output \(folder)/demo.txt
  Set Width 100
  Set Height 30
  Set TypingSpeed 40ms
  Set KeyOverlay on
  Open sample-programs/monkey/closures.mk
  Caption "three levels deep"
  Type ":15"
  Enter
  Right 4
  Screenshot \(folder)/shot.svg
  Type "]]}"
  Sleep 200ms
  """
}

@Suite("scopewalk replay", .serialized)
struct ReplayCommandTests {
  /// Plays the sample tape into a fresh folder; returns the folder.
  func play() throws -> String {
    let folder = try temporaryFile("replay-\(UUID().uuidString.prefix(6))", [])
    try FileManager.default.removeItem(atPath: folder)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let tape = folder + "/demo.tape"
    try Data(sampleTape(in: folder).utf8).write(to: URL(fileURLWithPath: tape))
    let outcome = try runScopewalk(["replay", tape])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    return folder
  }

  @Test("Replay writes the cast, the text frame and the screenshot; twice gives the same bytes")
  func identical() throws {
    let a = try play()
    let b = try play()
    for name in ["demo.cast", "demo.txt", "shot.svg"] {
      let first = try Data(contentsOf: URL(fileURLWithPath: "\(a)/\(name)"))
      let second = try Data(contentsOf: URL(fileURLWithPath: "\(b)/\(name)"))
      #expect(!first.isEmpty && first == second, "\(name)")
    }
    let text = try String(contentsOfFile: "\(a)/demo.txt", encoding: .utf8)
    #expect(text.contains("three levels deep"))
  }

  @Test("A mistake in a tape is reported as TAPE:LINE:COL with status 65")
  func badTape() throws {
    let tape = try temporaryFile("bad.tape", Array("Open x.mk\nJump 3\n".utf8))
    let outcome = try runScopewalk(["replay", tape])
    #expect(outcome.status == 65)
    #expect(outcome.stderr.contains("bad.tape:2:1: expected Output, Set"))
  }

  @Test("asciinema 2.4 accepts the cast", .enabled(if: haveTools, "needs .venv-tools from .ci/run"))
  func asciinemaAccepts() throws {
    let folder = try play()
    let status = spawn([repositoryRoot.path + "/.venv-tools/bin/asciinema", "cat", "\(folder)/demo.cast"]).status
    #expect(status == 0)
  }

  @Test(
    "Played into a terminal emulator, the cast ends on the text frame",
    .enabled(if: haveTools, "needs .venv-tools from .ci/run"))
  func emulatorAgrees() throws {
    let folder = try play()
    let script = """
      import json, sys, pyte
      lines = open(sys.argv[1], encoding="utf-8").read().split("\\n")
      header = json.loads(lines[0])
      screen = pyte.Screen(header["width"], header["height"])
      stream = pyte.Stream(screen)
      for line in lines[1:]:
          if not line: continue
          t, kind, data = json.loads(line)
          if kind == "o": stream.feed(data)
      print("\\n".join(row.rstrip() for row in screen.display))
      """
    let output = spawn([toolsPython, "-c", script, "\(folder)/demo.cast"]).output
    let text = try String(contentsOfFile: "\(folder)/demo.txt", encoding: .utf8)
    let expected = text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map {
      $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }
    #expect(output.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init) == expected)
  }
}
