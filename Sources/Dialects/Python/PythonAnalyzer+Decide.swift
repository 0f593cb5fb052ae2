import ScopeEngine

/// The end of a block's analysis (CPython's `update_symbols`): each name gets its final
/// scope, and with it the storage its loads and stores compile to and their index; names
/// free in a child but bound further out pass through as FREE; each child's free variables
/// are recorded as captures of this block's symbols.
extension PythonAnalyzer {
  /// Writes the final symbols of `block`.
  mutating func decide(
    _ block: Int, entries: [(name: NameID, symbol: SymbolID)], scopes: [NameID: PythonScope], bound: Set<NameID>?,
    free: Set<NameID>
  ) {
    let b = blocks[block]
    var decided: [(name: NameID, flags: UInt16, token: Int32)] = entries.map { entry in
      let symbol = engine.symbols[Int(entry.symbol)]
      let scope = scopes[entry.name]!
      return (entry.name, symbol.flags | scope.rawValue << PythonFlag.scopeShift, decidingStep(symbol, scope))
    }
    let bucketOrder = Dictionary(uniqueKeysWithValues: entries.enumerated().map { ($1.name, $0) })
    for name in free.sorted() {
      if let i = bucketOrder[name] {
        if b.kind == .class && decided[i].flags & (PythonFlag.bound | PythonFlag.global) != 0 {
          decided[i].flags |= PythonFlag.freeClass
        }
        continue
      }
      if let bound, !bound.contains(name) { continue }
      decided.append((name, PythonScope.free.rawValue << PythonFlag.scopeShift, engine.step))
    }
    let indices = storageIndices(of: block, decided.map { ($0.name, $0.flags, $0.token) })
    for entry in decided {
      let scope = PythonScope.of(entry.flags)!
      engine.define(
        entry.name, as: storage(of: scope, in: b.kind), index: indices[entry.name] ?? -1, in: b.scope,
        flags: entry.flags, token: entry.token)
    }
    recordCaptures(of: block)
  }

  /// The storage a name's loads compile to: LOAD_FAST in a function for a local, DEREF for
  /// cells and free variables, LOAD_GLOBAL for globals (implicit ones only in functions),
  /// LOAD_NAME in module and class bodies.
  func storage(of scope: PythonScope, in kind: PyBlockKind) -> Storage {
    switch scope {
    case .free: .free
    case .cell: .cell
    case .local: kind == .function ? .local : .name
    case .globalImplicit: kind == .function ? .global : .name
    case .globalExplicit: .global
    }
  }

  /// The step that decided a name's scope: its declaration, first binding or first use.
  func decidingStep(_ symbol: Symbol, _ scope: PythonScope) -> Int32 {
    let f = facts[Int(symbol.index)]
    let step: Int32
    switch scope {
    case .globalExplicit: step = f.declaration
    case .free: step = f.declaration >= 0 ? f.declaration : f.use
    case .local, .cell: step = f.bind
    case .globalImplicit: step = f.use >= 0 ? f.use : f.declaration
    }
    return step >= 0 ? step : symbol.token
  }

  /// The index of each fast local (the parameters in order, then the other locals in the
  /// order they first appear), each cell and each free variable (in name order, as CPython
  /// numbers `co_cellvars` and `co_freevars`).
  func storageIndices(of block: Int, _ decided: [(name: NameID, flags: UInt16, token: Int32)]) -> [NameID: Int32] {
    var indices: [NameID: Int32] = [:]
    let b = blocks[block]
    let cells = decided.filter { PythonScope.of($0.flags) == .cell }
    let frees = decided.filter { PythonScope.of($0.flags) == .free || $0.flags & PythonFlag.freeClass != 0 }
    for (i, entry) in sortedByText(cells).enumerated() { indices[entry.name] = Int32(i) }
    for (i, entry) in sortedByText(frees).enumerated() where PythonScope.of(entry.flags) == .free {
      indices[entry.name] = Int32(i)
    }
    guard b.kind == .function else { return indices }
    var next: Int32 = 0
    for name in b.varnames {
      if indices[name] == nil { indices[name] = next }
      next += 1
    }
    let locals = decided.filter { PythonScope.of($0.flags) == .local && indices[$0.name] == nil }
    for local in locals.sorted(by: { ($0.token, $0.name) < ($1.token, $1.name) }) {
      indices[local.name] = next
      next += 1
    }
    return indices
  }

  /// `entries` in the order of their names' text (CPython sorts cell and free variables).
  func sortedByText(_ entries: [(name: NameID, flags: UInt16, token: Int32)])
    -> [(name: NameID, flags: UInt16, token: Int32)]
  {
    guard entries.count > 1 else { return entries }
    let names = engine.names
    return entries.map { (key: Array(names.bytes(of: $0.name)), entry: $0) }
      .sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.entry)
  }

  /// Records each child's free variables as captures of this block's symbols.
  mutating func recordCaptures(of block: Int) {
    let scope = blocks[block].scope
    for child in blocks[block].children {
      for (name, symbol) in symbols(of: child) where engine.symbols[Int(symbol)].storage == .free {
        guard let outer = engine.peek(name, in: scope) else { continue }
        engine.noteFreeVariable(symbol, from: outer, in: blocks[child].scope)
      }
    }
  }
}
