import Testing

@_spi(Testing) @testable import ScopeEngine

/// A small driver over the engine with names given as strings, so cases read like
/// Monkey's `symbol_table_test.go`.
struct Tables {
  var engine = Engine(profile: .clox)

  init() { engine.pushScope(.global) }

  mutating func define(_ name: String) -> String {
    let symbol = engine.defineNext(engine.intern(name))
    return engine.describe(symbol)
  }
  mutating func builtin(_ index: Int, _ name: String) { engine.defineBuiltin(index, engine.intern(name)) }
  mutating func functionName(_ name: String) -> String {
    let symbol = engine.defineFunctionName(engine.intern(name))
    return engine.describe(symbol)
  }
  mutating func enter() { engine.pushScope(.function) }
  mutating func resolve(_ name: String) -> String? {
    let symbol = engine.resolveCapturing(engine.intern(name))
    return symbol.map { engine.describe($0) }
  }
  /// The current function's free list as `name:STORAGE:index` of the captured outer symbols.
  var free: [String] { engine.scopes[Int(engine.current)].captures.map { engine.describe($0.from) } }
}

@Suite("Monkey's symbol table")
struct MonkeySymbolTableTests {
  @Test("Define: GLOBAL in the global table, LOCAL counting from 0 in each function")
  func define() {
    var t = Tables()
    #expect(t.define("a") == "a:GLOBAL:0")
    #expect(t.define("b") == "b:GLOBAL:1")
    t.enter()
    #expect(t.define("c") == "c:LOCAL:0")
    #expect(t.define("d") == "d:LOCAL:1")
    t.enter()
    #expect(t.define("e") == "e:LOCAL:0")
    #expect(t.define("f") == "f:LOCAL:1")
  }

  /// One case: the definitions per level (outermost first) and what each name resolves to in the innermost.
  struct Case: CustomTestStringConvertible, Sendable {
    var name: String
    var levels: [[String]]
    var expected: [(String, String?)]
    var free: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "global", levels: [["a", "b"]], expected: [("a", "a:GLOBAL:0"), ("b", "b:GLOBAL:1")], free: []),
    Case(
      name: "local", levels: [["a", "b"], ["c", "d"]],
      expected: [("a", "a:GLOBAL:0"), ("b", "b:GLOBAL:1"), ("c", "c:LOCAL:0"), ("d", "d:LOCAL:1")], free: []),
    Case(
      name: "nested local", levels: [["a", "b"], ["c", "d"], ["e", "f"]],
      expected: [
        ("a", "a:GLOBAL:0"), ("b", "b:GLOBAL:1"), ("e", "e:LOCAL:0"), ("f", "f:LOCAL:1"), ("c", "c:FREE:0"),
        ("d", "d:FREE:1"),
      ],
      free: ["c:LOCAL:0", "d:LOCAL:1"]),
    Case(
      name: "unresolvable free", levels: [["a"], ["c"], ["e", "f"]],
      expected: [
        ("a", "a:GLOBAL:0"), ("c", "c:FREE:0"), ("e", "e:LOCAL:0"), ("f", "f:LOCAL:1"), ("b", nil), ("d", nil),
      ],
      free: ["c:LOCAL:0"]),
    Case(
      name: "fn(a) { fn(b) { a + b } }", levels: [[], ["a"], ["b"]],
      expected: [("a", "a:FREE:0"), ("b", "b:LOCAL:0")], free: ["a:LOCAL:0"]),
    Case(
      name: "three levels: the middle function captures a without naming it", levels: [[], ["a"], ["b"], ["c"]],
      expected: [("a", "a:FREE:0"), ("b", "b:FREE:1"), ("c", "c:LOCAL:0")], free: ["a:FREE:0", "b:LOCAL:0"]),
  ]

  @Test("Resolve", arguments: cases)
  func resolve(_ c: Case) {
    var t = Tables()
    for (depth, names) in c.levels.enumerated() {
      if depth > 0 { t.enter() }
      for name in names { _ = t.define(name) }
    }
    for (name, expected) in c.expected { #expect(t.resolve(name) == expected, "resolving \(name)") }
    #expect(t.free == c.free)
  }

  @Test("The middle of three functions gets a FREE entry for a it never names")
  func passThroughCapture() {
    var t = Tables()
    t.enter()
    _ = t.define("a")
    t.enter()
    let middle = t.engine.current
    t.enter()
    #expect(t.resolve("a") == "a:FREE:0")
    let middleFree = t.engine.scopes[Int(middle)].captures.map { t.engine.describe($0.symbol) }
    #expect(middleFree == ["a:FREE:0"])
  }

  @Test("Builtins resolve as BUILTIN at every depth and are never captured")
  func builtins() {
    var t = Tables()
    let builtins = ["a", "c", "e", "f"]
    for (i, name) in builtins.enumerated() { t.builtin(i, name) }
    for depth in 0..<3 {
      if depth > 0 { t.enter() }
      for (i, name) in builtins.enumerated() { #expect(t.resolve(name) == "\(name):BUILTIN:\(i)") }
      #expect(t.free.isEmpty)
    }
  }

  @Test("DefineFunctionName gives FUNCTION 0, and a later Define shadows it")
  func functionName() {
    var t = Tables()
    #expect(t.functionName("a") == "a:FUNCTION:0")
    #expect(t.resolve("a") == "a:FUNCTION:0")
    #expect(t.define("a") == "a:GLOBAL:0")
    #expect(t.resolve("a") == "a:GLOBAL:0")
  }

  @Test("A second Define overwrites the entry and takes a new index")
  func redefinition() {
    var t = Tables()
    #expect(t.define("x") == "x:GLOBAL:0")
    #expect(t.define("x") == "x:GLOBAL:1")
    #expect(t.resolve("x") == "x:GLOBAL:1")
  }

  @Test("A captured FREE symbol is found in the function's own table the second time")
  func secondResolveReusesFree() {
    var t = Tables()
    t.enter()
    _ = t.define("a")
    t.enter()
    #expect(t.resolve("a") == "a:FREE:0")
    #expect(t.resolve("a") == "a:FREE:0")
    #expect(t.free == ["a:LOCAL:0"])
    let last = t.engine.log.resolutions.last!
    #expect(t.engine.path(of: last).count == 1)
  }

  @Test("A resolve records every scope visited with its probes and notes")
  func resolutionPath() {
    var t = Tables()
    _ = t.define("g")
    t.enter()
    t.enter()
    _ = t.resolve("g")
    let resolution = t.engine.log.resolutions.last!
    let path = t.engine.path(of: resolution)
    #expect(path.map(\.note) == [.leftFunction, .leftFunction, .found])
    #expect(path.map { t.engine.probes(of: $0, in: resolution).count } == [0, 0, 1])
    #expect(t.engine.log.runs(of: resolution).count == 2, "the two functions left are one stored run")
  }
}
