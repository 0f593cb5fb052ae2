import ScopeEngine

/// Expressions: the book's Pratt parser, its precedences and prefix and infix rules.
extension MonkeyParser {
  func precedence(of kind: MonkeyTokenKind) -> Precedence {
    switch kind {
    case .eq, .notEq: .equals
    case .lt, .gt, .lte, .gte: .lessGreater
    case .plus, .minus: .sum
    case .asterisk, .slash, .percent: .product
    case .lparen: .call
    case .lbracket: .index
    case .and, .or: .logical
    case .bitAnd, .bitOr, .bitXor: .bitwise
    case .shiftLeft, .shiftRight: .shift
    default: .lowest
    }
  }

  func isInfix(_ kind: MonkeyTokenKind) -> Bool { precedence(of: kind) != .lowest }

  mutating func parseExpression(_ minimum: Precedence) -> Int32 {
    depth += 1
    defer { depth -= 1 }
    guard isWithinDepth() else { return -1 }
    var left: Int32
    switch cur {
    case .ident: left = add(MonkeyNode(kind: .identifier, token: current))
    case .int: left = add(MonkeyNode(kind: .integer, token: current))
    case .string: left = add(MonkeyNode(kind: .string, token: current))
    case .true, .false: left = add(MonkeyNode(kind: .boolean, token: current))
    case .bang, .minus: left = parsePrefix()
    case .bitNot where flavor == .bhasa: left = parsePrefix()
    case .lparen: left = parseGrouped()
    case .if: left = parseIf()
    case .function: left = parseFunction()
    case .lbracket: left = parseArray()
    case .lbrace: left = parseHash()
    default:
      error("no prefix parse function for \(typeName(current)) found", at: current)
      return -1
    }
    while peek != .semicolon && minimum < precedence(of: peek) {
      guard isInfix(peek) else { return left }
      nextToken()
      switch cur {
      case .lparen: left = parseCall(left)
      case .lbracket: left = parseIndex(left)
      default: left = parseInfix(left)
      }
    }
    return left
  }

  mutating func parsePrefix() -> Int32 {
    let token = current
    nextToken()
    let operand = parseExpression(.prefix)
    return add(MonkeyNode(kind: .prefix, token: token, a: operand))
  }

  mutating func parseInfix(_ left: Int32) -> Int32 {
    let token = current
    let p = precedence(of: cur)
    nextToken()
    let right = parseExpression(p)
    return add(MonkeyNode(kind: .infix, token: token, a: left, b: right))
  }

  mutating func parseGrouped() -> Int32 {
    nextToken()
    let expression = parseExpression(.lowest)
    guard expectPeek(.rparen) else { return -1 }
    return expression
  }

  /// `(condition) {`, as `if` and `while` start: the condition, with the brace current
  /// (nil after a syntax error).
  mutating func parseCondition() -> Int32? {
    guard expectPeek(.lparen) else { return nil }
    nextToken()
    let condition = parseExpression(.lowest)
    guard expectPeek(.rparen), expectPeek(.lbrace) else { return nil }
    return condition
  }

  mutating func parseIf() -> Int32 {
    let token = current
    guard let condition = parseCondition() else { return -1 }
    let consequence = parseBlockStatement()
    var alternative: Int32 = -1
    if peek == .else {
      nextToken()
      guard expectPeek(.lbrace) else { return -1 }
      alternative = parseBlockStatement()
    }
    return add(MonkeyNode(kind: .ifExpression, token: token, a: condition, b: consequence, c: alternative))
  }

  mutating func parseFunction() -> Int32 {
    let token = current
    guard expectPeek(.lparen) else { return -1 }
    guard let (start, count) = parseParameters() else { return -1 }
    guard expectPeek(.lbrace) else { return -1 }
    let body = parseBlockStatement()
    return add(MonkeyNode(kind: .function, token: token, a: start, b: count / 2, c: body))
  }

  /// Parameters as (name token, type token or -1) pairs.
  mutating func parseParameters() -> (Int32, Int32)? {
    let mark = scratch.count
    if peek == .rparen {
      nextToken()
      return list(since: mark)
    }
    repeat {
      guard expectPeek(.ident) else {
        scratch.removeSubrange(mark...)
        return nil
      }
      scratch.append(current)
      if flavor == .bhasa && peek == .colon {
        nextToken()
        nextToken()
        scratch.append(current)
      } else {
        scratch.append(-1)
      }
      guard peek == .comma else { break }
      nextToken()
    } while true
    guard expectPeek(.rparen) else {
      scratch.removeSubrange(mark...)
      return nil
    }
    return list(since: mark)
  }

  mutating func parseExpressionList(end: MonkeyTokenKind) -> (Int32, Int32)? {
    let mark = scratch.count
    if peek == end {
      nextToken()
      return list(since: mark)
    }
    nextToken()
    scratch.append(parseExpression(.lowest))
    while peek == .comma {
      nextToken()
      nextToken()
      scratch.append(parseExpression(.lowest))
    }
    guard expectPeek(end) else {
      scratch.removeSubrange(mark...)
      return nil
    }
    return list(since: mark)
  }

  mutating func parseCall(_ callee: Int32) -> Int32 {
    let token = current
    guard let (start, count) = parseExpressionList(end: .rparen) else { return -1 }
    return add(MonkeyNode(kind: .call, token: token, a: callee, b: start, c: count))
  }

  mutating func parseIndex(_ left: Int32) -> Int32 {
    let token = current
    nextToken()
    let index = parseExpression(.lowest)
    guard expectPeek(.rbracket) else { return -1 }
    return add(MonkeyNode(kind: .index, token: token, a: left, b: index))
  }

  mutating func parseArray() -> Int32 {
    let token = current
    guard let (start, count) = parseExpressionList(end: .rbracket) else { return -1 }
    return add(MonkeyNode(kind: .array, token: token, a: start, b: count))
  }

  mutating func parseHash() -> Int32 {
    let token = current
    let mark = scratch.count
    while peek != .rbrace {
      nextToken()
      scratch.append(parseExpression(.lowest))
      guard expectPeek(.colon) else {
        scratch.removeSubrange(mark...)
        return -1
      }
      nextToken()
      scratch.append(parseExpression(.lowest))
      if peek != .rbrace && !expectPeek(.comma) {
        scratch.removeSubrange(mark...)
        return -1
      }
      if peek == .eof { break }
    }
    guard expectPeek(.rbrace) else {
      scratch.removeSubrange(mark...)
      return -1
    }
    let (start, count) = list(since: mark)
    return add(MonkeyNode(kind: .hash, token: token, a: start, b: count / 2))
  }
}
