import ScopeEngine

/// One step of the compiler's walk: a name operation at a parser token, or entering or
/// leaving the block a defining node made.
enum PyCompileOp: Sendable {
  /// A load, store or delete of the name at a parser token.
  case resolve(Int32, Access)
  /// The start of the block the node (a def, class, lambda or comprehension) made.
  case enter(Int32)
  /// The end of that block.
  case leave(Int32)
}

/// The order in which CPython 3.11's compiler (Python/compile.c) meets each name operation,
/// which depends on the tree alone: the walk runs on the parsing thread while the first
/// two passes run on the other, and `PythonCompiler` then resolves each operation. As in
/// CPython, a `finally` body is compiled twice (the normal and the exceptional path) and
/// once more for each `return`, `break` or `continue` that leaves it, and code the
/// optimizer drops (after a `return`, under `if False`) loads nothing.
struct PythonCompileOrder {
  /// The tree walked.
  let ast: PyAST
  /// Its tokens.
  let source: PythonSource
  /// Whether annotations are strings (`from __future__ import annotations`).
  let futureAnnotations: Bool
  /// The operations so far.
  var ops: [PyCompileOp] = []
  /// Whether the block being walked is a function's (a def, lambda or comprehension).
  var inFunction = false
  /// What a `return`, `break` or `continue` must unwind through, innermost last.
  var frames: [Frame] = []

  /// A construct a jump leaves: a loop, or a `try` whose `finally` body runs on the way.
  enum Frame {
    case loop
    case finally(Int32)
    case function
  }

  /// The operations of module `module`, in the compiler's order.
  init(module: Int32, ast: PyAST, source: PythonSource, futureAnnotations: Bool) {
    self.ast = ast
    self.source = source
    self.futureAnnotations = futureAnnotations
    ops.reserveCapacity(source.kinds.count / 2 + 16)
    HugePages.advise(ops)
    compileStatements(ast[module].a)
  }

  /// Walks `body` as the block made by `node`, a function's unless it is a class.
  mutating func inBlock(of node: Int32, _ body: (inout PythonCompileOrder) -> Void) {
    let savedFrames = frames
    let savedKind = inFunction
    ops.append(.enter(node))
    inFunction = ast[node].kind != .classDef
    frames = [.function]
    body(&self)
    ops.append(.leave(node))
    inFunction = savedKind
    frames = savedFrames
  }

  /// A name operation at parser token `token`.
  mutating func resolve(_ token: Int32, _ access: Access) { ops.append(.resolve(token, access)) }

  /// Whether parser token `token` spells `__debug__` (which the compiler folds to True).
  func isDebug(_ token: Int32) -> Bool {
    let bytes = source.bytes(of: token)
    return bytes.count == 9 && bytes.elementsEqual("__debug__".utf8)
  }

  // MARK: Statements

  /// Compiles a statement list, dropping what follows a `return`, `raise`, `break` or
  /// `continue` (unreachable, so the optimizer removes it).
  mutating func compileStatements(_ list: Int32) {
    for statement in ast.items(list) {
      compileStatement(statement)
      switch ast[statement].kind {
      case .returnStmt, .raise, .breakStmt, .continueStmt: return
      default: continue
      }
    }
  }

  /// One statement, in compile.c's order.
  mutating func compileStatement(_ index: Int32) {
    let s = ast[index]
    switch s.kind {
    case .functionDef:
      compileExpressions(s.a)
      compileDefaults(s.b)
      compileAnnotations(arguments: s.b, returns: s.c)
      inBlock(of: index) { $0.compileStatements(s.d) }
      store(kindOf(s.token) == .kAsync ? s.token + 2 : s.token + 1)
    case .classDef:
      compileExpressions(s.a)
      inBlock(of: index) { $0.compileStatements(s.d) }
      compileExpressions(s.b)
      for keyword in ast.items(s.c) { compileExpression(ast[keyword].a) }
      store(s.token + 1)
    case .returnStmt:
      if s.a >= 0 && ast[s.a].kind != .constant { compileExpression(s.a) }
      unwind(toLoop: false)
    case .breakStmt, .continueStmt:
      unwind(toLoop: true)
    case .delete:
      compileExpressions(s.a)
    case .assign:
      compileExpression(s.b)
      compileExpressions(s.a)
    case .augAssign:
      compileAugmentedTarget(s.a)
      compileExpression(s.b)
      if ast[s.a].kind == .name { store(ast[s.a].token) }
    case .annAssign:
      compileAnnotatedAssignment(s)
    case .forStmt:
      compileExpression(s.b)
      compileExpression(s.a)
      frames.append(.loop)
      compileStatements(s.c)
      frames.removeLast()
      compileStatements(s.d)
    case .whileStmt:
      compileLoop(s)
    case .ifStmt:
      let truth = constantTruth(s.a)
      if truth == nil { compileExpression(s.a) }
      if truth != false { compileStatements(s.b) }
      if truth != true { compileStatements(s.c) }
    case .with:
      for item in ast.items(s.a) {
        compileExpression(ast[item].a)
        if ast[item].b >= 0 { compileExpression(ast[item].b) }
      }
      compileStatements(s.b)
    case .match:
      compileExpression(s.a)
      for matchCase in ast.items(s.b) {
        let c = ast[matchCase]
        compilePattern(c.a)
        if c.b >= 0 { compileExpression(c.b) }
        compileStatements(c.c)
      }
    case .raise:
      if s.a >= 0 { compileExpression(s.a) }
      if s.b >= 0 { compileExpression(s.b) }
    case .tryStmt:
      compileTry(s)
    case .assert:
      compileExpression(s.a)
      if s.b >= 0 { compileExpression(s.b) }
    case .importStmt, .importFrom:
      for alias in ast.items(s.a) where kindOf(ast[alias].token) != .star {
        store(ast[alias].b >= 0 ? ast[alias].b : ast[alias].token)
      }
    case .exprStmt:
      compileExpression(s.a)
    default:
      break
    }
  }

  /// The type of parser token `token`.
  func kindOf(_ token: Int32) -> PyTok { source.kinds[Int(token)] }

  /// `while`: the test (unless constant), the body, the test again at the bottom (3.11
  /// compiles it twice), the `else`.
  mutating func compileLoop(_ s: PyNode) {
    let truth = constantTruth(s.a)
    if truth == nil { compileExpression(s.a) }
    frames.append(.loop)
    if truth != false {
      compileStatements(s.b)
      if truth == nil && fallsThrough(s.b) { compileExpression(s.a) }
    }
    frames.removeLast()
    if truth != true { compileStatements(s.c) }
  }

  /// Whether control can reach the end of a statement list (it does not end in a
  /// `return`, `raise`, `break` or `continue`, or an `if` or `try` all of whose ways out do).
  func fallsThrough(_ list: Int32) -> Bool {
    guard let last = ast.items(list).last else { return true }
    let s = ast[last]
    switch s.kind {
    case .returnStmt, .raise, .breakStmt, .continueStmt: return false
    case .ifStmt:
      if constantTruth(s.a) == true { return fallsThrough(s.b) }
      if constantTruth(s.a) == false { return fallsThrough(s.c) }
      return s.c < 0 || fallsThrough(s.b) || fallsThrough(s.c)
    case .tryStmt:
      if s.d >= 0 && !fallsThrough(s.d) { return false }
      return tryFallsThrough(s)
    default: return true
    }
  }

  /// Whether a `try`'s body (then its `else`) or one of its handlers can complete.
  func tryFallsThrough(_ s: PyNode) -> Bool {
    (fallsThrough(s.a) && fallsThrough(s.c)) || ast.items(s.b).contains { fallsThrough(ast[$0].c) }
  }

  /// `try`: the body, the `else`, the handlers; then the `finally` body twice (normal and
  /// exceptional paths).
  mutating func compileTry(_ s: PyNode) {
    if s.d >= 0 { frames.append(.finally(s.d)) }
    compileStatements(s.a)
    compileStatements(s.c)
    for handler in ast.items(s.b) {
      let h = ast[handler]
      if h.a >= 0 { compileExpression(h.a) }
      if h.b >= 0 { store(h.b) }
      compileStatements(h.c)
    }
    guard s.d >= 0 else { return }
    frames.removeLast()
    if tryFallsThrough(s) { compileStatements(s.d) }
    compileStatements(s.d)
  }

  /// A `return`, `break` or `continue` runs the `finally` bodies it leaves (each without
  /// itself on the stack), innermost first, up to the loop or the function.
  mutating func unwind(toLoop: Bool) {
    var index = frames.count - 1
    while index >= 0 {
      switch frames[index] {
      case .loop where toLoop, .function: return
      case .loop: break
      case .finally(let body):
        let saved = frames
        frames.removeSubrange(index...)
        compileStatements(body)
        frames = saved
      }
      index -= 1
    }
  }

  /// The truth of a test the compiler folds (`if 0`, `while True`, `if __debug__`), or nil.
  func constantTruth(_ test: Int32) -> Bool? {
    let t = ast[test]
    switch t.kind {
    case .constant:
      switch kindOf(t.token) {
      case .kTrue: return true
      case .kFalse, .kNone: return false
      case .number: return !isZero(source.text(of: t.token))
      default: return nil
      }
    case .name:
      return isDebug(t.token) ? true : nil
    default:
      return nil
    }
  }

  /// Whether a number literal is zero (`0`, `0.0`, `0x0`, `0e5`, `0j`).
  func isZero(_ text: String) -> Bool {
    var body = Substring(text.lowercased())
    if body.hasPrefix("0x") || body.hasPrefix("0o") || body.hasPrefix("0b") { body = body.dropFirst(2) }
    if let e = body.firstIndex(of: "e"), !text.lowercased().hasPrefix("0x") { body = body[..<e] }
    return body.allSatisfy { $0 == "0" || $0 == "_" || $0 == "." || $0 == "j" }
  }
}
