import ScopeEngine

/// Diagnostics found before the engine runs (by the lexer and parser), held until the
/// engine reaches their token so that each lands at its step in the trace.
struct PendingDiagnostics {
  /// Diagnostics not yet given to the engine, in token order.
  private var queue: [Diagnostic] = []
  /// The next one to give.
  private var next = 0

  /// Adds diagnostics (any order).
  mutating func add(_ diagnostics: [Diagnostic]) {
    queue.append(contentsOf: diagnostics)
    queue.sort { $0.token < $1.token }
  }

  /// Gives the engine every diagnostic at or before `token`.
  @inline(__always) mutating func flush(through token: Int32, into engine: inout Engine) {
    while next < queue.count && queue[next].token <= token {
      let d = queue[next]
      engine.diagnose(d.severity, d.message, line: d.line, column: d.column, near: d.near, token: d.token)
      next += 1
    }
  }
}
