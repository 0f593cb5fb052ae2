/// Source bytes shared read-only with a helper thread (a lexer or parser running ahead);
/// the owner keeps them alive until it has joined that thread.
struct SourceBytes: @unchecked Sendable {
  /// The bytes.
  let bytes: UnsafeBufferPointer<UInt8>

  /// Shares `bytes`.
  init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }
}
