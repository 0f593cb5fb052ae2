import ScopeEngine
import Testing

@testable import Dialects

/// The free list of each function scope, in pop order: `[[a:LOCAL:0], …]`.
func freeLists(_ dialect: Dialect, _ source: String) -> [[String]] {
  let trace = dialect.analyze(SourceFile(path: "test", text: source))
  let popped = trace.events.indices.compactMap { event -> Scope? in
    guard case .pop(let id) = trace.happening(at: event) else { return nil }
    return trace.engine.scope(id)
  }
  return popped.filter { $0.kind == .function }
    .map { $0.captures.map { trace.engine.describe($0.from) } }
}

@Suite("Monkey and Bhasa rules, from source")
struct MonkeyRulesTests {
  /// (program, bindings in resolution order, free lists in pop order)
  static let monkey: [(String, [String], [[String]])] = [
    ("let a = 1; let b = 2; a; b;", ["a:GLOBAL:0", "b:GLOBAL:1"], []),
    ("fn() { let c = 1; let d = 2; c; d }", ["c:LOCAL:0", "d:LOCAL:1"], [[]]),
    ("fn(a) { fn(b) { a + b } }", ["a:FREE:0", "b:LOCAL:0"], [["a:LOCAL:0"], []]),
    (
      "fn(a) { fn(b) { fn(c) { a + b + c } } }", ["a:FREE:0", "b:FREE:1", "c:LOCAL:0"],
      [["a:FREE:0", "b:LOCAL:0"], ["a:LOCAL:0"], []]
    ),
    ("fn() { fn() { len(puts) } }", ["len:BUILTIN:0", "puts:BUILTIN:1"], [[], []]),
    ("let countDown = fn(x) { countDown(x - 1) };", ["countDown:FUNCTION:0", "x:LOCAL:0"], [[]]),
    ("let f = fn() { let f = 1; f };", ["f:LOCAL:0"], [[]]),
    ("let x = 1; let x = 2; x;", ["x:GLOBAL:1"], []),
    ("let a = 1; fn(p, q) { p < q; a }", ["q:LOCAL:1", "p:LOCAL:0", "a:GLOBAL:0"], [[]]),
    ("fn(k, j) { {\"z\": k, \"a\": j} }", ["j:LOCAL:1", "k:LOCAL:0"], [[]]),
    // Keys of several kinds sort by their String() text: "10" < "a" < "b" < "z".
    (
      "let b = 1; let a = 2; let c = 3; {\"z\": c, \"a\": a, b: b, 10: a};",
      ["a:GLOBAL:1", "a:GLOBAL:1", "b:GLOBAL:0", "b:GLOBAL:0", "c:GLOBAL:2"], []
    ),
    ("let g = fn() { let f = fn() { f } };", ["f:FUNCTION:0"], [[], []]),
    ("fn(a) { let f = fn() { a; f } }", ["a:FREE:0", "f:FUNCTION:0"], [["a:LOCAL:0"], []]),
    ("nope", ["nope:unresolved"], []),
  ]

  @Test("Monkey", arguments: monkey.indices)
  func monkeyCase(_ i: Int) {
    let (source, expected, free) = Self.monkey[i]
    #expect(bindings(.monkey, source) == expected, "\(source)")
    #expect(freeLists(.monkey, source) == free, "\(source)")
  }

  static let bhasa: [(String, [String], [[String]])] = [
    ("ধরি ক = ১; ক;", ["ক:GLOBAL:0"], []),
    ("ধরি চ = ফাংশন(ন) { চ(ন) };", ["চ:GLOBAL:0", "ন:LOCAL:0"], [[]]),
    ("ফাংশন() { ধরি চ = ফাংশন() { চ }; }", ["চ:FREE:0"], [["চ:LOCAL:0"], []]),
    ("লেখ(দৈর্ঘ্য);", ["লেখ:BUILTIN:0", "দৈর্ঘ্য:BUILTIN:1"], []),
    ("ধরি লেখ = ১; লেখ;", ["লেখ:GLOBAL:0"], []),
    ("ধরি i = ০; যতক্ষণ (i < ৩) { ধরি j = i; i = j; }", ["i:GLOBAL:0", "i:GLOBAL:0", "i:GLOBAL:0", "j:GLOBAL:1"], []),
    ("ফাংশন(a, b) { a <= b }", ["b:LOCAL:1", "a:LOCAL:0"], [[]]),
    ("ধরি x: পূর্ণসংখ্যা = ৫; x;", ["x:GLOBAL:0"], []),
  ]

  @Test("Bhasa", arguments: bhasa.indices)
  func bhasaCase(_ i: Int) {
    let (source, expected, free) = Self.bhasa[i]
    #expect(bindings(.bhasa, source) == expected, "\(source)")
    #expect(freeLists(.bhasa, source) == free, "\(source)")
  }

  @Test("A Bhasa type annotation is recorded on the symbol")
  func typeAnnotation() {
    let trace = Dialect.bhasa.analyze(SourceFile(path: "t", text: "ধরি x: পূর্ণসংখ্যা = ৫;"))
    let x = SymbolID(trace.engine.symbols.count - 1)
    #expect(trace.engine.names.name(trace.engine.type(of: x)) == "পূর্ণসংখ্যা")
  }

  @Test("Bengali digits lex as numbers and Bengali words as identifiers, with columns in scalars")
  func bengaliLexing() {
    let trace = Dialect.bhasa.analyze(SourceFile(path: "t", text: "ধরি যোগফল = ১২৩;"))
    let kinds = trace.tokens.map(\.kind)
    #expect(kinds == [.keyword, .identifier, .operator, .number, .punctuation, .end])
    #expect(trace.tokens.map(\.column) == [1, 5, 11, 13, 16, 17])
  }

  @Test("Parse errors carry line and column, and analysis goes on after them")
  func parseErrorsContinue() {
    let trace = Dialect.monkey.analyze(SourceFile(path: "t", text: "let = 5;\nlet y = 1;\ny;"))
    #expect(
      trace.log.diagnostics.map { "\($0.line):\($0.column) \($0.message)" } == [
        "1:5 expected next token to be IDENT, got = instead", "1:5 no prefix parse function for = found",
      ])
    #expect(bindings(.monkey, "let = 5;\nlet y = 1;\ny;") == ["y:GLOBAL:0"])
  }

  @Test("A long program compiles the same after the tree's pages behind the compiler are given back")
  func treeGivenBack() {
    let copy = "let f = fn(a) { let b = a; fn(c) { fn() { a + b + c } } };\nf(1)(2)();\n"
    let first = bindings(.monkey, copy)
    let all = bindings(.monkey, String(repeating: copy, count: 3000))
    #expect(all.count == 3000 * first.count)
    // Each copy rebinds the global f, so each resolves as the first did, with f's new index.
    for (i, chunk) in stride(from: 0, to: all.count, by: first.count).enumerated() {
      let expected = first.map { $0 == "f:GLOBAL:0" ? "f:GLOBAL:\(i)" : $0 }
      if Array(all[chunk..<chunk + first.count]) != expected {
        Issue.record("copy \(i): \(all[chunk..<chunk + first.count]) instead of \(expected)")
        break
      }
    }
  }
}
