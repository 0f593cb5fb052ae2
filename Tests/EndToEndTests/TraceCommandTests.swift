import Foundation
import Testing

@Suite("scopewalk trace")
struct TraceCommandTests {
  @Test("A clean program traces with status 0, one JSON object per line")
  func cleanProgram() throws {
    let outcome = try runScopewalk(["trace", "sample-programs/monkey/closures.mk"])
    #expect(outcome.status == 0)
    let lines = outcome.stdout.split(separator: "\n")
    #expect(lines.count > 50)
    for line in lines {
      let object = try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any]
      #expect(object?["event"] is String && object?["step"] is Int && object?["col"] is Int)
    }
  }

  @Test("A program with static errors traces with status 65")
  func programErrors() throws {
    let outcome = try runScopewalk(["trace", "--format", "none", "sample-programs/monkey/errors.mk"])
    #expect(outcome.status == 65)
    #expect(outcome.stdout.isEmpty)
  }

  @Test("Usage errors exit 64 with one line that says what to do")
  func usage() throws {
    let unknown = try runScopewalk(["trace", "README.md"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("pass --lang"))
    #expect(unknown.stderr.split(separator: "\n").count == 1)
    #expect(try runScopewalk(["trace", "--format", "xml", "sample-programs/monkey/closures.mk"]).status == 64)
  }

  @Test("Named values are listed by name: in the error for a bad one, in help, and in the completions")
  func namedValues() throws {
    let bad = try runScopewalk(["trace", "--lang", "cobol", "x.mk"])
    #expect(bad.status == 64)
    #expect(bad.stderr.contains("  - monkey\n  - bhasa\n  - lox\n  - parasheet\n  - chirp\n  - glang\n  - python"))
    let help = try runScopewalk(["trace", "--help"])
    #expect(help.stdout.contains("(values: jsonl, text, none, symtable;"), "\(help.stdout)")
    #expect(help.stdout.contains("(values: teaching, jikes; default: teaching)"), "\(help.stdout)")
    let completion = try runScopewalk(["--generate-completion-script", "fish"])
    #expect(completion.stdout.contains("monkey bhasa lox parasheet chirp glang python"), "\(completion.stdout)")
  }

  @Test("A missing file, a directory, invalid UTF-8 and a binary file exit 66 naming the file")
  func unreadable() throws {
    let missing = try runScopewalk(["trace", "nowhere.mk"])
    #expect(missing.status == 66 && missing.stderr.contains("nowhere.mk"))
    let directory = try runScopewalk(["trace", "--lang", "monkey", "sample-programs"])
    #expect(directory.status == 66 && directory.stderr.contains("directory"))
    let invalid = try temporaryFile("invalid.mk", Array("let x = ".utf8) + [0xFF, 0xFE])
    let notText = try runScopewalk(["trace", invalid])
    #expect(notText.status == 66 && notText.stderr.contains("not UTF-8"))
    let binary = try temporaryFile("binary.mk", [0x7F, 0x45, 0x4C, 0x46, 0, 0])
    #expect(try runScopewalk(["trace", binary]).status == 66)
  }

  @Test("--stats prints the counts and the speed to stderr; --format text is one line per event")
  func statsAndText() throws {
    let outcome = try runScopewalk(["trace", "--format", "text", "--stats", "sample-programs/bhasa/closures.bhasa"])
    #expect(outcome.status == 0)
    for field in ["tokens", "steps", "events", "scopes", "seconds", "tokens/s"] {
      #expect(outcome.stderr.contains(field))
    }
    #expect(outcome.stderr.contains("\nbytes/token "))
    #expect(outcome.stdout.contains("captured as FREE 0"))
  }

  @Test("--profile and --lang are honoured")
  func profileAndLang() throws {
    let jikes = try runScopewalk([
      "trace", "--profile", "jikes", "--format", "text", "sample-programs/monkey/closures.mk",
    ])
    #expect(jikes.stdout.contains("chain"))
    let source = try temporaryFile("prog.txt", Array("let a = 1; a;".utf8))
    let asMonkey = try runScopewalk(["trace", "--lang", "monkey", "--format", "text", source])
    #expect(asMonkey.status == 0 && asMonkey.stdout.contains("a:GLOBAL:0"))
  }
}

@Suite("scopewalk check")
struct CheckCommandTests {
  @Test("Lox errors print in clox's format on stderr, in order, with status 65")
  func lox() throws {
    let outcome = try runScopewalk(["check", "sample-programs/lox/errors.lox"])
    #expect(outcome.status == 65)
    #expect(outcome.stdout.isEmpty)
    let lines = outcome.stderr.split(separator: "\n")
    #expect(lines.count == 8)
    #expect(lines.first == "[line 5] Error at 'a': Already a variable with this name in this scope.")
    #expect(lines.last == "[line 20] Error at 'super': Can't use 'super' outside of a class.")
  }

  @Test("The other dialects print FILE:LINE:COL: error: message, by position")
  func others() throws {
    let outcome = try runScopewalk(["check", "sample-programs/monkey/errors.mk"])
    #expect(outcome.status == 65)
    #expect(
      outcome.stderr.split(separator: "\n") == [
        "sample-programs/monkey/errors.mk:4:31: error: undefined variable isOdd",
        "sample-programs/monkey/errors.mk:7:14: error: no prefix parse function for ; found",
        "sample-programs/monkey/errors.mk:9:6: error: undefined variable missing",
      ])
  }

  @Test("A clean file prints nothing and exits 0")
  func clean() throws {
    let outcome = try runScopewalk(["check", "sample-programs/lox/classes.lox"])
    #expect(outcome.status == 0 && outcome.stderr.isEmpty)
  }
}
