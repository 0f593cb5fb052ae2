import ScopeEngine

/// The kind of a block: CPython's `ModuleBlock`, `FunctionBlock` (defs, lambdas and
/// comprehensions), `ClassBlock` and `AnnotationBlock`.
enum PyBlockKind: Sendable {
  case module, function, `class`, annotation
}

/// Which comprehension a function block is, for its messages.
enum PyComprehension: UInt8, Sendable {
  case none, list, set, dict, generator

  /// `list comprehension`, …, `generator expression`.
  var phrase: String {
    switch self {
    case .none: ""
    case .list: "list comprehension"
    case .set: "set comprehension"
    case .dict: "dict comprehension"
    case .generator: "generator expression"
    }
  }
}

/// One block of the symbol table (CPython's `PySTEntryObject`), backed by an engine scope
/// whose table holds the block's symbols.
struct PyBlock: Sendable {
  /// What kind of block.
  var kind: PyBlockKind
  /// The engine scope holding its symbols.
  var scope: ScopeID
  /// The enclosing block, or -1.
  var parent: Int
  /// The blocks it contains, in the order the first pass made them.
  var children: [Int] = []
  /// Whether it is nested in a function (CPython's `ste_nested`).
  var nested: Bool
  /// Which comprehension it is, if any.
  var comprehension = PyComprehension.none
  /// Whether the first pass is visiting a comprehension's iteration target.
  var compIterTarget = false
  /// How deep the first pass is in comprehensions' outermost iterables.
  var compIterExpr = 0
  /// The syntax-tree node that made it.
  var node: Int32
  /// The parser token that opens it (`def`, `class`, `lambda`, a comprehension's bracket).
  var token: Int32
  /// Its last parser token.
  var endToken: Int32
  /// The parameters, in CPython's order (positional-only, positional, keyword-only, `*`, `**`).
  var varnames: [NameID] = []
}

/// The tokens that decided a name's scope in one block: where it was first bound, first
/// used, and declared `global` or `nonlocal` (trace steps, -1 for never).
struct PyFacts: Sendable {
  var bind: Int32 = -1
  var use: Int32 = -1
  var declaration: Int32 = -1
}
