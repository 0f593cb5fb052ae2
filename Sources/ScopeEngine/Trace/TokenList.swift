#if canImport(Glibc)
  import Glibc
#endif
import Synchronization

/// The tokens of a run, written once by the lexer (possibly on another thread while the
/// parser reads what is already published) and never moved afterwards.
public struct TokenList: RandomAccessCollection, Sendable {
  /// Where the tokens live.
  let storage: FixedBuffer<Token>
  /// How many there are.
  public let endIndex: Int

  /// The first index.
  public var startIndex: Int { 0 }

  /// The tokens in `storage`, all of them written.
  package init(_ storage: FixedBuffer<Token>) {
    self.storage = storage
    endIndex = storage.count
  }

  /// A list of `tokens` (for tests and small inputs).
  public init(_ tokens: [Token]) {
    let storage = FixedBuffer<Token>(capacity: tokens.count)
    for token in tokens { storage.append(token) }
    self.init(storage)
  }

  /// Token `index`.
  @inline(__always) public subscript(_ index: Int) -> Token { storage[Int32(index)] }

  /// The tokens as a buffer, for loops that must not touch the storage object each time.
  package var buffer: UnsafeBufferPointer<Token> { UnsafeBufferPointer(start: storage.baseAddress, count: endIndex) }
}

/// Tokens being written by a lexer on one thread and read by a parser on another: the
/// writer publishes how many are complete, the reader waits for the one it needs.
package final class TokenStream<Kind>: @unchecked Sendable {
  /// The tokens.
  package let tokens: FixedBuffer<Token>
  /// Their dialect-specific types.
  package let kinds: FixedBuffer<Kind>
  /// Keeps `published` off the cache lines the reader reads tokens through.
  private let padding = (0, 0, 0, 0, 0, 0, 0, 0)
  /// How many are complete.
  private let published = Atomic<Int>(0)

  /// A stream for the tokens of `sourceBytes` bytes of source (a token is at least a byte,
  /// plus the end; only the pages written are ever touched).
  package init(sourceBytes: Int) {
    tokens = FixedBuffer(capacity: sourceBytes + 2)
    kinds = FixedBuffer(capacity: sourceBytes + 2)
  }

  /// Adds a token (writer).
  @inlinable @inline(__always) package func append(_ token: Token, _ kind: Kind) {
    tokens.append(token)
    kinds.append(kind)
  }

  /// Makes every token appended so far visible to the reader (writer).
  package func publish() { published.store(tokens.count, ordering: .releasing) }

  /// Waits until token `index` is complete (reader).
  @inline(__always) package func wait(for index: Int) {
    while index >= published.load(ordering: .acquiring) { sched_yield() }
  }
}
