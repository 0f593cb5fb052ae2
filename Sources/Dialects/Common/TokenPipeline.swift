#if canImport(Glibc)
  import Glibc
#endif
import ScopeEngine
import Synchronization

// The token pipeline: a lexer (or parser) on one thread writes tokens and items that the
// compile walk on the other reads, through buffers whose elements never move.

/// Tokens being written by a lexer on one thread and read by a parser on another: the
/// writer publishes how many are complete, the reader waits for the one it needs.
final class TokenStream<Kind>: @unchecked Sendable {
  /// The tokens.
  let tokens: TokenBuffer
  /// Their dialect-specific types.
  let kinds: FixedBuffer<Kind>
  /// Keeps `published` off the cache lines the reader reads tokens through.
  private let padding = (0, 0, 0, 0, 0, 0, 0, 0)
  /// How many are complete.
  private let published = Atomic<Int>(0)

  /// A stream for the tokens of `sourceBytes` bytes of source (a token is at least a byte,
  /// plus the end; only the pages written are ever touched).
  init(sourceBytes: Int) {
    tokens = TokenBuffer(capacity: sourceBytes + 2)
    kinds = FixedBuffer(capacity: sourceBytes + 2)
  }

  /// Adds a token (writer).
  @inlinable @inline(__always) func append(_ token: Token, _ kind: Kind) {
    tokens.append(token)
    kinds.append(kind)
  }

  /// Makes every token appended so far visible to the reader (writer).
  func publish() { published.store(tokens.count, ordering: .releasing) }

  /// Waits until token `index` is complete, and returns how many tokens are (reader): a
  /// reader that keeps the count reads the shared one, whose cache line the writer keeps
  /// taking back, once per batch rather than once per token.
  @inline(__always) func complete(through index: Int) -> Int {
    while true {
      let count = published.load(ordering: .acquiring)
      if index < count { return count }
      sched_yield()
    }
  }
}

/// Items handed from a producing thread to a consuming one, in order: the producer
/// publishes, the consumer waits for the next (yielding its core while the producer works).
final class Feed<Item>: @unchecked Sendable {
  /// The items.
  private let items: FixedBuffer<Item>
  /// How many items are published.
  private let published = Atomic<Int>(0)
  /// Whether the producer is done.
  private let finished = Atomic<Bool>(false)

  /// A feed for at most `capacity` items.
  init(capacity: Int) { items = FixedBuffer(capacity: capacity) }

  /// Publishes an item (producer).
  func publish(_ item: Item) {
    items.append(item)
    published.store(items.count, ordering: .releasing)
  }

  /// Says no more items will come (producer).
  func finish() { finished.store(true, ordering: .releasing) }

  /// Item `index`, waiting until it is published; nil once the producer has finished
  /// without publishing it (consumer).
  func item(_ index: Int) -> Item? {
    while true {
      if index < published.load(ordering: .acquiring) { return items[Int32(index)] }
      if finished.load(ordering: .acquiring) {
        return index < published.load(ordering: .acquiring) ? items[Int32(index)] : nil
      }
      sched_yield()
    }
  }
}

/// A reader's view of the tokens: their fixed base addresses (read directly, never through
/// the objects the writing thread keeps updating) and the source they point into.
struct TokenCursor<Kind> {
  /// The stream the tokens arrive through.
  let stream: TokenStream<Kind>
  /// The tokens, read through their fixed addresses.
  let tokens: TokenBuffer.Reader
  /// The first kind's address.
  let kinds: UnsafePointer<Kind>
  /// The file's bytes.
  let source: UnsafeBufferPointer<UInt8>

  /// A cursor over `stream`'s tokens of `source`.
  init(_ stream: TokenStream<Kind>, source: UnsafeBufferPointer<UInt8>) {
    self.stream = stream
    self.tokens = stream.tokens.reader
    self.kinds = stream.kinds.baseAddress
    self.source = source
  }

  /// Token `index`.
  @inline(__always) func token(_ index: Int32) -> Token { tokens[Int(index)] }

  /// The kind of token `index`.
  @inline(__always) func kind(_ index: Int32) -> Kind { kinds[Int(index)] }

  /// The index of the last token written so far.
  var lastIndex: Int32 { Int32(stream.tokens.count - 1) }

  /// The bytes of token `index`.
  @inline(__always) func bytes(_ index: Int32) -> UnsafeBufferPointer<UInt8> {
    let (start, length) = tokens.span(Int(index))
    return UnsafeBufferPointer(rebasing: source[Int(start)..<Int(start + length)])
  }

  /// The text of token `index`.
  func text(_ index: Int32) -> String { String(decoding: bytes(index), as: UTF8.self) }

  /// The interned name of token `index`.
  @inline(__always) func name(of index: Int32, in engine: inout Engine) -> NameID { engine.intern(bytes(index)) }
}
