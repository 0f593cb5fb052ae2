import Foundation
import Testing

/// The explorer in a real terminal: tmux runs the built binary; keys go in through
/// send-keys and the screen comes back through capture-pane.
@Suite("Explorer in a terminal", .serialized)
struct ExplorerTerminalTests {
  static let sizes = [(120, 32), (80, 24)]

  /// Starts the explorer on `arguments` at a size and waits for its first screen.
  func start(_ arguments: String = "", width: Int = 120, height: Int = 32) throws -> Tmux {
    let tmux = try Tmux(
      "cd '\(repositoryRoot.path)' && '\(scopewalkBinary.path)' \(arguments)", width: width, height: height)
    #expect(try tmux.wait(for: "? help"), "the first screen appears")
    return tmux
  }

  /// Presses q and checks that the explorer quit cleanly.
  func quit(_ tmux: Tmux) throws {
    try tmux.send("q")
    try expectRestored(tmux, status: 0)
  }

  /// Checks that the program exited with `status` and left the terminal as it found it.
  func expectRestored(_ tmux: Tmux, status: Int) throws {
    #expect(try tmux.wait(for: "EXIT=\(status)"), "exit status \(status)")
    #expect(try tmux.display("#{alternate_on}#{cursor_flag}") == "01", "alternate screen off, cursor visible")
    tmux.stop()
  }

  @Test("Open the built-in sample, step, step back, next event, and quit", arguments: sizes)
  func stepping(_ size: (Int, Int)) throws {
    let tmux = try start(width: size.0, height: size.1)
    #expect(try tmux.screen().joined().contains("closure.mk · monkey · clox · step 0/"))
    try tmux.send("Right", "Right")
    #expect(try tmux.wait(for: "step 2/"))
    try tmux.send("Left")
    #expect(try tmux.wait(for: "step 1/"))
    #expect(try tmux.coloured().contains("\u{1B}[30m\u{1B}[43mtotal"), "the current token is black on yellow")
    try tmux.send("]")
    #expect(try tmux.wait(for: "▸ intern makeAdder as name #7"))
    #expect(try tmux.screen().joined().contains("step 6/"))
    try quit(tmux)
  }

  @Test("A breakpoint, then run to it", arguments: sizes)
  func breakpoint(_ size: (Int, Int)) throws {
    let tmux = try start(width: size.0, height: size.1)
    try tmux.send(":", literal: true)
    try tmux.send("11", literal: true)
    try tmux.send("Enter")
    #expect(try tmux.wait(for: "11:1 "))
    try tmux.send("b", "g")
    #expect(try tmux.wait(for: "step 0/"))
    try tmux.send("c")
    #expect(try tmux.wait(for: "11:1 "))
    #expect(try tmux.screen().contains { $0.contains("11 ●▶") })
    try quit(tmux)
  }

  @Test("Find a name, then repeat the find", arguments: sizes)
  func findAndWhy(_ size: (Int, Int)) throws {
    let tmux = try start(width: size.0, height: size.1)
    try tmux.send("/", literal: true)
    try tmux.send("countDown", literal: true)
    try tmux.send("Enter")
    #expect(try tmux.wait(for: "intern countDown"))
    try tmux.send("*", literal: true)
    #expect(try tmux.wait(for: "define countDown:GLOBAL:"))
    try quit(tmux)
  }

  @Test("Help lists the keys and any key closes it", arguments: sizes)
  func help(_ size: (Int, Int)) throws {
    let tmux = try start(width: size.0, height: size.1)
    try tmux.send("?", literal: true)
    #expect(try tmux.wait(for: "Help · keys"))
    #expect(try tmux.screen().joined().contains("quit"))
    try tmux.send("Space")
    #expect(try tmux.wait(for: "? help"))
    try quit(tmux)
  }

  @Test("Resize to 60×20 shows the too-small screen; back restores the panes", arguments: sizes)
  func resize(_ size: (Int, Int)) throws {
    let tmux = try start(width: size.0, height: size.1)
    try tmux.resize(width: 60, height: 20)
    #expect(try tmux.wait(for: "terminal too small (need 80×24)"))
    try tmux.resize(width: size.0, height: size.1)
    #expect(try tmux.wait(for: "Resolution"))
    #expect(try tmux.screen().joined().contains("Scopes"))
    try quit(tmux)
  }

  @Test("SIGTERM, SIGINT, SIGHUP and SIGQUIT restore the terminal and exit 128+signal", arguments: [15, 2, 1, 3])
  func signals(_ signal: Int32) throws {
    let tmux = try start()
    let pid = try #require(try tmux.programPID())
    kill(pid, signal)
    try expectRestored(tmux, status: 128 + Int(signal))
  }

  @Test("A crash (SIGSEGV) still restores the terminal before the program dies")
  func crash() throws {
    let tmux = try Tmux(
      "cd '\(repositoryRoot.path)' && SWIFT_BACKTRACE=enable=no '\(scopewalkBinary.path)'", width: 120, height: 32)
    #expect(try tmux.wait(for: "? help"))
    let pid = try #require(try tmux.programPID())
    kill(pid, SIGSEGV)
    try expectRestored(tmux, status: 139)
  }

  @Test("On a terminal without colours the current token is in reverse video")
  func monochrome() throws {
    let tmux = try Tmux("cd '\(repositoryRoot.path)' && TERM=vt100 '\(scopewalkBinary.path)'", width: 120, height: 32)
    #expect(try tmux.wait(for: "? help"))
    try tmux.send("Right")
    #expect(try tmux.wait(for: "step 1/"))
    #expect(try tmux.coloured().contains("\u{1B}[1;7mtotal"), "bold and reverse instead of black on yellow")
    try quit(tmux)
  }

  @Test("A Bengali file opens with its text in place")
  func bengali() throws {
    let tmux = try start("sample-programs/bhasa/closures.bhasa")
    #expect(try tmux.wait(for: "ধরি গণক = ফাংশন() {"))
    try quit(tmux)
  }

  @Test("Without a terminal: one line on stderr and status 64")
  func notATerminal() throws {
    let outcome = try runScopewalk([])
    #expect(outcome.status == 64)
    #expect(outcome.stderr.hasPrefix("scopewalk: standard output is not a terminal"))
    #expect(outcome.stdout.isEmpty)
    let dumb = try runScopewalk([], environment: ["TERM": "dumb", "PATH": "/usr/bin:/bin"])
    #expect(dumb.status == 64)
  }
}

@Suite("Recording in a terminal")
struct RecordingTests {
  @Test("A session recorded in tmux replays to the same final screen")
  func recordThenReplay() throws {
    let folder = try temporaryFile("rec-\(UUID().uuidString.prefix(6))", [])
    try FileManager.default.removeItem(atPath: folder)
    try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    let tape = folder + "/session.tape"
    let tmux = try Tmux(
      "cd '\(repositoryRoot.path)' && '\(scopewalkBinary.path)' sample-programs/monkey/closures.mk --record '\(tape)'",
      width: 110, height: 34)
    #expect(try tmux.wait(for: "? help"))
    for key in ["Right", "Right", "]", "}", "Tab", "Down"] {
      try tmux.send(key)
      usleep(60_000)
    }
    #expect(try tmux.wait(for: "step "))
    usleep(200_000)
    let screen = try tmux.screen().prefix(34).map {
      $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
    }
    try tmux.send("q")
    #expect(try tmux.wait(for: "EXIT=0"))
    tmux.stop()
    let recorded = try String(contentsOfFile: tape, encoding: .utf8)
    #expect(recorded.hasSuffix("Type \"q\"\n"), "the quit key is recorded too")
    let replayTape = recorded.replacingOccurrences(
      of: "(?m)^Output .*$", with: "Output \(folder)/final.txt", options: .regularExpression)
    try Data(replayTape.utf8).write(to: URL(fileURLWithPath: tape))
    let outcome = try runScopewalk(["replay", tape])
    #expect(outcome.status == 0, "\(outcome.stderr)")
    let final = try String(contentsOfFile: "\(folder)/final.txt", encoding: .utf8).split(
      separator: "\n", omittingEmptySubsequences: false
    )
    .prefix(34).map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
    #expect(final == screen)
  }
}

/// Quiz mode in a real terminal, with its log.
@Suite("Quiz in a terminal", .serialized)
struct QuizTerminalTests {
  /// A fresh log path.
  func logPath() -> String {
    FileManager.default.temporaryDirectory.appendingPathComponent("scopewalk-quiz-\(UUID().uuidString.prefix(8)).jsonl")
      .path
  }

  /// Starts `scopewalk quiz` on a sample with a log and waits for the first question.
  func start(log: String, width: Int = 120, height: Int = 32) throws -> Tmux {
    let tmux = try Tmux(
      "cd '\(repositoryRoot.path)' && '\(scopewalkBinary.path)' quiz sample-programs/python/closures.py --log '\(log)'",
      width: width, height: height)
    #expect(try tmux.wait(for: "Which"), "the first question appears")
    return tmux
  }

  /// The log's JSON objects.
  func objects(_ log: String) throws -> [[String: Any]] {
    let text = try String(contentsOfFile: log, encoding: .utf8)
    return try text.split(separator: "\n").map {
      try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any]
    }
  }

  @Test(
    "Answer, go on, skip, quit: each answer is in the log as given, then the summary", arguments: [(120, 32), (80, 24)])
  func answers(_ size: (Int, Int)) throws {
    let log = logPath()
    defer { try? FileManager.default.removeItem(atPath: log) }
    let tmux = try start(log: log, width: size.0, height: size.1)
    try tmux.send("1")
    #expect(try tmux.wait(for: "quiz 1/1"))
    #expect(try objects(log).count == 1, "written when answered")
    try tmux.send("Right")
    #expect(try tmux.wait(for: "question 2") || tmux.wait(for: "Which"))
    try tmux.send("s")
    #expect(try tmux.wait(for: "skipped"))
    try tmux.send("q")
    #expect(try tmux.wait(for: "EXIT=0"))
    #expect(try tmux.display("#{alternate_on}#{cursor_flag}") == "01", "alternate screen off, cursor visible")
    tmux.stop()
    let lines = try objects(log)
    #expect(lines.count == 3)
    #expect(lines[0]["question"] as? Int == 1 && lines[0]["name"] as? String == "start")
    #expect(lines[0]["answer"] as? Int == 1 && lines[0]["correct"] as? Bool == true)
    #expect(lines[1]["question"] as? Int == 2 && lines[1]["answer"] is NSNull)
    let summary = try #require(lines[2]["summary"] as? [String: Int])
    #expect(summary == ["asked": 2, "answered": 1, "correct": 1, "skipped": 1])
  }

  @Test("SIGINT and SIGTERM in quiz mode leave the terminal clean and the log's summary written", arguments: [2, 15])
  func signals(_ signal: Int32) throws {
    let log = logPath()
    defer { try? FileManager.default.removeItem(atPath: log) }
    let tmux = try start(log: log)
    try tmux.send("0")
    #expect(try tmux.wait(for: "quiz 0/1"))
    let pid = try #require(try tmux.programPID())
    kill(pid, signal)
    #expect(try tmux.wait(for: "EXIT=\(128 + signal)"))
    #expect(try tmux.display("#{alternate_on}#{cursor_flag}") == "01")
    tmux.stop()
    let lines = try objects(log)
    #expect(lines.count == 2)
    #expect((lines[1]["summary"] as? [String: Int])?["asked"] == 1)
  }
}
