/// Compound statements: definitions, conditionals, loops, `with`, `try` and `match`.
extension PythonParser {
  /// A compound statement.
  mutating func compoundStatement() throws(PySyntaxError) -> Int32 {
    switch kind {
    case .at:
      let mark = scratch.count
      while kind == .at {
        advance()
        scratch.append(try namedExpression())
        try expect(.newline)
      }
      let decorators = list(from: mark)
      switch kind {
      case .kDef,
        .kAsync where peek() == .kDef:
        return try functionDef(decorators: decorators)
      case .kClass: return try classDef(decorators: decorators)
      default: throw invalidSyntax
      }
    case .kDef: return try functionDef(decorators: -1)
    case .kClass: return try classDef(decorators: -1)
    case .kIf: return try ifStatement()
    case .kWhile: return try whileStatement()
    case .kFor: return try forStatement(start: pos)
    case .kTry: return try tryStatement()
    case .kWith: return try withStatement(start: pos)
    case .kAsync:
      let start = pos
      advance()
      switch kind {
      case .kDef: return try functionDef(decorators: -1, start: start)
      case .kFor: return try forStatement(start: start)
      case .kWith: return try withStatement(start: start)
      default: throw invalidSyntax
      }
    default: throw invalidSyntax
    }
  }

  /// `[async] def NAME(params) [-> returns]: block`.
  mutating func functionDef(decorators: Int32, start: Int32? = nil) throws(PySyntaxError) -> Int32 {
    let start = start ?? pos
    if kind == .kAsync { advance() }
    let line = tokens[Int(pos)].line
    try expect(.kDef)
    guard kind == .name else { throw invalidSyntax }
    advance()
    try expect(.lpar, "expected '('")
    let arguments = try parameters(annotated: true, closing: .rpar)
    try expect(.rpar)
    let returns = match(.rarrow) ? try expression() : -1
    try expect(.colon, "expected ':'")
    let body = try block(after: "function definition", line: line)
    let async = kinds[Int(start)] == .kAsync ? PyNode.isAsync : 0
    return node(.functionDef, start, a: decorators, b: arguments, c: returns, d: body, e: pos - 1, flags: async)
  }

  /// The token of a def's name.
  func nameToken(ofDef def: PyNode) -> Int32 { kinds[Int(def.token)] == .kAsync ? def.token + 2 : def.token + 1 }

  /// `class NAME[(bases, keywords)]: block`.
  mutating func classDef(decorators: Int32) throws(PySyntaxError) -> Int32 {
    let start = pos
    let line = tokens[Int(pos)].line
    advance()
    guard kind == .name else { throw invalidSyntax }
    advance()
    var bases: Int32 = -1
    var keywords: Int32 = -1
    if kind == .lpar {
      let open = pos
      advance()
      (bases, keywords) = try callArguments(open: open)
      try expect(.rpar)
    }
    try expect(.colon, "expected ':'")
    let body = try block(after: "class definition", line: line)
    return node(.classDef, start, a: decorators, b: bases, c: keywords, d: body, e: pos - 1)
  }

  /// `if test: block (elif …)* [else: block]`.
  mutating func ifStatement() throws(PySyntaxError) -> Int32 {
    let start = pos
    let header = kind == .kIf ? "'if' statement" : "'elif' statement"
    let line = tokens[Int(pos)].line
    advance()
    let test = try namedExpression()
    try expect(.colon, "expected ':'")
    let body = try block(after: header, line: line)
    var orelse: Int32 = -1
    if kind == .kElif {
      let mark = scratch.count
      scratch.append(try ifStatement())
      orelse = list(from: mark)
    } else if kind == .kElse {
      orelse = try elseBlock()
    }
    return node(.ifStmt, start, a: test, b: body, c: orelse)
  }

  /// `else: block`.
  mutating func elseBlock() throws(PySyntaxError) -> Int32 {
    let line = tokens[Int(pos)].line
    advance()
    try expect(.colon, "expected ':'")
    return try block(after: "'else' statement", line: line)
  }

  /// `while test: block [else: block]`.
  mutating func whileStatement() throws(PySyntaxError) -> Int32 {
    let start = pos
    let line = tokens[Int(pos)].line
    advance()
    let test = try namedExpression()
    try expect(.colon, "expected ':'")
    let body = try block(after: "'while' statement", line: line)
    let orelse = kind == .kElse ? try elseBlock() : -1
    return node(.whileStmt, start, a: test, b: body, c: orelse)
  }

  /// `[async] for targets in exprs: block [else: block]`.
  mutating func forStatement(start: Int32) throws(PySyntaxError) -> Int32 {
    let line = tokens[Int(start)].line
    try expect(.kFor)
    let target = try starTargets()
    guard kind == .kIn else { throw invalidSyntax }
    try setContext(target, .store)
    advance()
    let iter = try starExpressions()
    try expect(.colon, "expected ':'")
    let body = try block(after: "'for' statement", line: line)
    let orelse = kind == .kElse ? try elseBlock() : -1
    let async = kinds[Int(start)] == .kAsync ? PyNode.isAsync : 0
    return node(.forStmt, start, a: target, b: iter, c: body, d: orelse, flags: async)
  }

  /// `[async] with item, …: block`, the items optionally in parentheses.
  mutating func withStatement(start: Int32) throws(PySyntaxError) -> Int32 {
    let line = tokens[Int(start)].line
    try expect(.kWith)
    var items: Int32 = -1
    if kind == .lpar {
      items =
        attempt { (p: inout PythonParser) throws(PySyntaxError) -> Int32 in
          p.advance()
          let mark = p.scratch.count
          repeat {
            if p.kind == .rpar { break }
            p.scratch.append(try p.withItem())
          } while p.match(.comma)
          try p.expect(.rpar)
          guard p.kind == .colon else { throw p.invalidSyntax }
          return p.list(from: mark)
        } ?? -1
    }
    if items < 0 {
      let mark = scratch.count
      repeat {
        scratch.append(try withItem())
      } while match(.comma)
      items = list(from: mark)
    }
    try expect(.colon, "expected ':'")
    let body = try block(after: "'with' statement", line: line)
    let async = kinds[Int(start)] == .kAsync ? PyNode.isAsync : 0
    return node(.with, start, a: items, b: body, flags: async)
  }

  /// `expression [as target]`.
  mutating func withItem() throws(PySyntaxError) -> Int32 {
    let start = pos
    let context = try expression()
    var vars: Int32 = -1
    if match(.kAs) {
      vars = try starTarget()
      guard kind == .comma || kind == .rpar || kind == .colon else { throw invalidSyntax }
      try setContext(vars, .store)
    }
    return node(.withItem, start, a: context, b: vars)
  }

  /// `try: block` with `except`/`except*` handlers, `else` and `finally`.
  mutating func tryStatement() throws(PySyntaxError) -> Int32 {
    let start = pos
    let line = tokens[Int(pos)].line
    advance()
    try expect(.colon, "expected ':'")
    let body = try block(after: "'try' statement", line: line)
    let mark = scratch.count
    var star: Bool?
    while kind == .kExcept {
      let handlerStart = pos
      let handlerLine = tokens[Int(pos)].line
      advance()
      let isStar = match(.star)
      if let star, star != isStar {
        throw error("cannot have both 'except' and 'except*' on the same 'try'", at: handlerStart)
      }
      star = isStar
      var type: Int32 = -1
      var name: Int32 = -1
      if kind != .colon {
        type = try expression()
        if kind == .comma {
          throw error("multiple exception types must be parenthesized", at: pos)
        }
        if match(.kAs) {
          guard kind == .name else { throw invalidSyntax }
          name = pos
          advance()
        }
      } else if isStar {
        throw error("expected one or more exception types")
      }
      try expect(.colon, "expected ':'")
      let handlerBody = try block(
        after: isStar ? "'except*' statement" : "'except' statement", line: handlerLine)
      scratch.append(node(.handler, handlerStart, a: type, b: name, c: handlerBody))
    }
    let handlers = list(from: mark)
    let orelse = handlers >= 0 && kind == .kElse ? try elseBlock() : -1
    var finalbody: Int32 = -1
    if kind == .kFinally {
      let finallyLine = tokens[Int(pos)].line
      advance()
      try expect(.colon, "expected ':'")
      finalbody = try block(after: "'finally' statement", line: finallyLine)
    }
    if handlers < 0 && finalbody < 0 { throw error("expected 'except' or 'finally' block") }
    return node(.tryStmt, start, a: body, b: handlers, c: orelse, d: finalbody)
  }

  // MARK: match

  /// `match subject:` NEWLINE INDENT, up to the first `case`: nil (put back) when this is
  /// not a match statement but an expression using the name `match`.
  mutating func matchHeader() -> (start: Int32, subject: Int32)? {
    attempt { (p: inout PythonParser) throws(PySyntaxError) -> (Int32, Int32) in
      let start = p.pos
      p.advance()
      let first = try p.starNamedExpression()
      var subject = first
      if p.kind == .comma {
        let mark = p.scratch.count
        p.scratch.append(first)
        while p.match(.comma) {
          if p.kind == .colon { break }
          p.scratch.append(try p.starNamedExpression())
        }
        subject = p.node(.tuple, p.ast[first].token, a: p.list(from: mark))
      } else if p.ast[first].kind == .starred {
        throw p.invalidSyntax
      }
      try p.expect(.colon)
      try p.expect(.newline)
      try p.expect(.indent)
      guard p.isName(p.pos, "case") else { throw p.invalidSyntax }
      return (start, subject)
    }
  }

  /// The cases of a match statement whose header has been read.
  mutating func matchStatement(start: Int32, subject: Int32) throws(PySyntaxError) -> Int32 {
    let mark = scratch.count
    while isName(pos, "case") {
      let caseStart = pos
      let line = tokens[Int(pos)].line
      advance()
      let pattern = try patterns()
      let guardExpr = match(.kIf) ? try namedExpression() : -1
      try expect(.colon, "expected ':'")
      let body = try block(after: "'case' statement", line: line)
      scratch.append(node(.matchCase, caseStart, a: pattern, b: guardExpr, c: body))
    }
    guard kind == .dedent || kind == .endMarker else { throw invalidSyntax }
    _ = match(.dedent)
    return node(.match, start, a: subject, b: list(from: mark))
  }
}
