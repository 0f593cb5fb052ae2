/// Splits an f-string's contents into tokens, as CPython 3.11's `fstring_find_literal` and
/// `fstring_find_expr` do: literal text (with `{{` and `}}`), and replacement fields whose
/// expression is tokenized like any code, then an optional `=`, `!r`, and `:` format spec
/// (which may hold fields of its own, one level deep).
struct FStringScanner {
  /// Whether the string is raw (`\N{…}` is then not an escape).
  let raw: Bool

  /// The deepest nesting of brackets inside one expression.
  static let maximumBrackets = 200

  /// Scans `from..<to`, literal text and fields; at `depth` 1 (a format spec) it stops at the
  /// `}` that closes the field, and returns where it stopped.
  @discardableResult
  mutating func scan(_ t: inout PythonTokenizer, from: Int, to: Int, depth: Int) -> Int {
    var i = from
    var literalStart = from
    while i < to && t.error == nil {
      let c = t.src[i]
      if c == UInt8(ascii: "{") || c == UInt8(ascii: "}") {
        if depth == 0 && i + 1 < to && t.src[i + 1] == c {
          i += 2
          continue
        }
        if c == UInt8(ascii: "}") {
          if depth == 0 {
            literal(&t, literalStart, i)
            t.fail("f-string: single '}' is not allowed", at: i)
            return i
          }
          literal(&t, literalStart, i)
          return i
        }
        literal(&t, literalStart, i)
        i = field(&t, at: i, to: to, depth: depth)
        literalStart = i
      } else if c == UInt8(ascii: "\\") && !raw {
        if i + 2 < to && t.src[i + 1] == UInt8(ascii: "N") && t.src[i + 2] == UInt8(ascii: "{") {
          i += 3
          while i < to && t.src[i] != UInt8(ascii: "}") { i += 1 }
          i += 1
        } else {
          i += 2
        }
      } else {
        i += 1
      }
    }
    if t.error == nil { literal(&t, literalStart, min(i, to)) }
    return min(i, to)
  }

  /// Emits literal text, if any, keeping the line count.
  private func literal(_ t: inout PythonTokenizer, _ start: Int, _ end: Int) {
    guard end > start else { return }
    let line = t.line
    let column = t.column(at: start)
    t.passLines(from: start, to: end)
    t.emit(.fMiddle, start, end, line: line, column: column)
  }

  /// A replacement field starting at the `{` at `start`; returns the offset after its `}`.
  private mutating func field(_ t: inout PythonTokenizer, at start: Int, to end: Int, depth: Int) -> Int {
    if depth >= 2 {
      t.fail("f-string: expressions nested too deeply", at: start)
      return end
    }
    t.emit(.fFieldStart, start, start + 1)
    let exprStart = start + 1
    guard let exprEnd = expressionEnd(&t, from: exprStart, to: end) else { return end }
    if t.src[exprStart..<exprEnd].allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }) {
      t.fail("f-string: empty expression not allowed", at: exprStart)
      return end
    }
    tokenizeExpression(&t, from: exprStart, to: exprEnd)
    if t.error != nil { return end }
    var i = exprEnd
    if t.src[i] == UInt8(ascii: "=") {
      t.emit(.fEquals, i, i + 1)
      i += 1
      while i < end && (t.src[i] == 0x20 || t.src[i] == 0x09 || t.src[i] == 0x0A || t.src[i] == 0x0D) {
        if t.src[i] == 0x0A { t.newLine(after: i) }
        i += 1
      }
    }
    if i < end && t.src[i] == UInt8(ascii: "!") {
      guard i + 1 < end else {
        t.fail("f-string: expecting '}'", at: i)
        return end
      }
      let conversion = t.src[i + 1]
      guard conversion == UInt8(ascii: "s") || conversion == UInt8(ascii: "r") || conversion == UInt8(ascii: "a") else {
        t.fail("f-string: invalid conversion character: expected 's', 'r', or 'a'", at: i + 1)
        return end
      }
      t.emit(.fConversion, i, i + 2)
      i += 2
    }
    if i < end && t.src[i] == UInt8(ascii: ":") {
      t.emit(.fSpec, i, i + 1)
      i = scan(&t, from: i + 1, to: end, depth: depth + 1)
      if t.error != nil { return end }
    }
    guard i < end && t.src[i] == UInt8(ascii: "}") else {
      t.fail("f-string: expecting '}'", at: min(i, end))
      return end
    }
    t.emit(.fFieldEnd, i, i + 1)
    return i + 1
  }

  /// Where the expression starting at `from` ends (at `!`, `:`, `}` or `=` outside brackets
  /// and strings), or nil after reporting why it cannot be found.
  private func expressionEnd(_ t: inout PythonTokenizer, from: Int, to end: Int) -> Int? {
    var i = from
    var stack: [UInt8] = []
    var quote: UInt8 = 0
    var tripleQuote = false
    while i < end {
      let c = t.src[i]
      if c == UInt8(ascii: "\\") {
        t.fail("f-string expression part cannot include a backslash", at: i)
        return nil
      }
      if quote != 0 {
        if c == quote {
          if tripleQuote {
            if i + 2 < end && t.src[i + 1] == c && t.src[i + 2] == c {
              i += 3
              quote = 0
              continue
            }
          } else {
            quote = 0
          }
        }
        i += 1
        continue
      }
      switch c {
      case UInt8(ascii: "'"), UInt8(ascii: "\""):
        if i + 2 < end && t.src[i + 1] == c && t.src[i + 2] == c {
          tripleQuote = true
          i += 2
        } else {
          tripleQuote = false
        }
        quote = c
      case UInt8(ascii: "["), UInt8(ascii: "{"), UInt8(ascii: "("):
        guard stack.count < Self.maximumBrackets else {
          t.fail("f-string: too many nested parenthesis", at: i)
          return nil
        }
        stack.append(c)
      case UInt8(ascii: "#"):
        t.fail("f-string expression part cannot include '#'", at: i)
        return nil
      case UInt8(ascii: "]"), UInt8(ascii: "}"), UInt8(ascii: ")"):
        if stack.isEmpty && c == UInt8(ascii: "}") { return i }
        guard let open = stack.popLast() else {
          t.fail("f-string: unmatched '\(Character(Unicode.Scalar(c)))'", at: i)
          return nil
        }
        let matches =
          (open == UInt8(ascii: "(") && c == UInt8(ascii: ")")) || (open == UInt8(ascii: "[") && c == UInt8(ascii: "]"))
          || (open == UInt8(ascii: "{") && c == UInt8(ascii: "}"))
        guard matches else {
          t.fail(
            "f-string: closing parenthesis '\(Character(Unicode.Scalar(c)))' does not match opening parenthesis '\(Character(Unicode.Scalar(open)))'",
            at: i)
          return nil
        }
      case UInt8(ascii: "!"), UInt8(ascii: ":"), UInt8(ascii: "="), UInt8(ascii: "<"), UInt8(ascii: ">"):
        guard stack.isEmpty else { break }
        let next: UInt8 = i + 1 < end ? t.src[i + 1] : 0
        if next == UInt8(ascii: "=") && c != UInt8(ascii: ":") {
          i += 2
          continue
        }
        if c == UInt8(ascii: "<") || c == UInt8(ascii: ">") { break }
        return i
      default: break
      }
      i += 1
    }
    if quote != 0 {
      t.fail("f-string: unterminated string", at: i)
      return nil
    }
    if let open = stack.last {
      t.fail("f-string: unmatched '\(Character(Unicode.Scalar(open)))'", at: i)
      return nil
    }
    t.fail("f-string: expecting '}'", at: i)
    return nil
  }

  /// Tokenizes an expression inside a field, as code inside brackets (newlines are blanks).
  private func tokenizeExpression(_ t: inout PythonTokenizer, from: Int, to end: Int) {
    let depth = t.brackets.count
    t.pos = from
    while t.error == nil {
      while t.pos < end {
        let c = t.src[t.pos]
        if c == 0x20 || c == 0x09 || c == 0x0C {
          t.pos += 1
        } else if c == 0x0A || c == 0x0D {
          if c == 0x0A || t.byte(t.pos + 1) != 0x0A { t.newLine(after: t.pos) }
          t.pos += 1
        } else {
          break
        }
      }
      guard t.pos < end else { break }
      let c = t.src[t.pos]
      switch c {
      case UInt8(ascii: "0")...UInt8(ascii: "9"): t.number()
      case UInt8(ascii: "."):
        if t.isDigit(t.byte(t.pos + 1)) { t.number() } else { t.operatorToken() }
      case UInt8(ascii: "\""), UInt8(ascii: "'"): t.string(prefixStart: t.pos)
      default:
        if t.isIdentifierStart(c) { t.identifierOrString() } else { t.operatorToken() }
      }
    }
    if t.error == nil && t.brackets.count != depth {
      t.fail("f-string: unmatched '\(Character(Unicode.Scalar(t.brackets.last!.char)))'", at: end)
    }
    t.brackets.removeSubrange(min(depth, t.brackets.count)...)
  }
}
