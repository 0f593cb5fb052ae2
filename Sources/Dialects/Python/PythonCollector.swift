import ScopeEngine

/// The symbol table's first pass (CPython 3.11's `symtable_visit_*`): walks the tree in
/// CPython's order, opening a block for the module, each def, lambda, class and
/// comprehension, and recording each name's flags in its block's table. A flag a name did
/// not have yet is a define event, so the table grows as CPython's does.
struct PythonCollector {
  /// The engine whose tables are the symbol table.
  var engine: Engine
  /// The tree and the tokens it points into.
  let ast: PyAST
  let source: PythonSource
  /// The blocks, in the order made.
  var blocks: [PyBlock] = []
  /// The blocks being visited, outermost first (CPython's `st_stack`).
  var stack: [Int] = []
  /// The innermost block being visited.
  var current = -1
  /// The class whose private names are mangled (`__x` in class `C` is `_C__x`).
  var privateName: String?
  /// Whether `from __future__ import annotations` is in force (known once the module's
  /// first statements are read).
  var futureAnnotations: Bool
  /// The facts of each name in each block, indexed by the name's pass-one symbol `index`.
  var facts: [PyFacts] = []
  /// Where each block declared each name `global` or `nonlocal` (a parser token), for the
  /// analysis's errors, which CPython reports at the declaration.
  var directives: [ScopeID: [NameID: Int32]] = [:]
  /// Each parser token's name, mangled as in its place (-1 before it is read).
  var tokenNames: [NameID]
  /// Names the pass uses itself.
  let names: PyNames

  /// A collector over `ast` driving `engine`.
  init(engine: Engine, ast: PyAST, source: PythonSource, futureAnnotations: Bool) {
    self.engine = engine
    self.ast = ast
    self.source = source
    self.futureAnnotations = futureAnnotations
    tokenNames = []
    tokenNames.reserveCapacity(source.kinds.count)
    HugePages.advise(tokenNames)
    tokenNames.append(contentsOf: repeatElement(-1, count: source.kinds.count))
    names = PyNames(&self.engine)
  }

  // MARK: Blocks

  /// Opens a block named `name` at parser token `token`, ending at `end`.
  mutating func enterBlock(_ name: NameID, _ kind: PyBlockKind, node: Int32, token: Int32, end: Int32) {
    engine.step = source.step(of: token)
    let scopeKind: ScopeKind =
      switch kind {
      case .module: .module
      case .function: .function
      case .class: .class
      case .annotation: .annotation
      }
    let scope = engine.pushScope(scopeKind, name: name)
    precondition(scope == blocks.count, "each block's scope has the block's index (the compiler relies on it)")
    let parent = current
    let nested = parent >= 0 && (blocks[parent].nested || blocks[parent].kind == .function)
    var block = PyBlock(
      kind: kind, scope: scope, parent: parent, nested: nested, node: node, token: token, endToken: end)
    if parent >= 0 { block.compIterExpr = blocks[parent].compIterExpr }
    blocks.append(block)
    let index = blocks.count - 1
    if parent >= 0 && kind != .annotation { blocks[parent].children.append(index) }
    stack.append(index)
    current = index
  }

  /// Closes the current block at its last token.
  mutating func exitBlock() {
    engine.step = source.step(of: blocks[current].endToken)
    engine.popScope()
    stack.removeLast()
    current = stack.last ?? -1
  }

  // MARK: Names

  /// The name of parser token `token`, mangled for the class being visited.
  mutating func name(of token: Int32) -> NameID {
    if tokenNames[Int(token)] >= 0 { return tokenNames[Int(token)] }
    let bytes = source.bytes(of: token)
    var id: NameID
    if let privateName, PyNames.isPrivate(bytes) {
      id = engine.intern(PyNames.mangle(String(decoding: bytes, as: UTF8.self), in: privateName))
    } else if bytes.contains(where: { $0 >= 0x80 }) {
      id = engine.intern(PythonIdentifier.normalized(String(decoding: bytes, as: UTF8.self)))
    } else {
      id = engine.intern(bytes)
    }
    tokenNames[Int(token)] = id
    return id
  }

  /// The name of parser token `token` as written (NFKC-normalized, never mangled): a
  /// block's own name.
  mutating func rawName(of token: Int32) -> NameID {
    let bytes = source.bytes(of: token)
    guard bytes.contains(where: { $0 >= 0x80 }) else { return engine.intern(bytes) }
    return engine.intern(PythonIdentifier.normalized(String(decoding: bytes, as: UTF8.self)))
  }

  /// `name` mangled for the class being visited (for names that no token spells).
  mutating func mangled(_ name: NameID) -> NameID {
    guard let privateName else { return name }
    let text = engine.names.name(name)
    guard PyNames.isPrivate(Array(text.utf8)[...]) else { return name }
    return engine.intern(PyNames.mangle(text, in: privateName))
  }

  /// The flags `name` has in `block` (0 when it has none).
  func flags(of name: NameID, in block: Int) -> UInt16 {
    engine.peek(name, in: blocks[block].scope).map { engine.symbols[Int($0)].flags } ?? 0
  }

  /// CPython's `symtable_add_def_helper`: adds `flag` to `name` in `block` (the current one by
  /// default) at parser token `token`; a flag the name did not have is a define event.
  mutating func addDef(_ name: NameID, _ flag: UInt16, at token: Int32, in block: Int? = nil) throws(PySyntaxError) {
    let block = block ?? current
    let scope = blocks[block].scope
    let step = source.step(of: token)
    let existing = engine.peek(name, in: scope)
    var value = flag
    var factIndex: Int32
    if let existing {
      let old = engine.symbols[Int(existing)]
      if flag & PythonFlag.param != 0 && old.flags & PythonFlag.param != 0 {
        throw source.error("duplicate argument '\(engine.names.name(name))' in function definition", at: token)
      }
      value |= old.flags
      factIndex = old.index
    } else {
      factIndex = Int32(facts.count)
      facts.append(PyFacts())
    }
    if blocks[block].compIterTarget {
      if value & (PythonFlag.global | PythonFlag.nonlocal) != 0 {
        throw source.error(
          "comprehension inner loop cannot rebind assignment expression target '\(engine.names.name(name))'", at: token)
      }
      value |= PythonFlag.compIter
    }
    note(flag, at: step, in: Int(factIndex))
    if existing == nil || engine.symbols[Int(existing!)].flags != value {
      engine.step = step
      engine.define(name, as: .pending, index: factIndex, in: scope, flags: value)
    }
    if flag & PythonFlag.param != 0 {
      blocks[block].varnames.append(name)
    } else if flag & PythonFlag.global != 0 && block != 0 {
      try addDef(name, flag, at: token, in: 0)
    }
  }

  /// Remembers the first step at which a binding, a use or a declaration was seen.
  mutating func note(_ flag: UInt16, at step: Int32, in index: Int) {
    if flag & (PythonFlag.bound) != 0 && facts[index].bind < 0 { facts[index].bind = step }
    if flag & PythonFlag.use != 0 && facts[index].use < 0 { facts[index].use = step }
    if flag & (PythonFlag.global | PythonFlag.nonlocal) != 0 && facts[index].declaration < 0 {
      facts[index].declaration = step
    }
  }
}

/// The names the symbol table uses itself, interned once.
struct PyNames: Sendable {
  let top, lambda, listcomp, setcomp, dictcomp, genexpr, implicitArgument, annotation, superName, classCell: NameID

  /// Interns them in `engine`.
  init(_ engine: inout Engine) {
    top = engine.intern("top")
    lambda = engine.intern("lambda")
    listcomp = engine.intern("listcomp")
    setcomp = engine.intern("setcomp")
    dictcomp = engine.intern("dictcomp")
    genexpr = engine.intern("genexpr")
    implicitArgument = engine.intern(".0")
    annotation = engine.intern("_annotation")
    superName = engine.intern("super")
    classCell = engine.intern("__class__")
  }

  /// Whether a name is private: `__x`, not `__x__`, and no dot.
  static func isPrivate(_ bytes: some Collection<UInt8>) -> Bool {
    let a = Array(bytes)
    guard a.count > 2, a[0] == UInt8(ascii: "_"), a[1] == UInt8(ascii: "_") else { return false }
    if a[a.count - 1] == UInt8(ascii: "_") && a[a.count - 2] == UInt8(ascii: "_") { return false }
    return !a.contains(UInt8(ascii: "."))
  }

  /// CPython's `_Py_Mangle`: `_Class__x` (the class name's leading underscores dropped; a
  /// class named only with underscores mangles nothing).
  static func mangle(_ name: String, in className: String) -> String {
    let stripped = className.drop { $0 == "_" }
    guard !stripped.isEmpty else { return name }
    return "_" + stripped + name
  }
}
