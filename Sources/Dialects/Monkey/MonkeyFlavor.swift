import ScopeEngine

/// Monkey as in the book, or Bhasa, its Bengali-keyword fork.
public enum MonkeyFlavor: String, Sendable {
  /// "Writing a Compiler in Go".
  case monkey
  /// Bhasa: Bengali keywords, identifiers and digits, loops, type annotations.
  case bhasa

  /// The keywords and what they lex as.
  var keywords: [String: MonkeyTokenKind] {
    switch self {
    case .monkey:
      ["fn": .function, "let": .let, "true": .true, "false": .false, "if": .if, "else": .else, "return": .return]
    case .bhasa: Self.bhasaKeywords
    }
  }

  /// Bhasa's keywords: the statements, the type names, and reserved words of its other features.
  static let bhasaKeywords: [String: MonkeyTokenKind] = {
    var words: [String: MonkeyTokenKind] = [
      "ধরি": .let, "ফাংশন": .function, "যদি": .if, "নাহলে": .else, "ফেরত": .return, "সত্য": .true,
      "মিথ্যা": .false, "যতক্ষণ": .while, "পর্যন্ত": .for, "বিরতি": .break, "চালিয়ে_যাও": .continue,
    ]
    for type in bhasaTypeNames { words[type] = .typeName }
    for word in bhasaReservedWords { words[word] = .reserved }
    return words
  }()

  /// Bhasa's type keywords (usable in annotations; never callable, even where a builtin shares the name).
  static let bhasaTypeNames = [
    "বাইট", "ছোট_সংখ্যা", "পূর্ণসংখ্যা", "দীর্ঘ_সংখ্যা", "দশমিক", "দশমিক_দ্বিগুণ", "অক্ষর", "পাঠ্য", "বুলিয়ান",
    "তালিকা", "ম্যাপ",
  ]

  /// Words Bhasa reserves for features outside this dialect (import, casts, structs, classes).
  static let bhasaReservedWords = [
    "অন্তর্ভুক্ত", "হিসাবে", "স্ট্রাক্ট", "গণনা", "শ্রেণী", "পদ্ধতি", "নির্মাতা", "এই", "নতুন", "প্রসারিত", "সার্বজনীন",
    "ব্যক্তিগত", "সুরক্ষিত", "স্থির", "বিমূর্ত", "চুক্তি", "বাস্তবায়ন", "উর্ধ্ব", "পুনর্সংজ্ঞা", "চূড়ান্ত",
  ]

  /// The builtins, in index order.
  public var builtins: [String] {
    switch self {
    case .monkey: ["len", "puts", "first", "last", "rest", "push"]
    case .bhasa:
      [
        "লেখ", "দৈর্ঘ্য", "প্রথম", "শেষ", "বাকি", "যোগ", "টাইপ", "বিভক্ত", "যুক্ত", "উপরে", "নিচে", "ছাঁটো", "প্রতিস্থাপন",
        "খুঁজুন", "শক্তি", "বর্গমূল", "পরম", "সর্বোচ্চ", "সর্বনিম্ন", "গোলাকার", "উল্টাও", "সাজাও", "ফিল্টার", "ম্যাপ",
        "ফাইল_পড়ো", "ফাইল_লেখো", "ফাইল_যোগ", "ফাইল_আছে", "JSON_পার্স", "JSON_স্ট্রিং", "চাবিগুলো", "মানগুলো",
        "চাবি_আছে", "একত্রিত", "অক্ষর", "কোড", "অক্ষর_থেকে_কোড", "সংখ্যা", "লেখা", "বাইট", "ছোট_সংখ্যা", "পূর্ণসংখ্যা",
        "দীর্ঘ_সংখ্যা", "দশমিক", "দশমিক_দ্বিগুণ", "অক্ষর_রূপান্তর",
      ]
    }
  }

  /// How a keyword kind is spelled in messages (Bhasa's token types are the words themselves).
  func keywordSpelling(_ kind: MonkeyTokenKind) -> String {
    switch self {
    case .monkey:
      switch kind {
      case .function: "FUNCTION"
      case .let: "LET"
      case .true: "TRUE"
      case .false: "FALSE"
      case .if: "IF"
      case .else: "ELSE"
      case .return: "RETURN"
      default: "\(kind)".uppercased()
      }
    case .bhasa:
      Self.bhasaKeywords.first { $0.value == kind && kind != .typeName && kind != .reserved }?.key
        ?? "\(kind)".uppercased()
    }
  }

  /// Whether `scalar` can start an identifier.
  @inline(__always) func isLetter(_ scalar: UInt32) -> Bool {
    if scalar < 0x80 {
      return (scalar >= 0x61 && scalar <= 0x7A) || (scalar >= 0x41 && scalar <= 0x5A) || scalar == 0x5F
    }
    return self == .bhasa && Self.isBengaliLetterOrMark(scalar)
  }

  /// Whether `scalar` can continue an identifier (Monkey: letters only, as in the book).
  @inline(__always) func isIdentifierPart(_ scalar: UInt32) -> Bool {
    if isLetter(scalar) { return true }
    return self == .bhasa && (Self.digitValue(scalar) != nil || scalar == 0x200C || scalar == 0x200D)
  }

  /// Bengali letters, vowel signs, virama and other marks (U+0980–U+09FF less the digits).
  static func isBengaliLetterOrMark(_ scalar: UInt32) -> Bool {
    scalar >= 0x0980 && scalar <= 0x09FF && !(scalar >= 0x09E6 && scalar <= 0x09EF)
  }

  /// The value of an ASCII or (for Bhasa) Bengali digit.
  @inline(__always) static func digitValue(_ scalar: UInt32) -> UInt32? {
    if scalar >= 0x30 && scalar <= 0x39 { return scalar - 0x30 }
    if scalar >= 0x09E6 && scalar <= 0x09EF { return scalar - 0x09E6 }
    return nil
  }

  /// Whether `scalar` is a digit in this flavour.
  @inline(__always) func isDigit(_ scalar: UInt32) -> Bool {
    (scalar >= 0x30 && scalar <= 0x39) || (self == .bhasa && scalar >= 0x09E6 && scalar <= 0x09EF)
  }
}
