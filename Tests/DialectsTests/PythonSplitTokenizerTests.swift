import Foundation
import ScopeEngine
import Testing

@testable import Dialects

/// A large Python source is tokenized in two halves at once (issue 9); the joined tokens
/// must be the one-piece tokens wherever the second half starts, and a split inside a
/// string, a bracket or a continued line must fall back to one piece.
@Suite("Python's tokenizer in two halves")
struct PythonSplitTokenizerTests {
  /// Sources whose lines start in every state the tokenizer has: indented blocks closed by
  /// the split line, strings and brackets across lines, continuations, CR LF, comments,
  /// blank lines, f-strings, and errors before and after the split.
  static let sources = [
    "def f(x):\n    if x:\n        return 1\n\n\nclass C:\n    pass\ny = f(2)\n",
    "s = '''\ndef g():\npass\n'''\nt = (1,\n2)\nu = 1 + \\\n2\nv = 3\n",
    "a = 1\r\nif a:\r\n    b = 2\r\nc = 3\r\n",
    "# comment\n\nx = 1\n    # indented comment\ny = f'{x!r:>{width}}'\nz = [\n  1]\n",
    "def f():\n    return 1\nx = 'unterminated\ny = 2\n",
    "def f():\n\tif 1:\n        return 2\nx = 1\n",
    "x = (\ny = 1\nz = 2\n",
    "if 1:\n  if 2:\n    if 3:\n      a = 1\nb = 2\nc = '''x\n'''\n",
  ]

  /// The tokens, kinds and error of `src` in one piece and joined at `split`.
  static func tokenize(_ text: String, splitAt split: Int?) -> ([Token], [PyTok], PySyntaxError?) {
    Array(text.utf8).withUnsafeBufferPointer { src in
      var tokenizer = PythonTokenizer(src)
      if let split {
        tokenizer.run(joiningAt: split) { PythonTokenizer.tokenize(src, from: split) }
      } else {
        tokenizer.run()
      }
      return (tokenizer.tokens, tokenizer.kinds, tokenizer.error)
    }
  }

  /// The offsets in `text` where a line starts (after a line feed).
  static func lineStarts(_ text: String) -> [Int] {
    Array(text.utf8).indices.dropFirst().filter { Array(text.utf8)[$0 - 1] == 0x0A }
  }

  @Test("Joined at any line start, the tokens are the one-piece tokens", arguments: sources)
  func joinedEqualsOnePiece(_ text: String) {
    let whole = Self.tokenize(text, splitAt: nil)
    for split in Self.lineStarts(text) {
      let joined = Self.tokenize(text, splitAt: split)
      #expect(joined.0 == whole.0, "split at \(split)")
      #expect(joined.1 == whole.1, "split at \(split)")
      #expect(joined.2?.token == whole.2?.token && joined.2?.message == whole.2?.message, "split at \(split)")
      #expect(joined.2?.line == whole.2?.line && joined.2?.column == whole.2?.column, "split at \(split)")
    }
  }

  @Test("Every sample program, joined at every line start, tokenizes as in one piece")
  func samplesJoinedEqualOnePiece() throws {
    let folder = samplesFolder.appendingPathComponent("python")
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".py") {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      let whole = Self.tokenize(text, splitAt: nil)
      for split in Self.lineStarts(text) {
        let joined = Self.tokenize(text, splitAt: split)
        #expect(joined.0 == whole.0 && joined.1 == whole.1, "\(name) split at \(split)")
      }
    }
  }

  @Test("A large module is split at a top-level definition, and a split inside a string is not taken")
  func largeModuleIsSplit() {
    let part = "def f(x):\n    s = '''\ndef g():\n'''\n    return [x for y in s]\n\n"
    let text = String(repeating: part, count: PythonTokenizer.minimumSplitSize / part.utf8.count + 2)
    let bytes = Array(text.utf8)
    let whole = Self.tokenize(text, splitAt: nil)
    bytes.withUnsafeBufferPointer { src in
      guard let split = PythonTokenizer.splitPoint(src) else {
        Issue.record("no split point")
        return
      }
      #expect(Array(bytes[split..<split + 6]) == Array("def f(".utf8))
      var tokenizer = PythonTokenizer(src)
      #expect(tokenizer.run(joiningAt: split) { PythonTokenizer.tokenize(src, from: split) }, "the split is taken")
      #expect(tokenizer.tokens == whole.0 && tokenizer.kinds == whole.1)
      let inString = split + Array(part.utf8).firstIndex(of: UInt8(ascii: "d"), after: 1)!
      #expect(Array(bytes[inString..<inString + 6]) == Array("def g(".utf8))
      var fallback = PythonTokenizer(src)
      #expect(!fallback.run(joiningAt: inString) { PythonTokenizer.tokenize(src, from: inString) }, "not taken")
      #expect(fallback.tokens == whole.0 && fallback.kinds == whole.1)
    }
  }
}

extension Array where Element == UInt8 {
  /// The first index of `byte` after index `start`.
  fileprivate func firstIndex(of byte: UInt8, after start: Int) -> Int? {
    self[(start + 1)...].firstIndex(of: byte)
  }
}
