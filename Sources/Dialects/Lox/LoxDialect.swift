import ScopeEngine

/// Lox: clox's scanner and single-pass compiler driving the engine.
enum LoxDialect {
  /// Analyses `bytes`, returning the tokens and the engine after the last event. The
  /// scanner runs ahead on a second thread; the compiler waits for it only when it catches up.
  /// The scanning thread, with time to spare, also provides the pages the engine's logs are
  /// about to fill (`PageWarmer`).
  static func run(_ bytes: [UInt8], engine: Engine) -> (TokenList, Engine) {
    bytes.withUnsafeBufferPointer { source in
      let stream = TokenStream<LoxTokenKind>(sourceBytes: source.count)
      let input = SourceBytes(source)
      let warmer = PageWarmer()
      let scanning = LargeStackThread {
        var scanner = LoxScanner(input.bytes)
        var pending = 0
        while true {
          let (token, kind, _) = scanner.scanToken()
          stream.append(token, kind)
          pending += 1
          if kind == .eof { break }
          if pending == 64 {
            stream.publish()
            pending = 0
            warmer.warm(at: stream.tokens.count)
          }
        }
        stream.publish()
        warmer.warmUntilFinished()
      }
      var engine = engine
      engine.reserve(tokens: source.count / 5)
      var compiler = LoxCompiler(source: source, stream: stream, engine: engine)
      compiler.warmer = warmer
      compiler.compile()
      warmer.finish()
      scanning.join()
      return (TokenList(stream.tokens), compiler.engine)
    }
  }
}
