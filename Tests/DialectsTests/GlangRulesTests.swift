import ScopeEngine
import Testing

@testable import Dialects

@Suite("Glang rules")
struct GlangRulesTests {
  /// (program, every reference in resolution order)
  static let cases: [(String, [String])] = [
    ("class C { int a\n void m() }\nC.m() { a }", ["a:MEMBER:0"]),
    ("class C { void m(int) }\nC.m(p) { int q = p\n q }", ["p:LOCAL:0", "q:LOCAL:1"]),
    ("class C { void m() }\nC.m() { C }", ["C:CLASS:-"]),
    ("class B { int x }\nclass C(B) { void m() }\nC.m() { x }", ["x:MEMBER:0"]),
    ("class C { void m() }\nC.m() { dict d\n d.keys() }", ["d:LOCAL:0", "keys:MEMBER:4"]),
    ("class C { int a\n void m() }\nC.m() { { int b = a } b }", ["a:MEMBER:0", "b:unresolved"]),
    ("class C { int a\n void m() }\nC.m() { C.a }", ["C:CLASS:-", "a:MEMBER:0"]),
  ]

  @Test(
    "References: method → its class (and base) → root; blocks; pseudo-classes; dotted names", arguments: cases.indices)
  func references(_ i: Int) {
    let (source, expected) = Self.cases[i]
    #expect(bindings(.glang, source) == expected, "\(source)")
  }

  @Test("The path names each jump: method to class, class to root")
  func jumps() {
    let trace = Dialect.glang.analyze(SourceFile(path: "t.g", text: "class C { void m() }\nC.m() { nope }"))
    let notes = trace.engine.path(of: trace.log.resolutions.last!).map(\.note)
    #expect(notes == [.methodToClass, .classToRoot, .unresolved])
  }

  @Test("Anonymous blocks are named by a global serial number")
  func serialNames() {
    let trace = Dialect.glang.analyze(SourceFile(path: "t.g", text: "class C { void m() }\nC.m() { { } { { } } }"))
    let names = trace.engine.scopes.filter { $0.kind == .block }.map { trace.engine.names.name($0.name) }
    #expect(names == ["#1", "#2", "#3"])
  }

  @Test("Diagnostics: a duplicate in one table, an undeclared class, a shadowed class variable")
  func diagnostics() {
    #expect(report(.glang, "class C { int a\n int a }") == ["t.g:2:6: error: a is already declared in this scope"])
    #expect(
      report(.glang, "D.m() { }") == ["t.g:1:1: error: method m is defined for class D, which was not declared"])
    #expect(
      report(.glang, "class C { int a\n void m() }\nC.m() { int a = 1 }") == [
        "t.g:3:13: warning: a shadows the class variable a of C; write C.a to reach the class variable"
      ])
  }
}
