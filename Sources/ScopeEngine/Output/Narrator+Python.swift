/// Python's sentences: each classification with the line that decided it, and each name
/// operation with the opcode CPython 3.11 emits for it.
extension Narrator {
  /// A define event in a Python trace: the first pass's facts, or the analysis's decision.
  func pythonDefinition(_ definition: Definition) -> String {
    let s = engine.symbols[Int(definition.symbol)]
    let scope = engine.label(of: s.scope)
    let name = engine.names.name(s.name)
    guard s.storage != .pending else {
      let facts = pythonFlagWords(s.flags).joined(separator: " ")
      return "\(name) in \(scope): \(facts.isEmpty ? "no facts yet" : facts) (bucket \(definition.bucket))"
    }
    return "\(name) in \(scope) is \(s.storageLabel): \(pythonReason(s))"
  }

  /// Why the analysis gave `s` its scope, citing the line that decided it.
  public func pythonReason(_ s: Symbol) -> String {
    let line = s.token >= 0 && Int(s.token) < trace.tokens.count ? "line \(trace.tokens[Int(s.token)].line)" : "?"
    let scope = engine.label(of: s.scope)
    let isFunction = engine.kind(of: s.scope) == .function
    switch engine.names.name(s.name) {
    case ".0": return "the comprehension's implicit parameter: its first iterable, evaluated outside it"
    case "__class__" where s.storage == .free && s.flags & PythonFlag.local == 0:
      return "the enclosing class's implicit __class__ cell, which super() (\(line)) needs"
    default: break
    }
    switch PythonScope.of(s.flags) {
    case .local:
      if s.flags & PythonFlag.param != 0 { return "a parameter of \(scope) (\(line))" }
      if !isFunction { return "bound on \(line) in \(scope), looked up there by name at run time" }
      let how = s.flags & PythonFlag.local == 0 && s.flags & PythonFlag.imported != 0 ? "imported" : "assigned"
      return "\(how) on \(line), so local to \(scope) in the whole function"
    case .cell:
      return "bound in \(scope) on \(line) and used by an inner function, so a cell"
    case .free:
      let owner = cellOwner(of: s).map { engine.label(of: $0) } ?? "an enclosing function"
      if s.flags & PythonFlag.nonlocal != 0 { return "declared nonlocal on \(line); bound in \(owner)" }
      if s.flags & PythonFlag.factMask == 0 { return "passes through \(scope) to an inner function; bound in \(owner)" }
      return "used on \(line) and bound in \(owner), so free in \(scope)"
    case .globalExplicit:
      return "declared global on \(line)"
    case .globalImplicit:
      return isFunction
        ? "used on \(line) and bound in no enclosing function: a global, or a builtin"
        : "used on \(line), looked up by name at run time"
    case nil:
      return "not classified"
    }
  }

  /// The function whose cell holds the free variable `s` (class bodies are skipped).
  func cellOwner(of s: Symbol) -> ScopeID? {
    var scope = engine.parent(of: s.scope)
    while scope >= 0 {
      if engine.kind(of: scope) != .class, let found = engine.peek(s.name, in: scope),
        engine.symbols[Int(found)].storage == .cell
      {
        return scope
      }
      scope = engine.parent(of: scope)
    }
    return nil
  }

  /// A Python name operation: the opcode and why (the Resolution pane and the JSON trace
  /// show the scopes the path visited).
  func pythonSentence(for r: Resolution) -> String {
    let name = engine.names.name(r.name)
    guard r.symbol >= 0 else { return "\(name): not in the symbol table" }
    let s = engine.symbols[Int(r.symbol)]
    let index = s.index >= 0 ? " \(s.index)" : ""
    return "\(name): \(pythonOpcode(s, r.access))\(index), \(pythonReason(s))"
  }

  /// The opcode CPython 3.11 emits for `access` of `s`.
  public func pythonOpcode(_ s: Symbol, _ access: Access) -> String {
    let verb = access == .get ? "LOAD" : access == .set ? "STORE" : "DELETE"
    switch s.storage {
    case .local: return "\(verb)_FAST"
    case .cell, .free:
      return access == .get && engine.kind(of: s.scope) == .class ? "LOAD_CLASSDEREF" : "\(verb)_DEREF"
    case .global: return "\(verb)_GLOBAL"
    default: return "\(verb)_NAME"
    }
  }
}
