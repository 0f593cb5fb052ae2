import ScopeEngine

/// The symbol table's second pass (CPython 3.11's `analyze_block`): from the module down,
/// each block's names are classified LOCAL, GLOBAL_EXPLICIT, GLOBAL_IMPLICIT or FREE from
/// their flags and the names bound in enclosing functions; after its children, a local that
/// a child uses free becomes a CELL, and names free in a child but bound further out pass
/// through as FREE. Each block is two steps of its own: entering it, and deciding it (a
/// define per symbol with its final scope, storage and index).
struct PythonAnalyzer {
  /// The engine, after the first pass.
  var engine: Engine
  /// The first pass's blocks and facts.
  let blocks: [PyBlock]
  let facts: [PyFacts]
  let directives: [ScopeID: [NameID: Int32]]
  let source: PythonSource
  let classCell: NameID
  /// The parser tokens the analysis steps stand on, in step order.
  var tokens: [Int32] = []
  /// Per block, once decided, its FREE symbols, until its parent records them as captures.
  var freeSymbols: [[(name: NameID, symbol: SymbolID)]]

  /// The second pass over the first one's blocks; the collector hands its engine over (it
  /// keeps an empty one), so the analysis writes to it without copying every log first.
  init(_ collector: inout PythonCollector) {
    engine = collector.engine
    collector.engine = Engine(profile: engine.profile)
    blocks = collector.blocks
    facts = collector.facts
    directives = collector.directives
    source = collector.source
    classCell = collector.names.classCell
    freeSymbols = Array(repeating: [], count: blocks.count)
  }

  /// Analyses every block.
  mutating func analyze() throws(PySyntaxError) {
    var free = Set<NameID>()
    var global = Set<NameID>()
    try analyzeBlock(0, bound: nil, free: &free, global: &global)
  }

  /// A new analysis step standing on parser token `token` (or, for a layout token, on the
  /// visible token before it).
  mutating func newStep(at token: Int32) {
    engine.step = Int32(source.visible.count + tokens.count)
    tokens.append(source.visible[Int(source.step(of: token))])
  }

  /// The live symbols of `block`: (name, symbol) in bucket order.
  func symbols(of block: Int) -> [(key: Int32, value: Int32)] {
    engine.scopes[Int(blocks[block].scope)].table.currentEntries
  }

  /// CPython's `analyze_block`.
  mutating func analyzeBlock(
    _ block: Int, bound outerBound: Set<NameID>?, free: inout Set<NameID>, global: inout Set<NameID>
  )
    throws(PySyntaxError)
  {
    let b = blocks[block]
    newStep(at: b.token)
    engine.reenterScope(b.scope)
    var bound = outerBound
    var local = Set<NameID>()
    var newGlobal = Set<NameID>()
    var newBound = Set<NameID>()
    var newFree = Set<NameID>()
    if b.kind == .class {
      newGlobal = global
      newBound = bound ?? []
    }
    let entries = symbols(of: block)
    var scopes: [PythonScope] = []
    scopes.reserveCapacity(entries.count)
    for (name, symbol) in entries {
      scopes.append(
        try analyzeName(
          name, engine.symbols[Int(symbol)].flags, in: block, bound: &bound, local: &local, free: &free,
          global: &global))
    }
    if b.kind != .class {
      if b.kind == .function { newBound = local }
      if let bound { newBound.formUnion(bound) }
      newGlobal = global
    } else {
      newBound.insert(classCell)
    }
    var allFree = Set<NameID>()
    for child in b.children {
      var childFree = newFree
      var childGlobal = newGlobal
      try analyzeBlock(child, bound: newBound, free: &childFree, global: &childGlobal)
      allFree.formUnion(childFree)
    }
    newFree.formUnion(allFree)
    if b.kind == .function && !newFree.isEmpty {
      for (i, entry) in entries.enumerated() where scopes[i] == .local && newFree.contains(entry.key) {
        scopes[i] = .cell
        newFree.remove(entry.key)
      }
    } else if b.kind == .class {
      newFree.remove(classCell)
    }
    newStep(at: b.endToken)
    decide(block, entries: entries, scopes: scopes, bound: bound, free: newFree)
    free.formUnion(newFree)
    engine.popScope()
  }

  /// CPython's `analyze_name`: the scope of one name in one block.
  func analyzeName(
    _ name: NameID, _ flags: UInt16, in block: Int, bound: inout Set<NameID>?, local: inout Set<NameID>,
    free: inout Set<NameID>, global: inout Set<NameID>
  ) throws(PySyntaxError) -> PythonScope {
    if flags & PythonFlag.global != 0 {
      if flags & PythonFlag.nonlocal != 0 {
        throw directiveError("name '\(engine.names.name(name))' is nonlocal and global", name, block)
      }
      global.insert(name)
      bound?.remove(name)
      return .globalExplicit
    }
    if flags & PythonFlag.nonlocal != 0 {
      guard let bound else { throw directiveError("nonlocal declaration not allowed at module level", name, block) }
      guard bound.contains(name) else {
        throw directiveError("no binding for nonlocal '\(engine.names.name(name))' found", name, block)
      }
      free.insert(name)
      return .free
    }
    if flags & PythonFlag.bound != 0 {
      // Only a function passes its locals down (as bound), so only a function collects them.
      if blocks[block].kind == .function { local.insert(name) }
      if !global.isEmpty { global.remove(name) }
      return .local
    }
    if let bound, bound.contains(name) {
      free.insert(name)
      return .free
    }
    return .globalImplicit
  }

  /// An error at the `global` or `nonlocal` statement that declared `name` in `block`.
  func directiveError(_ message: String, _ name: NameID, _ block: Int) -> PySyntaxError {
    let token = directives[blocks[block].scope]?[name] ?? blocks[block].token
    return source.error(message, at: token)
  }
}
