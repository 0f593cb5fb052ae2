/// CPython 3.11's symbol flags (Include/internal/pycore_symtable.h), kept in `Symbol.flags`.
public enum PythonFlag {
  public static let global: UInt16 = 1
  public static let local: UInt16 = 2
  public static let param: UInt16 = 4
  public static let nonlocal: UInt16 = 8
  public static let use: UInt16 = 16
  public static let free: UInt16 = 32
  public static let freeClass: UInt16 = 64
  public static let imported: UInt16 = 128
  public static let annotated: UInt16 = 256
  public static let compIter: UInt16 = 512
  /// Any binding.
  public static let bound: UInt16 = local | param | imported
  /// Where the analysis stores the scope it decided.
  public static let scopeShift: UInt16 = 11
  /// The flags without the scope.
  public static let factMask: UInt16 = (1 << scopeShift) - 1
}

/// The scope CPython's analysis gives a name (`SCOPE_OFF` bits of its flags).
public enum PythonScope: UInt16, Sendable {
  case local = 1
  case globalExplicit = 2
  case globalImplicit = 3
  case free = 4
  case cell = 5

  /// The name `symtable` prints.
  public var name: String {
    switch self {
    case .local: "LOCAL"
    case .globalExplicit: "GLOBAL_EXPLICIT"
    case .globalImplicit: "GLOBAL_IMPLICIT"
    case .free: "FREE"
    case .cell: "CELL"
    }
  }

  /// The scope recorded in `flags`, if the analysis has run.
  public static func of(_ flags: UInt16) -> PythonScope? { PythonScope(rawValue: (flags >> PythonFlag.scopeShift) & 7) }
}

/// The words `symtable` uses for a symbol's flags, in its order: `param`, `assigned`,
/// `referenced`, `imported`, `annotated`, `nonlocal`, `declared_global`.
public func pythonFlagWords(_ flags: UInt16) -> [String] {
  var words: [String] = []
  if flags & PythonFlag.param != 0 { words.append("param") }
  if flags & PythonFlag.local != 0 { words.append("assigned") }
  if flags & PythonFlag.use != 0 { words.append("referenced") }
  if flags & PythonFlag.imported != 0 { words.append("imported") }
  if flags & PythonFlag.annotated != 0 { words.append("annotated") }
  if flags & PythonFlag.nonlocal != 0 { words.append("nonlocal") }
  if flags & PythonFlag.global != 0 { words.append("declared_global") }
  return words
}
