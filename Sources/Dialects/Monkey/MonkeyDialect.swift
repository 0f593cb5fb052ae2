import ScopeEngine

/// Monkey and Bhasa: lex, parse, then compile, driving the engine.
enum MonkeyDialect {
  /// Analyses `bytes` as `flavor`, returning the tokens and the engine after the last event.
  /// The parser runs on a second thread and hands each top-level statement over as soon as
  /// it is complete, so parsing overlaps the compile walk.
  static func run(_ flavor: MonkeyFlavor, _ bytes: [UInt8], engine: Engine) -> (TokenList, Engine) {
    bytes.withUnsafeBufferPointer { source in
      let lexed = MonkeyLexer(flavor: flavor).lex(source)
      let ast = MonkeyAST(tokens: lexed.tokens.count)
      let feed = Feed<ParsedItem>(capacity: 3 * lexed.tokens.count + 16)
      let input = SourceBytes(source)
      let parsing = LargeStackThread {
        var parser = MonkeyParser(flavor: flavor, lexed: lexed, source: input.bytes, ast: ast, feed: feed)
        parser.parseProgram()
      }
      var engine = engine
      engine.reserve(tokens: lexed.tokens.count)
      var compiler = MonkeyCompiler(
        flavor: flavor, ast: ast, tokens: lexed.tokens.buffer, kinds: lexed.kinds, source: source, engine: engine)
      compiler.pending.add(lexed.diagnostics)
      compiler.compileProgram(feed)
      parsing.join()
      return (lexed.tokens, compiler.engine)
    }
  }
}
