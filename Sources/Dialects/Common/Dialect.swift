import ScopeEngine

/// The languages scopewalk speaks.
public enum Dialect: String, CaseIterable, Sendable {
  /// Monkey, "Writing a Compiler in Go" (`.mk`).
  case monkey
  /// Bhasa, Monkey's Bengali fork (`.bhasa`).
  case bhasa
  /// Lox, "Crafting Interpreters": clox's compiler and jlox's blocks (`.lox`).
  case lox
  /// Parasheet's cell language (`.ps`).
  case parasheet
  /// Chirp, with its symbol tracker (`.ch`).
  case chirp
  /// Glang: classes, imports, methods defined outside their class (`.g`).
  case glang

  /// The file extensions that select this dialect.
  public var extensions: [String] {
    switch self {
    case .monkey: ["mk", "monkey"]
    case .bhasa: ["bhasa", "bh"]
    case .lox: ["lox"]
    case .parasheet: ["ps"]
    case .chirp: ["ch"]
    case .glang: ["g"]
    }
  }

  /// The table profile used unless another is asked for.
  public var defaultProfile: TableProfile {
    switch self {
    case .monkey, .bhasa, .lox, .chirp: .clox
    case .parasheet: .parasheet
    case .glang: .glang
    }
  }

  /// The dialect a file's extension selects, if any.
  public init?(path: String) {
    guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return nil }
    let ext = path[path.index(after: dot)...].lowercased()
    guard let dialect = Self.allCases.first(where: { $0.extensions.contains(ext) }) else { return nil }
    self = dialect
  }

  /// Runs this dialect's symbol engine over `file` and returns the recorded trace.
  public func analyze(
    _ file: SourceFile, profile: TableProfile? = nil, nameGrowth: NameTableGrowth = .teaching,
    observer: (@Sendable (Engine) -> Void)? = nil
  ) -> Trace {
    var engine = Engine(profile: profile ?? defaultProfile, nameGrowth: nameGrowth)
    engine.observer = observer
    let (tokens, finished) = onLargeStack { () -> (TokenList, Engine) in
      switch self {
      case .monkey: MonkeyDialect.run(.monkey, file.bytes, engine: engine)
      case .bhasa: MonkeyDialect.run(.bhasa, file.bytes, engine: engine)
      case .lox: LoxDialect.run(file.bytes, engine: engine)
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
            path: file.path, source: $0, tokens: $1, kinds: $2, engine: $3, load: { try? SourceFile.read(path: $0) })
        }
      }
    }
    return Trace(path: file.path, source: file.bytes, dialect: rawValue, tokens: tokens, engine: finished)
  }
}
