#if canImport(Glibc)
  import Glibc
#endif

/// The tokens of a run, written once by the lexer (possibly on another thread while the
/// parser reads what is already published) and never moved afterwards.
public struct TokenList: RandomAccessCollection, Sendable {
  /// Where the tokens live.
  let storage: TokenBuffer
  /// How many there are.
  public let endIndex: Int
  /// The step from which the steps go over the stored tokens again from the first (a later
  /// pass over the same source), or `Int.max`.
  let revisitStart: Int

  /// The first index.
  public var startIndex: Int { 0 }

  /// The tokens in `storage`, all of them written.
  package init(_ storage: TokenBuffer) {
    self.storage = storage
    endIndex = storage.count
    revisitStart = .max
  }

  /// The tokens in `storage`, then its first `count` tokens again.
  package init(_ storage: TokenBuffer, revisitingFirst count: Int) {
    self.storage = storage
    revisitStart = storage.count
    endIndex = storage.count + count
  }

  /// A list of `tokens` (for tests and small inputs).
  public init(_ tokens: [Token]) {
    let storage = TokenBuffer(capacity: tokens.count)
    for token in tokens { storage.append(token) }
    self.init(storage)
  }

  /// Token `index`.
  @inline(__always) public subscript(_ index: Int) -> Token {
    storage[Int32(index < revisitStart ? index : index - revisitStart)]
  }
}
