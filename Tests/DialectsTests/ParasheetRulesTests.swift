import ScopeEngine
import Testing

@testable import Dialects

@Suite("Parasheet rules")
struct ParasheetRulesTests {
  /// (program, every reference in resolution order)
  static let cases: [(String, [String])] = [
    ("= let x : int = 1; let y : int = x;", ["x:GLOBAL:0"]),
    ("= let x : int = 1; { let x : int = 2; let y : int = x; } let z : int = x;", ["x:LOCAL:1", "x:GLOBAL:0"]),
    ("= let x : int = 1; let x : int = 2; let y : int = x;", ["x:GLOBAL:1"]),
    ("= let x : int = 1; { x = 2; let y : int = x; } let z : int = x;", ["x:GLOBAL:0", "x:LOCAL:1", "x:GLOBAL:0"]),
    ("= let x : int = 1; x = x + 1; let y : int = x;", ["x:GLOBAL:0", "x:GLOBAL:0", "x:GLOBAL:0"]),
    ("=(a: int) for (i, 1:a) i;", ["a:GLOBAL:0", "i:GLOBAL:1"]),
    ("= let y : int = nope;", ["nope:unresolved"]),
    ("= let c : cell = #A1 + sum(#A1:#B2);", []),
  ]

  @Test(
    "References: top scope down, first hit wins; inserts overwrite; assignment copies into the top scope",
    arguments: cases.indices)
  func references(_ i: Int) {
    let (source, expected) = Self.cases[i]
    #expect(bindings(.parasheet, source) == expected, "\(source)")
  }

  @Test("An assignment in a block is recorded as a copy, and narrated so")
  func shadowCopy() {
    let trace = Dialect.parasheet.analyze(SourceFile(path: "t.ps", text: "= let x : int = 1; { x = 5; }"))
    let copy = trace.events.lastIndex { $0.kind == .define }!
    guard case .define(let definition) = trace.happening(at: copy) else { return }
    #expect(definition.copyOf != nil)
    #expect(
      Narrator(trace: trace).sentence(forEvent: copy)
        == "x = … wrote a new x into block#1 (bucket 1); the x in global keeps its value")
  }

  @Test("The parasheet profile's growth is visible step by step: 0→2, 2→4, 4→8, 8→16, 16→32")
  func growth() {
    let source = "=" + (0..<10).map { "let v\($0) : int = \($0);" }.joined()
    let trace = Dialect.parasheet.analyze(SourceFile(path: "t.ps", text: source))
    let grows = trace.events.indices.compactMap { event -> String? in
      guard case .grow(.some, let from, let to) = trace.happening(at: event) else { return nil }
      return "\(from)→\(to)"
    }
    #expect(grows == ["0→2", "2→4", "4→8", "8→16", "16→32"])
  }

  @Test("Diagnostics: FILE:LINE:COL: error: message")
  func diagnostics() {
    #expect(
      report(.parasheet, "let a : int = 1;\n= x;\ny + 1;") == [
        "t.ps:1:1: error: expected '=' to start the cell program, found 'let'",
        "t.ps:2:1: error: expected an expression, found '='",
        "t.ps:3:1: error: y is not defined: the lookup reached the bottom scope and returned an INVALID entry",
      ])
  }
}
