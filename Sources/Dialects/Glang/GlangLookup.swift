import ScopeEngine

/// Lookup (simple names through method, class and root; dotted names segment by segment) and expressions.
extension GlangCompiler {
  // MARK: Lookup

  /// A simple name: the current context, then outward; a method jumps to its class (and
  /// its base), a class to the root.
  @discardableResult
  mutating func lookup(_ token: Int, access: Access) -> SymbolID? {
    let saved = engine.step
    engine.step = Int32(token)
    defer { engine.step = saved }
    let id = name(token)
    let start = engine.beginLookup()
    var scope: ScopeID? = engine.current
    var found: SymbolID?
    while let s = scope {
      let kind = engine.kind(of: s)
      var next: ScopeID? = engine.parent(of: s)
      var note: PathNote = .missed
      if kind == .method {
        next = currentClass ?? 0
        note = currentClass == nil ? .classToRoot : .methodToClass
      } else if kind == .class {
        next = bases[s] ?? 0
        note = bases[s] == nil ? .classToRoot : .missed
      } else if kind == .global {
        note = .unresolved
        next = nil
      } else {
        let visited = engine.visitStretch(s, for: id, missNote: note)
        found = visited.hit
        if found != nil { break }
        scope = engine.parent(of: visited.last)
        continue
      }
      if let hit = engine.visit(s, for: id, missNote: note) {
        found = hit
        break
      }
      scope = next
    }
    engine.recordResolve(id, access: access, symbol: found, since: start)
    if found == nil { report(.error, "\(text(token)) is not defined", at: token) }
    return found
  }

  /// One segment looked up inside `scope` (a class, a pseudo-class or an import).
  mutating func segment(_ token: Int, in scope: ScopeID, access: Access) -> SymbolID? {
    let saved = engine.step
    engine.step = Int32(token)
    defer { engine.step = saved }
    let id = name(token)
    let start = engine.beginLookup()
    var target: ScopeID? = scope
    var found: SymbolID?
    while let s = target {
      if let hit = engine.visit(s, for: id, missNote: .segment) {
        found = hit
        break
      }
      target = bases[s]
    }
    engine.recordResolve(id, access: access, symbol: found, since: start)
    return found
  }

  /// A dotted name, segment by segment: a dict, list or map variable's method, a class's
  /// member (the current class's too), or an imported class.
  mutating func dotted(access: Access) {
    var token = current
    advance()
    let last = kind != .dot
    var symbol = lookup(token, access: last ? access : .get)
    var importSpace: [NameID: ScopeID]?
    while match(.dot) {
      guard kind == .identifier || kind == .constructor else { return error("expected a name after '.'") }
      let previous = token
      token = current
      advance()
      let isLast = kind != .dot
      if let space = importSpace {
        importSpace = nil
        let id = name(token)
        guard let classScope = space[id] else {
          report(.error, "\(text(previous)) has no class \(text(token))", at: token)
          symbol = nil
          continue
        }
        symbol = segment(token, in: engine.parent(of: classScope), access: .get)
        continue
      }
      guard let outer = symbol else { continue }
      let s = engine.symbols[Int(outer)]
      var scope: ScopeID?
      switch s.storage {
      case .import:
        importSpace = imports[s.name] ?? [:]
        if let space = importSpace, let classScope = space[name(token)] {
          symbol = segment(token, in: engine.parent(of: classScope), access: .get)
          importSpace = nil
          continue
        }
        report(.error, "\(text(previous)) has no class \(text(token))", at: token)
        symbol = nil
        continue
      case .class: scope = classes[s.name] ?? imports.values.compactMap { $0[s.name] }.first
      default: scope = types[outer].flatMap { classes[$0] }
      }
      guard let scope else {
        report(
          .error,
          "\(text(previous)) is not a class, an import or a dict, list or map variable, so it has no \(text(token))",
          at: token)
        symbol = nil
        continue
      }
      symbol = segment(token, in: scope, access: isLast ? access : .get)
      if symbol == nil { report(.error, "\(text(previous)) has no member \(text(token))", at: token) }
    }
  }

  // MARK: Expressions

  mutating func expression() {
    unary()
    while [.wordOperator, .plus, .minus, .star, .slash, .percent].contains(kind) {
      advance()
      unary()
    }
  }

  mutating func unary() {
    if kind == .not || kind == .minus {
      advance()
      return unary()
    }
    switch kind {
    case .number, .string, .true, .false: advance()
    case .identifier:
      dotted(access: .get)
      if match(.leftParen) {
        if !match(.rightParen) {
          repeat { expression() } while match(.comma)
          _ = expect(.rightParen, "')' after the arguments")
        }
      }
    case .leftParen:
      advance()
      expression()
      _ = expect(.rightParen, "')'")
    default:
      error("expected an expression")
      if kind != .eof && kind != .rightBrace { advance() }
    }
  }
}
