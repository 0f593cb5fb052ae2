@_spi(Testing) import ScopeEngine

extension Dialect {
  /// Runs this dialect's symbol engine over `file` and returns the recorded trace; Glang's
  /// imports are read with `imports` (none by default).
  public func analyze(
    _ file: SourceFile, profile: TableProfile? = nil, nameGrowth: NameTableGrowth = .teaching,
    imports: FileReader = .none
  ) -> Trace {
    analyze(file, profile: profile, nameGrowth: nameGrowth, imports: imports, observer: nil)
  }

  /// The same, with `observer` told of the engine after each of its operations (for tests
  /// that compare the live engine with the state the trace reads back).
  @_spi(Testing) public func analyze(
    _ file: SourceFile, profile: TableProfile? = nil, nameGrowth: NameTableGrowth = .teaching,
    imports: FileReader = .none, observer: (@Sendable (Engine) -> Void)?
  ) -> Trace {
    var engine = Engine(profile: profile ?? defaultProfile, nameGrowth: nameGrowth)
    engine.observer = observer
    if self == .python {
      let (tokens, finished, passes) = onLargeStack { PythonDialect.run(file.bytes, engine: engine) }
      return Trace(
        path: file.path, source: file.bytes, dialect: self, tokens: tokens, engine: finished, passes: passes)
    }
    let (tokens, finished) = onLargeStack { () -> (TokenList, Engine) in
      switch self {
      case .monkey: MonkeyDialect.run(.monkey, file.bytes, engine: engine)
      case .bhasa: MonkeyDialect.run(.bhasa, file.bytes, engine: engine)
      case .lox: LoxDialect.run(file.bytes, engine: engine)
      case .python: preconditionFailure("Python is analysed above")
      case .parasheet:
        ParasheetTokenKind.lexer.analyze(file.bytes, engine: engine) {
          ParasheetCompiler(source: $0, tokens: $1, kinds: $2, engine: $3)
        }
      case .chirp:
        ChirpTokenKind.lexer.analyze(file.bytes, engine: engine) {
          ChirpCompiler(source: $0, tokens: $1, kinds: $2, engine: $3)
        }
      case .glang:
        GlangTokenKind.lexer.analyze(file.bytes, engine: engine) {
          GlangCompiler(
            path: file.path, source: $0, tokens: $1, kinds: $2, engine: $3, imports: imports)
        }
      }
    }
    return Trace(path: file.path, source: file.bytes, dialect: self, tokens: tokens, engine: finished)
  }
}
