import ScopeEngine

/// Numbers and strings, as CPython 3.11's tokenizer reads and rejects them.
extension PythonTokenizer {
  /// Whether `c` is an ASCII digit.
  @inline(__always) func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

  // MARK: Numbers

  /// A number: decimal, hex, octal, binary, float, imaginary, with single underscores
  /// between digits.
  mutating func number() {
    let start = pos
    var kind = "decimal"
    if src[pos] == UInt8(ascii: "0") && (byte(pos + 1) | 0x20) == UInt8(ascii: "x") {
      pos += 2
      kind = "hexadecimal"
      guard digits(afterPrefix: true, where: { $0.isHexDigit }) else {
        return fail("invalid hexadecimal literal", at: pos)
      }
    } else if src[pos] == UInt8(ascii: "0") && (byte(pos + 1) | 0x20) == UInt8(ascii: "o") {
      pos += 2
      kind = "octal"
      guard digits(afterPrefix: true, where: { $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "7") }) else {
        if isDigit(byte(pos)) {
          return fail("invalid digit '\(Character(Unicode.Scalar(byte(pos))))' in octal literal", at: pos)
        }
        return fail("invalid octal literal", at: pos)
      }
      if isDigit(byte(pos)) {
        return fail("invalid digit '\(Character(Unicode.Scalar(byte(pos))))' in octal literal", at: pos)
      }
    } else if src[pos] == UInt8(ascii: "0") && (byte(pos + 1) | 0x20) == UInt8(ascii: "b") {
      pos += 2
      kind = "binary"
      guard digits(afterPrefix: true, where: { $0 == UInt8(ascii: "0") || $0 == UInt8(ascii: "1") }) else {
        if isDigit(byte(pos)) {
          return fail("invalid digit '\(Character(Unicode.Scalar(byte(pos))))' in binary literal", at: pos)
        }
        return fail("invalid binary literal", at: pos)
      }
      if isDigit(byte(pos)) {
        return fail("invalid digit '\(Character(Unicode.Scalar(byte(pos))))' in binary literal", at: pos)
      }
    } else {
      var isFloat = false
      if src[pos] != UInt8(ascii: ".") {
        let leadingZero = src[pos] == UInt8(ascii: "0")
        guard digits(where: isDigit) else { return fail("invalid decimal literal", at: pos) }
        let nonzero = leadingZero && src[start..<pos].contains { $0 != UInt8(ascii: "0") && $0 != UInt8(ascii: "_") }
        if nonzero {
          let c = byte(pos)
          if c != UInt8(ascii: ".") && (c | 0x20) != UInt8(ascii: "e") && (c | 0x20) != UInt8(ascii: "j") {
            return fail(
              "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
              at: start)
          }
        }
      }
      if byte(pos) == UInt8(ascii: ".") {
        isFloat = true
        pos += 1
        if isDigit(byte(pos)) { guard digits(where: isDigit) else { return fail("invalid decimal literal", at: pos) } }
      }
      if (byte(pos) | 0x20) == UInt8(ascii: "e") {
        let mark = pos
        pos += 1
        if byte(pos) == UInt8(ascii: "+") || byte(pos) == UInt8(ascii: "-") { pos += 1 }
        if isDigit(byte(pos)) {
          guard digits(where: isDigit) else { return fail("invalid decimal literal", at: pos) }
          isFloat = true
        } else {
          pos = mark
          return fail("invalid decimal literal", at: pos)
        }
      }
      if (byte(pos) | 0x20) == UInt8(ascii: "j") {
        pos += 1
        kind = "imaginary"
      } else if isFloat {
        kind = "decimal"
      }
    }
    guard endOfNumber(kind) else { return }
    emit(.number, start, pos)
  }

  /// Digits accepted by `isDigit`, with single underscores between them (and one before
  /// the first, after a `0x`, `0o` or `0b` prefix); false when there is none or an
  /// underscore is not followed by a digit.
  mutating func digits(afterPrefix: Bool = false, where isDigit: (UInt8) -> Bool) -> Bool {
    var any = false
    if afterPrefix && byte(pos) == UInt8(ascii: "_") && isDigit(byte(pos + 1)) { pos += 1 }
    while pos < src.count {
      let c = src[pos]
      if isDigit(c) {
        any = true
        pos += 1
      } else if c == UInt8(ascii: "_") {
        guard any, isDigit(byte(pos + 1)) else {
          pos += 1
          return false
        }
        pos += 1
      } else {
        break
      }
    }
    return any
  }

  /// CPython's `verify_end_of_number`: a number directly followed by a letter is an error,
  /// except before `and`, `else`, `for`, `if`, `in`, `is`, `not`, `or` (a warning in 3.11).
  mutating func endOfNumber(_ kind: String) -> Bool {
    let c = byte(pos)
    guard pos < src.count, isIdentifierByte(c) else { return true }
    func followedBy(_ word: String) -> Bool {
      let bytes = Array(word.utf8)
      for (i, b) in bytes.enumerated() where byte(pos + i) != b { return false }
      return true
    }
    if followedBy("and") || followedBy("else") || followedBy("for") || followedBy("if") || followedBy("in")
      || followedBy("is") || followedBy("not") || followedBy("or")
    {
      return true
    }
    fail("invalid \(kind) literal", at: pos)
    return false
  }

  // MARK: Strings

  /// A string from its prefix at `prefixStart` (the cursor is on the opening quote): the
  /// end is found as CPython 3.11 finds it (a backslash escapes the next character, even in a
  /// raw string); an f-string is then split into its pieces.
  mutating func string(prefixStart: Int) {
    let quote = src[pos]
    let startLine = line
    let startColumn = column(at: prefixStart)
    let triple = byte(pos + 1) == quote && byte(pos + 2) == quote
    let quoteLength = triple ? 3 : 1
    pos += quoteLength
    let contentStart = pos
    var contentEnd = -1
    while contentEnd < 0 {
      guard pos < src.count else {
        let detected = line
        let message =
          triple
          ? "unterminated triple-quoted string literal (detected at line \(detected))"
          : "unterminated string literal (detected at line \(detected))"
        return fail(message, at: prefixStart, line: startLine, column: startColumn)
      }
      let c = src[pos]
      if c == UInt8(ascii: "\\") {
        let next = byte(pos + 1)
        pos += 2
        if next == 0x0D && byte(pos) == 0x0A { pos += 1 }
        if next == 0x0A || next == 0x0D { newLine(after: pos - 1) }
      } else if c == quote && (!triple || (byte(pos + 1) == quote && byte(pos + 2) == quote)) {
        contentEnd = pos
        pos += quoteLength
      } else if c == 0x0A || c == 0x0D {
        guard triple else {
          return fail(
            "unterminated string literal (detected at line \(line))", at: prefixStart, line: startLine,
            column: startColumn)
        }
        pos += c == 0x0D && byte(pos + 1) == 0x0A ? 2 : 1
        newLine(after: pos - 1)
      } else {
        pos += 1
      }
    }
    var isFormatted = false
    var isRaw = false
    for i in prefixStart..<(contentStart - quoteLength) {
      if src[i] | 0x20 == UInt8(ascii: "f") { isFormatted = true }
      if src[i] | 0x20 == UInt8(ascii: "r") { isRaw = true }
    }
    guard isFormatted else {
      emit(.string, prefixStart, pos, line: startLine, column: startColumn)
      return
    }
    let end = pos
    let endLine = line
    let endLineStart = lineStart
    // Re-walk the f-string from its start to place the pieces on their lines.
    line = startLine
    lineStart = lineStartBefore(prefixStart)
    emit(.fStart, prefixStart, contentStart, line: startLine, column: startColumn)
    var fields = FStringScanner(raw: isRaw)
    fields.scan(&self, from: contentStart, to: contentEnd, depth: 0)
    if error != nil { return }
    line = endLine
    lineStart = endLineStart
    emit(.fEnd, contentEnd, end)
    pos = end
  }

  /// The start of the line holding `offset`.
  func lineStartBefore(_ offset: Int) -> Int {
    var i = offset
    while i > origin && src[i - 1] != 0x0A && src[i - 1] != 0x0D { i -= 1 }
    return i
  }

  /// Moves the line count over the newlines in `from..<to` (for pieces of an f-string).
  mutating func passLines(from: Int, to: Int) {
    var i = from
    while i < to {
      if src[i] == 0x0A || (src[i] == 0x0D && byte(i + 1) != 0x0A) { newLine(after: i) }
      i += 1
    }
  }
}

extension UInt8 {
  /// Whether this is an ASCII hexadecimal digit.
  var isHexDigit: Bool {
    (self >= UInt8(ascii: "0") && self <= UInt8(ascii: "9"))
      || ((self | 0x20) >= UInt8(ascii: "a") && (self | 0x20) <= UInt8(ascii: "f"))
  }
}
