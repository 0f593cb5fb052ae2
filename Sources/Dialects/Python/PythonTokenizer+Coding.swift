/// PEP 263 coding declarations, as far as a UTF-8 source can disagree with one: after a
/// byte-order mark, CPython's tokenizer (`check_coding_spec`) refuses a declaration on line 1
/// or 2 that does not name UTF-8, with `encoding problem: NAME with BOM` and no line. Line 2
/// counts only when line 1 is blank or a comment.
extension PythonTokenizer {
  /// What a line says about the coding.
  enum CodingLine: Equatable {
    /// A comment declaring the coding (its normalized name).
    case declares(String)
    /// A blank line, or a comment without a declaration: the next line may declare it.
    case silent
    /// Code: no declaration here or after.
    case code
  }

  /// The error CPython gives this source for a coding declaration that contradicts its BOM.
  func bomCodingProblem() -> String? {
    guard origin == 3 else { return nil }
    var start = origin
    for _ in 0..<2 where start < src.count {
      var end = start
      while end < src.count && src[end] != 0x0A { end += 1 }
      if end < src.count { end += 1 }
      switch Self.coding(of: UnsafeBufferPointer(rebasing: src[start..<end])) {
      case .declares(let name): return name == "utf-8" ? nil : "encoding problem: \(name) with BOM"
      case .code: return nil
      case .silent: start = end
      }
    }
    return nil
  }

  /// What `line` (with its newline) says, read as CPython's `get_coding_spec` reads it: a
  /// comment that is all the line holds, `coding` followed by `:` or `=`, blanks, then a
  /// name of letters, digits, `-`, `_` and `.`.
  static func coding(of line: UnsafeBufferPointer<UInt8>) -> CodingLine {
    let blanks: Set<UInt8> = [0x20, 0x09, 0x0C]
    let size = line.count
    var i = 0
    while i < size - 6 {
      if line[i] == UInt8(ascii: "#") { break }
      if !blanks.contains(line[i]) { return hasCode(line) ? .code : .silent }
      i += 1
    }
    while i < size - 6 {
      defer { i += 1 }
      guard line[i..<i + 6].elementsEqual("coding".utf8),
        line[i + 6] == UInt8(ascii: ":") || line[i + 6] == UInt8(ascii: "=")
      else { continue }
      var t = i + 7
      while t < size && (line[t] == 0x20 || line[t] == 0x09) { t += 1 }
      let begin = t
      while t < size && isNameByte(line[t]) { t += 1 }
      if begin < t { return .declares(normalName(String(decoding: line[begin..<t], as: UTF8.self))) }
    }
    return hasCode(line) ? .code : .silent
  }

  /// Whether `line` holds anything before a comment or its end but blanks (CPython then
  /// stops looking for a declaration).
  static func hasCode(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
    for c in line {
      if c == UInt8(ascii: "#") || c == 0x0A || c == 0x0D { return false }
      if c != 0x20 && c != 0x09 && c != 0x0C { return true }
    }
    return false
  }

  /// Whether `c` may be part of a coding name.
  static func isNameByte(_ c: UInt8) -> Bool {
    (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
      || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "-") || c == UInt8(ascii: "_")
      || c == UInt8(ascii: ".")
  }

  /// CPython's `get_normal_name`: the first 12 characters lowercased with `_` as `-`, and
  /// the spellings of UTF-8 and Latin-1 made `utf-8` and `iso-8859-1`; any other name as written.
  static func normalName(_ name: String) -> String {
    let folded = String(name.prefix(12).lowercased().map { $0 == "_" ? "-" : $0 })
    if folded == "utf-8" || folded.hasPrefix("utf-8-") { return "utf-8" }
    let latin = ["latin-1", "iso-8859-1", "iso-latin-1"]
    if latin.contains(folded) || latin.contains(where: { folded.hasPrefix($0 + "-") }) { return "iso-8859-1" }
    return name
  }
}
