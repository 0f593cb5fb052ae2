import ScopeEngine

@testable import Dialects

/// Every resolution of `source`, in engine order, as `name:STORAGE:index` (or `name:unresolved`).
func bindings(_ dialect: Dialect, _ source: String, profile: TableProfile? = nil) -> [String] {
  let trace = dialect.analyze(SourceFile(path: "test", text: source), profile: profile)
  return trace.log.resolutions.map { r in
    r.symbol >= 0 ? trace.engine.describe(r.symbol) : "\(trace.engine.names.name(r.name)):unresolved"
  }
}

/// The report for `source` in a file `t.<extension>`, one line per diagnostic, in the
/// order the language's own tool reports them.
func report(_ dialect: Dialect, _ source: String) -> [String] {
  let path = "t.\(dialect.extensions[0])"
  let trace = dialect.analyze(SourceFile(path: path, text: source))
  return dialect.diagnosticsInReportOrder(trace).map { dialect.format($0, path: path) }
}
