import Foundation
import ScopeEngine
import Testing

@testable import Dialects

@Suite("Lox's scanner hashes words for the name table")
struct LoxScannerHashTests {
  @Test("Each identifier's and keyword's hash, made while scanning, is the name table's JikesHash of its spelling")
  func wordHashIsJikesHash() throws {
    let programs =
      try sampleFiles("lox").map { try String(contentsOf: $0, encoding: .utf8) } + [
        "var _a1 = 1; fun f(x, y_2) { return x + y_2; } class C < B { init() { this.q = super.m(); } }",
        "var 1x = é; print zz9__;",
      ]
    for text in programs {
      let bytes = Array(text.utf8)
      bytes.withUnsafeBufferPointer { source in
        var scanner = LoxScanner(source)
        while true {
          let (token, kind, _) = scanner.scanToken()
          if kind == .eof { break }
          guard LoxCompiler.isWord(token.kind) else { continue }
          let spelling = UnsafeBufferPointer(rebasing: source[Int(token.start)..<Int(token.start + token.length)])
          #expect(scanner.wordHash == JikesHash.hash(utf8: spelling), "\(String(decoding: spelling, as: UTF8.self))")
        }
      }
    }
  }
}
