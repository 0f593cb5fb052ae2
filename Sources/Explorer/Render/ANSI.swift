import Screen

extension Style {
  /// The SGR parameters that switch from the default to this style.
  var sgr: String {
    var codes = ["0"]
    if bold { codes.append("1") }
    if dim { codes.append("2") }
    if underline { codes.append("4") }
    if reverse { codes.append("7") }
    if foreground != .default { codes.append(String(29 + Int(foreground.rawValue))) }
    if background != .default { codes.append(String(39 + Int(background.rawValue))) }
    return "\u{1B}[" + codes.joined(separator: ";") + "m"
  }
}

extension Grid {
  /// The grid as lines of text with ANSI colour escapes, each line ending in a reset.
  public var ansiLines: [String] {
    (0..<height).map { row in
      var line = ""
      var current: Style? = nil
      for column in 0..<width {
        let cell = self[column, row]
        if cell.text.isEmpty { continue }
        if cell.style != current {
          line += cell.style.sgr
          current = cell.style
        }
        line += cell.text
      }
      return line + "\u{1B}[0m"
    }
  }

  /// A full-screen frame: clear, then each row at its position (for terminals and casts).
  public var ansiFrame: String {
    "\u{1B}[H\u{1B}[2J" + ansiLines.enumerated().map { "\u{1B}[\($0.offset + 1);1H" + $0.element }.joined()
  }
}
