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
  /// Python, as CPython 3.11's symbol table and compiler resolve it (`.py`).
  case python

  /// The file extensions that select this dialect.
  public var extensions: [String] {
    switch self {
    case .monkey: ["mk", "monkey"]
    case .bhasa: ["bhasa", "bh"]
    case .lox: ["lox"]
    case .parasheet: ["ps"]
    case .chirp: ["ch"]
    case .glang: ["g"]
    case .python: ["py"]
    }
  }

  /// The table profile used unless another is asked for.
  public var defaultProfile: TableProfile {
    switch self {
    case .monkey, .bhasa, .lox, .chirp, .python: .clox
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

  /// Whether a function's captures are clox's upvalues, each marked `isLocal` (the first
  /// function in) or not (passed through).
  public var capturesAreUpvalues: Bool { self == .lox }
}
