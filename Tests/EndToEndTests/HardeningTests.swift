import Foundation
import Glibc
import Testing

/// Bad input and bad outputs: one line and the right status, never a hang or a crash.
@Suite("Hardening")
struct HardeningTests {
  @Test("A FIFO and a device are refused before anything is read: one line, status 66")
  func notFiles() throws {
    let fifo = FileManager.default.temporaryDirectory.appendingPathComponent("scopewalk-fifo-\(getpid())").path
    unlink(fifo)
    #expect(mkfifo(fifo, 0o600) == 0)
    defer { unlink(fifo) }
    let fromFIFO = try runScopewalk(["trace", "--lang", "lox", fifo])
    #expect(fromFIFO.status == 66)
    #expect(fromFIFO.stderr == "scopewalk: \(fifo): is a FIFO, not a regular file; give scopewalk a source file.\n")
    let zero = try runScopewalk(["trace", "--lang", "monkey", "/dev/zero"])
    #expect(zero.status == 66 && zero.stderr.split(separator: "\n").count == 1)
  }

  @Test("A file over 256 MiB is refused from its size alone: one line, status 66")
  func tooLarge() throws {
    let path = try temporaryFile("huge.mk", [])
    #expect(truncate(path, 300 << 20) == 0)
    defer { unlink(path) }
    let outcome = try runScopewalk(["trace", path])
    #expect(outcome.status == 66)
    #expect(outcome.stderr.hasSuffix("is 300 MiB; scopewalk reads files of up to 256 MiB.\n"))
  }

  @Test("Writing to a full device is a one-line error and status 74", arguments: ["trace", "render"])
  func fullDevice(_ command: String) throws {
    let outcome = try runShell("'\(scopewalkBinary.path)' \(command) sample-programs/lox/counter.lox > /dev/full")
    #expect(outcome.status == 74)
    #expect(outcome.stderr == "scopewalk: standard output: no space left on device; nothing more was written.\n")
  }

  @Test("A message that quotes a token is one line: control characters escaped, long text cut")
  func oneLineMessages() throws {
    let path = try temporaryFile("open.ps", Array("\"open\nlet x : int = 1;\nmore text\n".utf8))
    let outcome = try runScopewalk(["check", path])
    #expect(outcome.status == 65)
    #expect(outcome.stderr.contains(#"found '"open\nlet x : int = 1;\nmore text\n'"#))
    #expect(outcome.stderr.split(separator: "\n").count == 3, "one line per diagnostic")
  }

  @Test("clox reports an unterminated string on the line where scanning stopped")
  func loxUnterminatedString() throws {
    let path = try temporaryFile("open.lox", Array("var a = 1;\nprint \"open\nmore\nlines\n".utf8))
    #expect(try runScopewalk(["check", path]).stderr == "[line 5] Error: Unterminated string.\n")
  }

  @Test("Bidirectional controls (Trojan Source) are shown escaped, in every render format")
  func bidi() throws {
    let path = try temporaryFile("bidi.py", Array("s = \"\u{202E} abc\"  # \u{2066}x\u{2069}\n".utf8))
    for format in ["text", "ansi", "svg"] {
      let outcome = try runScopewalk(["render", path, "--format", format])
      #expect(outcome.status == 0)
      #expect(
        !outcome.stdout.unicodeScalars.contains {
          (0x202A...0x202E).contains($0.value) || (0x2066...0x2069).contains($0.value)
        })
      #expect(outcome.stdout.contains("\\u{202e}"), "\(format)")
    }
    let text = try runScopewalk(["trace", path, "--format", "text"])
    #expect(!text.stdout.unicodeScalars.contains { $0.value == 0x202E })
  }
}

/// Output proportional to the input.
@Suite("One diagnostic per cause")
struct OneDiagnosticPerCauseTests {
  @Test("20,000 unclosed brackets and a 50 KB name: one diagnostic, well under 10 MB of JSON Lines")
  func brackets() throws {
    let path = try temporaryFile(
      "amplify.mk", Array((String(repeating: "[", count: 20_000) + String(repeating: "a", count: 50_000) + "\n").utf8))
    let check = try runScopewalk(["check", path])
    #expect(check.stderr.split(separator: "\n").count == 1)
    let trace = try runScopewalk(["trace", path])
    #expect(trace.stdout.utf8.count < 10_000_000)
  }
}
