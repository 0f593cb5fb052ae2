import ScopeEngine

/// Lookup (unqualified, stopping at hides; qualified, inside namespaces) and expressions.
extension ChirpCompiler {
  // MARK: Lookup

  /// Unqualified lookup of the name at `token`: innermost scope out; a hide stops it.
  @discardableResult
  mutating func lookup(_ token: Int, access: Access = .get) -> SymbolID? {
    let saved = engine.step
    engine.step = Int32(token)
    defer { engine.step = saved }
    let id = name(token)
    let start = engine.beginLookup()
    var scope = engine.current
    var found: SymbolID?
    var hiddenIn: ScopeID?
    while scope >= 0 {
      let parent = engine.parent(of: scope)
      let visited = engine.visitStretch(scope, for: id, missNote: parent < 0 ? .unresolved : .missed)
      if let hit = visited.hit {
        if engine.symbols[Int(hit)].hides {
          engine.markLastStepHidden()
          hiddenIn = scope
        } else {
          found = hit
        }
        break
      }
      scope = engine.parent(of: visited.last)
    }
    engine.recordResolve(id, access: access, symbol: found, since: start)
    if found == nil {
      let why = hiddenIn.map { " (hidden by `hide \(text(token));` in \(engine.label(of: $0)))" } ?? ""
      report(.error, "Symbol not found: \(text(token))\(why)", at: token)
    }
    return found
  }

  /// Qualified lookup: the first segment unqualified, each next one only inside the
  /// namespace the previous one names (an import's members are not checked: its file is
  /// not read).
  mutating func qualified(access: Access) {
    var segment = current
    advance()
    var symbol = lookup(segment, access: kind == .dot ? .get : access)
    while match(.dot) {
      guard kind == .identifier else { return error("Expected a name after '.'") }
      let previous = segment
      segment = current
      advance()
      guard let outer = symbol else { continue }
      if engine.symbols[Int(outer)].storage == .import {
        symbol = nil
        while kind == .dot && peekKind == .identifier {
          advance()
          advance()
        }
        return
      }
      guard let scope = namespaceScopes[outer] else {
        report(.error, "Expected a valid scope: \(text(previous)) is not a namespace", at: previous)
        symbol = nil
        continue
      }
      let saved = engine.step
      engine.step = Int32(segment)
      let id = name(segment)
      let start = engine.beginLookup()
      let hit = engine.visit(scope, for: id, missNote: .segment)
      symbol = hit.flatMap { engine.symbols[Int($0)].hides ? nil : $0 }
      engine.recordResolve(id, access: kind == .dot ? .get : access, symbol: symbol, since: start)
      engine.step = saved
      if symbol == nil {
        report(.error, "Symbol not found: \(text(segment)) in namespace \(text(previous))", at: segment)
      }
    }
  }

  // MARK: Expressions

  mutating func expression() {
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.maximumDepth else { return bail() }
    binary(level: 0)
  }

  static let levels: [[ChirpTokenKind]] = [
    [.or], [.and], [.equalEqual, .bangEqual], [.less, .lessEqual, .greater, .greaterEqual], [.plus, .minus],
    [.star, .slash, .percent],
  ]

  mutating func binary(level: Int) {
    guard level < Self.levels.count else { return unary() }
    binary(level: level + 1)
    while Self.levels[level].contains(kind) {
      advance()
      binary(level: level + 1)
    }
  }

  mutating func unary() {
    if kind == .minus || kind == .bang {
      advance()
      return unary()
    }
    switch kind {
    case .number, .string, .true, .false: advance()
    case .identifier:
      qualified(access: .get)
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
      error("Expected an expression")
      if kind != .eof && kind != .semicolon && kind != .rightBrace { advance() }
    }
  }

  mutating func bail() {
    if !bailed {
      statementFailed = false
      error("Nesting is deeper than \(Self.maximumDepth) levels; scopewalk stops parsing here")
    }
    bailed = true
    current = kinds.count - 1
  }
}
