/// Non-ASCII identifiers as CPython reads them: every character must be an identifier
/// character (XID_Start, then XID_Continue), and the name is the NFKC normalization of what
/// is written (PEP 3131), so `ﬁle` and `file` are one name.
enum PythonIdentifier {
  /// The scalar at `offset` of `src` and its length in bytes.
  static func scalar(_ src: UnsafeBufferPointer<UInt8>, at offset: Int) -> Unicode.Scalar {
    let lead = src[offset]
    if lead < 0x80 { return Unicode.Scalar(lead) }
    let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
    var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
    for i in 1..<length where offset + i < src.count { value = value << 6 | UInt32(src[offset + i] & 0x3F) }
    return Unicode.Scalar(value) ?? "\u{FFFD}"
  }

  /// The length in bytes of the scalar whose first byte is `lead`.
  static func length(ofLead lead: UInt8) -> Int { lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2 }

  /// Whether `scalar` may stand at position `first` (or later) of an identifier.
  static func isIdentifier(_ scalar: Unicode.Scalar, first: Bool) -> Bool {
    if scalar.value < 0x80 {
      let c = UInt8(scalar.value)
      let letter = (c | 0x20) >= UInt8(ascii: "a") && (c | 0x20) <= UInt8(ascii: "z") || c == UInt8(ascii: "_")
      return letter || (!first && c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9"))
    }
    return first ? scalar.properties.isXIDStart : scalar.properties.isXIDContinue
  }

  /// Where the identifier starting at `start` ends, if every scalar up to `end` belongs to it;
  /// nil when one does not (see `firstInvalid`).
  static func validEnd(_ src: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
    firstInvalid(src, from: start, to: end).offset == end ? end : nil
  }

  /// The first scalar in `start..<end` that cannot be part of the identifier (`end` if none).
  static func firstInvalid(_ src: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int)
    -> (offset: Int, scalar: Unicode.Scalar)
  {
    var i = start
    while i < end {
      let s = scalar(src, at: i)
      if !isIdentifier(s, first: i == start) { return (i, s) }
      i += length(ofLead: src[i])
    }
    return (end, " ")
  }

  /// CPython's message for a character that cannot appear in source outside a string.
  static func invalidCharacterMessage(_ scalar: Unicode.Scalar) -> String {
    let code = String(scalar.value, radix: 16, uppercase: true)
    let hex = String(repeating: "0", count: max(0, 4 - code.count)) + code
    let printable = scalar.properties.generalCategory
    switch printable {
    case .control, .format, .surrogate, .privateUse, .unassigned, .lineSeparator, .paragraphSeparator, .spaceSeparator:
      return "invalid non-printable character U+\(hex)"
    default:
      return "invalid character '\(Character(scalar))' (U+\(hex))"
    }
  }

  /// The identifier as CPython stores it: NFKC-normalized (by ICU; see `NFKC`).
  static func normalized(_ text: String) -> String {
    NFKC.shared?.normalize(text) ?? text
  }
}
