import Foundation
import ScopeEngine
import Testing

@testable import Dialects

/// A lookup's path is stored as runs of scopes, so deep nesting costs what the input
/// costs (issue 13); `bench/nesting` times the full sizes.
@Suite("Deep nesting")
struct NestingCostTests {
  /// The program `bench/gen_nesting.py` writes for `dialect`: `depth` nested scopes, then
  /// `lookups` lookups of an outer name.
  static func nested(_ dialect: Dialect, depth: Int, lookups: Int) throws -> Trace {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scopewalk-nesting-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("nested.\(dialect.extensions[0])")
    let generator = samplesFolder.deletingLastPathComponent().appendingPathComponent("bench/gen_nesting.py")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", generator.path, dialect.rawValue, "--depth", "\(depth)", "--lookups", "\(lookups)", "-o", file.path,
    ]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return dialect.analyze(SourceFile(path: file.path, text: try String(contentsOf: file, encoding: .utf8)))
  }

  @Test(
    "Four times the depth stores the same path runs, and the path still shows every scope",
    arguments: Dialect.allCases)
  func pathStorageDoesNotGrowWithDepth(_ dialect: Dialect) throws {
    let shallow = try Self.nested(dialect, depth: 100, lookups: 60)
    let deep = try Self.nested(dialect, depth: 400, lookups: 60)
    #expect(!deep.hasErrors, "\(deep.log.diagnostics.first?.message ?? "")")
    #expect(deep.log.resolutions.count == shallow.log.resolutions.count)
    #expect(deep.log.path.count == shallow.log.path.count, "path runs stored")
    let longest = deep.log.resolutions.map { deep.engine.path(of: $0).count }.max() ?? 0
    #expect(longest > 400, "every scope visited is shown")
  }
}

extension NestingCostTests {
  @Test("A stretch of empty scopes ends where a capture gives one of them a symbol: same path")
  func stretchEndsAtACapture() throws {
    let source = "let f = fn() { let a = 1; fn() { fn() { fn() { b; a; b; } } } };"
    #expect(bindings(.monkey, source) == ["b:unresolved", "a:FREE:0", "b:unresolved"])
    let trace = Dialect.monkey.analyze(SourceFile(path: "t.mk", text: source))
    let paths = trace.log.resolutions.map { r in trace.engine.path(of: r).map { "\($0.scope):\($0.note)" } }
    let outward = ["4:not here; leaving the function", "3:not here; leaving the function"]
    #expect(
      paths[0] == outward + [
        "2:not here; leaving the function", "1:not here; leaving the function", "0:not found anywhere",
      ])
    #expect(paths[2] == paths[0])
    // Stretches are not visible in the trace; `visitStretch` asserts (in debug builds, as
    // tests run) that each one it passes is still empty.
  }
}

extension NestingCostTests {
  @Test("Python gives up where CPython 3.11's parser does: 2,986 nested `not`s pass, 2,987 do not")
  func pythonParserDepth() {
    let deepest = "x = " + String(repeating: "not ", count: 2986) + "1\n"
    #expect(report(.python, deepest) == [])
    let deeper = "x = " + String(repeating: "not ", count: 2987) + "1\n"
    #expect(report(.python, deeper).count == 1)
    #expect(report(.python, deeper).first?.contains("too complex to parse") == true)
  }
}

extension NestingCostTests {
  @Test("--stats' memory line names each store with its bytes per token, largest first")
  func footprintLine() throws {
    let trace = try Self.nested(.lox, depth: 10, lookups: 10)
    let footprint = trace.footprint
    #expect(footprint.total == footprint.parts.reduce(0) { $0 + $1.bytes })
    #expect(footprint.parts.first { $0.name == "source" }?.bytes == trace.source.count)
    let line = footprint.line(perToken: trace.tokens.count)
    #expect(line.hasPrefix("bytes/token "))
    let perStore = line.split(separator: ": ")[1].split(separator: " ")
    let values = stride(from: 1, to: perStore.count, by: 2).map { Double(perStore[$0])! }
    #expect(values == values.sorted(by: >))
  }
}

extension NestingCostTests {
  /// A random program of nested scopes with definitions and lookups interleaved at every
  /// depth, from `seed`: one of `opens` and `close` a scope, `define` and `use` a name.
  static func randomNesting(
    seed: UInt64, opens: [String], close: String, define: (String) -> String, use: (String) -> String
  ) -> String {
    var state = seed
    func next(_ bound: Int) -> Int {
      state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
      return Int((state >> 33) % UInt64(bound))
    }
    var text = ""
    var depth = 0
    for _ in 0..<400 {
      let name = "n" + String(UnicodeScalar(UInt8(97 + next(6))))  // letters only: Monkey names have no digits
      switch next(10) {
      case 0, 1, 2:
        text += opens[next(opens.count)]
        depth += 1
      case 3 where depth > 0: text += close; depth -= 1
      case 4, 5: text += define(name)
      default: text += use(name)
      }
    }
    return text + String(repeating: close, count: depth)
  }

  @Test("Random nesting: every stretch a walk passes is still empty (asserted as it runs)", arguments: 0..<20)
  func randomStretches(_ seed: Int) {
    let seed = UInt64(seed)
    let lox = Self.randomNesting(
      seed: seed, opens: ["{\n", "fun g() {\n"], close: "}\n", define: { "var \($0) = 1;\n" },
      use: { "print \($0);\n" })
    let monkey = Self.randomNesting(
      seed: seed, opens: ["fn() {\n"], close: "};\n", define: { "let \($0) = 1;\n" }, use: { "\($0);\n" })
    let chirp =
      "func int f() {\n"
      + Self.randomNesting(
        seed: seed, opens: ["{\n"], close: "}\n", define: { "int: \($0) = 1;\n" }, use: { "\($0);\n" })
      + "ret 0;\n}\n"
    let parasheet =
      "=\n"
      + Self.randomNesting(
        seed: seed, opens: ["{\n"], close: "}\n", define: { "let \($0) : int = 1;\n" },
        use: { "let z : int = \($0);\n" })
    for (dialect, source) in [(Dialect.lox, lox), (.monkey, monkey), (.chirp, chirp), (.parasheet, parasheet)] {
      let trace = dialect.analyze(SourceFile(path: "t.\(dialect.extensions[0])", text: source))
      #expect(trace.log.resolutions.count > 100, "\(dialect)")
      #expect(!trace.log.diagnostics.contains { $0.message.contains("expected") }, "\(dialect) parses")
    }
  }
}
