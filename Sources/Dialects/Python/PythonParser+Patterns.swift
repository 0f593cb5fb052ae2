/// `match` patterns (PEP 634): captures bind names, value patterns read them.
extension PythonParser {
  /// `open_sequence_pattern | pattern` after `case`.
  mutating func patterns() throws(PySyntaxError) -> Int32 {
    let start = pos
    let first = try maybeStarPattern()
    guard kind == .comma else {
      if ast[first].kind == .matchStar { throw invalidSyntax }
      return first
    }
    let mark = scratch.count
    scratch.append(first)
    while match(.comma) {
      if kind == .colon || kind == .kIf { break }
      scratch.append(try maybeStarPattern())
    }
    return node(.matchSequence, start, a: list(from: mark))
  }

  /// `'*' NAME | pattern`.
  mutating func maybeStarPattern() throws(PySyntaxError) -> Int32 {
    guard kind == .star else { return try pattern() }
    let start = pos
    advance()
    guard kind == .name else { throw invalidSyntax }
    let name = isName(pos, "_") ? -1 : pos
    advance()
    return node(.matchStar, start, b: name)
  }

  /// `or_pattern ['as' NAME]`.
  mutating func pattern() throws(PySyntaxError) -> Int32 {
    try enter()
    defer { depth -= 1 }
    let start = pos
    let inner = try orPattern()
    guard match(.kAs) else { return inner }
    guard kind == .name else { throw invalidSyntax }
    if isName(pos, "_") { throw error("cannot use '_' as a target") }
    let name = pos
    advance()
    return node(.matchAs, start, a: inner, b: name)
  }

  /// `closed_pattern ('|' closed_pattern)*`.
  mutating func orPattern() throws(PySyntaxError) -> Int32 {
    let start = pos
    let first = try closedPattern()
    guard kind == .vbar else { return first }
    let mark = scratch.count
    scratch.append(first)
    while match(.vbar) { scratch.append(try closedPattern()) }
    return node(.matchOr, start, a: list(from: mark))
  }

  /// A literal, capture, wildcard, value, group, sequence, mapping or class pattern.
  mutating func closedPattern() throws(PySyntaxError) -> Int32 {
    let start = pos
    switch kind {
    case .number, .minus:
      return node(.matchValue, start, a: try signedNumber())
    case .string:
      return node(.matchValue, start, a: try strings())
    case .fStart:
      throw error("patterns may only match literals and attribute lookups")
    case .kNone, .kTrue, .kFalse:
      advance()
      return node(.matchSingleton, start)
    case .name:
      if isName(pos, "_") && peek() != .dot && peek() != .lpar {
        advance()
        return node(.matchAs, start)
      }
      var value = node(.name, pos)
      advance()
      var dotted = false
      while match(.dot) {
        guard kind == .name else { throw invalidSyntax }
        value = node(.attribute, pos, a: value)
        dotted = true
        advance()
      }
      if kind == .lpar { return try classPattern(start: start, cls: value) }
      if dotted { return node(.matchValue, start, a: value) }
      ast.truncate(nodes: ast.nodes.count - 1, lists: ast.lists.count)
      return node(.matchAs, start, b: start)
    case .lpar:
      advance()
      if match(.rpar) { return node(.matchSequence, start) }
      let first = try maybeStarPattern()
      if match(.rpar) {
        if ast[first].kind == .matchStar { return node(.matchSequence, start, a: ast.list([first])) }
        return first
      }
      let mark = scratch.count
      scratch.append(first)
      while match(.comma) {
        if kind == .rpar { break }
        scratch.append(try maybeStarPattern())
      }
      try expect(.rpar)
      return node(.matchSequence, start, a: list(from: mark))
    case .lsqb:
      advance()
      let mark = scratch.count
      while kind != .rsqb {
        scratch.append(try maybeStarPattern())
        guard match(.comma) else { break }
      }
      try expect(.rsqb)
      return node(.matchSequence, start, a: list(from: mark))
    case .lbrace:
      return try mappingPattern()
    default:
      throw invalidSyntax
    }
  }

  /// A signed number, or a complex literal `real ± imaginary`.
  mutating func signedNumber() throws(PySyntaxError) -> Int32 {
    let start = pos
    var value: Int32
    if match(.minus) {
      guard kind == .number else { throw invalidSyntax }
      value = node(.unaryOp, start, a: node(.constant, pos))
    } else {
      guard kind == .number else { throw invalidSyntax }
      value = node(.constant, pos)
    }
    advance()
    if kind == .plus || kind == .minus {
      let op = pos
      advance()
      guard kind == .number else { throw invalidSyntax }
      value = node(.binOp, op, a: value, b: node(.constant, pos))
      advance()
    }
    return value
  }

  /// `cls(positional patterns, name=pattern, …)`.
  mutating func classPattern(start: Int32, cls: Int32) throws(PySyntaxError) -> Int32 {
    advance()
    var positional: [Int32] = []
    var keywords: [Int32] = []
    while kind != .rpar {
      if kind == .name && peek() == .equal {
        advance()
        advance()
        keywords.append(try pattern())
      } else {
        if !keywords.isEmpty { throw error("positional patterns follow keyword patterns") }
        positional.append(try pattern())
      }
      guard match(.comma) else { break }
    }
    try expect(.rpar)
    return node(.matchClass, start, a: cls, b: ast.list(positional[...]), c: ast.list(keywords[...]))
  }

  /// `{key: pattern, …, **rest}`.
  mutating func mappingPattern() throws(PySyntaxError) -> Int32 {
    let start = pos
    advance()
    var keys: [Int32] = []
    var patterns: [Int32] = []
    var rest: Int32 = -1
    while kind != .rbrace {
      if match(.doubleStar) {
        guard kind == .name else { throw invalidSyntax }
        rest = pos
        advance()
        _ = match(.comma)
        break
      }
      switch kind {
      case .number, .minus: keys.append(try signedNumber())
      case .string: keys.append(try strings())
      case .kNone, .kTrue, .kFalse:
        keys.append(node(.constant, pos))
        advance()
      case .name:
        var value = node(.name, pos)
        advance()
        guard kind == .dot else { throw invalidSyntax }
        while match(.dot) {
          guard kind == .name else { throw invalidSyntax }
          value = node(.attribute, pos, a: value)
          advance()
        }
        keys.append(value)
      default:
        throw invalidSyntax
      }
      try expect(.colon)
      patterns.append(try pattern())
      guard match(.comma) else { break }
    }
    try expect(.rbrace)
    return node(.matchMapping, start, a: ast.list(keys[...]), b: ast.list(patterns[...]), c: rest)
  }
}
