import ScopeEngine

/// The first pass over expressions: names, lambdas, comprehensions (the first iterable in
/// the enclosing block, the rest in their own with the implicit `.0` parameter) and `:=`
/// (which binds in the nearest enclosing function or module).
extension PythonCollector {
  /// One expression.
  mutating func visitExpression(_ index: Int32) throws(PySyntaxError) {
    let e = ast[index]
    switch e.kind {
    case .name:
      let name = self.name(of: e.token)
      try addDef(name, e.context == .load ? PythonFlag.use : PythonFlag.local, at: e.token)
      if e.context == .load && blocks[current].kind == .function && name == names.superName {
        try addDef(names.classCell, PythonFlag.use, at: e.token)
      }
    case .namedExpr:
      try refuseInAnnotation("named expression", at: e.token)
      try visitNamedExpression(e)
    case .boolOp, .tuple, .list, .set, .joinedStr:
      try visitExpressions(e.a)
    case .binOp:
      try visitExpression(e.a)
      try visitExpression(e.b)
    case .compare:
      try visitExpression(e.a)
      try visitExpressions(e.b)
    case .unaryOp, .starred:
      try visitExpression(e.a)
    case .await:
      try refuseInAnnotation("await expression", at: e.token)
      try visitExpression(e.a)
    case .yield, .yieldFrom:
      try refuseInAnnotation("yield expression", at: e.token)
      if e.a >= 0 { try visitExpression(e.a) }
      let comprehension = blocks[current].comprehension
      if comprehension != .none {
        throw source.error("'yield' inside \(comprehension.phrase)", at: e.token)
      }
    case .lambda:
      try visitDefaults(e.a)
      enterBlock(names.lambda, .function, node: index, token: e.token, end: e.c)
      try visitParameters(e.a)
      try visitExpression(e.b)
      exitBlock()
    case .ifExp:
      try visitExpression(e.b)
      try visitExpression(e.a)
      try visitExpression(e.c)
    case .dict:
      try visitExpressions(e.a)
      try visitExpressions(e.b)
    case .listComp:
      try visitComprehension(index, e, names.listcomp, .list, elt: e.a, value: -1, generators: e.b, end: e.c)
    case .setComp:
      try visitComprehension(index, e, names.setcomp, .set, elt: e.a, value: -1, generators: e.b, end: e.c)
    case .genExp:
      try visitComprehension(index, e, names.genexpr, .generator, elt: e.a, value: -1, generators: e.b, end: e.c)
    case .dictComp:
      try visitComprehension(index, e, names.dictcomp, .dict, elt: e.a, value: e.b, generators: e.c, end: e.d)
    case .call:
      try visitExpression(e.a)
      try visitExpressions(e.b)
      for keyword in ast.items(e.c) { try visitExpression(ast[keyword].a) }
    case .formattedValue:
      try visitExpression(e.a)
      if e.b >= 0 { try visitExpression(e.b) }
    case .attribute:
      try visitExpression(e.a)
    case .subscript:
      try visitExpression(e.a)
      try visitExpression(e.b)
    case .slice:
      if e.a >= 0 { try visitExpression(e.a) }
      if e.b >= 0 { try visitExpression(e.b) }
      if e.c >= 0 { try visitExpression(e.c) }
    default:
      break
    }
  }

  /// CPython's check that an annotation read under future annotations holds no `yield`,
  /// `await` or `:=`.
  func refuseInAnnotation(_ what: String, at token: Int32) throws(PySyntaxError) {
    guard blocks[current].kind == .annotation else { return }
    throw source.error("\(what) cannot be used within an annotation", at: token)
  }

  /// A comprehension: the first iterable here, then a block of its own named `scope`.
  mutating func visitComprehension(
    _ index: Int32, _ e: PyNode, _ scope: NameID, _ kind: PyComprehension, elt: Int32, value: Int32,
    generators list: Int32,
    end: Int32
  ) throws(PySyntaxError) {
    let generators = ast.items(list)
    let outermost = ast[generators.first!]
    blocks[current].compIterExpr += 1
    try visitExpression(outermost.b)
    blocks[current].compIterExpr -= 1
    enterBlock(scope, .function, node: index, token: e.token, end: end)
    blocks[current].comprehension = kind
    try addDef(names.implicitArgument, PythonFlag.param, at: e.token)
    blocks[current].compIterTarget = true
    try visitExpression(outermost.a)
    blocks[current].compIterTarget = false
    try visitExpressions(outermost.c)
    for generator in generators.dropFirst() {
      let g = ast[generator]
      blocks[current].compIterTarget = true
      try visitExpression(g.a)
      blocks[current].compIterTarget = false
      blocks[current].compIterExpr += 1
      try visitExpression(g.b)
      blocks[current].compIterExpr -= 1
      try visitExpressions(g.c)
    }
    if value >= 0 { try visitExpression(value) }
    try visitExpression(elt)
    exitBlock()
  }

  /// `target := value`.
  mutating func visitNamedExpression(_ e: PyNode) throws(PySyntaxError) {
    if blocks[current].compIterExpr > 0 {
      throw source.error("assignment expression cannot be used in a comprehension iterable expression", at: e.token)
    }
    if blocks[current].comprehension != .none { try bindInEnclosingScope(ast[e.a]) }
    try visitExpression(e.b)
    try visitExpression(e.a)
  }

  /// CPython's `symtable_extend_namedexpr_scope`: a `:=` inside comprehensions binds in the
  /// nearest enclosing function (nonlocal from the comprehension) or the module (global).
  mutating func bindInEnclosingScope(_ target: PyNode) throws(PySyntaxError) {
    let name = self.name(of: target.token)
    for block in stack.reversed() {
      let b = blocks[block]
      if b.comprehension != .none {
        if flags(of: name, in: block) & PythonFlag.compIter != 0 {
          throw source.error(
            "assignment expression cannot rebind comprehension iteration variable '\(engine.names.name(name))'",
            at: target.token)
        }
        continue
      }
      switch b.kind {
      case .function:
        let declared = flags(of: name, in: block) & PythonFlag.global != 0 ? PythonFlag.global : PythonFlag.nonlocal
        try addDef(name, declared, at: target.token)
        directives[blocks[current].scope, default: [:]][name] = target.token
        try addDef(name, PythonFlag.local, at: target.token, in: block)
        return
      case .module:
        try addDef(name, PythonFlag.global, at: target.token)
        directives[blocks[current].scope, default: [:]][name] = target.token
        try addDef(name, PythonFlag.global, at: target.token, in: block)
        return
      case .class:
        throw source.error(
          "assignment expression within a comprehension cannot be used in a class body", at: target.token)
      case .annotation:
        continue
      }
    }
  }
}
