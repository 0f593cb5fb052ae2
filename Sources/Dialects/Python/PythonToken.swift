import ScopeEngine

/// The token types of CPython 3.11's tokenizer, with keywords and each operator a type of
/// its own, and an f-string split into its pieces (the literal text, and each replacement
/// field's expression as ordinary tokens) so the names inside are tokens of their own.
enum PyTok: UInt8, Sendable {
  case endMarker, newline, indent, dedent, name, number, string
  /// A tokenizer error: the parser reports it when it reaches it.
  case error
  /// `f"` (the prefix and the opening quote), the literal text between fields, the
  /// closing quote.
  case fStart, fMiddle, fEnd
  /// A replacement field's `{` and `}`, its `=`, its `!r`, and the `:` before its spec.
  case fFieldStart, fFieldEnd, fEquals, fConversion, fSpec
  // Keywords.
  case kFalse, kNone, kTrue, kAnd, kAs, kAssert, kAsync, kAwait, kBreak, kClass, kContinue, kDef, kDel
  case kElif, kElse, kExcept, kFinally, kFor, kFrom, kGlobal, kIf, kImport, kIn, kIs, kLambda
  case kNonlocal, kNot, kOr, kPass, kRaise, kReturn, kTry, kWhile, kWith, kYield
  // Operators and delimiters.
  case lpar, rpar, lsqb, rsqb, lbrace, rbrace, colon, comma, semi, plus, minus, star, slash
  case vbar, amper, less, greater, equal, dot, percent, eqEqual, notEqual, lessEqual, greaterEqual
  case tilde, circumflex, leftShift, rightShift, doubleStar, plusEqual, minEqual, starEqual
  case slashEqual, percentEqual, amperEqual, vbarEqual, circumflexEqual, leftShiftEqual
  case rightShiftEqual, doubleStarEqual, doubleSlash, doubleSlashEqual, at, atEqual, rarrow
  case ellipsis, colonEqual, exclamation

  /// The keywords, by spelling.
  static let keywords: [String: PyTok] = [
    "False": .kFalse, "None": .kNone, "True": .kTrue, "and": .kAnd, "as": .kAs, "assert": .kAssert,
    "async": .kAsync, "await": .kAwait, "break": .kBreak, "class": .kClass, "continue": .kContinue,
    "def": .kDef, "del": .kDel, "elif": .kElif, "else": .kElse, "except": .kExcept, "finally": .kFinally,
    "for": .kFor, "from": .kFrom, "global": .kGlobal, "if": .kIf, "import": .kImport, "in": .kIn,
    "is": .kIs, "lambda": .kLambda, "nonlocal": .kNonlocal, "not": .kNot, "or": .kOr, "pass": .kPass,
    "raise": .kRaise, "return": .kReturn, "try": .kTry, "while": .kWhile, "with": .kWith, "yield": .kYield,
  ]

  /// The keywords by their bytes packed into an integer, first byte lowest (each is at most
  /// 8 bytes), so the tokenizer looks a name up without making a string.
  static let packedKeywords: [UInt64: PyTok] = Dictionary(
    uniqueKeysWithValues: keywords.map { word, kind in
      (word.utf8.reversed().reduce(UInt64(0)) { $0 << 8 | UInt64($1) }, kind)
    })

  /// Whether this is a keyword.
  var isKeyword: Bool { rawValue >= PyTok.kFalse.rawValue && rawValue <= PyTok.kYield.rawValue }

  /// Whether this is an augmented assignment operator (`+=`, …).
  var isAugmentedAssignment: Bool {
    switch self {
    case .plusEqual, .minEqual, .starEqual, .slashEqual, .percentEqual, .amperEqual, .vbarEqual,
      .circumflexEqual, .leftShiftEqual, .rightShiftEqual, .doubleStarEqual, .doubleSlashEqual, .atEqual:
      true
    default: false
    }
  }

  /// The token class the explorer colours it by.
  var tokenClass: TokenClass {
    switch self {
    case .endMarker: .end
    case .name: .identifier
    case .number: .number
    case .string, .fStart, .fMiddle, .fEnd: .string
    case .error: .invalid
    case .lpar, .rpar, .lsqb, .rsqb, .lbrace, .rbrace, .colon, .comma, .semi, .dot, .fFieldStart, .fFieldEnd,
      .fSpec:
      .punctuation
    default: isKeyword ? .keyword : .operator
    }
  }
}
