import ScopeEngine

/// Lox: clox's scanner and single-pass compiler driving the engine.
enum LoxDialect {
  /// Analyses `bytes`, returning the tokens and the engine after the last event.
  static func run(_ bytes: [UInt8], engine: Engine) -> ([Token], Engine) {
    bytes.withUnsafeBufferPointer { source in
      var engine = engine
      engine.reserve(tokens: source.count / 4)
      var compiler = LoxCompiler(source: source, engine: engine)
      compiler.compile()
      return (compiler.tokens, compiler.engine)
    }
  }
}
