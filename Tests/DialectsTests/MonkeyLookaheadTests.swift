import Foundation
import ScopeEngine
import Testing

@testable import Dialects

/// The JSON Lines of `text` analysed as `flavor`, the lexer running `lookahead` tokens ahead
/// of the parser.
private func jsonl(_ flavor: MonkeyFlavor, _ text: String, lookahead: Int32) -> String {
  let file = SourceFile(path: flavor == .monkey ? "t.mk" : "t.bs", text: text)
  let dialect: Dialect = flavor == .monkey ? .monkey : .bhasa
  let engine = Engine(profile: dialect.defaultProfile)
  let (tokens, finished) = onLargeStack { MonkeyDialect.run(flavor, file.bytes, engine: engine, lookahead: lookahead) }
  let trace = Trace(path: file.path, source: file.bytes, dialect: dialect, tokens: tokens, engine: finished)
  var bytes: [UInt8] = []
  var out = OutputBuffer { bytes.append(contentsOf: $0) }
  JSONLWriter(trace: trace).write(to: &out)
  return String(decoding: bytes, as: UTF8.self)
}

@Suite("Monkey's lexer running ahead of the parser")
struct MonkeyLookaheadTests {
  /// Programs whose errors sit among the tokens a batch lexes early: parser errors before
  /// and after an unterminated string (the one token that reports an error), far more than
  /// a batch apart, and illegal characters.
  static let crafted: [(MonkeyFlavor, String)] = [
    (.monkey, "let = 5; let x = \"abc"),
    (.monkey, String(repeating: "let a = 1; a; ", count: 40) + "let = ; let s = \"open\nlet t = 1; t"),
    (.monkey, "let a = @; let b = \"x\" + \"y; a"),
    (.monkey, "fn(a) { a + } ; \"open " + String(repeating: "a ", count: 200)),
    (.monkey, "let f = fn(x) { x }; f(1, ; let y = \"unterminated"),
    (.bhasa, "ধরি = ৫; ধরি ক = \"খোলা"),
    (.bhasa, String(repeating: "ধরি ক = ১; ক; ", count: 30) + "যদি (ক { ক } \"খোলা"),
  ]

  /// Every Monkey and Bhasa sample, with its flavor.
  static let samples: [(MonkeyFlavor, String)] =
    sampleFiles("monkey").map { (.monkey, try! String(contentsOf: $0, encoding: .utf8)) }
    + sampleFiles("bhasa").map { (.bhasa, try! String(contentsOf: $0, encoding: .utf8)) }

  @Test("Lexing in batches records what lexing one token at a time does, errors at the same steps")
  func batchesChangeNothing() {
    for (flavor, text) in Self.crafted + Self.samples {
      let one = jsonl(flavor, text, lookahead: 0)
      #expect(!one.isEmpty)
      for lookahead: Int32 in [1, 5, MonkeyParser.defaultLookahead] {
        #expect(jsonl(flavor, text, lookahead: lookahead) == one, "lookahead \(lookahead): \(text.prefix(60))")
      }
    }
  }

  @Test("An unterminated string's error keeps its place after the parser's errors on earlier tokens")
  func stringErrorKeepsItsPlace() {
    let text = String(repeating: "let a = 1; ", count: 40) + "let = 2; let s = \"open"
    let trace = Dialect.monkey.analyze(SourceFile(path: "t.mk", text: text))
    let messages = trace.log.diagnostics.map(\.message)
    #expect(messages.count >= 2)
    #expect(messages.last?.hasPrefix("unterminated string") == true)
    #expect(trace.log.diagnostics.map(\.line) == trace.log.diagnostics.map(\.line).sorted())
  }
}
