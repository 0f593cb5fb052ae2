import ScopeEngine

/// A recursive-descent parser for CPython 3.11's grammar (Grammar/python.gram), building
/// the syntax tree the symbol table walks. It accepts what CPython's parser accepts and stops
/// at the first error, at the token where CPython's parser reports it (the same line), with
/// CPython's message where it has a specific one.
struct PythonParser {
  /// The source.
  let src: UnsafeBufferPointer<UInt8>
  /// The tokens and their types, ending with ENDMARKER (or an error token).
  let tokens: [Token]
  let kinds: [PyTok]
  /// The tokenizer's error, raised when the parser reaches its token.
  let lexError: PySyntaxError?
  /// The current token.
  var pos: Int32 = 0
  /// The tree.
  let ast: PyAST
  /// Told each top-level statement as soon as it is parsed.
  var publish: (Int32) -> Void = { _ in }
  /// Items of lists being built (a stack: nested lists finish before outer ones go on).
  var scratch: [Int32] = []
  /// How deeply the parser has recursed.
  var depth = 0

  /// The deepest recursion before giving up, as CPython's parser gives up past its stack
  /// (MAXSTACK, 6,000 rule levels, about two per nested `not`, `-`, `if`-`else`, `lambda` or
  /// `**`): 3.11 accepts 2,986 nested `not`s (2,983 `lambda`s or `**`s); the statement is one more.
  static let maximumDepth = 2987

  /// A parser over tokenized source.
  init(src: UnsafeBufferPointer<UInt8>, tokens: [Token], kinds: [PyTok], lexError: PySyntaxError?) {
    self.src = src
    self.tokens = tokens
    self.kinds = kinds
    self.lexError = lexError
    ast = PyAST(tokens: tokens.count)
  }

  // MARK: Tokens

  /// The current token's type.
  @inline(__always) var kind: PyTok { kinds[Int(pos)] }

  /// The type of the token `n` ahead (ENDMARKER or the error token past the end).
  @inline(__always) func peek(_ n: Int32 = 1) -> PyTok { kinds[min(Int(pos + n), kinds.count - 1)] }

  /// Moves to the next token (staying on the last).
  @inline(__always) mutating func advance() {
    if Int(pos) < kinds.count - 1 { pos += 1 }
  }

  /// Moves past the current token if it is `k`.
  @inline(__always) mutating func match(_ k: PyTok) -> Bool {
    guard kind == k else { return false }
    advance()
    return true
  }

  /// The text of token `index`.
  func text(_ index: Int32) -> String {
    let t = tokens[Int(index)]
    return String(decoding: UnsafeBufferPointer(rebasing: src[Int(t.start)..<Int(t.start + t.length)]), as: UTF8.self)
  }

  /// Whether token `index` is the name `word` (a soft keyword: `match`, `case`, `_`).
  func isName(_ index: Int32, _ word: StaticString) -> Bool {
    guard kinds[Int(index)] == .name else { return false }
    let t = tokens[Int(index)]
    guard Int(t.length) == word.utf8CodeUnitCount else { return false }
    let bytes = UnsafeBufferPointer(start: word.utf8Start, count: word.utf8CodeUnitCount)
    for i in 0..<bytes.count where src[Int(t.start) + i] != bytes[i] { return false }
    return true
  }

  // MARK: Errors

  /// An error at token `index` (the current one by default); the tokenizer's own error when
  /// that token is where the tokenizer stopped.
  func error(_ message: String, at index: Int32? = nil) -> PySyntaxError {
    let index = index ?? pos
    if kinds[Int(index)] == .error, let lexError { return lexError }
    let t = tokens[Int(index)]
    return PySyntaxError(message: message, line: t.line, column: t.column, token: index)
  }

  /// `invalid syntax` at the current token (or the tokenizer's error there).
  var invalidSyntax: PySyntaxError { error("invalid syntax") }

  /// Moves past a `k`, or fails with `message` (invalid syntax by default).
  mutating func expect(_ k: PyTok, _ message: String? = nil) throws(PySyntaxError) {
    guard kind == k else { throw message.map { error($0) } ?? invalidSyntax }
    advance()
  }

  /// Counts one level of recursion; past the limit, fails as CPython does when its parser's
  /// stack is exhausted.
  mutating func enter() throws(PySyntaxError) {
    depth += 1
    if depth > Self.maximumDepth {
      throw error("too complex to parse: nested more than \(Self.maximumDepth) levels deep")
    }
  }

  // MARK: Building

  /// Adds a node.
  @inline(__always) mutating func node(
    _ kind: PyKind, _ token: Int32, a: Int32 = -1, b: Int32 = -1, c: Int32 = -1, d: Int32 = -1, e: Int32 = -1,
    flags: UInt8 = 0
  ) -> Int32 {
    ast.add(PyNode(kind: kind, flags: flags, token: token, a: a, b: b, c: c, d: d, e: e))
  }

  /// The list of the scratch items from `mark` on, removed from the scratch stack.
  mutating func list(from mark: Int) -> Int32 {
    let id = ast.list(scratch[mark...])
    scratch.removeSubrange(mark...)
    return id
  }

  // MARK: Module

  /// `file: [statements] ENDMARKER`.
  mutating func module() throws(PySyntaxError) -> Int32 {
    let mark = scratch.count
    while kind != .endMarker {
      if kind == .error { throw invalidSyntax }
      let before = scratch.count
      try statement()
      for statement in scratch[before...] { publish(statement) }
    }
    return node(.module, 0, a: list(from: mark))
  }

  /// A block after `:`: statements on the same line, or NEWLINE INDENT statements DEDENT.
  /// `header` names the statement for CPython's "expected an indented block after …".
  mutating func block(after header: String, line: Int32) throws(PySyntaxError) -> Int32 {
    let mark = scratch.count
    if kind == .newline {
      advance()
      guard kind == .indent else {
        if kind == .error { throw invalidSyntax }
        throw error("expected an indented block after \(header) on line \(line)")
      }
      advance()
      while kind != .dedent && kind != .endMarker {
        if kind == .error { throw invalidSyntax }
        try statement()
      }
      _ = match(.dedent)
    } else {
      try simpleStatements()
    }
    return list(from: mark)
  }

  /// Tries `body` from the current token; on failure puts the parser back as it was and
  /// returns nil (for CPython's ordered choices, `match` and parenthesized `with`).
  mutating func attempt<T>(_ body: (inout PythonParser) throws(PySyntaxError) -> T) -> T? {
    let savedPos = pos
    let nodes = ast.nodes.count
    let lists = ast.lists.count
    let scratchCount = scratch.count
    let savedDepth = depth
    do {
      return try body(&self)
    } catch {
      pos = savedPos
      ast.truncate(nodes: nodes, lists: lists)
      scratch.removeSubrange(scratchCount...)
      depth = savedDepth
      return nil
    }
  }
}
