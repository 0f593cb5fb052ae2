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
  let stream: TokenStream<MonkeyTokenKind>
  let tokens: UnsafePointer<Token>
  let kinds: UnsafePointer<MonkeyTokenKind>
  let source: UnsafeBufferPointer<UInt8>
  /// The lexer, run a token ahead of the parser.
  private let lexer: MonkeyLexer
  private var scanner: Scanner
  /// Whether EOF has been lexed.
  private var lexedAll = false
  let ast: MonkeyAST
  /// Where finished statements and errors go.
  let feed: Feed<ParsedItem>
  private var current: Int32 = 0
  private var scratch: [Int32] = []
  private var depth = 0
  private var bailed = false

  init(
    flavor: MonkeyFlavor, stream: TokenStream<MonkeyTokenKind>, source: UnsafeBufferPointer<UInt8>, ast: MonkeyAST,
    feed: Feed<ParsedItem>
  ) {
    self.flavor = flavor
    self.stream = stream
    self.tokens = stream.tokens.baseAddress
    self.kinds = stream.kinds.baseAddress
    self.source = source
    self.ast = ast
    self.feed = feed
    self.lexer = MonkeyLexer(flavor: flavor)
    self.scanner = Scanner(source)
    lex(through: 1)
  }

  /// Lexes until token `index` exists (or EOF does), publishing any lexer errors.
  private mutating func lex(through index: Int32) {
    while !lexedAll && stream.tokens.count <= Int(index) {
      var diagnostics: [Diagnostic] = []
      let (token, kind) = lexer.token(&scanner, diagnostics: &diagnostics, index: Int32(stream.tokens.count))
      stream.append(token, kind)
      for diagnostic in diagnostics { feed.publish(.diagnostic(diagnostic)) }
      lexedAll = kind == .eof
    }
  }

  /// The index of the last token lexed.
  private var lastIndex: Int32 { Int32(stream.tokens.count - 1) }

  // MARK: Tokens

  private var cur: MonkeyTokenKind { kinds[Int(current)] }
  private var peek: MonkeyTokenKind { kinds[Int(peekIndex)] }
  private mutating func nextToken() {
    if current < lastIndex { current += 1 }
    lex(through: current + 1)
  }
  private var peekIndex: Int32 { min(current + 1, lastIndex) }

  private func text(_ index: Int32) -> String {
    let t = tokens[Int(index)]
    return String(decoding: source[Int(t.start)..<Int(t.start + t.length)], as: UTF8.self)
  }

  /// A token's type as the real lexer names it: Bhasa's keyword types are the words themselves.
  private func typeName(_ index: Int32) -> String {
    let kind = kinds[Int(index)]
    if flavor == .bhasa && kind.tokenClass == .keyword || kind == .typeName { return text(index) }
    return kind.goName(flavor)
  }

  private mutating func error(_ message: String, at index: Int32) {
    guard !bailed else { return }
    let t = tokens[Int(index)]
    feed.publish(
      .diagnostic(Diagnostic(severity: .error, message: message, token: index, line: t.line, column: t.column)))
  }

  private mutating func expectPeek(_ kind: MonkeyTokenKind) -> Bool {
    if peek == kind {
      nextToken()
      return true
    }
    error("expected next token to be \(kind.goName(flavor)), got \(typeName(peekIndex)) instead", at: peekIndex)
    return false
  }

  private mutating func add(_ node: MonkeyNode) -> Int32 {
    ast.nodes.append(node)
  }

  /// Moves the children pushed since `mark` into a list; returns its start and count.
  private mutating func list(since mark: Int) -> (Int32, Int32) {
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
      if statement >= 0 { feed.publish(.statement(statement)) }
      nextToken()
    }
    feed.finish()
  }

  private mutating func parseStatement() -> Int32 {
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

  private mutating func parseLetStatement() -> Int32 {
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

  private mutating func parseReturnStatement() -> Int32 {
    let token = current
    nextToken()
    let value = parseExpression(.lowest)
    if peek == .semicolon { nextToken() }
    return add(MonkeyNode(kind: .returnStatement, token: token, a: value))
  }

  private mutating func parseExpressionStatement() -> Int32 {
    let token = current
    let expression = parseExpression(.lowest)
    if peek == .semicolon { nextToken() }
    return add(MonkeyNode(kind: .expressionStatement, token: token, a: expression))
  }

  private mutating func parseAssignStatement() -> Int32 {
    let name = current
    nextToken()
    let token = current
    nextToken()
    let value = parseExpression(.lowest)
    if peek == .semicolon { nextToken() }
    return add(MonkeyNode(kind: .assignStatement, token: token, a: name, b: value))
  }

  private mutating func parseWhileStatement() -> Int32 {
    let token = current
    guard expectPeek(.lparen) else { return -1 }
    nextToken()
    let condition = parseExpression(.lowest)
    guard expectPeek(.rparen), expectPeek(.lbrace) else { return -1 }
    let body = parseBlockStatement()
    return add(MonkeyNode(kind: .whileStatement, token: token, a: condition, b: body))
  }

  private mutating func parseForStatement() -> Int32 {
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

  private mutating func parseBlockStatement() -> Int32 {
    let token = current
    let mark = scratch.count
    nextToken()
    while cur != .rbrace && cur != .eof {
      let statement = parseStatement()
      if statement >= 0 { scratch.append(statement) }
      nextToken()
    }
    if cur == .eof {
      error("expected } to close the block opened at line \(tokens[Int(token)].line), got EOF instead", at: current)
    }
    let (start, count) = list(since: mark)
    return add(MonkeyNode(kind: .block, token: token, a: start, b: count, c: cur == .rbrace ? current : -1))
  }

  // MARK: Expressions

  private func precedence(of kind: MonkeyTokenKind) -> Precedence {
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

  private func isInfix(_ kind: MonkeyTokenKind) -> Bool { precedence(of: kind) != .lowest }

  private mutating func parseExpression(_ minimum: Precedence) -> Int32 {
    depth += 1
    defer { depth -= 1 }
    if depth > Self.maximumDepth {
      error("nesting is deeper than \(Self.maximumDepth) levels; scopewalk stops parsing here", at: current)
      bailed = true
      while !lexedAll { lex(through: lastIndex + 1) }
      current = lastIndex
      return -1
    }
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

  private mutating func parsePrefix() -> Int32 {
    let token = current
    nextToken()
    let operand = parseExpression(.prefix)
    return add(MonkeyNode(kind: .prefix, token: token, a: operand))
  }

  private mutating func parseInfix(_ left: Int32) -> Int32 {
    let token = current
    let p = precedence(of: cur)
    nextToken()
    let right = parseExpression(p)
    return add(MonkeyNode(kind: .infix, token: token, a: left, b: right))
  }

  private mutating func parseGrouped() -> Int32 {
    nextToken()
    let expression = parseExpression(.lowest)
    guard expectPeek(.rparen) else { return -1 }
    return expression
  }

  private mutating func parseIf() -> Int32 {
    let token = current
    guard expectPeek(.lparen) else { return -1 }
    nextToken()
    let condition = parseExpression(.lowest)
    guard expectPeek(.rparen), expectPeek(.lbrace) else { return -1 }
    let consequence = parseBlockStatement()
    var alternative: Int32 = -1
    if peek == .else {
      nextToken()
      guard expectPeek(.lbrace) else { return -1 }
      alternative = parseBlockStatement()
    }
    return add(MonkeyNode(kind: .ifExpression, token: token, a: condition, b: consequence, c: alternative))
  }

  private mutating func parseFunction() -> Int32 {
    let token = current
    guard expectPeek(.lparen) else { return -1 }
    guard let (start, count) = parseParameters() else { return -1 }
    guard expectPeek(.lbrace) else { return -1 }
    let body = parseBlockStatement()
    return add(MonkeyNode(kind: .function, token: token, a: start, b: count / 2, c: body))
  }

  /// Parameters as (name token, type token or -1) pairs.
  private mutating func parseParameters() -> (Int32, Int32)? {
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

  private mutating func parseExpressionList(end: MonkeyTokenKind) -> (Int32, Int32)? {
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

  private mutating func parseCall(_ callee: Int32) -> Int32 {
    let token = current
    guard let (start, count) = parseExpressionList(end: .rparen) else { return -1 }
    return add(MonkeyNode(kind: .call, token: token, a: callee, b: start, c: count))
  }

  private mutating func parseIndex(_ left: Int32) -> Int32 {
    let token = current
    nextToken()
    let index = parseExpression(.lowest)
    guard expectPeek(.rbracket) else { return -1 }
    return add(MonkeyNode(kind: .index, token: token, a: left, b: index))
  }

  private mutating func parseArray() -> Int32 {
    let token = current
    guard let (start, count) = parseExpressionList(end: .rbracket) else { return -1 }
    return add(MonkeyNode(kind: .array, token: token, a: start, b: count))
  }

  private mutating func parseHash() -> Int32 {
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
