import Foundation
import ScopeEngine
import Testing

@testable import Dialects

@Suite("Sample programs")
struct SampleProgramTests {
  static let monkeyAndBhasa =
    sampleFiles("monkey") + sampleFiles("bhasa") + sampleFiles("lox") + sampleFiles("parasheet") + sampleFiles("chirp")
    + sampleFiles("glang") + sampleFiles("python")

  @Test("There are at least six samples per dialect")
  func enoughSamples() {
    #expect(sampleFiles("monkey").count >= 6)
    #expect(sampleFiles("bhasa").count >= 6)
    #expect(sampleFiles("lox").count >= 6)
    #expect(sampleFiles("parasheet").count >= 5)
    #expect(sampleFiles("chirp").count >= 5)
    #expect(sampleFiles("glang").count >= 5)
    #expect(sampleFiles("python").count >= 6)
  }

  @Test("Every identifier reference binds as the sample's comments say", arguments: monkeyAndBhasa)
  func bindings(_ url: URL) throws {
    let text = try String(contentsOf: url, encoding: .utf8)
    let dialect = Dialect(path: url.path)!
    let relative = "sample-programs/\(url.deletingLastPathComponent().lastPathComponent)/\(url.lastPathComponent)"
    let trace = dialect.analyze(SourceFile(path: relative, text: text), imports: .disk)
    let expected = SampleExpectations(text: text)
    let facts = try TraceFacts(trace: trace)
    #expect(facts.bindings == expected.bindings)
    #expect(facts.diagnostics == expected.diagnostics)
  }
}
