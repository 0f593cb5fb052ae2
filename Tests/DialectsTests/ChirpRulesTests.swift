import ScopeEngine
import Testing

@testable import Dialects

@Suite("Chirp rules")
struct ChirpRulesTests {
  /// (program, every reference in resolution order)
  static let cases: [(String, [String])] = [
    ("int: a = 1; entry { int: b = a; b; }", ["a:GLOBAL:-", "b:LOCAL:0"]),
    ("entry { x; } int: x = 1;", ["x:unresolved"]),
    ("namespace a { namespace b { int: c = 1; } } entry { a.b.c; }", ["a:NAMESPACE:-", "b:NAMESPACE:-", "c:GLOBAL:-"]),
    ("func int f(int: p) { int: p = p; ret p; }", ["p:LOCAL:0", "p:LOCAL:1"]),
    ("func int f(int: n) { ret f(n); }", ["f:FUNCTION:-", "n:LOCAL:0"]),
    ("int: v = 1; entry { { hide v; v; } v; }", ["v:unresolved", "v:GLOBAL:-"]),
    ("import \"io\"; entry { io.write(1); }", ["io:IMPORT:-"]),
    ("extern \"puts\" func int puts(ptr const char: s); entry { puts(\"hi\"); }", ["puts:FUNCTION:-"]),
    ("int: n = 1; entry { n = n + 1; }", ["n:GLOBAL:-", "n:GLOBAL:-"]),
  ]

  @Test(
    "References: declare before use, namespaces segment by segment, parameter and body scopes, hides",
    arguments: cases.indices)
  func references(_ i: Int) {
    let (source, expected) = Self.cases[i]
    #expect(bindings(.chirp, source) == expected, "\(source)")
  }

  @Test("bind checks only the current scope: a redefinition there is an error with a note; an inner one is not")
  func redefinition() {
    #expect(
      report(.chirp, "int: a = 1;\nint: a = 2;") == [
        "t.ch:2:6: error: Redefinition of a symbol", "t.ch:1:6: note: a is first defined here",
      ])
    #expect(report(.chirp, "int: a = 1; entry { int: a = 2; { int: a = 3; } }").isEmpty)
    #expect(report(.chirp, "func int f(int: x);\nfunc int f(int: x) { ret x; }").isEmpty)
  }

  @Test("Namespaces cannot be reopened; a segment through a non-namespace is not a valid scope")
  func namespaces() {
    #expect(report(.chirp, "namespace n {}\nnamespace n {}").first == "t.ch:2:11: error: Redefinition of a symbol")
    #expect(
      report(.chirp, "int: a = 1; entry { a.b; }") == ["t.ch:1:21: error: Expected a valid scope: a is not a namespace"]
    )
  }

  @Test("Symbols carry storage that the scope pane turns into Chirp's attributes")
  func attributes() {
    let trace = Dialect.chirp.analyze(SourceFile(path: "t.ch", text: "namespace geo { func int f(int: x) { ret x; } }"))
    let storages = trace.engine.symbols.map { "\(trace.engine.names.name($0.name)):\($0.storage)" }
    #expect(storages == ["geo:NAMESPACE", "f:FUNCTION", "x:LOCAL"])
    #expect(trace.engine.scopes.map(\.kind) == [.global, .namespace, .parameters, .block])
  }
}
