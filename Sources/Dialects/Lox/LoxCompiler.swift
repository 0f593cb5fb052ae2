import ScopeEngine

/// clox's single-pass compiler (`compiler.c`), driving the engine where clox emits code:
/// the same parse, the same errors in the same order (panic mode and all), the same local
/// slots and upvalues. No bytecode is made.
struct LoxCompiler {
  /// Every token scanned (error tokens too), written by the scanning thread; a step is an
  /// index here.
  let cursor: TokenCursor<LoxTokenKind>
  /// The token being looked at.
  var current: Int32 = -1
  /// The token just consumed.
  var previous: Int32 = -1
  /// How many tokens the scanner had completed when last asked.
  var complete = 0
  /// The token `name(of:)` interned last, and its name: a local's declaration asks for its
  /// name twice (clox's `declareVariable` and `parseVariable`), the second time from here.
  var lastNamed: (token: Int32, name: NameID) = (-1, -1)
  /// Whether an error was reported.
  var hadError = false
  /// Whether errors are being suppressed until the next statement boundary.
  var panicMode = false
  /// How deeply declarations and expressions are nested now.
  var depth = 0
  /// Whether the nesting limit was hit: the rest of the file is skipped, silently.
  var bailed = false

  /// The deepest nesting compiled before giving up (a guard against exhausting the stack;
  /// clox itself would overflow its C stack long before).
  static let maximumDepth = 100_000
  /// The functions being compiled, outermost (the script) first.
  var functions: [FunctionState] = []
  /// The emptied arrays of functions compiled, for the next ones to fill (a program of
  /// 40,000 functions then allocates a few dozen).
  var spareArrays = FunctionState.Spares()
  /// Told where the engine's logs end, as the tokens go by, by a thread that provides the
  /// pages ahead of them.
  var warmer: PageWarmer?
  /// The classes being compiled, innermost last: whether each has a superclass.
  var classes: [Bool] = []
  /// The engine.
  var engine: Engine
  /// The names `this` and `super`, interned at the start.
  var thisName: NameID = -1
  var superName: NameID = -1
  /// The name `init`.
  var initName: NameID = -1

  /// A compiler over `source`, reading tokens from `stream`, that drives `engine`.
  init(source: UnsafeBufferPointer<UInt8>, stream: TokenStream<LoxTokenKind>, engine: Engine) {
    self.cursor = TokenCursor(stream, source: source)
    self.engine = engine
  }

  /// Token `index`.
  @inline(__always) func token(_ index: Int32) -> Token { cursor.token(index) }

  // MARK: Tokens

  /// The type of token `index`.
  @inline(__always) func kind(_ index: Int32) -> LoxTokenKind { cursor.kind(index) }

  /// Moves to the next token that is not an error, reporting each error token on the way
  /// (waiting for the scanner when it is behind); at the end it stays on EOF, as clox's
  /// scanner keeps returning it.
  ///
  /// The common case (the next token is complete, is not an error, and starts no new block
  /// of 1,024) is kept short; the rest is `advanceTheLongWay()`.
  mutating func advance() {
    previous = current
    if current >= 0 && kind(current) == .eof { return }
    let next = current + 1
    guard Int(next) < complete, !PageWarmer.isDue(from: current, to: next), kind(next) != .error else {
      return advanceTheLongWay()
    }
    current = next
    engine.step = previous >= 0 ? previous : 0
  }

  /// `advance()` when the scanner must be waited for or asked how far it is, the page warmer
  /// told where the logs end, the kinds behind given back, or error tokens reported.
  @inline(never) mutating func advanceTheLongWay() {
    while true {
      current += 1
      if Int(current) >= complete { complete = cursor.stream.complete(through: Int(current)) }
      if let warmer, PageWarmer.isDue(from: current - 1, to: current) { warmer.publish(engine.growingRegions) }
      if current & 0xFFFF == 0 { cursor.stream.kinds.releasePages(below: Int(current) - Self.kindsKept) }
      guard kind(current) == .error else { break }
      engine.step = current
      let bytes = cursor.bytes(current)
      if bytes.first == UInt8(ascii: "\"") {
        // clox's scanner reports the line it stopped on, the end of the file.
        let line = token(current).line + Int32(bytes.lazy.filter { $0 == 0x0A }.count)
        errorAt(current, "Unterminated string.", line: line)
      } else {
        errorAt(current, "Unexpected character.")
      }
    }
    engine.step = previous >= 0 ? previous : 0
  }

  /// How many kinds behind the current token stay readable: the compiler looks back only a
  /// few tokens (a class's name, the previous token), so the pages of the kinds before are
  /// given back as it goes, about a byte per token of the peak.
  static let kindsKept = 4096

  /// Whether the current token is `kind`.
  @inline(__always) func check(_ kind: LoxTokenKind) -> Bool { cursor.kind(current) == kind }

  /// Consumes the current token if it is `kind`.
  mutating func match(_ kind: LoxTokenKind) -> Bool {
    guard check(kind) else { return false }
    advance()
    return true
  }

  /// Consumes a token of `kind`, or reports `message` at the current token.
  mutating func consume(_ kind: LoxTokenKind, _ message: String) {
    if check(kind) {
      advance()
      return
    }
    errorAtCurrent(message)
  }

  /// The name id of identifier token `index`.
  mutating func name(of index: Int32) -> NameID {
    if index == lastNamed.token { return lastNamed.name }
    let name = cursor.name(of: index, in: &engine)
    lastNamed = (index, name)
    return name
  }

  // MARK: Errors

  /// Reports `message` at the previous token.
  mutating func error(_ message: String) { errorAt(previous, message) }

  /// Reports `message` at the current token.
  mutating func errorAtCurrent(_ message: String) { errorAt(current, message) }

  /// clox's `errorAt`: nothing while in panic mode; otherwise a diagnostic pointing at the
  /// token (`at 'tok'`, `at end`, or nothing for an error token).
  mutating func errorAt(_ index: Int32, _ message: String, line: Int32? = nil) {
    guard !panicMode && !bailed else { return }
    panicMode = true
    hadError = true
    let token = token(index)
    let near: String
    switch kind(index) {
    case .eof: near = "end"
    case .error: near = ""
    default:
      near = "'" + cursor.text(index) + "'"
    }
    engine.diagnose(.error, message, line: line ?? token.line, column: token.column, near: near, token: index)
  }

  /// Skips tokens until a statement boundary, leaving panic mode.
  mutating func synchronize() {
    panicMode = false
    while !check(.eof) {
      if previous >= 0 && kind(previous) == .semicolon { return }
      switch kind(current) {
      case .class, .fun, .var, .for, .if, .while, .print, .return: return
      default: advance()
      }
    }
  }

  /// Enters one level of nesting; false (after reporting it once and skipping to the end
  /// of the file) when that is one too many.
  @inline(__always) mutating func enterNesting() -> Bool {
    depth += 1
    guard depth > Self.maximumDepth else { return true }
    return bail()
  }

  /// Reports the nesting limit once and skips to the end of the file; false.
  @inline(never) mutating func bail() -> Bool {
    if !bailed {
      panicMode = false
      errorAtCurrent("nesting is deeper than \(Self.maximumDepth) levels; scopewalk stops parsing here")
      bailed = true
      while !check(.eof) { advance() }
    }
    return false
  }

  // MARK: The program

  /// Compiles the whole file.
  mutating func compile() {
    engine.step = 0
    let script = engine.pushScope(.global)
    thisName = engine.intern("this")
    superName = engine.intern("super")
    initName = engine.intern("init")
    functions.append(FunctionState(type: .script, scope: script))
    functions[0].locals.append(Local(name: thisName, depth: 0, symbol: engine.define(thisName, as: .local, index: 0)))
    advance()
    while !match(.eof) { declaration() }
    engine.step = current
  }
}
