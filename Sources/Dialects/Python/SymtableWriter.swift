import ScopeEngine

/// Prints a Python trace's symbol table as `symtable_dump.py` prints CPython's: a line per
/// block (`TYPE name (line N) [optimized,nested]`), its symbols sorted by name with their
/// scope and flags, then its child blocks, two spaces deeper per level.
public enum SymtableWriter {
  /// Writes the symbol table of `trace` (a Python trace whose analysis finished).
  public static func write(_ trace: Trace, to out: inout OutputBuffer) {
    let engine = trace.engine
    var children = [[ScopeID]](repeating: [], count: engine.scopes.count)
    for scope in engine.scopes where scope.parent >= 0 && scope.kind != .annotation {
      children[Int(scope.parent)].append(scope.id)
    }
    guard let module = engine.scopes.first(where: { $0.kind == .module }) else { return }
    write(module.id, depth: 0, nested: false, children: children, trace: trace, to: &out)
    out.flush()
  }

  /// One block and, below it, its children.
  private static func write(
    _ id: ScopeID, depth: Int, nested: Bool, children: [[ScopeID]], trace: Trace, to out: inout OutputBuffer
  ) {
    let engine = trace.engine
    let scope = engine.scope(id)
    let indent = String(repeating: "  ", count: depth)
    let type = scope.kind == .module ? "module" : scope.kind == .class ? "class" : "function"
    let line = scope.kind == .module ? 0 : trace.tokens[Int(scope.token)].line
    var extras: [String] = []
    if scope.kind == .function { extras.append("optimized") }
    if nested { extras.append("nested") }
    let suffix = extras.isEmpty ? "" : " [" + extras.joined(separator: ",") + "]"
    out.raw("\(indent)\(type) \(engine.names.name(scope.name)) (line \(line))\(suffix)")
    out.endLine()
    let namespaces = Set(children[Int(id)].map { engine.scope($0).name })
    let entries = TableSnapshot(live: scope.table).entries.filter { $0.name >= 0 }.sorted {
      engine.names.bytes(of: $0.name).lexicographicallyPrecedes(engine.names.bytes(of: $1.name))
    }
    for entry in entries {
      let flags = engine.symbols[Int(entry.value)].flags
      var words = pythonFlagWords(flags)
      if namespaces.contains(entry.name) { words.append("namespace") }
      let scopeName = PythonScope.of(flags)?.name ?? String((flags >> PythonFlag.scopeShift) & 7)
      out.raw("\(indent)  \(engine.names.name(entry.name)) \(scopeName) \(words.joined(separator: " "))")
      out.endLine()
    }
    let childNested = nested || scope.kind == .function
    for child in children[Int(id)] {
      write(child, depth: depth + 1, nested: childNested, children: children, trace: trace, to: &out)
    }
  }
}
