import CWidth

/// Terminal column widths, measured by the C library's wcwidth (the same table ncurses and
/// tmux use), never guessed: a Bengali vowel sign such as ি is 1 column, a virama 0.
public enum Width {
  /// Switches to a UTF-8 locale so wcwidth knows non-ASCII characters. Call once at start.
  @discardableResult
  public static func useUTF8Locale() -> Bool { cw_use_utf8_locale() != 0 }

  /// The columns `scalar` takes: 0 for combining marks, 2 for wide characters; a control
  /// character (which must be escaped before drawing) counts as -1.
  @inline(__always)
  public static func of(_ scalar: Unicode.Scalar) -> Int {
    if scalar.value >= 0x20 && scalar.value < 0x7F { return 1 }
    return Int(cw_wcwidth(scalar.value))
  }

  /// The columns `text` takes (control characters count as their escaped form would not:
  /// escape them first).
  public static func of(_ text: String) -> Int {
    text.unicodeScalars.reduce(0) { $0 + max(of($1), 0) }
  }

  /// Whether `scalar` must be shown escaped rather than sent to the terminal (control,
  /// bidirectional and zero-width characters; see `cw_must_escape`).
  public static func isControl(_ scalar: Unicode.Scalar) -> Bool { cw_must_escape(scalar.value) != 0 }
}
