import ScopeEngine

/// A one-pass compiler over lexed tokens that drives the engine: a cursor on the tokens,
/// whose every move sets the engine's step and hands it the lexer's diagnostics due there.
protocol LexedCompiler {
  /// The kind of token the lexer tags.
  associatedtype Kind: Equatable
  /// The file's bytes.
  var source: UnsafeBufferPointer<UInt8> { get }
  /// The tokens, the last one the end of the file.
  var tokens: [Token] { get }
  /// Each token's kind.
  var kinds: [Kind] { get }
  /// The index of the token being looked at.
  var current: Int { get set }
  /// The engine it drives.
  var engine: Engine { get set }
  /// The lexer's diagnostics, given to the engine at their tokens.
  var pending: PendingDiagnostics { get set }
  /// Whether moving to a token moves the engine's step too (not while reading a file
  /// whose events all belong to one token of another).
  var stepsWithTokens: Bool { get }
  /// Compiles the whole file.
  mutating func compile()
}

extension LexedCompiler {
  /// Every move moves the engine's step.
  var stepsWithTokens: Bool { true }

  /// The current token's kind.
  var kind: Kind { kinds[current] }

  /// The next token's kind (the end of the file's, at the end).
  var peekKind: Kind { kinds[min(current + 1, kinds.count - 1)] }

  /// Moves to the next token (staying on the last one).
  mutating func advance() {
    if current < kinds.count - 1 { current += 1 }
    guard stepsWithTokens else { return }
    if pending.hasDiagnostic(through: Int32(current)) {
      var due = pending
      due.flush(through: Int32(current), into: &engine)
      pending = due
    }
    engine.step = Int32(current)
  }

  /// Moves past the current token if it is a `k`.
  mutating func match(_ k: Kind) -> Bool {
    guard kind == k else { return false }
    advance()
    return true
  }

  /// The text of the token at `index`.
  func text(_ index: Int) -> String {
    String(decoding: bytes(index), as: UTF8.self)
  }

  /// The interned name of the token at `index`.
  mutating func name(_ index: Int) -> NameID {
    engine.intern(UnsafeBufferPointer(rebasing: bytes(index)))
  }

  /// The bytes of the token at `index`.
  private func bytes(_ index: Int) -> Slice<UnsafeBufferPointer<UInt8>> {
    let t = tokens[index]
    return source[Int(t.start)..<Int(t.start + t.length)]
  }
}
