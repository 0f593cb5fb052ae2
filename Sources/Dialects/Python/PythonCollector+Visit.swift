import ScopeEngine

/// The first pass's walk, statement by statement and expression by expression, in the
/// order of CPython 3.11's `symtable_visit_stmt` and `symtable_visit_expr`.
extension PythonCollector {
  /// Opens the module's block; its statements follow one at a time, as they are parsed.
  mutating func beginModule(lastToken: Int32) {
    enterBlock(names.top, .module, node: -1, token: 0, end: lastToken)
  }

  /// Closes the module's block after its last statement.
  mutating func endModule() { exitBlock() }

  /// Visits each statement of a list.
  mutating func visitStatements(_ list: Int32) throws(PySyntaxError) {
    for statement in ast.items(list) { try visitStatement(statement) }
  }

  /// Visits each expression of a list (skipping -1 entries).
  mutating func visitExpressions(_ list: Int32) throws(PySyntaxError) {
    for expression in ast.items(list) where expression >= 0 { try visitExpression(expression) }
  }

  /// One statement.
  mutating func visitStatement(_ index: Int32) throws(PySyntaxError) {
    let s = ast[index]
    switch s.kind {
    case .functionDef:
      let nameToken = kindAt(s.token) == .kAsync ? s.token + 2 : s.token + 1
      let name = self.name(of: nameToken)
      try addDef(name, PythonFlag.local, at: nameToken)
      try visitDefaults(s.b)
      try visitAnnotations(arguments: s.b, returns: s.c, at: s.token, end: s.e)
      try visitExpressions(s.a)
      enterBlock(rawName(of: nameToken), .function, node: index, token: s.token, end: s.e)
      try visitParameters(s.b)
      try visitStatements(s.d)
      exitBlock()
    case .classDef:
      let name = self.name(of: s.token + 1)
      try addDef(name, PythonFlag.local, at: s.token + 1)
      try visitExpressions(s.b)
      for keyword in ast.items(s.c) { try visitExpression(ast[keyword].a) }
      try visitExpressions(s.a)
      enterBlock(rawName(of: s.token + 1), .class, node: index, token: s.token, end: s.e)
      let saved = privateName
      privateName = source.text(of: s.token + 1)
      try visitStatements(s.d)
      privateName = saved
      exitBlock()
    case .returnStmt, .exprStmt:
      if s.a >= 0 { try visitExpression(s.a) }
    case .delete:
      try visitExpressions(s.a)
    case .assign:
      try visitExpressions(s.a)
      try visitExpression(s.b)
    case .annAssign:
      try visitAnnotatedAssignment(s)
    case .augAssign:
      try visitExpression(s.a)
      try visitExpression(s.b)
    case .forStmt:
      try visitExpression(s.a)
      try visitExpression(s.b)
      try visitStatements(s.c)
      try visitStatements(s.d)
    case .whileStmt, .ifStmt:
      try visitExpression(s.a)
      try visitStatements(s.b)
      try visitStatements(s.c)
    case .match:
      try visitExpression(s.a)
      for matchCase in ast.items(s.b) {
        let c = ast[matchCase]
        try visitPattern(c.a)
        if c.b >= 0 { try visitExpression(c.b) }
        try visitStatements(c.c)
      }
    case .raise:
      if s.a >= 0 {
        try visitExpression(s.a)
        if s.b >= 0 { try visitExpression(s.b) }
      }
    case .tryStmt:
      try visitStatements(s.a)
      try visitStatements(s.c)
      for handler in ast.items(s.b) {
        let h = ast[handler]
        if h.a >= 0 { try visitExpression(h.a) }
        if h.b >= 0 { try addDef(name(of: h.b), PythonFlag.local, at: h.b) }
        try visitStatements(h.c)
      }
      try visitStatements(s.d)
    case .assert:
      try visitExpression(s.a)
      if s.b >= 0 { try visitExpression(s.b) }
    case .importStmt, .importFrom:
      for alias in ast.items(s.a) { try visitAlias(alias) }
    case .global, .nonlocal:
      try visitDeclaration(s)
    case .with:
      for item in ast.items(s.a) {
        try visitExpression(ast[item].a)
        if ast[item].b >= 0 { try visitExpression(ast[item].b) }
      }
      try visitStatements(s.b)
    default:
      break
    }
  }

  /// The type of parser token `token`.
  func kindAt(_ token: Int32) -> PyTok { source.kinds[Int(token)] }

  /// `x: T = v`: a simple name is annotated (and assigned when there is a value); the
  /// annotation and value are visited in the block.
  mutating func visitAnnotatedAssignment(_ s: PyNode) throws(PySyntaxError) {
    let target = ast[s.a]
    if target.kind == .name {
      let name = self.name(of: target.token)
      let current = flags(of: name, in: self.current)
      let simple = s.flags & PyNode.isSimple != 0
      if current & (PythonFlag.global | PythonFlag.nonlocal) != 0 && self.current != 0 && simple {
        let which = current & PythonFlag.global != 0 ? "global" : "nonlocal"
        throw source.error("annotated name '\(engine.names.name(name))' can't be \(which)", at: s.token)
      }
      if simple {
        try addDef(name, PythonFlag.annotated | PythonFlag.local, at: target.token)
      } else if s.c >= 0 {
        try addDef(name, PythonFlag.local, at: target.token)
      }
    } else {
      try visitExpression(s.a)
    }
    try visitAnnotation(s.b)
    if s.c >= 0 { try visitExpression(s.c) }
  }

  /// `import a.b as c` binds `c` (or `a`); `*` binds nothing and is only allowed at module level.
  mutating func visitAlias(_ index: Int32) throws(PySyntaxError) {
    let alias = ast[index]
    if kindAt(alias.token) == .star {
      guard blocks[current].kind == .module else {
        throw source.error("import * only allowed at module level", at: alias.token)
      }
      return
    }
    let token = alias.b >= 0 ? alias.b : alias.token
    try addDef(name(of: token), PythonFlag.imported, at: token)
  }

  /// `global` and `nonlocal`: a name already used, bound, annotated or a parameter here is
  /// an error; otherwise it gets the declaration's flag.
  mutating func visitDeclaration(_ s: PyNode) throws(PySyntaxError) {
    let isGlobal = s.kind == .global
    let which = isGlobal ? "global" : "nonlocal"
    for token in ast.items(s.a) {
      let name = self.name(of: token)
      let current = flags(of: name, in: self.current)
      if current & (PythonFlag.param | PythonFlag.local | PythonFlag.use | PythonFlag.annotated) != 0 {
        let text = engine.names.name(name)
        let message: String
        if current & PythonFlag.param != 0 {
          message = "name '\(text)' is parameter and \(which)"
        } else if current & PythonFlag.use != 0 {
          message = "name '\(text)' is used prior to \(which) declaration"
        } else if current & PythonFlag.annotated != 0 {
          message = "annotated name '\(text)' can't be \(which)"
        } else {
          message = "name '\(text)' is assigned to before \(which) declaration"
        }
        throw source.error(message, at: s.token)
      }
      try addDef(name, isGlobal ? PythonFlag.global : PythonFlag.nonlocal, at: token)
      directives[blocks[self.current].scope, default: [:]][name] = s.token
    }
  }

  // MARK: Functions

  /// A def's or lambda's defaults, positional then keyword-only, in the enclosing block.
  mutating func visitDefaults(_ arguments: Int32) throws(PySyntaxError) {
    let a = ast[arguments]
    for list in [a.a, a.b] {
      for arg in ast.items(list) where ast[arg].b >= 0 { try visitExpression(ast[arg].b) }
    }
    for arg in ast.items(a.d) where ast[arg].b >= 0 { try visitExpression(ast[arg].b) }
  }

  /// A def's annotations (positional-only, positional, `*`, `**`, keyword-only, then the
  /// return), in the enclosing block, or in an unattached block under future annotations.
  mutating func visitAnnotations(arguments: Int32, returns: Int32, at token: Int32, end: Int32) throws(PySyntaxError) {
    let a = ast[arguments]
    if futureAnnotations { enterBlock(names.annotation, .annotation, node: arguments, token: token, end: token) }
    for list in [a.a, a.b] {
      for arg in ast.items(list) where ast[arg].a >= 0 { try visitExpression(ast[arg].a) }
    }
    if a.c >= 0 && ast[a.c].a >= 0 { try visitExpression(ast[a.c].a) }
    if a.e >= 0 && ast[a.e].a >= 0 { try visitExpression(ast[a.e].a) }
    for arg in ast.items(a.d) where ast[arg].a >= 0 { try visitExpression(ast[arg].a) }
    if futureAnnotations { exitBlock() }
    if returns >= 0 { try visitAnnotation(returns) }
  }

  /// One annotation, in an unattached block under future annotations.
  mutating func visitAnnotation(_ annotation: Int32) throws(PySyntaxError) {
    let token = ast[annotation].token
    if futureAnnotations { enterBlock(names.annotation, .annotation, node: annotation, token: token, end: token) }
    try visitExpression(annotation)
    if futureAnnotations { exitBlock() }
  }

  /// The parameters, inside the function's block: positional-only, positional,
  /// keyword-only, then `*args` and `**kwargs`.
  mutating func visitParameters(_ arguments: Int32) throws(PySyntaxError) {
    let a = ast[arguments]
    for list in [a.a, a.b, a.d] {
      for arg in ast.items(list) { try addDef(name(of: ast[arg].token), PythonFlag.param, at: ast[arg].token) }
    }
    if a.c >= 0 { try addDef(name(of: ast[a.c].token), PythonFlag.param, at: ast[a.c].token) }
    if a.e >= 0 { try addDef(name(of: ast[a.e].token), PythonFlag.param, at: ast[a.e].token) }
  }

  // MARK: Patterns

  /// A match pattern: captures bind, value patterns read.
  mutating func visitPattern(_ index: Int32) throws(PySyntaxError) {
    let p = ast[index]
    switch p.kind {
    case .matchValue:
      try visitExpression(p.a)
    case .matchSequence, .matchOr:
      for item in ast.items(p.a) { try visitPattern(item) }
    case .matchStar:
      if p.b >= 0 { try addDef(name(of: p.b), PythonFlag.local, at: p.b) }
    case .matchMapping:
      try visitExpressions(p.a)
      for item in ast.items(p.b) { try visitPattern(item) }
      if p.c >= 0 { try addDef(name(of: p.c), PythonFlag.local, at: p.c) }
    case .matchClass:
      try visitExpression(p.a)
      for item in ast.items(p.b) { try visitPattern(item) }
      for item in ast.items(p.c) { try visitPattern(item) }
    case .matchAs:
      if p.a >= 0 { try visitPattern(p.a) }
      if p.b >= 0 { try addDef(name(of: p.b), PythonFlag.local, at: p.b) }
    default:
      break
    }
  }
}
