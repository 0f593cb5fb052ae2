import ScopeEngine

/// Glang: lex, then compile in one pass; `import` reads the class declarations of the
/// named file next to this one.
enum GlangDialect {
  /// Analyses `bytes` from `path`, returning the tokens and the engine after the last event.
  static func run(_ bytes: [UInt8], path: String, engine: Engine) -> (TokenList, Engine) {
    bytes.withUnsafeBufferPointer { source in
      let lexed = GlangLexer.lex(source)
      var compiler = GlangCompiler(
        path: path, source: source, tokens: lexed.tokens, kinds: lexed.kinds, engine: engine,
        load: { try? SourceFile.read(path: $0) })
      compiler.pending.add(lexed.diagnostics)
      compiler.compile()
      return (TokenList(lexed.tokens), compiler.engine)
    }
  }
}
