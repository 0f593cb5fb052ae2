import ScopeEngine

/// Monkey and Bhasa: lex, parse, then compile, driving the engine.
enum MonkeyDialect {
  /// Analyses `bytes` as `flavor`, returning the tokens and the engine after the last event.
  static func run(_ flavor: MonkeyFlavor, _ bytes: [UInt8], engine: Engine) -> ([Token], Engine) {
    bytes.withUnsafeBufferPointer { source in
      let lexed = MonkeyLexer(flavor: flavor).lex(source)
      var parser = MonkeyParser(flavor: flavor, lexed: lexed, source: source)
      let ast = parser.parseProgram()
      var engine = engine
      engine.reserve(tokens: lexed.tokens.count)
      var compiler = MonkeyCompiler(
        flavor: flavor, ast: ast, tokens: lexed.tokens, kinds: lexed.kinds, source: source, engine: engine)
      compiler.pending.add(lexed.diagnostics + parser.diagnostics)
      compiler.compileProgram()
      return (lexed.tokens, compiler.engine)
    }
  }
}
