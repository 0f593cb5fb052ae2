import ScopeEngine

/// One name operation (compile.c's `compiler_nameop`): the symbol the analysis gave the name
/// in the block being compiled decides the operation, and the path shows why, scope by scope.
extension PythonCompiler {
  /// Resolves the name at parser token `token` for `access`.
  mutating func resolve(_ token: Int32, _ access: Access) {
    at(token)
    var name = tokenNames[Int(token)]
    if name < 0 { name = engine.intern(source.bytes(of: token)) }
    let start = engine.beginLookup()
    // Fields, not the block: a copy of a PyBlock costs its arrays' reference counts.
    let scope = blocks[current].scope
    let parent = blocks[current].parent
    let symbol = engine.peek(name, in: scope)
    switch symbol.map({ engine.symbols[Int($0)] }) {
    case .some(let s) where s.storage == .local:
      engine.visit(scope, for: name, found: true, note: .boundHere)
    case .some(let s) where s.storage == .cell:
      engine.visit(scope, for: name, found: true, note: .cellHere)
    case .some(let s) where s.storage == .free:
      let declared = s.flags & PythonFlag.nonlocal != 0
      engine.visit(scope, for: name, found: false, note: declared ? .declaredNonlocal : .freeHere)
      walkToCell(name, from: parent)
    case .some(let s) where s.storage == .global:
      if PythonScope.of(s.flags) == .globalExplicit {
        engine.visit(scope, for: name, found: false, note: .declaredGlobal)
      } else {
        engine.visit(scope, for: name, found: false, note: .notBoundHere)
        walkOut(name, from: parent)
      }
      visitModule(name)
    case .some(let s) where access != .get || s.flags & PythonFlag.bound != 0 && current != 0:
      engine.visit(scope, for: name, found: true, note: .found)
    default:
      if current != 0 { engine.visit(scope, for: name, found: false, note: .runTimeLookup) }
      visitModule(name)
    }
    engine.recordResolve(name, access: access, symbol: symbol, since: start)
  }

  /// The enclosing blocks a free name passes through, up to the function whose cell holds it.
  mutating func walkToCell(_ name: NameID, from start: Int) {
    var block = start
    while block >= 0 {
      let scope = blocks[block].scope
      let storage = engine.peek(name, in: scope).map { engine.symbols[Int($0)].storage }
      if blocks[block].kind == .class {
        engine.visit(scope, for: name, found: false, note: .classNotEnclosing)
      } else if storage == .cell {
        engine.visit(scope, for: name, found: true, note: .cellHere)
        return
      } else {
        engine.visit(scope, for: name, found: false, note: storage == .free ? .passesThrough : .notBoundHere)
      }
      block = blocks[block].parent
    }
  }

  /// The functions and classes between a global's block and the module; nested functions
  /// with empty tables are passed as one stretch.
  mutating func walkOut(_ name: NameID, from start: Int) {
    var block = start
    while block > 0 {
      let scope = blocks[block].scope
      let isClass = blocks[block].kind == .class
      engine.visit(scope, for: name, found: false, note: isClass ? .classNotEnclosing : .notBoundHere)
      let last = isClass ? scope : engine.passStretch(after: scope)
      block = blocks[Int(last)].parent  // the first pass made one scope per block, in order
    }
  }

  /// The module's table: found when the module binds the name (or declares it global
  /// somewhere); otherwise a builtin or a NameError at run time.
  mutating func visitModule(_ name: NameID) {
    let module = blocks[0].scope
    let flags = engine.peek(name, in: module).map { engine.symbols[Int($0)].flags } ?? 0
    let bound = flags & (PythonFlag.bound | PythonFlag.global) != 0
    engine.visit(module, for: name, found: bound, note: bound ? .found : .builtinOrUndefined)
  }
}
