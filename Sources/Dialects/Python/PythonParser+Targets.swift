/// Parameters of `def` and `lambda`, assignment and deletion targets, and the check that a
/// target can be assigned to (CPython's `cannot assign to …`).
extension PythonParser {
  // MARK: Parameters

  /// A parameter list up to `closing` (`)` for a def, `:` for a lambda): positional-only
  /// before `/`, keyword-only after `*`, `*args`, `**kwargs`, defaults, annotations.
  mutating func parameters(annotated: Bool, closing: PyTok) throws(PySyntaxError) -> Int32 {
    let start = pos
    var positional: [Int32] = []
    var positionalOnly: [Int32] = []
    var keywordOnly: [Int32] = []
    var vararg: Int32 = -1
    var kwarg: Int32 = -1
    var sawDefault = false
    var sawStar = false
    var sawSlash = false
    while kind != closing {
      if kwarg >= 0 { throw error("arguments cannot follow var-keyword argument") }
      switch kind {
      case .slash:
        if sawSlash { throw error("/ may appear only once") }
        if sawStar { throw error("/ must be ahead of *") }
        if positional.isEmpty { throw error("at least one argument must precede /") }
        positionalOnly = positional
        positional = []
        sawSlash = true
        advance()
      case .star:
        if sawStar { throw error("* argument may appear only once") }
        sawStar = true
        advance()
        if kind == .name {
          vararg = try parameter(annotated: annotated, starred: true)
          if kind == .equal { throw error("var-positional argument cannot have default value") }
        } else if kind != .comma {
          throw invalidSyntax
        }
      case .doubleStar:
        advance()
        kwarg = try parameter(annotated: annotated, starred: false)
        if kind == .equal { throw error("var-keyword argument cannot have default value") }
      case .name:
        let param = try parameter(annotated: annotated, starred: false)
        if match(.equal) {
          ast[param].b = try expression()
          if !sawStar { sawDefault = true }
        } else if sawDefault && !sawStar {
          throw error("non-default argument follows default argument", at: ast[param].token)
        }
        if sawStar { keywordOnly.append(param) } else { positional.append(param) }
      default:
        throw invalidSyntax
      }
      guard match(.comma) else { break }
    }
    if sawStar && vararg < 0 && keywordOnly.isEmpty { throw error("named arguments must follow bare *") }
    let posonly = ast.list(positionalOnly[...])
    let args = ast.list(positional[...])
    let kwonly = ast.list(keywordOnly[...])
    return node(.arguments, start, a: posonly, b: args, c: vararg, d: kwonly, e: kwarg)
  }

  /// `NAME [: annotation]` (a `*args` annotation may be starred, PEP 646).
  mutating func parameter(annotated: Bool, starred: Bool) throws(PySyntaxError) -> Int32 {
    guard kind == .name else { throw invalidSyntax }
    let name = pos
    advance()
    var annotation: Int32 = -1
    if annotated && match(.colon) {
      annotation = starred && kind == .star ? try starExpression() : try expression()
    }
    return node(.arg, name, a: annotation)
  }

  /// `lambda [params]: body`.
  mutating func lambda() throws(PySyntaxError) -> Int32 {
    let start = pos
    advance()
    let arguments = try parameters(annotated: false, closing: .colon)
    try expect(.colon)
    let body = try expression()
    return node(.lambda, start, a: arguments, b: body, c: pos - 1)
  }

  // MARK: Targets

  /// Whether `k` can start a target.
  func startsTarget(_ k: PyTok) -> Bool { k == .name || k == .lpar || k == .lsqb || k == .star }

  /// `star_targets`: one target, or a tuple of them when a comma follows.
  mutating func starTargets() throws(PySyntaxError) -> Int32 {
    let first = try starTarget()
    guard kind == .comma else { return first }
    let mark = scratch.count
    scratch.append(first)
    while match(.comma) {
      guard startsTarget(kind) else { break }
      scratch.append(try starTarget())
    }
    return node(.tuple, ast[first].token, a: list(from: mark))
  }

  /// `['*'] target`, where a target is an atom with trailers (no operators, so `in` ends it).
  mutating func starTarget() throws(PySyntaxError) -> Int32 {
    guard kind == .star else { return try primary() }
    let start = pos
    advance()
    if kind == .star { throw invalidSyntax }
    return node(.starred, start, a: try primary())
  }

  /// `del` targets: a list, each checked and given the del context.
  mutating func delTargets() throws(PySyntaxError) -> Int32 {
    let mark = scratch.count
    repeat {
      guard startsTarget(kind) else { break }
      let target = try primary()
      try setContext(target, .del)
      scratch.append(target)
    } while match(.comma)
    guard scratch.count > mark else { throw invalidSyntax }
    return list(from: mark)
  }

  /// Gives a target (and every target inside a tuple or list) the context `ctx`, or fails as
  /// CPython does for what cannot be assigned to or deleted.
  mutating func setContext(_ index: Int32, _ ctx: PyContext, assigning: Bool = false) throws(PySyntaxError) {
    let n = ast[index]
    switch n.kind {
    case .name, .attribute, .subscript:
      ast[index].flags = (n.flags & ~PyNode.contextMask) | ctx.rawValue
    case .starred:
      if ctx == .del { throw error("cannot delete starred", at: n.token) }
      ast[index].flags = (n.flags & ~PyNode.contextMask) | ctx.rawValue
      try setContext(n.a, ctx)
    case .tuple, .list:
      ast[index].flags = (n.flags & ~PyNode.contextMask) | ctx.rawValue
      for item in ast.items(n.a) { try setContext(item, ctx) }
    default:
      let what = describe(index)
      let start = startToken(of: index)
      if ctx == .del { throw error("cannot delete \(what)", at: start) }
      let hint =
        assigning && [.call, .compare, .boolOp, .binOp, .unaryOp, .constant].contains(n.kind)
          && what != "True" && what != "False" && what != "None" && what != "ellipsis"
        ? " here. Maybe you meant '==' instead of '='?" : ""
      throw error("cannot assign to \(what)\(hint)", at: start)
    }
  }

  /// The first token of an expression (where CPython's messages about it point).
  func startToken(of index: Int32) -> Int32 {
    let n = ast[index]
    switch n.kind {
    case .call, .attribute, .subscript, .compare, .binOp: return startToken(of: n.a)
    case .ifExp: return startToken(of: n.a)
    case .boolOp: return ast.items(n.a).first.map(startToken) ?? n.token
    case .namedExpr: return startToken(of: n.a)
    case .tuple where n.flags & PyNode.isParenthesized == 0: return ast.items(n.a).first.map(startToken) ?? n.token
    default: return n.token
    }
  }
}
