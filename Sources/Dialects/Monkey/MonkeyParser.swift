import ScopeEngine

/// The book's Pratt parser, with its error messages and its recovery (a failed statement
/// is dropped and parsing goes on at the next token), plus Bhasa's statements.
struct MonkeyParser {
  /// Binding powers, lowest first.
  enum Precedence: Int, Comparable {
    case lowest, logical, bitwise, equals, lessGreater, shift, sum, product, prefix, call, index
    static func < (l: Self, r: Self) -> Bool { l.rawValue < r.rawValue }
  }

  /// The deepest nesting parsed before giving up (a guard against exhausting the stack).
  static let maximumDepth = 60_000

  let flavor: MonkeyFlavor
  /// Where the tokens go as the parser asks for them (the compiler reads them from here).
  let cursor: TokenCursor<MonkeyTokenKind>
  /// The lexer, run a token ahead of the parser.
  let lexer: MonkeyLexer
  var scanner: Scanner
  /// Whether EOF has been lexed.
  var lexedAll = false
  let ast: MonkeyAST
  /// Where finished statements and errors go.
  let feed: Feed<ParsedItem>
  var current: Int32 = 0
  var scratch: [Int32] = []
  /// The lexer's diagnostics for the token just lexed (kept here, not made per token).
  var lexerDiagnostics: [Diagnostic] = []
  var depth = 0
  var bailed = false
  /// Provides the pages the engine's logs are about to fill, between statements.
  var warmer: PageWarmer?
  /// How many tokens past the one asked for are lexed in the same go (0: one at a time).
  let lookahead: Int32

  init(
    flavor: MonkeyFlavor, stream: TokenStream<MonkeyTokenKind>, source: UnsafeBufferPointer<UInt8>, ast: MonkeyAST,
    feed: Feed<ParsedItem>, lookahead: Int32 = defaultLookahead
  ) {
    self.flavor = flavor
    self.lookahead = lookahead
    self.cursor = TokenCursor(stream, source: source)
    self.ast = ast
    self.feed = feed
    self.lexer = MonkeyLexer(flavor: flavor)
    self.scanner = Scanner(source)
    lex(through: 1)
  }

  /// Lexes until token `index` exists (or EOF does), publishing any lexer errors.
  @inline(__always) mutating func lex(through index: Int32) {
    if lastIndex < index && !lexedAll { lexAhead(through: index) }
  }

  /// How many tokens past the one asked for are lexed in the same go by default: a batch
  /// keeps the lexer's state in registers from token to token.
  static let defaultLookahead: Int32 = 64

  /// Lexes through token `index` and up to `lookahead` tokens past it, stopping before a
  /// token that can report an error and is not yet needed: lexed only when the parser asks
  /// for it, its error keeps its place among the parser's.
  @inline(never) mutating func lexAhead(through index: Int32) {
    let stream = cursor.stream
    let limit = index + lookahead
    var last = lastIndex
    while last < limit {
      lexer.skipTrivia(&scanner)
      if last >= index && lexer.mayReport(scanner) { break }
      let (token, kind) = lexer.token(&scanner, diagnostics: &lexerDiagnostics, index: last + 1)
      stream.append(token, kind)
      last += 1
      if !lexerDiagnostics.isEmpty {
        for diagnostic in lexerDiagnostics { feed.publish(.diagnostic(diagnostic)) }
        lexerDiagnostics = []
      }
      if kind == .eof {
        lexedAll = true
        break
      }
    }
    lastIndex = last
  }

  /// Whether `depth` is within the limit; past it, reports the nesting and gives up.
  mutating func isWithinDepth() -> Bool {
    guard depth > Self.maximumDepth else { return true }
    error("nesting is deeper than \(Self.maximumDepth) levels; scopewalk stops parsing here", at: current)
    bail()
    return false
  }

  /// Gives up on the rest of the file after a nesting error: no more errors, and the
  /// cursor on EOF so every loop ends.
  mutating func bail() {
    bailed = true
    while !lexedAll { lex(through: lastIndex + 1) }
    current = lastIndex
  }

  /// The index of the last token lexed (kept here: the stream's own count is three objects
  /// away).
  private(set) var lastIndex: Int32 = -1

  // MARK: Tokens

  var cur: MonkeyTokenKind { cursor.kind(current) }
  var peek: MonkeyTokenKind { cursor.kind(peekIndex) }
  mutating func nextToken() {
    if current < lastIndex { current += 1 }
    lex(through: current + 1)
  }
  var peekIndex: Int32 { min(current + 1, lastIndex) }

  func text(_ index: Int32) -> String { cursor.text(index) }

  /// A token's type as the real lexer names it: Bhasa's keyword types are the words themselves.
  func typeName(_ index: Int32) -> String {
    let kind = cursor.kind(index)
    if flavor == .bhasa && kind.tokenClass == .keyword || kind == .typeName { return text(index) }
    return kind.goName(flavor)
  }

  mutating func error(_ message: String, at index: Int32) {
    guard !bailed else { return }
    let t = cursor.token(index)
    feed.publish(
      .diagnostic(Diagnostic(severity: .error, message: message, token: index, line: t.line, column: t.column)))
  }

  mutating func expectPeek(_ kind: MonkeyTokenKind) -> Bool {
    if peek == kind {
      nextToken()
      return true
    }
    error("expected next token to be \(kind.goName(flavor)), got \(typeName(peekIndex)) instead", at: peekIndex)
    return false
  }

  mutating func add(_ node: MonkeyNode) -> Int32 {
    ast.nodes.append(node)
  }

  /// Moves the children pushed since `mark` into a list; returns its start and count.
  mutating func list(since mark: Int) -> (Int32, Int32) {
    let start = Int32(ast.lists.count)
    for item in scratch[mark...] { ast.lists.append(item) }
    scratch.removeSubrange(mark...)
    return (start, Int32(ast.lists.count) - start)
  }

  // MARK: Program and statements

  /// Parses the whole file, publishing each top-level statement as soon as it is complete.
  mutating func parseProgram() {
    while cur != .eof {
      let statement = parseStatement()
      if statement >= 0 { feed.publish(.statement(statement, nodes: ast.nodes.count, lists: ast.lists.count)) }
      nextToken()
      warmer?.warm(at: Int(current))
    }
    feed.finish()
  }

  mutating func parseStatement() -> Int32 {
    depth += 1
    defer { depth -= 1 }
    guard isWithinDepth() else { return -1 }
    switch cur {
    case .let: return parseLetStatement()
    case .return: return parseReturnStatement()
    case .while where flavor == .bhasa: return parseWhileStatement()
    case .for where flavor == .bhasa: return parseForStatement()
    case .break, .continue:
      let kind: MonkeyNodeKind = cur == .break ? .breakStatement : .continueStatement
      let node = add(MonkeyNode(kind: kind, token: current))
      if peek == .semicolon { nextToken() }
      return node
    case .ident where flavor == .bhasa && peek == .assign: return parseAssignStatement()
    default: return parseExpressionStatement()
    }
  }

  mutating func parseLetStatement() -> Int32 {
    let token = current
    guard expectPeek(.ident) else { return -1 }
    let name = current
    var type: Int32 = -1
    if flavor == .bhasa && peek == .colon {
      nextToken()
      guard peek == .typeName || peek == .ident else {
        error("expected a type name after ':', got \(typeName(peekIndex)) instead", at: peekIndex)
        return -1
      }
      nextToken()
      type = current
    }
    guard expectPeek(.assign) else { return -1 }
    nextToken()
    let value = parseExpression(.lowest)
    if value >= 0 && ast[value].kind == .function { ast.nodes[value].d = name }
    if peek == .semicolon { nextToken() }
    return add(MonkeyNode(kind: .letStatement, token: token, a: name, b: value, c: type))
  }

  mutating func parseReturnStatement() -> Int32 {
    let token = current
    nextToken()
    let value = parseExpression(.lowest)
    if peek == .semicolon { nextToken() }
    return add(MonkeyNode(kind: .returnStatement, token: token, a: value))
  }

  mutating func parseExpressionStatement() -> Int32 {
    let token = current
    let expression = parseExpression(.lowest)
    if peek == .semicolon { nextToken() }
    return add(MonkeyNode(kind: .expressionStatement, token: token, a: expression))
  }

  mutating func parseAssignStatement() -> Int32 {
    let name = current
    nextToken()
    let token = current
    nextToken()
    let value = parseExpression(.lowest)
    if peek == .semicolon { nextToken() }
    return add(MonkeyNode(kind: .assignStatement, token: token, a: name, b: value))
  }

  mutating func parseWhileStatement() -> Int32 {
    let token = current
    guard let condition = parseCondition() else { return -1 }
    let body = parseBlockStatement()
    return add(MonkeyNode(kind: .whileStatement, token: token, a: condition, b: body))
  }

  mutating func parseForStatement() -> Int32 {
    let token = current
    guard expectPeek(.lparen) else { return -1 }
    nextToken()
    let initializer = cur == .semicolon ? -1 : parseStatement()
    if cur != .semicolon { guard expectPeek(.semicolon) else { return -1 } }
    nextToken()
    let condition = cur == .semicolon ? -1 : parseExpression(.lowest)
    if cur != .semicolon { guard expectPeek(.semicolon) else { return -1 } }
    nextToken()
    let update = cur == .rparen ? -1 : parseStatement()
    if cur != .rparen { guard expectPeek(.rparen) else { return -1 } }
    guard expectPeek(.lbrace) else { return -1 }
    let body = parseBlockStatement()
    return add(MonkeyNode(kind: .forStatement, token: token, a: initializer, b: condition, c: update, d: body))
  }

  mutating func parseBlockStatement() -> Int32 {
    let token = current
    let mark = scratch.count
    nextToken()
    while cur != .rbrace && cur != .eof {
      let statement = parseStatement()
      if statement >= 0 { scratch.append(statement) }
      nextToken()
    }
    if cur == .eof {
      error("expected } to close the block opened at line \(cursor.token(token).line), got EOF instead", at: current)
    }
    let (start, count) = list(since: mark)
    return add(MonkeyNode(kind: .block, token: token, a: start, b: count, c: cur == .rbrace ? current : -1))
  }
}
