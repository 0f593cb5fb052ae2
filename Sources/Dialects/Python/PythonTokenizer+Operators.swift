import ScopeEngine

/// Operators and delimiters, longest match first, with brackets matched as CPython's
/// tokenizer matches them.
extension PythonTokenizer {
  // MARK: Operators

  /// An operator or delimiter, longest match first; brackets are matched.
  mutating func operatorToken() {
    let start = pos
    let c = src[pos]
    let c2 = byte(pos + 1)
    let c3 = byte(pos + 2)
    let eq = UInt8(ascii: "=")
    var kind: PyTok
    var length = 1
    switch c {
    case UInt8(ascii: "("): kind = .lpar
    case UInt8(ascii: ")"): kind = .rpar
    case UInt8(ascii: "["): kind = .lsqb
    case UInt8(ascii: "]"): kind = .rsqb
    case UInt8(ascii: "{"): kind = .lbrace
    case UInt8(ascii: "}"): kind = .rbrace
    case UInt8(ascii: ","): kind = .comma
    case UInt8(ascii: ";"): kind = .semi
    case UInt8(ascii: "~"): kind = .tilde
    case UInt8(ascii: ":"): (kind, length) = c2 == eq ? (.colonEqual, 2) : (.colon, 1)
    case UInt8(ascii: "+"): (kind, length) = c2 == eq ? (.plusEqual, 2) : (.plus, 1)
    case UInt8(ascii: "-"):
      (kind, length) = c2 == eq ? (.minEqual, 2) : c2 == UInt8(ascii: ">") ? (.rarrow, 2) : (.minus, 1)
    case UInt8(ascii: "*"):
      (kind, length) = doubling(
        c, c2, c3, single: .star, equal: .starEqual, double: .doubleStar, doubleEqual: .doubleStarEqual)
    case UInt8(ascii: "/"):
      (kind, length) = doubling(
        c, c2, c3, single: .slash, equal: .slashEqual, double: .doubleSlash, doubleEqual: .doubleSlashEqual)
    case UInt8(ascii: "|"): (kind, length) = c2 == eq ? (.vbarEqual, 2) : (.vbar, 1)
    case UInt8(ascii: "&"): (kind, length) = c2 == eq ? (.amperEqual, 2) : (.amper, 1)
    case UInt8(ascii: "^"): (kind, length) = c2 == eq ? (.circumflexEqual, 2) : (.circumflex, 1)
    case UInt8(ascii: "%"): (kind, length) = c2 == eq ? (.percentEqual, 2) : (.percent, 1)
    case UInt8(ascii: "@"): (kind, length) = c2 == eq ? (.atEqual, 2) : (.at, 1)
    case UInt8(ascii: "="): (kind, length) = c2 == eq ? (.eqEqual, 2) : (.equal, 1)
    case UInt8(ascii: "!"): (kind, length) = c2 == eq ? (.notEqual, 2) : (.exclamation, 1)
    case UInt8(ascii: "<"):
      (kind, length) = doubling(
        c, c2, c3, single: .less, equal: .lessEqual, double: .leftShift, doubleEqual: .leftShiftEqual)
    case UInt8(ascii: ">"):
      (kind, length) = doubling(
        c, c2, c3, single: .greater, equal: .greaterEqual, double: .rightShift, doubleEqual: .rightShiftEqual)
    case UInt8(ascii: "."):
      (kind, length) = c2 == UInt8(ascii: ".") && c3 == UInt8(ascii: ".") ? (.ellipsis, 3) : (.dot, 1)
    default:
      return invalidCharacter()
    }
    if !matchBracket(kind, at: start) { return }
    pos += length
    emit(kind, start, pos)
  }

  /// `c`, `c=`, `cc` or `cc=` (`*`, `**=`, `<<`, …), the longest that the next bytes spell.
  func doubling(_ c: UInt8, _ c2: UInt8, _ c3: UInt8, single: PyTok, equal: PyTok, double: PyTok, doubleEqual: PyTok)
    -> (PyTok, Int)
  {
    let eq = UInt8(ascii: "=")
    if c2 == c { return c3 == eq ? (doubleEqual, 3) : (double, 2) }
    return c2 == eq ? (equal, 2) : (single, 1)
  }

  /// Opens or closes a bracket; false (with an error) when a closing one does not match.
  mutating func matchBracket(_ kind: PyTok, at offset: Int) -> Bool {
    switch kind {
    case .lpar, .lsqb, .lbrace:
      guard brackets.count < Self.maximumBrackets else {
        fail("too many nested parentheses", at: offset)
        return false
      }
      brackets.append((src[offset], line, column(at: offset)))
    case .rpar, .rsqb, .rbrace:
      let close = src[offset]
      guard let open = brackets.last else {
        fail("unmatched '\(Character(Unicode.Scalar(close)))'", at: offset)
        return false
      }
      let expected: UInt8 =
        open.char == UInt8(ascii: "(")
        ? UInt8(ascii: ")") : open.char == UInt8(ascii: "[") ? UInt8(ascii: "]") : UInt8(ascii: "}")
      guard close == expected else {
        let place = open.line == line ? "" : " on line \(open.line)"
        fail(
          "closing parenthesis '\(Character(Unicode.Scalar(close)))' does not match opening parenthesis '\(Character(Unicode.Scalar(open.char)))'\(place)",
          at: offset)
        return false
      }
      brackets.removeLast()
    default: break
    }
    return true
  }

  /// A character that starts no token.
  mutating func invalidCharacter() {
    let scalar = PythonIdentifier.scalar(src, at: pos)
    if scalar.value < 0x80 && scalar.value >= 0x20 && scalar.value != 0x7F {
      // `$`, `?`, `` ` ``: an error token, which the parser calls invalid syntax.
      return fail("invalid syntax", at: pos)
    }
    fail(PythonIdentifier.invalidCharacterMessage(scalar), at: pos)
  }
}
