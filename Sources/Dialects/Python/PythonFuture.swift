/// CPython 3.11's `future_parse` (Python/future.c): the `from __future__` imports at the top
/// of a module, after an optional docstring; an unknown feature is an error, and so is one
/// after other code on the same line.
enum PythonFuture {
  /// The features that need no work any more, and the two that change anything here.
  static let known: Set<String> = [
    "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
    "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
  ]

  /// Whether `from __future__ import annotations` is in force; throws for a bad future import.
  static func annotations(in module: Int32, parser: PythonParser) throws(PySyntaxError) -> Bool {
    let ast = parser.ast
    var statements = Array(ast.items(ast[module].a))
    if let first = statements.first, ast[first].kind == .exprStmt, ast[ast[first].a].kind == .constant,
      parser.kinds[Int(ast[ast[first].a].token)] == .string, !parser.isBytesLiteral(ast[ast[first].a].token)
    {
      statements.removeFirst()
    }
    var done = false
    var previousLine: Int32 = 0
    var annotations = false
    for statement in statements {
      let s = ast[statement]
      let line = parser.tokens[Int(s.token)].line
      if done && line > previousLine { break }
      previousLine = line
      guard s.kind == .importFrom, s.c == 0, s.b >= 0, parser.text(s.b) == "__future__",
        parser.kinds[Int(s.b) + 1] == .kImport
      else {
        done = true
        continue
      }
      if done { throw parser.error("from __future__ imports must occur at the beginning of the file", at: s.token) }
      for alias in ast.items(s.a) {
        let feature = parser.text(ast[alias].token)
        if feature == "braces" { throw parser.error("not a chance", at: s.token) }
        guard known.contains(feature) else {
          throw parser.error("future feature \(feature) is not defined", at: s.token)
        }
        if feature == "annotations" { annotations = true }
      }
    }
    return annotations
  }
}
