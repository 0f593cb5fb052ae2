/// Where a resolved name lives at run time: one vocabulary for every dialect.
public enum Storage: UInt8, Sendable, CaseIterable, CustomStringConvertible {
  /// A global (Monkey's globals array; a late-bound Lox global).
  case global
  /// A local slot of the current function.
  case local
  /// A captured variable (Monkey's free symbol; clox's upvalue).
  case free
  /// A built-in function.
  case builtin
  /// The function's own name, for recursion (Monkey's DefineFunctionName).
  case function
  /// A class field or method.
  case member
  /// A namespace.
  case namespace
  /// An imported module.
  case `import`
  /// A class.
  case `class`
  /// Python: a local of this function that an inner function uses (LOAD_DEREF of its cell).
  case cell
  /// Python: looked up by name at run time in a module or class body (LOAD_NAME).
  case name
  /// Python's first pass: the name's facts are collected, its scope not yet decided.
  case pending

  /// The name the trace uses: `GLOBAL`, `LOCAL`, …
  public var description: String {
    switch self {
    case .global: "GLOBAL"
    case .local: "LOCAL"
    case .free: "FREE"
    case .builtin: "BUILTIN"
    case .function: "FUNCTION"
    case .member: "MEMBER"
    case .namespace: "NAMESPACE"
    case .import: "IMPORT"
    case .class: "CLASS"
    case .cell: "CELL"
    case .name: "NAME"
    case .pending: "PENDING"
    }
  }
}
