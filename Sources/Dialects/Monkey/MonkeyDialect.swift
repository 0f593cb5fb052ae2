import ScopeEngine

/// Monkey and Bhasa: lex, parse, then compile, driving the engine.
enum MonkeyDialect {
  /// Analyses `bytes` as `flavor`, returning the tokens and the engine after the last event.
  /// The parser runs on a second thread and hands each top-level statement over as soon as
  /// it is complete, so parsing overlaps the compile walk; between statements, and once it
  /// is done, it provides the pages the engine's logs are about to fill (`PageWarmer`).
  /// The lexer runs up to `lookahead` tokens ahead of the parser.
  static func run(
    _ flavor: MonkeyFlavor, _ bytes: [UInt8], engine: Engine, lookahead: Int32 = MonkeyParser.defaultLookahead
  ) -> (TokenList, Engine) {
    bytes.withUnsafeBufferPointer { source in
      let stream = TokenStream<MonkeyTokenKind>(sourceBytes: source.count)
      let estimate = source.count / 2
      let ast = MonkeyAST(tokens: source.count + 2)
      let feed = Feed<ParsedItem>(capacity: 3 * source.count + 16)
      let input = SourceBytes(source)
      let warmer = PageWarmer()
      let parsing = LargeStackThread {
        var parser = MonkeyParser(
          flavor: flavor, stream: stream, source: input.bytes, ast: ast, feed: feed, lookahead: lookahead)
        parser.warmer = warmer
        parser.parseProgram()
        warmer.warmUntilFinished()
      }
      var engine = engine
      engine.reserve(tokens: estimate)
      var compiler = MonkeyCompiler(flavor: flavor, ast: ast, stream: stream, source: source, engine: engine)
      compiler.warmer = warmer
      compiler.compileProgram(feed)
      warmer.finish()
      parsing.join()
      return (TokenList(stream.tokens), compiler.engine)
    }
  }
}
