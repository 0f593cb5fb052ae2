import ScopeEngine

/// The parser's tokens of one file, and where each stands among the trace's steps (the
/// trace leaves out NEWLINE, INDENT and DEDENT, which have no text to step to).
struct PythonSource: @unchecked Sendable {
  /// The file's bytes.
  let src: UnsafeBufferPointer<UInt8>
  /// The parser's tokens and their types.
  let tokens: [Token]
  let kinds: [PyTok]
  /// For each parser token, its step in the first pass (a layout token takes the step of
  /// the token before it).
  let steps: [Int32]
  /// The parser tokens that are steps, in order.
  let visible: [Int32]

  /// The tokens of `src`, with their steps.
  init(src: UnsafeBufferPointer<UInt8>, tokens: [Token], kinds: [PyTok]) {
    self.src = src
    self.tokens = tokens
    self.kinds = kinds
    let count = kinds.count
    var visibleCount = 0
    var steps: [Int32] = []
    let visible = [Int32](unsafeUninitializedCapacity: count) { visible, written in
      steps = [Int32](unsafeUninitializedCapacity: count) { steps, stepsWritten in
        HugePages.advise(UnsafeRawBufferPointer(steps))
        HugePages.advise(UnsafeRawBufferPointer(visible))
        for (i, kind) in kinds.enumerated() {
          if kind == .newline || kind == .indent || kind == .dedent {
            steps[i] = Int32(max(visibleCount - 1, 0))
          } else {
            steps[i] = Int32(visibleCount)
            visible[visibleCount] = Int32(i)
            visibleCount += 1
          }
        }
        stepsWritten = count
      }
      written = visibleCount
    }
    self.steps = steps
    self.visible = visible
  }

  /// The first-pass step of parser token `token`.
  @inline(__always) func step(of token: Int32) -> Int32 { steps[Int(token)] }

  /// The bytes of parser token `token`.
  @inline(__always) func bytes(of token: Int32) -> UnsafeBufferPointer<UInt8> {
    let t = tokens[Int(token)]
    return UnsafeBufferPointer(rebasing: src[Int(t.start)..<Int(t.start + t.length)])
  }

  /// The text of parser token `token`.
  func text(of token: Int32) -> String { String(decoding: bytes(of: token), as: UTF8.self) }

  /// A syntax error at parser token `token`.
  func error(_ message: String, at token: Int32) -> PySyntaxError {
    let t = tokens[Int(token)]
    return PySyntaxError(message: message, line: t.line, column: t.column, token: token)
  }
}
