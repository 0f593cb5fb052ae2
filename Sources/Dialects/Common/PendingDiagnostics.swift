import ScopeEngine

/// Diagnostics found before the engine runs (by the lexer and parser), held until the
/// engine reaches their token so that each lands at its step in the trace.
struct PendingDiagnostics {
  /// Diagnostics not yet given to the engine, in token order.
  private var queue: [Diagnostic] = []
  /// The next one to give.
  private var next = 0

  /// Adds diagnostics, keeping the queue in token order (those with equal tokens stay in
  /// the order given).
  mutating func add(_ diagnostics: [Diagnostic]) {
    for diagnostic in diagnostics {
      var index = queue.count
      queue.append(diagnostic)
      while index > next && queue[index - 1].token > diagnostic.token {
        queue.swapAt(index - 1, index)
        index -= 1
      }
    }
  }

  /// Whether a diagnostic at or before `token` is waiting.
  @inline(__always) func hasDiagnostic(through token: Int32) -> Bool {
    next < queue.count && queue[next].token <= token
  }

  /// Gives the engine every diagnostic at or before `token`.
  @inline(__always) mutating func flush(through token: Int32, into engine: inout Engine) {
    while let d = take(through: token) { engine.diagnose(d) }
  }

  /// Takes the next diagnostic if it is at or before `token`.
  @inline(__always) private mutating func take(through token: Int32) -> Diagnostic? {
    guard hasDiagnostic(through: token) else { return nil }
    next += 1
    return queue[next - 1]
  }
}

extension Engine {
  /// Records a diagnostic found before the engine ran.
  mutating func diagnose(_ d: Diagnostic) {
    diagnose(d.severity, d.message, line: d.line, column: d.column, near: d.near, token: d.token)
  }
}
