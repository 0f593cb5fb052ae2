import ScopeEngine
import Testing

@testable import Dialects

/// The upvalue list `(isLocal, index)` of each function, in pop order, as `name:L1`/`name:U0`.
func upvalues(_ source: String) -> [[String]] {
  let trace = Dialect.lox.analyze(SourceFile(path: "t.lox", text: source))
  let popped = trace.events.indices.compactMap { event -> Scope? in
    guard case .pop(let id) = trace.happening(at: event) else { return nil }
    return trace.engine.scope(id)
  }
  return popped.filter(\.kind.isFunction).map { scope in
    scope.captures.map { capture in
      let from = trace.engine.symbols[Int(capture.from)]
      return "\(trace.engine.names.name(capture.name)):\(capture.isLocal ? "L" : "U")\(from.index)"
    }
  }
}

/// The closed locals, in order, as `name:slot`.
func closes(_ source: String) -> [String] {
  let trace = Dialect.lox.analyze(SourceFile(path: "t.lox", text: source))
  return trace.events.indices.compactMap { event -> String? in
    guard case .close(let symbol, _) = trace.happening(at: event) else { return nil }
    return trace.engine.describe(symbol)
  }
}

@Suite("Lox rules")
struct LoxRulesTests {
  /// (program, every reference in resolution order)
  static let referenceCases: [(String, [String])] = [
    ("var a = 1; print a; print b;", ["a:GLOBAL:-", "b:GLOBAL:-"]),
    ("var a = a;", ["a:GLOBAL:-"]),
    ("{ var a = 1; var b = a; print b; }", ["a:LOCAL:1", "b:LOCAL:2"]),
    ("fun f(x, y) { return x + y; }", ["x:LOCAL:1", "y:LOCAL:2"]),
    ("{ var a; } { var b; print b; }", ["b:LOCAL:1"]),
    ("fun f() { var a; { var b; } var c; print c; }", ["c:LOCAL:2"]),
    ("for (var i = 0; i < 2; i = i + 1) print i;", ["i:LOCAL:1", "i:LOCAL:1", "i:LOCAL:1", "i:LOCAL:1"]),
    ("fun f() { f(); }", ["f:GLOBAL:-"]),
    ("{ fun g() { g(); } }", ["g:FREE:0"]),
    ("fun o() { var a; fun m() { fun i() { a; a; } } }", ["a:FREE:0", "a:FREE:0"]),
    ("fun o() { var a; var b; fun i() { b; a; b; } }", ["b:FREE:0", "a:FREE:1", "b:FREE:0"]),
    ("class C { m() { this; fun f() { this; } } }", ["C:GLOBAL:-", "this:LOCAL:0", "this:FREE:0"]),
    (
      "class A {} class B < A { m() { super.m; } }",
      ["A:GLOBAL:-", "A:GLOBAL:-", "B:GLOBAL:-", "B:GLOBAL:-", "this:LOCAL:0", "super:FREE:0"]
    ),
    ("{ var a = 1; a = 2; }", ["a:LOCAL:1"]),
  ]

  @Test("References: late-bound globals, slots from 1, slots reused, upvalues", arguments: referenceCases.indices)
  func references(_ i: Int) {
    let (source, expected) = Self.referenceCases[i]
    #expect(bindings(.lox, source) == expected, "\(source)")
  }

  @Test("Assignment resolves with access set")
  func assignment() {
    let trace = Dialect.lox.analyze(SourceFile(path: "t.lox", text: "{ var a; a = 1; print a; }"))
    #expect(trace.log.resolutions.map(\.access) == [.set, .get])
  }

  /// (program, upvalue lists per function in pop order)
  static let upvalueCases: [(String, [[String]])] = [
    ("fun o() { var a; fun i() { a; } }", [["a:L1"], []]),
    ("fun o() { var a; fun m() { fun i() { a; } } }", [["a:U0"], ["a:L1"], []]),
    ("fun o() { var a; var b; fun m() { b; fun i() { a; b; } } }", [["a:U1", "b:U0"], ["b:L2", "a:L1"], []]),
    ("fun o() { var a; fun i() { a; a; a = 1; } }", [["a:L1"], []]),
  ]

  @Test(
    "Upvalue lists: isLocal at the first function in, pass-through beyond, de-duplicated, in first-reference order",
    arguments: upvalueCases.indices)
  func upvalueLists(_ i: Int) {
    let (source, expected) = Self.upvalueCases[i]
    #expect(upvalues(source) == expected, "\(source)")
  }

  @Test("A captured local is closed when its block or function ends; others are not")
  func closing() {
    #expect(closes("fun f() { var a; var b; fun g() { a; } }") == ["a:LOCAL:1"])
    #expect(closes("fun f() { { var x; fun g() { x; } } var y; }") == ["x:LOCAL:1"])
    #expect(closes("fun f() { var a; }").isEmpty)
    #expect(closes("class A {} class B < A { m() { super.m; } }") == ["super:LOCAL:1"])
  }

  /// (program, clox's report)
  static let errors: [(String, [String])] = [
    ("{ var a; var a; }", ["[line 1] Error at 'a': Already a variable with this name in this scope."]),
    ("{ var a = a; }", ["[line 1] Error at 'a': Can't read local variable in its own initializer."]),
    ("return;", ["[line 1] Error at 'return': Can't return from top-level code."]),
    ("class C { init() { return 1; } }", ["[line 1] Error at 'return': Can't return a value from an initializer."]),
    ("print this;", ["[line 1] Error at 'this': Can't use 'this' outside of a class."]),
    ("super.x;", ["[line 1] Error at 'super': Can't use 'super' outside of a class."]),
    ("class C { m() { super.m(); } }", ["[line 1] Error at 'super': Can't use 'super' in a class with no superclass."]),
    ("class C < C {}", ["[line 1] Error at 'C': A class can't inherit from itself."]),
    ("print 1", ["[line 1] Error at end: Expect ';' after value."]),
    ("print ;", ["[line 1] Error at ';': Expect expression."]),
    ("1 = 2;", ["[line 1] Error at '=': Invalid assignment target."]),
    ("var 1 = 2;", ["[line 1] Error at '1': Expect variable name."]),
    ("print \"a", ["[line 1] Error: Unterminated string."]),
    ("print @;", ["[line 1] Error: Unexpected character."]),
    ("if (1 {}", ["[line 1] Error at '{': Expect ')' after condition."]),
    ("fun f( {}", ["[line 1] Error at '{': Expect parameter name."]),
    ("a.;", ["[line 1] Error at ';': Expect property name after '.'."]),
    ("class {}", ["[line 1] Error at '{': Expect class name."]),
    ("{ print 1;", ["[line 1] Error at end: Expect '}' after block."]),
    (
      "print 1 print 2;\nvar x = ;\nprint 3;",
      [
        "[line 1] Error at 'print': Expect ';' after value.", "[line 2] Error at ';': Expect expression.",
      ]
    ),
    (
      "var a = 1 var b = ;",
      [
        "[line 1] Error at 'var': Expect ';' after variable declaration.", "[line 1] Error at ';': Expect expression.",
      ]
    ),
    ("print (1 + ;) print 2;", ["[line 1] Error at ';': Expect expression."]),
  ]

  @Test(
    "Every error with clox's message and token; panic mode reports one error per statement", arguments: errors.indices)
  func staticErrors(_ i: Int) {
    let (source, expected) = Self.errors[i]
    #expect(report(.lox, source) == expected, "\(source)")
  }

  @Test("Resolution goes on after an error")
  func continuesAfterErrors() {
    #expect(bindings(.lox, "{ var a; var a; print a; }\nreturn;\n{ var b; print b; }") == ["a:LOCAL:2", "b:LOCAL:1"])
  }

  @Test("256 locals and 256 upvalues are clox's limits")
  func limits() {
    let locals = (0..<256).map { "var v\($0);" }.joined()
    #expect(
      report(.lox, "fun f() { \(locals) }") == ["[line 1] Error at 'v255': Too many local variables in function."])
    let outer = (0..<200).map { "var a\($0);" }.joined() + (0..<100).map { "var b\($0);" }.joined()
    let uses = (0..<200).map { "a\($0);" }.joined()
    let more = (0..<100).map { "b\($0);" }.joined()
    let source = "fun o() { \(outer) fun m() { \(uses) fun i() { \(uses)\(more) } } }"
    #expect(report(.lox, source).first?.hasSuffix("Too many local variables in function.") == true)
    let fits =
      "fun o() { " + (0..<250).map { "var a\($0);" }.joined() + " fun i() { " + (0..<250).map { "a\($0);" }.joined()
      + " } }"
    #expect(report(.lox, fits).isEmpty)
  }

  @Test("A function's slot 0 is unnamed, a method's is this")
  func slotZero() {
    let trace = Dialect.lox.analyze(SourceFile(path: "t.lox", text: "fun f(a) {} class C { m(b) {} }"))
    let locals = trace.engine.symbols.filter { $0.storage == .local }.map {
      trace.engine.names.name($0.name) + ":\($0.index)"
    }
    #expect(locals == ["this:0", "a:1", "this:0", "b:1"])
  }
}
