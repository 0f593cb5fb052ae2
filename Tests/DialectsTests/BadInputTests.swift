import ScopeEngine
import Testing

@testable import Dialects

@Suite("Bad input")
struct BadInputTests {
  @Test("An empty file traces to the global scope and its builtins, with no diagnostics")
  func emptyFile() {
    let trace = Dialect.monkey.analyze(SourceFile(path: "empty.mk", text: ""))
    #expect(trace.tokens.count == 1 && trace.tokens[0].kind == .end)
    #expect(trace.log.diagnostics.isEmpty)
    #expect(trace.events.first?.kind == .push)
  }

  @Test("Invalid UTF-8 and binary files are refused with the offset")
  func invalidUTF8() {
    #expect(throws: SourceError.notText(path: "bad.mk", offset: 4)) {
      try SourceFile(path: "bad.mk", bytes: Array("let ".utf8) + [0xC3, 0x28])
    }
    #expect(throws: SourceError.binary(path: "bin.mk", offset: 1)) { try SourceFile(path: "bin.mk", bytes: [0x41, 0]) }
    #expect(SourceError.notText(path: "bad.mk", offset: 4).description.contains("convert the file to UTF-8"))
  }

  @Test("An unterminated string is a diagnostic at its opening quote")
  func unterminatedString() {
    let trace = Dialect.monkey.analyze(SourceFile(path: "s.mk", text: "let s = \"abc\nlet t = 1;"))
    #expect(trace.log.diagnostics.map(\.message).first?.hasPrefix("unterminated string") == true)
    #expect(trace.log.diagnostics.first.map { "\($0.line):\($0.column)" } == "1:9")
  }

  @Test("A 1 MB identifier is one token, interned once")
  func hugeIdentifier() {
    let name = String(repeating: "a", count: 1 << 20)
    let trace = Dialect.monkey.analyze(SourceFile(path: "big.mk", text: "let \(name) = 1; \(name);"))
    #expect(trace.tokens[1].length == 1 << 20)
    #expect(trace.log.resolutions.count == 1 && trace.log.resolutions[0].symbol >= 0)
  }

  @Test("10,000 nested functions resolve through every level without a crash")
  func deepNesting() {
    let depth = 10_000
    let source =
      "let x = 1; " + String(repeating: "fn(a) { ", count: depth) + "x + a" + String(repeating: " }", count: depth)
    let trace = Dialect.monkey.analyze(SourceFile(path: "deep.mk", text: source))
    #expect(trace.log.diagnostics.isEmpty)
    #expect(trace.engine.scopes.count == depth + 1)
    #expect(bindings(.monkey, source).suffix(2) == ["x:GLOBAL:0", "a:LOCAL:0"])
  }

  @Test("Nesting past the parser's limit is one diagnostic, not a crash")
  func tooDeep() {
    let source = String(repeating: "(", count: MonkeyParser.maximumDepth + 10) + "1"
    let trace = Dialect.monkey.analyze(SourceFile(path: "deep.mk", text: source))
    #expect(trace.log.diagnostics.count == 1)
    #expect(trace.log.diagnostics[0].message.contains("nesting is deeper than"))
  }

  @Test("Unbalanced braces and stray characters are diagnostics")
  func unbalanced() {
    let trace = Dialect.monkey.analyze(SourceFile(path: "u.mk", text: "let f = fn() { 1;\n@"))
    let messages = trace.log.diagnostics.map(\.message)
    #expect(messages.contains("no prefix parse function for ILLEGAL found"))
    #expect(messages.contains { $0.hasPrefix("expected } to close the block opened at line 1") })
  }

  @Test("Lox: nesting past the limit is one error, then the file is skipped")
  func loxTooDeep() {
    let source = "print " + String(repeating: "(", count: LoxCompiler.maximumDepth + 10) + "1;"
    let trace = Dialect.lox.analyze(SourceFile(path: "deep.lox", text: source))
    #expect(
      trace.log.diagnostics.map(\.message) == ["nesting is deeper than 100000 levels; scopewalk stops parsing here"])
  }

  @Test("Lox: 10,000 nested functions resolve through every level")
  func loxDeepFunctions() {
    let depth = 10_000
    let source =
      "var g; " + String(repeating: "fun f() { var a; ", count: depth) + "a; g;" + String(repeating: " }", count: depth)
    let trace = Dialect.lox.analyze(SourceFile(path: "deep.lox", text: source))
    #expect(trace.log.diagnostics.isEmpty)
    #expect(bindings(.lox, source) == ["a:LOCAL:1", "g:GLOBAL:-"])
  }

  @Test("Bhasa: statements nested past the limit are one error, not a crash")
  func bhasaTooDeep() {
    let depth = MonkeyParser.maximumDepth + 10
    let source = "ধরি i = ১; " + String(repeating: "যতক্ষণ (i) { ", count: depth) + String(repeating: "}", count: depth)
    let trace = Dialect.bhasa.analyze(SourceFile(path: "deep.bhasa", text: source))
    #expect(trace.log.diagnostics.count == 1)
    #expect(trace.log.diagnostics.first?.message.hasPrefix("nesting is deeper than") == true)
  }
}
