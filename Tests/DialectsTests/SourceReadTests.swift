import Foundation
import Testing

@testable import Dialects

@Suite("Reading a source file")
struct SourceReadTests {
  /// Writes `bytes` to a fresh file and reads it back with `readAll`, told to expect
  /// `expected` bytes (what `fstat` said before the file changed).
  private func readBack(_ bytes: [UInt8], expecting expected: Int) throws -> [UInt8] {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("scopewalk-read-\(UUID()).mk").path
    FileManager.default.createFile(atPath: path, contents: Data(bytes))
    defer { try? FileManager.default.removeItem(atPath: path) }
    let fd = open(path, O_RDONLY)
    defer { close(fd) }
    return try SourceFile.readAll(fd, path: path, expecting: expected)
  }

  /// 200 KB of text, more than one read's chunk.
  let text = (0..<20_000).flatMap { Array("let v\($0 % 97) = \($0);\n".prefix(10).utf8) }

  @Test("A file read whole: as large as it was, grown since it was checked, or shrunk")
  func readsEveryByte() throws {
    #expect(try readBack(text, expecting: text.count) == text)
    #expect(try readBack(text, expecting: 10) == text)
    #expect(try readBack(text, expecting: 0) == text)
    #expect(try readBack(text, expecting: text.count * 2) == text)
    #expect(try readBack([], expecting: 0) == [])
  }

  @Test("A file read through the checks gives its bytes")
  func readThroughChecks() throws {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("scopewalk-read-\(UUID()).mk").path
    FileManager.default.createFile(atPath: path, contents: Data(text))
    defer { try? FileManager.default.removeItem(atPath: path) }
    #expect(try SourceFile.read(path: path).bytes == text)
  }
}
