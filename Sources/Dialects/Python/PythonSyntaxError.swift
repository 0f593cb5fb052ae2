/// A syntax error as CPython 3.11 reports it: its message and where it points.
struct PySyntaxError: Error, Sendable {
  /// The message (`invalid syntax`, `unterminated string literal (detected at line 3)`, …).
  var message: String
  /// The 1-based line.
  var line: Int32
  /// The 1-based column, in Unicode scalars.
  var column: Int32
  /// The token it is reported at (for the trace's step).
  var token: Int32
}
