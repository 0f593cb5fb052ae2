import ScopeEngine

/// The compiler's walk over expressions, annotations and patterns, in the order compile.c
/// emits their code.
extension PythonCompileOrder {
  /// Each expression of a list.
  mutating func compileExpressions(_ list: Int32) {
    for expression in ast.items(list) where expression >= 0 { compileExpression(expression) }
  }

  /// One expression.
  mutating func compileExpression(_ index: Int32) {
    let e = ast[index]
    switch e.kind {
    case .name:
      if e.context == .load && isDebug(e.token) { return }
      resolve(e.token, e.context == .load ? .get : e.context == .store ? .set : .del)
    case .namedExpr:
      compileExpression(e.b)
      compileExpression(e.a)
    case .boolOp, .tuple, .list, .set, .joinedStr:
      compileExpressions(e.a)
    case .binOp:
      compileExpression(e.a)
      compileExpression(e.b)
    case .compare:
      compileExpression(e.a)
      compileExpressions(e.b)
    case .unaryOp, .await, .starred, .yieldFrom:
      compileExpression(e.a)
    case .yield:
      if e.a >= 0 { compileExpression(e.a) }
    case .lambda:
      compileDefaults(e.a)
      inBlock(of: index) { $0.compileExpression(e.b) }
    case .ifExp:
      compileExpression(e.b)
      compileExpression(e.a)
      compileExpression(e.c)
    case .dict:
      let keys = ast.items(e.a)
      let values = ast.items(e.b)
      for (key, value) in zip(keys, values) {
        if key >= 0 { compileExpression(key) }
        compileExpression(value)
      }
    case .listComp, .setComp, .genExp:
      compileComprehension(index, elt: e.a, value: -1, generators: e.b)
    case .dictComp:
      compileComprehension(index, elt: e.a, value: e.b, generators: e.c)
    case .call:
      compileExpression(e.a)
      compileExpressions(e.b)
      for keyword in ast.items(e.c) { compileExpression(ast[keyword].a) }
    case .formattedValue:
      compileExpression(e.a)
      if e.b >= 0 { compileExpression(e.b) }
    case .attribute:
      compileExpression(e.a)
    case .subscript:
      compileExpression(e.a)
      compileExpression(e.b)
    case .slice:
      if e.a >= 0 { compileExpression(e.a) }
      if e.b >= 0 { compileExpression(e.b) }
      if e.c >= 0 { compileExpression(e.c) }
    default:
      break
    }
  }

  /// A comprehension: its own code first (targets, conditions, inner iterables, the
  /// element), then its first iterable in the enclosing block.
  mutating func compileComprehension(_ index: Int32, elt: Int32, value: Int32, generators list: Int32) {
    let generators = ast.items(list)
    inBlock(of: index) { c in
      for (i, generator) in generators.enumerated() {
        let g = c.ast[generator]
        if i > 0 { c.compileExpression(g.b) }
        c.compileExpression(g.a)
        c.compileExpressions(g.c)
      }
      c.compileExpression(elt)
      if value >= 0 { c.compileExpression(value) }
    }
    compileExpression(ast[generators.first!].b)
  }

  /// A def's or lambda's defaults, positional then keyword-only.
  mutating func compileDefaults(_ arguments: Int32) {
    let a = ast[arguments]
    for list in [a.a, a.b, a.d] {
      for arg in ast.items(list) where ast[arg].b >= 0 { compileExpression(ast[arg].b) }
    }
  }

  /// A def's annotations, evaluated at the def unless they are strings: positional,
  /// positional-only, `*`, keyword-only, `**`, then the return annotation.
  mutating func compileAnnotations(arguments: Int32, returns: Int32) {
    guard !futureAnnotations else { return }
    let a = ast[arguments]
    for list in [a.b, a.a] {
      for arg in ast.items(list) where ast[arg].a >= 0 { compileExpression(ast[arg].a) }
    }
    if a.c >= 0 && ast[a.c].a >= 0 { compileExpression(ast[a.c].a) }
    for arg in ast.items(a.d) where ast[arg].a >= 0 { compileExpression(ast[arg].a) }
    if a.e >= 0 && ast[a.e].a >= 0 { compileExpression(ast[a.e].a) }
    if returns >= 0 { compileExpression(returns) }
  }

  /// `target: annotation [= value]`: the value and the store; a simple name's annotation is
  /// evaluated only in a module or class body; a complex target's parts are evaluated when
  /// there is no value.
  mutating func compileAnnotatedAssignment(_ s: PyNode) {
    let target = ast[s.a]
    let simple = s.flags & PyNode.isSimple != 0
    let evaluatesAnnotations = !futureAnnotations && !inFunction
    if s.c >= 0 {
      compileExpression(s.c)
      compileExpression(s.a)
    }
    switch target.kind {
    case .name:
      if simple && evaluatesAnnotations { compileExpression(s.b) }
    case .attribute:
      if s.c < 0 { compileExpression(target.a) }
    case .subscript:
      if s.c < 0 {
        compileExpression(target.a)
        compileExpression(target.b)
      }
    default:
      break
    }
    if !simple && evaluatesAnnotations { compileExpression(s.b) }
  }

  /// The read before an augmented assignment: the name itself, or the object and index.
  mutating func compileAugmentedTarget(_ index: Int32) {
    let t = ast[index]
    switch t.kind {
    case .name: resolve(t.token, .get)
    case .attribute: compileExpression(t.a)
    case .subscript:
      compileExpression(t.a)
      compileExpression(t.b)
    default: compileExpression(index)
    }
  }

  /// A match pattern: value patterns read, captures store.
  mutating func compilePattern(_ index: Int32) {
    let p = ast[index]
    switch p.kind {
    case .matchValue:
      compileExpression(p.a)
    case .matchSequence, .matchOr:
      for item in ast.items(p.a) { compilePattern(item) }
    case .matchStar:
      if p.b >= 0 { store(p.b) }
    case .matchMapping:
      compileExpressions(p.a)
      for item in ast.items(p.b) { compilePattern(item) }
      if p.c >= 0 { store(p.c) }
    case .matchClass:
      compileExpression(p.a)
      for item in ast.items(p.b) { compilePattern(item) }
      for item in ast.items(p.c) { compilePattern(item) }
    case .matchAs:
      if p.a >= 0 { compilePattern(p.a) }
      if p.b >= 0 { store(p.b) }
    default:
      break
    }
  }

  /// A store of the name at parser token `token`.
  mutating func store(_ token: Int32) { resolve(token, .set) }
}
