import ScopeEngine

/// Chirp's symbol tracker, driven by a one-pass parser: `bind` checks only the current
/// scope; an unqualified lookup walks from the innermost scope out and sees only symbols
/// already bound, stopping at a `hide`; a qualified name resolves segment by segment inside
/// namespaces only; a function has a parameter scope and a separate body scope.
struct ChirpCompiler: LexedCompiler {
  let source: UnsafeBufferPointer<UInt8>
  let tokens: [Token]
  let kinds: [ChirpTokenKind]
  var engine: Engine
  var pending = PendingDiagnostics()
  var current = 0
  /// Each namespace symbol's scope, for qualified lookup.
  var namespaceScopes: [SymbolID: ScopeID] = [:]
  /// Functions declared by a prototype and not yet defined.
  var prototypes: Set<SymbolID> = []
  /// Locals bound so far in the function being compiled (their index).
  var locals: Int32 = 0
  /// Whether the statement being parsed already has a syntax error.
  var statementFailed = false
  var depth = 0
  var bailed = false

  /// The deepest nesting parsed before giving up.
  static let maximumDepth = 60_000

  init(source: UnsafeBufferPointer<UInt8>, tokens: [Token], kinds: [ChirpTokenKind], engine: Engine) {
    self.source = source
    self.tokens = tokens
    self.kinds = kinds
    self.engine = engine
  }

  // MARK: Tokens and errors

  /// A syntax error at the current token, once per statement.
  mutating func error(_ message: String) {
    guard !bailed && !statementFailed else { return }
    statementFailed = true
    let t = tokens[current]
    let found = kind == .eof ? "end of file" : "'\(text(current))'"
    engine.diagnose(.error, "\(message), found \(found)", line: t.line, column: t.column, token: Int32(current))
  }

  /// A diagnostic about the name at `token`.
  mutating func report(_ severity: Severity, _ message: String, at token: Int) {
    let t = tokens[token]
    engine.diagnose(severity, message, line: t.line, column: t.column, token: Int32(max(token, Int(engine.step))))
  }

  mutating func expect(_ k: ChirpTokenKind, _ what: String) -> Bool {
    if match(k) { return true }
    error("Expected \(what)")
    return false
  }

  /// Skips past the next `;`, or up to a `}` or the end.
  mutating func recover() {
    while kind != .eof && kind != .rightBrace {
      if match(.semicolon) { return }
      advance()
    }
  }

  // MARK: Binding

  /// Whether the current scope is the root or a namespace (where symbols are global).
  var atGlobalLevel: Bool {
    let k = engine.kind(of: engine.current)
    return k == .global || k == .namespace
  }

  /// `bind_sym`: puts the name at `token` into the current scope, unless the current scope
  /// already has it ("Redefinition of a symbol", and a note at the first one).
  @discardableResult
  mutating func bind(_ token: Int, as storage: Storage) -> SymbolID? {
    let id = name(token)
    if let existing = engine.peek(id, in: engine.current), !engine.symbols[Int(existing)].hides {
      if prototypes.contains(existing) && storage == .function {
        prototypes.remove(existing)
        return existing
      }
      report(.error, "Redefinition of a symbol", at: token)
      let first = tokens[Int(engine.symbols[Int(existing)].token)]
      engine.diagnose(
        .note, "\(text(token)) is first defined here", line: first.line, column: first.column, token: Int32(token))
      return nil
    }
    let saved = engine.step
    engine.step = Int32(token)
    let index: Int32 = storage == .local ? locals : -1
    if storage == .local { locals += 1 }
    let symbol = engine.define(id, as: storage, index: index)
    engine.step = saved
    return symbol
  }

  // MARK: Declarations

  /// Compiles the whole file.
  mutating func compile() {
    pending.flush(through: 0, into: &engine)
    engine.step = 0
    engine.pushScope(.global)
    while kind != .eof {
      if kind == .rightBrace {
        statementFailed = false
        error("Unbalanced '}'")
        advance()
        continue
      }
      item()
    }
    pending.flush(through: Int32(kinds.count - 1), into: &engine)
  }

  /// A top-level or namespace-level item.
  mutating func item() {
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.maximumDepth else { return bail() }
    statementFailed = false
    switch kind {
    case .namespace: namespace()
    case .func: function()
    case .entry:
      advance()
      engine.pushScope(.entry)
      locals = 0
      body()
      engine.popScope()
    case .import:
      advance()
      guard kind == .string else { return error("Expected a module name in quotes after import") }
      let token = current
      let module = text(token).trimmingQuotes
      advance()
      engine.step = Int32(token)
      engine.define(engine.intern(module), as: .import, index: -1)
      if !expect(.semicolon, "';' after the import") { recover() }
    case .extern:
      advance()
      guard expect(.string, "the external symbol's name in quotes after extern") else { return recover() }
      if kind == .func { function() } else { declaration(global: true) }
    case .hide: hide()
    default: declaration(global: true)
    }
  }

  mutating func namespace() {
    advance()
    guard kind == .identifier else {
      error("Expected the namespace's name")
      return recover()
    }
    let token = current
    advance()
    let symbol = bind(token, as: .namespace)
    guard expect(.leftBrace, "'{' after the namespace's name") else { return recover() }
    let scope = engine.pushScope(.namespace, name: name(token))
    if let symbol { namespaceScopes[symbol] = scope }
    while kind != .rightBrace && kind != .eof { item() }
    engine.popScope()
    if !match(.rightBrace) { error("Expected '}' to close the namespace") }
  }

  /// `func RET name(TYPE: p, …) { … }` or a prototype ending in `;`.
  mutating func function() {
    advance()
    guard type() else { return recover() }
    guard kind == .identifier else {
      error("Expected the function's name")
      return recover()
    }
    let token = current
    advance()
    let symbol = bind(token, as: .function)
    guard expect(.leftParen, "'(' after the function's name") else { return recover() }
    var parameters: [Int] = []
    if !match(.rightParen) {
      repeat {
        guard type(), expect(.colon, "':' after the parameter's type"), kind == .identifier else {
          error("Expected a parameter name")
          return recover()
        }
        parameters.append(current)
        advance()
      } while match(.comma)
      guard expect(.rightParen, "')' after the parameters") else { return recover() }
    }
    if match(.semicolon) {
      if let symbol { prototypes.insert(symbol) }
      return
    }
    if let symbol { prototypes.remove(symbol) }
    engine.pushScope(.parameters, name: name(token))
    locals = 0
    for parameter in parameters { bind(parameter, as: .local) }
    engine.pushScope(.block, name: engine.intern("body"))
    body()
    engine.popScope()
    engine.popScope()
  }

  /// A type: modifiers, then a type name.
  mutating func type() -> Bool {
    while match(.modifier) {}
    return expect(.typeName, "a type")
  }

  /// `TYPE: name = expr;`
  mutating func declaration(global: Bool) {
    guard kind == .typeName || kind == .modifier else {
      if global {
        error("Expected a declaration")
        return recover()
      }
      return expressionStatement()
    }
    guard type(), expect(.colon, "':' after the type") else { return recover() }
    guard kind == .identifier else {
      error("Expected the variable's name")
      return recover()
    }
    let token = current
    advance()
    if match(.equal) { expression() }
    bind(token, as: atGlobalLevel ? .global : .local)
    if !expect(.semicolon, "';' after the declaration") { recover() }
  }

  mutating func hide() {
    advance()
    guard kind == .identifier else {
      error("Expected the name to hide")
      return recover()
    }
    let token = current
    advance()
    let saved = engine.step
    engine.step = Int32(token)
    engine.hide(name(token))
    engine.step = saved
    if !expect(.semicolon, "';' after hide") { recover() }
  }

  // MARK: Statements

  /// A `{ … }` body: statements in the scope already pushed.
  mutating func body() {
    guard expect(.leftBrace, "'{'") else { return recover() }
    while kind != .rightBrace && kind != .eof { statement() }
    if !match(.rightBrace) { error("Expected '}'") }
  }

  mutating func statement() {
    depth += 1
    defer { depth -= 1 }
    guard depth <= Self.maximumDepth else { return bail() }
    statementFailed = false
    switch kind {
    case .ret:
      advance()
      if kind != .semicolon { expression() }
      if !expect(.semicolon, "';' after ret") { recover() }
    case .if:
      advance()
      condition()
      block()
      while match(.elif) {
        condition()
        block()
      }
      if match(.else) { block() }
    case .while:
      advance()
      condition()
      block()
    case .leftBrace: block()
    case .hide: hide()
    case .namespace:
      error("A namespace can only be declared at the top level or in a namespace")
      recover()
    default: declaration(global: false)
    }
  }

  mutating func condition() {
    guard expect(.leftParen, "'(' before the condition") else { return }
    expression()
    _ = expect(.rightParen, "')' after the condition")
  }

  mutating func block() {
    guard kind == .leftBrace else { return error("Expected '{'") }
    engine.pushScope(.block)
    body()
    engine.popScope()
  }

  mutating func expressionStatement() {
    if kind == .identifier && (peekKind == .equal || peekKind == .dot) {
      let start = current
      var end = current + 1
      while kinds[end] == .dot && end + 1 < kinds.count && kinds[end + 1] == .identifier { end += 2 }
      if kinds[end] == .equal {
        current = start
        qualified(access: .set)
        advance()
        expression()
        if !expect(.semicolon, "';' after the assignment") { recover() }
        return
      }
    }
    expression()
    if !expect(.semicolon, "';' after the expression") { recover() }
  }

}

extension String {
  /// The text without its surrounding quotes.
  var trimmingQuotes: String {
    var text = Substring(self)
    if text.hasPrefix("\"") { text = text.dropFirst() }
    if text.hasSuffix("\"") { text = text.dropLast() }
    return String(text)
  }
}
