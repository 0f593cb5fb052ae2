#if canImport(Glibc)
  import Glibc
#endif

/// Tokenizing a large source in two halves at once: a second tokenizer starts at a line
/// in the middle as if the file began there, and the first stops at that line and joins
/// the second's tokens only if its own state there is a file's starting state (no bracket
/// open, not inside a string or a continued line, the line number the second assumed). The
/// indentation still open is closed with the DEDENTs that line would have produced.
/// Otherwise the first goes on alone, so the result is always the one-piece result.
extension PythonTokenizer {
  /// Sources smaller than this are tokenized in one piece: a second half would cost more
  /// than it saves.
  static let minimumSplitSize = 1 << 20

  /// Where a second tokenizer can start in `src`: the first line after the middle that
  /// begins `def ` or `class ` after a blank line, as top-level definitions do (and text
  /// in a string seldom does), or nil for a small source.
  static func splitPoint(_ src: UnsafeBufferPointer<UInt8>) -> Int? {
    guard src.count >= minimumSplitSize else { return nil }
    var i = src.count / 2
    while i + 8 < src.count {
      if src[i] == 0x0A && src[i + 1] == 0x0A && (startsWith("def ", at: i + 2) || startsWith("class ", at: i + 2)) {
        return i + 2
      }
      i += 1
    }
    return nil

    func startsWith(_ word: StaticString, at offset: Int) -> Bool {
      word.withUTF8Buffer { word in
        offset + word.count <= src.count && word.indices.allSatisfy { src[offset + $0] == word[$0] }
      }
    }
  }

  /// A tokenizer of `src` from `offset`, the start of a line, as if the file began there.
  init(_ src: UnsafeBufferPointer<UInt8>, from offset: Int) {
    self.init(src, reserving: (src.count - offset) / 2)
    line = Self.lineNumber(of: offset, in: src, from: origin)
    pos = offset
    lineStart = offset
    columnByte = offset
  }

  /// The tokens of `src` from `offset`, the start of a line, as if the file began there.
  static func tokenize(_ src: UnsafeBufferPointer<UInt8>, from offset: Int) -> PythonTokenizer {
    var tokenizer = PythonTokenizer(src, from: offset)
    tokenizer.run()
    return tokenizer
  }

  /// The 1-based line that `offset` is on, counting line breaks as the tokenizer does
  /// (CR LF is one): line feeds found with `memchr`, and byte by byte only if there is a CR.
  static func lineNumber(of offset: Int, in src: UnsafeBufferPointer<UInt8>, from origin: Int) -> Int32 {
    let base = src.baseAddress!
    var line: Int32 = 1
    if memchr(base + origin, 0x0D, offset - origin) != nil {
      for i in origin..<offset where src[i] == 0x0A || (src[i] == 0x0D && (i + 1 >= src.count || src[i + 1] != 0x0A)) {
        line += 1
      }
      return line
    }
    var i = origin
    while let found = memchr(base + i, 0x0A, offset - i) {
      line += 1
      i = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
    }
    return line
  }

  /// Tokenizes up to `split` and joins `tail()`, a tokenizer that started there, if this
  /// one stopped there in a starting state; otherwise (and after an error) tokenizes alone.
  /// Returns whether it joined.
  @discardableResult
  mutating func run(joiningAt split: Int, _ tail: () -> PythonTokenizer) -> Bool {
    self.split = split
    run()
    guard error == nil && pos == split else { return false }
    let second = tail()
    self.split = .max
    guard second.tokens.first?.line == line else {
      run()
      return false
    }
    join(second)
    return true
  }

  /// Whether the tokenizer, at or past `split`, stopped there at the start of a line with
  /// nothing open, and the line is unindented (so it closes every indentation, and a
  /// tokenizer that starts there opens none); if not, it forgets the split and goes on alone.
  mutating func isAtSplit(atLineStart: Bool) -> Bool {
    if atLineStart && pos == split && brackets.isEmpty && !lineHasTokens && startsUnindented(pos) { return true }
    split = .max
    return false
  }

  /// Whether the line at `offset` has a token in its first column: not blank, not
  /// indented, not a comment.
  func startsUnindented(_ offset: Int) -> Bool {
    guard offset < src.count else { return false }
    switch src[offset] {
    case 0x20, 0x09, 0x0C, 0x0A, 0x0D, UInt8(ascii: "#"): return false
    default: return true
    }
  }

  /// Closes the open indentation as the split line would have, then takes `second`'s
  /// tokens, error and end state.
  private mutating func join(_ second: PythonTokenizer) {
    for _ in 1..<indents.count { emit(.dedent, pos, pos) }
    let offset = Int32(tokens.count)
    tokens.append(contentsOf: second.tokens)
    kinds.append(contentsOf: second.kinds)
    if var failure = second.error {
      failure.token += offset
      error = failure
    }
    pos = second.pos
    line = second.line
  }
}
