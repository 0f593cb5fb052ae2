import ScopeEngine

/// CPython 3.11's tokenizer (Parser/tokenizer.c): INDENT and DEDENT from a stack of
/// indentation columns (tabs to the next multiple of 8, checked against tabs of width 1 for
/// consistency), NEWLINE only outside brackets and after a line with tokens, implicit and
/// explicit line joining, every string prefix, numbers with underscores, and the same error
/// messages. An error becomes an `.error` token where it happened, so the parser reports it
/// only if it gets that far, as CPython's parser, which pulls tokens one at a time, does.
struct PythonTokenizer {
  /// The source, without a leading byte-order mark.
  let src: UnsafeBufferPointer<UInt8>
  /// The byte offset where the source starts (3 after a BOM).
  let origin: Int
  /// The cursor.
  var pos: Int
  /// The current 1-based line and the offset where it starts.
  var line: Int32 = 1
  var lineStart: Int
  /// A known column: the column at `columnByte` (on the current line).
  var columnByte: Int
  private var columnValue: Int32 = 1
  /// The tokens so far, and their types.
  var tokens: [Token] = []
  var kinds: [PyTok] = []
  /// The indentation columns open, and the same with tabs counted as one column.
  var indents: [Int] = [0]
  private var altIndents: [Int] = [0]
  /// Open brackets: the character, and where it was opened.
  var brackets: [(char: UInt8, line: Int32, column: Int32)] = []
  /// The error the `.error` token stands for.
  var error: PySyntaxError?
  /// Whether the current logical line has produced a token.
  var lineHasTokens = false
  /// Where a second tokenizer took over, to stop at (see `run(joiningAt:_:)`), or `Int.max`.
  var split = Int.max

  /// The deepest bracket nesting CPython's tokenizer accepts.
  static let maximumBrackets = 200
  /// The deepest indentation CPython's tokenizer accepts.
  static let maximumIndents = 100

  /// A tokenizer over `src`, with room for `capacity` tokens (by default one per two bytes,
  /// where Python sources have about one per three; the arrays grow past that if needed).
  init(_ src: UnsafeBufferPointer<UInt8>, reserving capacity: Int? = nil) {
    let bom = src.count >= 3 && src[0] == 0xEF && src[1] == 0xBB && src[2] == 0xBF
    self.src = src
    origin = bom ? 3 : 0
    pos = origin
    lineStart = origin
    columnByte = origin
    tokens.reserveCapacity((capacity ?? src.count / 2) + 16)
    kinds.reserveCapacity((capacity ?? src.count / 2) + 16)
    HugePages.advise(tokens)
    HugePages.advise(kinds)
  }

  // MARK: Positions

  /// The byte at `offset`, or 0 past the end.
  @inline(__always) func byte(_ offset: Int) -> UInt8 { offset < src.count ? src[offset] : 0 }

  /// The 1-based column of `offset` on the current line, in Unicode scalars.
  mutating func column(at offset: Int) -> Int32 {
    if columnByte < lineStart || columnByte > offset {
      columnByte = lineStart
      columnValue = 1
    }
    var count = columnValue
    var i = columnByte
    while i < offset {
      if src[i] & 0xC0 != 0x80 { count += 1 }
      i += 1
    }
    columnByte = offset
    columnValue = count
    return count
  }

  /// Moves to the start of the next line, just past the newline at `offset`.
  @inline(__always) mutating func newLine(after offset: Int) {
    line += 1
    lineStart = offset + 1
  }

  /// Adds a token of `kind` from `start` to `end` (which lie on the current line unless
  /// `line`/`column` say where it started).
  mutating func emit(_ kind: PyTok, _ start: Int, _ end: Int, line startLine: Int32? = nil, column: Int32? = nil) {
    let column = column ?? self.column(at: start)
    tokens.append(
      Token(
        start: Int32(start), length: Int32(end - start), line: startLine ?? line, column: column,
        kind: kind.tokenClass))
    kinds.append(kind)
    if kind != .newline && kind != .indent && kind != .dedent { lineHasTokens = true }
  }

  /// Records `message` as the tokenizer's error, at `line`:`column` (the current position by
  /// default), and ends the token stream there.
  mutating func fail(_ message: String, at offset: Int, line errorLine: Int32? = nil, column: Int32? = nil) {
    guard error == nil else { return }
    let column = column ?? self.column(at: offset)
    error = PySyntaxError(
      message: message, line: errorLine ?? line, column: column, token: Int32(tokens.count))
    emit(.error, offset, offset, line: errorLine, column: column)
  }

  // MARK: The main loop

  /// Tokenizes until the end of the source or the first error.
  mutating func run() {
    if pos == origin, let problem = bomCodingProblem() { return fail(problem, at: pos, line: 0, column: 0) }
    var atLineStart = true
    while error == nil {
      if pos >= split && isAtSplit(atLineStart: atLineStart) { return }
      if atLineStart {
        guard indentation() else { continue }
        atLineStart = false
      }
      skipBlanks()
      let c = byte(pos)
      if pos >= src.count {
        finish()
        return
      }
      switch c {
      case UInt8(ascii: "#"):
        while pos < src.count && src[pos] != 0x0A && src[pos] != 0x0D { pos += 1 }
      case 0x0A, 0x0D:
        let start = pos
        pos += c == 0x0D && byte(pos + 1) == 0x0A ? 2 : 1
        if brackets.isEmpty && lineHasTokens {
          emit(.newline, start, start + 1)
          lineHasTokens = false
        }
        newLine(after: pos - 1)
        atLineStart = brackets.isEmpty
      case UInt8(ascii: "\\"):
        continuation()
      case UInt8(ascii: "0")...UInt8(ascii: "9"):
        number()
      case UInt8(ascii: "."):
        if byte(pos + 1) >= UInt8(ascii: "0") && byte(pos + 1) <= UInt8(ascii: "9") {
          number()
        } else {
          operatorToken()
        }
      case UInt8(ascii: "\""), UInt8(ascii: "'"):
        string(prefixStart: pos)
      default:
        if isIdentifierStart(c) { identifierOrString() } else { operatorToken() }
      }
    }
  }

  /// Skips spaces, tabs and form feeds.
  @inline(__always) mutating func skipBlanks() {
    while pos < src.count {
      let c = src[pos]
      guard c == 0x20 || c == 0x09 || c == 0x0C else { return }
      pos += 1
    }
  }

  /// At the end: NEWLINE if the last line had tokens, a DEDENT per open indentation, and
  /// ENDMARKER; an open bracket is an error at the bracket.
  mutating func finish() {
    if let open = brackets.last {
      fail(
        "'\(Character(Unicode.Scalar(open.char)))' was never closed", at: pos, line: open.line, column: open.column)
      return
    }
    if lineHasTokens { emit(.newline, pos, pos) }
    for _ in 1..<indents.count { emit(.dedent, pos, pos) }
    emit(.endMarker, pos, pos)
  }

  /// A backslash: the line goes on at the next one.
  mutating func continuation() {
    let next = byte(pos + 1)
    guard next == 0x0A || next == 0x0D else {
      if pos + 1 >= src.count {
        return fail("unexpected EOF while parsing", at: pos)
      }
      return fail("unexpected character after line continuation character", at: pos)
    }
    pos += next == 0x0D && byte(pos + 2) == 0x0A ? 3 : 2
    newLine(after: pos - 1)
    if pos >= src.count { fail("unexpected EOF while parsing", at: pos) }
  }

  // MARK: Indentation

  /// Reads the indentation of a new line and emits INDENT or DEDENTs. Returns false for a
  /// blank or comment-only line (which does not count), having skipped it.
  mutating func indentation() -> Bool {
    var col = 0
    var alt = 0
    var i = pos
    while i < src.count {
      switch src[i] {
      case 0x20:
        col += 1
        alt += 1
      case 0x09:
        col = (col / 8 + 1) * 8
        alt += 1
      case 0x0C:
        col = 0
        alt = 0
      default:
        break
      }
      if src[i] != 0x20 && src[i] != 0x09 && src[i] != 0x0C { break }
      i += 1
    }
    let c = byte(i)
    if i >= src.count || c == UInt8(ascii: "#") || c == 0x0A || c == 0x0D {
      pos = i
      if i >= src.count { return true }
      // A blank or comment-only line: skip it, newline included.
      while pos < src.count && src[pos] != 0x0A && src[pos] != 0x0D { pos += 1 }
      if pos < src.count {
        pos += src[pos] == 0x0D && byte(pos + 1) == 0x0A ? 2 : 1
        newLine(after: pos - 1)
      }
      return false
    }
    pos = i
    if col == indents.last! {
      if alt != altIndents.last! { tabError() }
    } else if col > indents.last! {
      guard indents.count < Self.maximumIndents else {
        fail("too many levels of indentation", at: pos)
        return true
      }
      if alt <= altIndents.last! {
        tabError()
        return true
      }
      indents.append(col)
      altIndents.append(alt)
      emit(.indent, pos, pos)
    } else {
      while indents.count > 1 && col < indents.last! {
        indents.removeLast()
        altIndents.removeLast()
        emit(.dedent, pos, pos)
      }
      if col != indents.last! {
        fail("unindent does not match any outer indentation level", at: pos, column: column(at: pos) + 1)
      } else if alt != altIndents.last! {
        tabError()
      }
    }
    return true
  }

  /// Tabs and spaces mixed so that the indentation depends on the tab width.
  private mutating func tabError() {
    fail("inconsistent use of tabs and spaces in indentation", at: pos)
  }

  // MARK: Names

  /// Whether `c` can start an identifier (a letter, `_`, or any non-ASCII byte, checked later).
  @inline(__always) func isIdentifierStart(_ c: UInt8) -> Bool {
    (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") || c == UInt8(ascii: "_") || c >= 0x80
  }

  /// Whether `c` can continue an identifier.
  @inline(__always) func isIdentifierByte(_ c: UInt8) -> Bool {
    isIdentifierStart(c) || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
  }

  /// A name, a keyword, or a string with a prefix.
  mutating func identifierOrString() {
    let start = pos
    var nonASCII = false
    while pos < src.count && isIdentifierByte(src[pos]) {
      if src[pos] >= 0x80 { nonASCII = true }
      pos += 1
    }
    let q = byte(pos)
    if (q == UInt8(ascii: "\"") || q == UInt8(ascii: "'")) && pos - start <= 2 && isStringPrefix(start, pos) {
      string(prefixStart: start)
      return
    }
    if nonASCII {
      guard let end = PythonIdentifier.validEnd(src, from: start, to: pos) else {
        let bad = PythonIdentifier.firstInvalid(src, from: start, to: pos)
        pos = bad.offset
        return fail(PythonIdentifier.invalidCharacterMessage(bad.scalar), at: bad.offset)
      }
      pos = end
    }
    let kind = pos - start <= 8 && !nonASCII ? keyword(start, pos) : .name
    emit(kind, start, pos)
  }

  /// The keyword spelled by `src[start..<end]` (at most 8 ASCII bytes), or `.name`.
  func keyword(_ start: Int, _ end: Int) -> PyTok {
    let first = src[start]
    guard first >= UInt8(ascii: "F") && first <= UInt8(ascii: "y") else { return .name }
    var key: UInt64 = 0
    for i in (start..<end).reversed() { key = key << 8 | UInt64(src[i]) }
    return PyTok.packedKeywords[key] ?? .name
  }

  /// Whether `src[start..<end]` is a string prefix (`r`, `b`, `u`, `f`, `rb`, `fr`, …).
  func isStringPrefix(_ start: Int, _ end: Int) -> Bool {
    var r = false
    var b = false
    var u = false
    var f = false
    for i in start..<end {
      switch src[i] | 0x20 {
      case UInt8(ascii: "r") where !r: r = true
      case UInt8(ascii: "b") where !b: b = true
      case UInt8(ascii: "u") where !u: u = true
      case UInt8(ascii: "f") where !f: f = true
      default: return false
      }
    }
    return !(u && (r || b || f)) && !(b && f)
  }
}
