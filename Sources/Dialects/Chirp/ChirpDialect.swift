import ScopeEngine

/// Chirp: lex, then compile in one pass.
enum ChirpDialect {
  /// Analyses `bytes`, returning the tokens and the engine after the last event.
  static func run(_ bytes: [UInt8], engine: Engine) -> (TokenList, Engine) {
    bytes.withUnsafeBufferPointer { source in
      let lexed = ChirpLexer.lex(source)
      var compiler = ChirpCompiler(source: source, tokens: lexed.tokens, kinds: lexed.kinds, engine: engine)
      compiler.pending.add(lexed.diagnostics)
      compiler.compile()
      return (TokenList(lexed.tokens), compiler.engine)
    }
  }
}
