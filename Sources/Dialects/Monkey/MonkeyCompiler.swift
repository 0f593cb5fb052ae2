import ScopeEngine

/// Walks a parsed program in the order the book's compiler does and drives the engine:
/// `let` defines its name before compiling the value; a function literal pushes a scope,
/// gets DefineFunctionName (Monkey only), defines its parameters, compiles its body;
/// `a < b` compiles `b` first; hash literals compile their pairs sorted by key text.
struct MonkeyCompiler {
  let flavor: MonkeyFlavor
  let ast: MonkeyAST
  /// The tokens, written by the parsing thread (every token of a published statement is
  /// there before the statement is).
  let cursor: TokenCursor<MonkeyTokenKind>
  var engine: Engine
  /// Told where the engine's logs end, after each statement, by the parsing thread that
  /// provides the pages ahead of them.
  var warmer: PageWarmer?
  /// What `pull` read, kept so that the reads are not optimized away.
  var pulled: Int32 = 0
  var pending = PendingDiagnostics()

  /// A compiler for `flavor` over `ast`, whose tokens `stream` holds, driving `engine`.
  init(
    flavor: MonkeyFlavor, ast: MonkeyAST, stream: TokenStream<MonkeyTokenKind>, source: UnsafeBufferPointer<UInt8>,
    engine: Engine
  ) {
    self.flavor = flavor
    self.ast = ast
    self.cursor = TokenCursor(stream, source: source)
    self.engine = engine
  }

  /// The last token lexed so far (EOF once the parser is done), for a block the file ended in.
  private var currentEnd: Int32 { cursor.lastIndex }

  /// Moves the engine to `token`, first giving it any lexer or parser diagnostics up to there.
  @inline(__always) private mutating func at(_ token: Int32) {
    pending.flush(through: token, into: &engine)
    engine.step = token
  }

  /// The name id of identifier token `token`.
  private mutating func name(_ token: Int32) -> NameID { cursor.name(of: token, in: &engine) }

  /// Compiles the program, statement by statement as the parser publishes them.
  mutating func compileProgram(_ feed: Feed<ParsedItem>) {
    at(0)
    engine.pushScope(.global)
    for (index, builtin) in flavor.builtins.enumerated() { engine.defineBuiltin(index, engine.intern(builtin)) }
    var next = 0
    var compiled = (nodes: 0, lists: 0)
    while let item = feed.item(next) {
      next += 1
      switch item {
      case .statement(let statement, let nodes, let lists):
        pull(nodes: compiled.nodes..<nodes, lists: compiled.lists..<lists)
        compiled = (nodes, lists)
        let before = engine.step
        compile(statement)
        if let warmer, PageWarmer.isDue(from: before, to: engine.step) { warmer.publish(engine.growingRegions) }
        // A compiled statement's nodes are never read again: give their pages back.
        ast.nodes.releasePages(below: nodes)
        ast.lists.releasePages(below: lists)
      case .diagnostic(let diagnostic): pending.add([diagnostic])
      }
    }
    at(cursor.lastIndex)
  }

  /// Reads a statement's nodes and lists in order before compiling it: the parsing thread
  /// wrote them on the other core, and read in order their cache lines come over a stream at
  /// a time, where the walk in tree order would wait for each one.
  private mutating func pull(nodes: Range<Int>, lists: Range<Int>) {
    var sum: Int32 = 0
    for index in stride(from: nodes.lowerBound, to: nodes.upperBound, by: 2) { sum &+= ast.nodes[Int32(index)].token }
    for index in stride(from: lists.lowerBound, to: lists.upperBound, by: 16) { sum &+= ast.lists[Int32(index)] }
    pulled &+= sum
  }

  private mutating func compileBlock(_ block: Int32) {
    guard block >= 0 else { return }
    let node = ast[block]
    compileList(node.a, node.b)
  }

  /// Compiles the nodes of a child list in order.
  private mutating func compileList(_ start: Int32, _ count: Int32) {
    var i = start
    while i < start + count {
      compile(ast.lists[i])
      i += 1
    }
  }

  private mutating func compile(_ index: Int32) {
    guard index >= 0 else { return }
    let node = ast[index]
    switch node.kind {
    case .letStatement:
      at(node.a)
      let type = node.c >= 0 ? name(node.c) : -1
      let nameID = name(node.a)
      engine.defineNext(nameID, type: type)
      compile(node.b)
    case .returnStatement, .expressionStatement: compile(node.a)
    case .assignStatement:
      resolve(node.a, access: .set)
      compile(node.b)
    case .whileStatement:
      compile(node.a)
      compileBlock(node.b)
    case .forStatement:
      compile(node.a)
      compile(node.b)
      compileBlock(node.d)
      compile(node.c)
    case .breakStatement, .continueStatement, .integer, .string, .boolean: break
    case .block: compileBlock(index)
    case .identifier: resolve(node.token, access: .get)
    case .prefix: compile(node.a)
    case .infix:
      let swapped = cursor.kind(node.token) == .lt || (flavor == .bhasa && cursor.kind(node.token) == .lte)
      compile(swapped ? node.b : node.a)
      compile(swapped ? node.a : node.b)
    case .ifExpression:
      compile(node.a)
      compileBlock(node.b)
      compileBlock(node.c)
    case .function: compileFunction(node)
    case .call:
      compile(node.a)
      compileList(node.b, node.c)
    case .array: compileList(node.a, node.b)
    case .hash: compileHash(node)
    case .index:
      compile(node.a)
      compile(node.b)
    }
  }

  private mutating func resolve(_ token: Int32, access: Access) {
    at(token)
    let nameID = name(token)
    if engine.resolveCapturing(nameID, access: access) == nil {
      let t = cursor.token(token)
      engine.diagnose(.error, "undefined variable \(engine.names.name(nameID))", line: t.line, column: t.column)
    }
  }

  private mutating func compileFunction(_ node: MonkeyNode) {
    at(node.token)
    let functionName = node.d >= 0 ? name(node.d) : -1
    engine.pushScope(.function, name: functionName)
    if flavor == .monkey && functionName >= 0 { engine.defineFunctionName(functionName) }
    let parameters = ast.list(node.a, node.b * 2)
    for i in stride(from: 0, to: parameters.count, by: 2) {
      at(parameters[i])
      let type = parameters[i + 1] >= 0 ? name(parameters[i + 1]) : -1
      let nameID = name(parameters[i])
      engine.defineNext(nameID, type: type)
    }
    compileBlock(node.c)
    let body = node.c >= 0 ? ast[node.c] : node
    at(body.c >= 0 ? body.c : currentEnd)
    engine.popScope()
  }

  private mutating func compileHash(_ node: MonkeyNode) {
    let pairs = ast.list(node.a, node.b * 2)
    let keys = stride(from: 0, to: pairs.count, by: 2).map { pairs[$0] }
    // Keys that are all string literals compare by their bytes alone: none is rendered.
    let rendering = !keys.allSatisfy { isStringLiteral($0) }
    // Not `map(sortKey)`: a partial application copies the compiler.
    let order = keys.map { sortKey($0, rendering: rendering) }
    for key in keys.indices.sorted(by: { order[$0].precedes(order[$1]) }) {
      compile(keys[key])
      compile(pairs[2 * key + 1])
    }
  }

  /// What hash key `key` sorts by, computed once per key (a comparison that read the
  /// compiler would copy it, as the sort's closure holds it); its `String()` text only if
  /// `rendering`, when some key of the hash is not a string literal.
  private func sortKey(_ key: Int32, rendering: Bool) -> HashKeyOrder {
    HashKeyOrder(literal: isStringLiteral(key) ? literalBytes(key) : nil, rendered: rendering ? render(key) : "")
  }

  /// Whether node `key` is a string literal.
  private func isStringLiteral(_ key: Int32) -> Bool { key >= 0 && ast[key].kind == .string }

  /// The bytes between a string literal's quotes.
  private func literalBytes(_ node: Int32) -> Slice<UnsafeBufferPointer<UInt8>> {
    let t = cursor.token(ast[node].token)
    let start = Int(t.start) + 1
    let end = max(start, Int(t.start + t.length) - (t.length >= 2 ? 1 : 0))
    return cursor.source[start..<end]
  }

  /// The text of token `index`.
  private func text(_ index: Int32) -> String { cursor.text(index) }

  /// A child list rendered and joined with commas.
  private func renderList(_ start: Int32, _ count: Int32) -> String {
    ast.list(start, count).map { render($0) }.joined(separator: ", ")
  }

  /// An expression as the book's `String()` methods print it (the hash-key sort order).
  func render(_ index: Int32) -> String {
    guard index >= 0 else { return "" }
    let node = ast[index]
    switch node.kind {
    case .identifier, .integer, .boolean: return text(node.token)
    case .string: return String(text(node.token).dropFirst().dropLast())
    case .prefix: return "(\(text(node.token))\(render(node.a)))"
    case .infix: return "(\(render(node.a)) \(text(node.token)) \(render(node.b)))"
    case .call: return "\(render(node.a))(\(renderList(node.b, node.c)))"
    case .array: return "[\(renderList(node.a, node.b))]"
    case .index: return "(\(render(node.a))[\(render(node.b))])"
    case .hash:
      let items = ast.list(node.a, node.b * 2)
      let pairs = stride(from: 0, to: items.count, by: 2).map {
        "\(render(items[$0])):\(render(items[$0 + 1]))"
      }
      return "{\(pairs.joined(separator: ", "))}"
    case .function:
      let params = ast.list(node.a, node.b * 2).enumerated().filter { $0.offset % 2 == 0 }.map { text($0.element) }
      return "\(text(node.token))(\(params.joined(separator: ", "))) \(render(node.c))"
    case .block: return ast.list(node.a, node.b).map { render($0) }.joined()
    case .ifExpression:
      let alternative = node.c >= 0 ? "else \(render(node.c))" : ""
      return "if\(render(node.a)) \(render(node.b))\(alternative)"
    case .letStatement: return "\(text(node.token)) \(text(node.a)) = \(render(node.b));"
    case .returnStatement: return "\(text(node.token)) \(render(node.a));"
    case .expressionStatement: return render(node.a)
    case .assignStatement: return "\(text(node.a)) = \(render(node.b))"
    case .whileStatement, .forStatement, .breakStatement, .continueStatement: return text(node.token)
    }
  }
}

/// Where a hash key sorts: by the bytes of its `String()` text, as Go's `sort.Slice` with `<`
/// orders them; two string literals by the bytes between their quotes.
struct HashKeyOrder {
  /// A string literal's bytes between the quotes (in the source, which outlives the sort),
  /// or nil for another key.
  let literal: Slice<UnsafeBufferPointer<UInt8>>?
  /// The key's `String()` text (a short one is stored inline, without an allocation); empty
  /// when every key of the hash is a literal, compared by `literal` alone.
  let rendered: String

  /// Whether this key sorts before `other`: byte order, as Go compares strings.
  func precedes(_ other: HashKeyOrder) -> Bool {
    if let literal, let otherLiteral = other.literal { return literal.lexicographicallyPrecedes(otherLiteral) }
    return rendered.utf8.lexicographicallyPrecedes(other.rendered.utf8)
  }
}
