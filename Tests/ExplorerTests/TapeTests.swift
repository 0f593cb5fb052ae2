import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif
import ScopeEngine
import Dialects
import Testing
import Screen

@testable import Explorer

@Suite("Tapes")
struct TapeTests {
  @Test("Every command parses")
  func commands() throws {
    let tape = try TapeParser.parse(
      """
      # a comment
      Output demo.cast
      Set Width 100
      Set Height 30
      Set TypingSpeed 50ms
      Set KeyOverlay on
      Open sample.mk --lang monkey --profile jikes
      Right 3
      Left
      Type "a\\"b"
      Sleep 1.5s
      Hide
      Show
      Screenshot shot.svg
      Caption "hello"   # trailing comment
      Space
      Enter
      """)
    #expect(
      tape.commands == [
        .output("demo.cast"), .width(100), .height(30), .typingSpeed(milliseconds: 50), .keyOverlay(true),
        .open(Program(.file("sample.mk"), lang: .monkey, profile: .jikes)), .keys([.right, .right, .right]),
        .keys([.left]),
        .keys([.char("a"), .char("\""), .char("b")]), .sleep(milliseconds: 1500), .hide, .show, .screenshot("shot.svg"),
        .caption("hello"), .keys([.char(" ")]), .keys([.enter]),
      ])
  }

  /// (tape text, the error's "line:col: message")
  static let errors: [(String, String)] = [
    ("Jump", "1:1: expected \(TapeParser.commandWords), got \"Jump\""),
    ("Right\nSet Width", "2:10: expected a number after Set Width"),
    ("Set Width 5", "1:11: expected a number from 20 to 1000, got \"5\""),
    ("Set Colour red", "1:5: expected Width, Height, TypingSpeed or KeyOverlay, got \"Colour\""),
    ("Sleep soon", "1:7: expected a duration like 500ms or 2s, got \"soon\""),
    ("Type abc", "1:6: expected a quoted string after Type, got abc"),
    ("Caption \"open", "1:9: unterminated string: add a closing \""),
    ("Screenshot shot.png", "1:12: expected a .svg file name, got \"shot.png\""),
    ("Open a.mk --colour x", "1:11: expected --lang or --profile, got \"--colour\""),
    ("Right 0", "1:7: expected a count from 1 to 10000, got 0"),
    ("Hide now", "1:6: unexpected \"now\" at the end of the line"),
    ("Set KeyOverlay maybe", "1:16: expected on or off, got \"maybe\""),
    ("Output", "1:7: expected a file name after Output"),
  ]

  @Test("Every error names its line and column and what was expected", arguments: errors.indices)
  func error(_ i: Int) {
    let (text, expected) = Self.errors[i]
    #expect(throws: (any Error).self) { try TapeParser.parse(text) }
    do {
      _ = try TapeParser.parse(text)
    } catch {
      #expect(error.description == expected)
    }
  }

  /// A replay of `text` over the closure program.
  static func replay(_ text: String) throws -> Replay {
    let tape = try TapeParser.parse(text)
    return try Player.play(tape) { _ in explorer(closureProgram).trace }
  }

  @Test("A replay makes a frame per key, times from the typing speed and sleeps, and scope markers")
  func frames() throws {
    let replay = try Self.replay("Set TypingSpeed 100ms\nOpen t.mk\nSleep 1s\nType \"}\"\nHide\nRight\nShow\n")
    #expect(replay.frames.map(\.time) == [0, 1100, 1200])
    #expect(replay.frames[1].markers == ["push fn f#1"])
    #expect(replay.frames[0].markers == ["open t.mk"])
  }

  @Test("A caption is a bar on the bottom line and a marker; the key overlay shows the key")
  func captionAndOverlay() throws {
    let replay = try Self.replay("Set KeyOverlay on\nOpen t.mk\nCaption \"Look here\"\nRight\n")
    let last = replay.finalGrid!.lines
    #expect(last.last!.hasPrefix(" Look here"))
    #expect(last[0].contains(" → "))
    #expect(replay.frames.flatMap(\.markers).contains("caption: Look here"))
  }

  @Test("Autoplay ticks while the tape sleeps")
  func autoplay() throws {
    let replay = try Self.replay("Open t.mk\nType \"a\"\nSleep 1s\n")
    #expect(replay.frames.count == 2 + 4)
  }

  @Test("The same tape replays to the same bytes")
  func deterministic() throws {
    let text = "Set KeyOverlay on\nOpen t.mk\nRight 5\nCaption \"x\"\nType \"]}\"\nSleep 300ms\n"
    let first = Asciicast.encode(try Self.replay(text))
    let second = Asciicast.encode(try Self.replay(text))
    #expect(first == second)
  }

  @Test("The asciicast is v2: a header with width and height, then o and m events at times that never go back")
  func asciicastShape() throws {
    let cast = Asciicast.encode(try Self.replay("Set Width 90\nSet Height 26\nOpen t.mk\nType \"}}\"\nCaption \"c\"\n"))
    let lines = String(decoding: cast, as: UTF8.self).split(separator: "\n")
    let header = try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as! [String: Any]
    #expect(header["version"] as? Int == 2 && header["width"] as? Int == 90 && header["height"] as? Int == 26)
    var time = 0.0
    var kinds: Set<String> = []
    for line in lines.dropFirst() {
      let event = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [Any]
      let t = event[0] as! Double
      #expect(t >= time)
      time = t
      kinds.insert(event[1] as! String)
      #expect(event[2] is String)
    }
    #expect(kinds == ["o", "m"])
  }

  @Test("A recorded session's tape replays the same keys at the same times")
  func recordedTape() throws {
    let text = TapeWriter.tape(
      file: "t.mk", lang: nil, profile: "jikes", width: 100, height: 30,
      keys: [(.right, 0.5), (.char("\""), 0.75), (.char(" "), 1.0)], output: "t.cast")
    let tape = try TapeParser.parse(text)
    #expect(
      tape.commands == [
        .output("t.cast"), .width(100), .height(30), .typingSpeed(milliseconds: 0),
        .open(Program(.file("t.mk"), profile: .jikes)), .sleep(milliseconds: 500), .keys([.right]),
        .sleep(milliseconds: 250), .keys([.char("\"")]), .sleep(milliseconds: 250), .keys([.char(" ")]),
      ])
  }

  @Test("A tape drives a quiz like any other keys: the question, then the verdict and the score")
  func quiz() throws {
    let replay = try TapeTests.replay("Open t.mk\nType \"Q\"\nType \"0\"\n")
    #expect(replay.frames[1].grid.lines.contains { $0.contains("Which ") })
    let last = try #require(replay.finalGrid)
    #expect(last.lines.last!.contains("quiz "))
    #expect(last.lines.contains { $0.contains("✓") || $0.contains("✗") })
  }
}

@Suite("SVG")
struct SVGTests {
  @Test("Well-formed XML with one text element per styled span")
  func wellFormed() throws {
    var grid = Grid(width: 12, height: 2)
    grid.put("ab", x: 0, y: 0, style: .error)
    grid.put("cd", x: 2, y: 0, style: .plain)
    grid.put("<&>", x: 0, y: 1, style: .title)
    let svg = SVG.render(grid)
    let parser = XMLParser(data: Data(svg.utf8))
    #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    let texts = svg.components(separatedBy: "<text ").count - 1
    #expect(texts == 3)
    #expect(svg.contains(">&lt;&amp;&gt;</text>"))
  }

  @Test("Bengali and CJK text are stretched to exactly their cell widths")
  func widths() {
    Width.useUTF8Locale()
    var grid = Grid(width: 20, height: 2)
    grid.put("ধরি যোগফল", x: 0, y: 0, style: .title)
    grid.put("漢字", x: 0, y: 1, style: .title)
    let svg = SVG.render(grid)
    let bengaliCells = Width.of("ধরি যোগফল")
    #expect(svg.contains("textLength=\"\(SVG.format(Double(bengaliCells) * SVG.cellWidth))\""))
    #expect(svg.contains("textLength=\"\(SVG.format(4 * SVG.cellWidth))\""))
  }

  @Test("Every key the explorer reads is written to a tape by a name that reads back as the same key")
  func everyKeyRoundTrips() throws {
    let keys: [Key] = [
      .right, .left, .up, .down, .pageUp, .pageDown, .home, .end, .tab, .backTab, .enter, .escape, .backspace,
      .char(" "), .char("?"), .char("\""), .char("\\"), .char("ক"),
    ]
    for key in keys {
      let tape = try TapeParser.parse(TapeWriter.command(for: key))
      #expect(tape.commands == [.keys([key])], "\(key.label)")
    }
  }
}

@Suite("Tapes, read as people write them")
struct TapeInputTests {
  @Test("CRLF line ends and a byte-order mark are read as in source files")
  func crlfAndBOM() throws {
    let tape = try TapeParser.parse("\u{FEFF}Set Width 90\r\nRight 2\r\nType \"x\"\r\n")
    #expect(tape.commands == [.width(90), .keys([.right, .right]), .keys([.char("x")])])
  }

  @Test("Type is limited like a key count")
  func typeLimit() {
    let text = "Type \"" + String(repeating: "a", count: 10_001) + "\""
    #expect(throws: TapeError.self) { try TapeParser.parse(text) }
  }
}
