#if canImport(Glibc)
  import Glibc
#endif

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
