import ScopeEngine

/// The end of a block's analysis (CPython's `update_symbols`): each name gets its final
/// scope, and with it the storage its loads and stores compile to and their index; names
/// free in a child but bound further out pass through as FREE; each child's free variables
/// are recorded as captures of this block's symbols.
extension PythonAnalyzer {
  /// One name's decision: its flags with the scope, and the step that decided it.
  typealias Decision = (name: NameID, flags: UInt16, token: Int32)

  /// Writes the final symbols of `block`.
  mutating func decide(
    _ block: Int, entries: [(key: Int32, value: Int32)], scopes: [PythonScope], bound: Set<NameID>?,
    free: Set<NameID>
  ) {
    let b = blocks[block]
    var decided: [Decision] = []
    decided.reserveCapacity(entries.count + free.count)
    for (i, entry) in entries.enumerated() {
      let symbol = engine.symbols[Int(entry.value)]
      let scope = scopes[i]
      decided.append((entry.key, symbol.flags | scope.rawValue << PythonFlag.scopeShift, decidingStep(symbol, scope)))
    }
    if !free.isEmpty {
      for name in free.sorted() {
        if let i = entries.firstIndex(where: { $0.key == name }) {
          if b.kind == .class && decided[i].flags & (PythonFlag.bound | PythonFlag.global) != 0 {
            decided[i].flags |= PythonFlag.freeClass
          }
          continue
        }
        if let bound, !bound.contains(name) { continue }
        decided.append((name, PythonScope.free.rawValue << PythonFlag.scopeShift, engine.step))
      }
    }
    let indices = storageIndices(of: block, decided)
    var frees: [(name: NameID, symbol: SymbolID)] = []
    for (i, entry) in decided.enumerated() {
      let scope = PythonScope.of(entry.flags)!
      let symbol = engine.define(
        entry.name, as: storage(of: scope, in: b.kind), index: indices[i], in: b.scope, flags: entry.flags,
        token: entry.token)
      if scope == .free { frees.append((entry.name, symbol)) }
    }
    freeSymbols[block] = frees
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

  /// The index of each decision's symbol (-1 for none): a fast local's position (the
  /// parameters in order, then the other locals in the order they first appear); a cell's
  /// or free variable's among the cells or free names sorted by name (as CPython numbers
  /// `co_cellvars` and `co_freevars`).
  func storageIndices(of block: Int, _ decided: [Decision]) -> [Int32] {
    var indices = [Int32](repeating: -1, count: decided.count)
    let b = blocks[block]
    var cells: [Int] = []
    var frees: [Int] = []
    var locals: [Int] = []
    for (i, entry) in decided.enumerated() {
      switch PythonScope.of(entry.flags) {
      case .cell: cells.append(i)
      case .free: frees.append(i)
      case .local: if b.kind == .function { locals.append(i) }
      default: if entry.flags & PythonFlag.freeClass != 0 { frees.append(i) }
      }
    }
    for (n, i) in sortedByText(cells, decided).enumerated() { indices[i] = Int32(n) }
    for (n, i) in sortedByText(frees, decided).enumerated() where PythonScope.of(decided[i].flags) == .free {
      indices[i] = Int32(n)
    }
    guard b.kind == .function else { return indices }
    func parameter(_ name: NameID) -> Int? { b.varnames.firstIndex(of: name) }
    var next = Int32(b.varnames.count)
    for i in locals { if let n = parameter(decided[i].name) { indices[i] = Int32(n) } }
    let others = locals.filter { parameter(decided[$0].name) == nil }
      .sorted { (decided[$0].token, decided[$0].name) < (decided[$1].token, decided[$1].name) }
    for i in others {
      indices[i] = next
      next += 1
    }
    return indices
  }

  /// The positions `positions` of `decided`, in the order of their names' text.
  func sortedByText(_ positions: [Int], _ decided: [Decision]) -> [Int] {
    guard positions.count > 1 else { return positions }
    let names = engine.names
    return positions.map { (key: Array(names.bytes(of: decided[$0].name)), position: $0) }
      .sorted { $0.key.lexicographicallyPrecedes($1.key) }.map(\.position)
  }

  /// Records each child's free variables as captures of this block's symbols.
  mutating func recordCaptures(of block: Int) {
    let scope = blocks[block].scope
    for child in blocks[block].children {
      for (name, symbol) in freeSymbols[child] {
        guard let outer = engine.peek(name, in: scope) else { continue }
        engine.noteFreeVariable(symbol, from: outer, in: blocks[child].scope)
      }
      freeSymbols[child] = []
    }
  }
}
