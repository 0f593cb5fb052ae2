import ScopeEngine

/// Scopes, locals, upvalues and constants, as clox keeps them; each change also drives the
/// engine, so the explorer shows the blocks as jlox's resolver sees them.
extension LoxCompiler {
  /// The function being compiled (accessed in place: a copy would copy its locals on
  /// every change).
  var function: FunctionState {
    _read { yield functions[functions.count - 1] }
    _modify { yield &functions[functions.count - 1] }
  }

  /// Adds a constant to the current chunk (clox's limit is 256).
  mutating func makeConstant() {
    function.constants += 1
    if function.constants > 256 { error("Too many constants in one chunk.") }
  }

  /// Interns an identifier's name as clox's `identifierConstant` does, and counts the constant.
  @discardableResult
  mutating func identifierConstant(_ token: Int32) -> NameID {
    let id = name(of: token)
    makeConstant()
    return id
  }

  /// Consumes a variable's name and declares it; returns its name.
  @discardableResult
  mutating func parseVariable(_ message: String) -> NameID {
    consume(.identifier, message)
    declareVariable()
    if function.scopeDepth > 0 { return name(of: previous) }
    return identifierConstant(previous)
  }

  /// Declares the local named by the previous token (globals are late-bound: nothing to do).
  mutating func declareVariable() {
    guard function.scopeDepth > 0 else { return }
    let name = name(of: previous)
    if isDeclaredInCurrentBlock(name) { error("Already a variable with this name in this scope.") }
    addLocal(name)
  }

  /// Whether the current block already declares `name` (clox walks the locals back to the
  /// block's start; by index, so the array is read in place).
  func isDeclaredInCurrentBlock(_ name: NameID) -> Bool {
    let depth = function.scopeDepth
    var slot = function.locals.count - 1
    while slot >= 0 {
      let local = function.locals[slot]
      if local.depth != -1 && local.depth < depth { return false }
      if local.name == name { return true }
      slot -= 1
    }
    return false
  }

  /// Adds a local in the next slot, declared but not yet initialized.
  mutating func addLocal(_ name: NameID) {
    guard function.locals.count < 256 else {
      error("Too many local variables in function.")
      return
    }
    let symbol = engine.define(name, as: .local, index: Int32(function.locals.count))
    function.locals.append(Local(name: name, depth: -1, symbol: symbol))
  }

  /// Makes the variable just declared usable: a local is marked initialized, a global is
  /// defined in the global scope (late-bound, so by name: no index).
  mutating func defineVariable(_ global: NameID = -1) {
    if function.scopeDepth > 0 {
      markInitialized()
      return
    }
    if global >= 0 { engine.define(global, as: .global, index: -1, in: functions[0].scope) }
  }

  /// Marks the newest local initialized.
  mutating func markInitialized() {
    guard function.scopeDepth > 0, !function.locals.isEmpty else { return }
    function.locals[function.locals.count - 1].depth = function.scopeDepth
  }

  /// Opens a block.
  mutating func beginScope(_ kind: ScopeKind) {
    function.scopeDepth += 1
    engine.pushScope(kind)
  }

  /// Closes a block: its locals go (a captured one is closed first, clox's
  /// OP_CLOSE_UPVALUE), and their slots are free again.
  mutating func endScope() {
    function.scopeDepth -= 1
    while let last = function.locals.last, last.depth > function.scopeDepth {
      if last.isCaptured { engine.close(last.symbol) }
      function.locals.removeLast()
    }
    engine.popScope()
  }

  /// At a function's end, closes its captured locals (the return closes them in clox's VM).
  mutating func closeCaptured(above depth: Int) {
    for local in function.locals.reversed() where local.isCaptured && local.depth > depth { engine.close(local.symbol) }
  }

  /// Resolves `name` (then, if assigning, compiles the value).
  mutating func namedVariable(_ name: NameID, canAssign: Bool) {
    let assigning = canAssign && check(.equal)
    resolve(name, access: assigning ? .set : .get)
    if assigning {
      advance()
      expression()
    }
  }

  /// clox's resolution: the current function's locals innermost first (each block a scope
  /// here), then each enclosing function's, adding an upvalue to every function between;
  /// a name found nowhere is a late-bound global.
  mutating func resolve(_ name: NameID, access: Access) {
    let start = engine.beginLookup()
    var scope = engine.current
    var level = functions.count - 1
    var found: SymbolID?
    while scope >= 0 {
      let kind = engine.kind(of: scope)
      let isFunction = kind.isFunction || kind == .global
      let missNote: PathNote = kind == .global ? .lateBound : isFunction ? .leftFunction : .missed
      if isFunction {
        if let hit = engine.visit(scope, for: name, missNote: missNote) {
          found = hit
          break
        }
        level -= 1
        scope = engine.parent(of: scope)
      } else {
        let visited = engine.visitStretch(scope, for: name, missNote: missNote)
        if let hit = visited.hit {
          found = hit
          break
        }
        scope = engine.parent(of: visited.last)
      }
    }
    var result: SymbolID
    if let symbol = found, engine.symbols[Int(symbol)].storage == .local {
      let slot = Int(engine.symbols[Int(symbol)].index)
      if slot < functions[level].locals.count && functions[level].locals[slot].depth == -1 {
        error("Can't read local variable in its own initializer.")
      }
      result = level == functions.count - 1 ? symbol : capture(symbol, slot: slot, owner: level)
    } else if let symbol = found {
      result = symbol
    } else {
      result = engine.detachedSymbol(name, as: .global, index: -1, in: functions[0].scope)
    }
    engine.recordResolve(name, access: access, symbol: result, since: start)
  }

  /// Adds (or reuses) an upvalue for local `slot` of function `owner` in every function
  /// inside it, outermost first; returns the innermost FREE symbol.
  mutating func capture(_ symbol: SymbolID, slot: Int, owner: Int) -> SymbolID {
    functions[owner].locals[slot].isCaptured = true
    var outer = symbol
    var index = Int32(slot)
    var isLocal = true
    for level in (owner + 1)..<functions.count {
      let upvalue = addUpvalue(level, outer: outer, index: index, isLocal: isLocal)
      outer = upvalue.symbol
      index = upvalue.index
      isLocal = false
      engine.noteCapture(outer)
    }
    return outer
  }

  /// clox's `addUpvalue`: the existing one when (index, isLocal) is already there.
  mutating func addUpvalue(_ level: Int, outer: SymbolID, index: Int32, isLocal: Bool) -> (
    symbol: SymbolID, index: Int32
  ) {
    if let existing = functions[level].upvalues.firstIndex(where: { $0.index == index && $0.isLocal == isLocal }) {
      return (functions[level].upvalues[existing].symbol, Int32(existing))
    }
    guard functions[level].upvalues.count < 256 else {
      error("Too many closure variables in function.")
      return (functions[level].upvalues.first?.symbol ?? outer, 0)
    }
    let free = engine.addUpvalue(outer, into: functions[level].scope, isLocal: isLocal)
    functions[level].upvalues.append(Upvalue(index: index, isLocal: isLocal, symbol: free))
    return (free, Int32(functions[level].upvalues.count - 1))
  }
}
