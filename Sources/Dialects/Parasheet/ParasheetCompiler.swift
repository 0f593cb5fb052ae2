import ScopeEngine

/// Parasheet's cell language, parsed in one pass and driven into the engine as Parasheet's
/// SymbolTable works: `{` pushes a scope, `}` pops it; an insert writes the top scope and
/// overwrites; a lookup walks from the top down and a miss is an INVALID entry; and an
/// assignment looks its name up, then inserts into the top scope, so inside a block it
/// makes a shadow copy and the outer variable keeps its value.
struct ParasheetCompiler: LexedCompiler {
  let source: UnsafeBufferPointer<UInt8>
  let tokens: [Token]
  let kinds: [ParasheetTokenKind]
  var engine: Engine
  var pending = PendingDiagnostics()
  var current = 0
  /// The next index into the external buffer that entries point to.
  private var nextIndex: Int32 = 0
  /// How deeply statements and expressions are nested.
  private var depth = 0
  /// Whether the parser gave up (after a nesting error).
  private var bailed = false
  /// Whether the statement being parsed already has a syntax error (one is reported).
  private var statementFailed = false

  /// The deepest nesting parsed before giving up.
  static let maximumDepth = 60_000

  init(source: UnsafeBufferPointer<UInt8>, tokens: [Token], kinds: [ParasheetTokenKind], engine: Engine) {
    self.source = source
    self.tokens = tokens
    self.kinds = kinds
    self.engine = engine
  }

  // MARK: Tokens and errors

  /// Reports `message` at the current token, once per statement (the parser then skips to
  /// the next `;` or `}`, and what follows in the statement is not reported).
  private mutating func error(_ message: String) {
    guard !bailed && !statementFailed else { return }
    statementFailed = true
    let t = tokens[current]
    let found = kind == .eof ? "the end of the file" : "'\(text(current))'"
    engine.diagnose(.error, "\(message), found \(found)", line: t.line, column: t.column, token: Int32(current))
  }

  private mutating func expect(_ k: ParasheetTokenKind, _ what: String) -> Bool {
    if match(k) { return true }
    error("expected \(what)")
    return false
  }

  /// Skips to just after the next `;`, or to a `}` or the end.
  private mutating func recover() {
    while kind != .eof && kind != .rightBrace {
      if match(.semicolon) { return }
      advance()
    }
  }

  // MARK: Program and statements

  /// Compiles the whole file.
  mutating func compile() {
    pending.flush(through: 0, into: &engine)
    engine.step = 0
    engine.pushScope(.global)
    if expect(.equal, "'=' to start the cell program") {
      if match(.leftParen) { parameters() }
    }
    while kind != .eof {
      if kind == .rightBrace {
        error("unbalanced '}': there is no block to close")
        advance()
        continue
      }
      statement()
    }
    pending.flush(through: Int32(kinds.count - 1), into: &engine)
  }

  private mutating func parameters() {
    if match(.rightParen) { return }
    repeat {
      guard kind == .identifier else {
        error("expected a parameter name")
        recover()
        return
      }
      let nameToken = current
      advance()
      guard expect(.colon, "':' and a type after the parameter name"),
        expect(.type, "a type (int, float, string, cell)")
      else {
        return
      }
      insert(nameToken, copying: nil)
    } while match(.comma)
    _ = expect(.rightParen, "')' after the parameters")
  }

  private mutating func statement() {
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.maximumDepth else { return bail() }
    statementFailed = false
    switch kind {
    case .let: letStatement()
    case .if:
      advance()
      guard expect(.leftParen, "'(' after if") else { return recover() }
      expression()
      guard expect(.rightParen, "')' after the condition") else { return recover() }
      statement()
      if match(.else) { statement() }
    case .while:
      advance()
      guard expect(.leftParen, "'(' after while") else { return recover() }
      expression()
      guard expect(.rightParen, "')' after the condition") else { return recover() }
      statement()
    case .for: forStatement()
    case .return:
      advance()
      expression()
      if !expect(.semicolon, "';' after the returned value") { recover() }
    case .leftBrace: block()
    case .identifier where peekKind == .equal: assignment()
    default:
      expression()
      if !expect(.semicolon, "';' after the expression") { recover() }
    }
  }

  private mutating func block() {
    engine.pushScope(.block)
    advance()
    while kind != .rightBrace && kind != .eof { statement() }
    if kind == .eof { error("expected '}' to close the block") }
    engine.popScope()
    if kind == .rightBrace { advance() }
  }

  private mutating func letStatement() {
    advance()
    guard kind == .identifier else {
      error("expected a variable name after let")
      return recover()
    }
    let nameToken = current
    advance()
    guard expect(.colon, "':' and a type after the variable name"), expect(.type, "a type (int, float, string, cell)")
    else {
      return recover()
    }
    guard expect(.equal, "'=' and a value") else { return recover() }
    expression()
    engine.step = Int32(nameToken)
    insert(nameToken, copying: nil)
    engine.step = Int32(current)
    if !expect(.semicolon, "';' after the declaration") { recover() }
  }

  /// `x = v;`: look x up, compute v, then insert x into the top scope.
  private mutating func assignment() {
    let nameToken = current
    advance()
    let found = resolve(nameToken, access: .set)
    advance()
    expression()
    engine.step = Int32(nameToken)
    let top = engine.current
    if let found, engine.symbols[Int(found)].scope == top {
      let symbol = engine.symbols[Int(found)]
      engine.define(symbol.name, as: symbol.storage, index: symbol.index)
    } else {
      insert(nameToken, copying: found)
    }
    engine.step = Int32(current)
    if !expect(.semicolon, "';' after the assignment") { recover() }
  }

  private mutating func forStatement() {
    advance()
    guard expect(.leftParen, "'(' after for") else { return recover() }
    guard kind == .identifier else {
      error("expected the loop variable's name")
      return recover()
    }
    let nameToken = current
    advance()
    guard expect(.comma, "',' and a range after the loop variable") else { return recover() }
    expression()
    guard expect(.rightParen, "')' after the range") else { return recover() }
    engine.step = Int32(nameToken)
    insert(nameToken, copying: nil)
    engine.step = Int32(current)
    statement()
  }

  /// Writes the name at `token` into the top scope with a fresh index; `copying` is the
  /// outer symbol an assignment shadows.
  private mutating func insert(_ token: Int, copying original: SymbolID?) {
    let storage: Storage = engine.scope(engine.current).parent < 0 ? .global : .local
    let symbol = engine.define(name(token), as: storage, index: nextIndex)
    nextIndex += 1
    if let original { engine.noteCopy(symbol, of: original) }
  }

  /// Looks the name at `token` up from the top scope down; a miss is an INVALID entry.
  @discardableResult
  private mutating func resolve(_ token: Int, access: Access) -> SymbolID? {
    let saved = engine.step
    engine.step = Int32(token)
    let id = name(token)
    let found = engine.resolveCapturing(id, access: access)
    if found == nil {
      let t = tokens[token]
      engine.diagnose(
        .error, "\(text(token)) is not defined: the lookup reached the bottom scope and returned an INVALID entry",
        line: t.line, column: t.column)
    }
    engine.step = saved
    return found
  }

  private mutating func bail() {
    if !bailed { error("nesting is deeper than \(Self.maximumDepth) levels; scopewalk stops parsing here") }
    bailed = true
    current = kinds.count - 1
  }

  // MARK: Expressions

  private mutating func expression() {
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.maximumDepth else { return bail() }
    binary(level: 0)
    if match(.colon) { binary(level: 0) }
  }

  /// Binary operators by level: || && (== !=) (< <= > >=) (+ -) (* / %).
  private static let levels: [[ParasheetTokenKind]] = [
    [.or], [.and], [.equalEqual, .bangEqual], [.less, .lessEqual, .greater, .greaterEqual], [.plus, .minus],
    [.star, .slash, .percent],
  ]

  private mutating func binary(level: Int) {
    guard level < Self.levels.count else { return unary() }
    binary(level: level + 1)
    while Self.levels[level].contains(kind) {
      advance()
      binary(level: level + 1)
    }
  }

  private mutating func unary() {
    if kind == .minus || kind == .bang {
      advance()
      return unary()
    }
    if match(.hash) {
      if kind == .identifier || kind == .number { return advance() }
      if match(.leftParen) {
        expression()
        _ = expect(.rightParen, "')' after the cell expression")
        return
      }
      return error("expected a cell reference after '#'")
    }
    primary()
  }

  private mutating func primary() {
    switch kind {
    case .number, .string: advance()
    case .identifier:
      let token = current
      advance()
      if match(.leftParen) {
        if !match(.rightParen) {
          repeat { expression() } while match(.comma)
          _ = expect(.rightParen, "')' after the arguments")
        }
      } else {
        resolve(token, access: .get)
      }
    case .leftParen:
      advance()
      expression()
      _ = expect(.rightParen, "')' after the expression")
    default:
      error("expected an expression")
      if kind != .eof && kind != .semicolon && kind != .rightBrace { advance() }
    }
  }
}
