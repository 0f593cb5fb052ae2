import ScopeEngine

extension Dialect {
  /// A diagnostic as this dialect's own tools print it: clox's `[line N] Error at 'tok':
  /// message` for Lox, `FILE:LINE:COL: error: message` for the others.
  public func format(_ diagnostic: Diagnostic, path: String) -> String {
    switch self {
    case .lox:
      let at = diagnostic.near.isEmpty ? "" : " at \(diagnostic.near)"
      return "[line \(diagnostic.line)] Error\(at): \(diagnostic.message)"
    case .monkey, .bhasa, .parasheet, .chirp, .glang, .python:
      return "\(path):\(diagnostic.line):\(diagnostic.column): \(diagnostic.severity): \(diagnostic.message)"
    }
  }

  /// The diagnostics of `trace` in the order this dialect's tools print them: clox's and
  /// Chirp's in the order they are found (a Chirp note follows its error), the others by
  /// position.
  public func diagnosticsInReportOrder(_ trace: Trace) -> [Diagnostic] {
    let all = trace.log.diagnostics
    if self == .lox || self == .chirp { return all }
    return all.enumerated().sorted { a, b in
      (a.element.line, a.element.column, a.offset) < (b.element.line, b.element.column, b.offset)
    }.map(\.element)
  }
}
