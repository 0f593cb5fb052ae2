import ScopeEngine

/// What kind of function is being compiled (clox's `FunctionType`).
enum LoxFunctionType {
  case function, initializer, method, script
}

/// A local variable as clox keeps it: its depth is -1 until it is initialized.
struct Local {
  /// Its name.
  var name: NameID
  /// The block depth, or -1 while declared but not yet defined.
  var depth: Int
  /// The engine symbol (its index is the slot).
  var symbol: SymbolID
  /// Whether a closure captured it.
  var isCaptured = false
}

/// An upvalue of a function: the enclosing function's slot (`isLocal`) or upvalue index.
struct Upvalue {
  /// Slot or upvalue index one function out.
  var index: Int32
  /// Whether `index` is a local slot of the directly enclosing function.
  var isLocal: Bool
  /// The FREE symbol standing for it here.
  var symbol: SymbolID
}

/// One function being compiled (clox's `Compiler`).
struct FunctionState {
  /// Its kind.
  var type: LoxFunctionType
  /// Its engine scope (parameters and body).
  var scope: ScopeID
  /// Its locals, slot by slot.
  var locals: [Local] = []
  /// Its upvalues, in order of first reference.
  var upvalues: [Upvalue] = []
  /// The block depth.
  var scopeDepth = 0
  /// Constants added to its chunk (clox adds one per name, number, string and function).
  var constants = 0
  /// The parameters.
  var arity = 0

  /// A function of `type` whose scope is `scope`.
  init(type: LoxFunctionType, scope: ScopeID) {
    self.type = type
    self.scope = scope
  }

  /// A function of `type` whose scope is `scope`, its arrays taken from `spares` if any.
  init(type: LoxFunctionType, scope: ScopeID, reusing spares: inout Spares) {
    self.init(type: type, scope: scope)
    if let locals = spares.locals.popLast() { self.locals = locals }
    if let upvalues = spares.upvalues.popLast() { self.upvalues = upvalues }
  }

  /// Empty arrays kept for reuse.
  struct Spares {
    /// Emptied locals arrays.
    var locals: [[Local]] = []
    /// Emptied upvalue arrays.
    var upvalues: [[Upvalue]] = []
  }

  /// Gives this finished function's arrays, emptied, to `spares`.
  consuming func retire(into spares: inout Spares) {
    locals.removeAll(keepingCapacity: true)
    upvalues.removeAll(keepingCapacity: true)
    spares.locals.append(locals)
    spares.upvalues.append(upvalues)
  }
}
