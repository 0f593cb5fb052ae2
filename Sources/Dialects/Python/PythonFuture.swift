/// CPython 3.11's `future_parse` (Python/future.c): the `from __future__` imports at the top
/// of a module, after an optional docstring; an unknown feature is an error, and so is one
/// after other code on the same line.
enum PythonFuture {
  /// The features that need no work any more, and the two that change anything here.
  static let known: Set<String> = [
    "nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function",
    "unicode_literals", "barry_as_FLUFL", "generator_stop", "annotations",
  ]

  /// Whether `statement` is a `from __future__ import …`.
  static func isFutureImport(_ statement: Int32, ast: PyAST, source: PythonSource) -> Bool {
    let s = ast[statement]
    return s.kind == .importFrom && s.c == 0 && s.b >= 0 && source.text(of: s.b) == "__future__"
      && source.kinds[Int(s.b) + 1] == .kImport
  }

  /// Whether `statement` is a docstring: a string constant (not bytes, not an f-string).
  static func isDocstring(_ statement: Int32, ast: PyAST, source: PythonSource) -> Bool {
    let s = ast[statement]
    guard s.kind == .exprStmt, ast[s.a].kind == .constant else { return false }
    let token = ast[s.a].token
    guard source.kinds[Int(token)] == .string else { return false }
    let bytes = source.bytes(of: token)
    return !bytes.prefix { $0 != UInt8(ascii: "'") && $0 != UInt8(ascii: "\"") }.contains {
      $0 | 0x20 == UInt8(ascii: "b")
    }
  }

  /// Whether the first `statements` of a module settle its future imports (a statement that
  /// is none has been followed by one on a later line), so the rest cannot change them.
  static func isSettled(_ statements: [Int32], ast: PyAST, source: PythonSource) -> Bool {
    var other: Int32?
    for (i, statement) in statements.enumerated() {
      if i == 0 && isDocstring(statement, ast: ast, source: source) { continue }
      let line = source.tokens[Int(ast[statement].token)].line
      if let other, line > other { return true }
      if other == nil && !isFutureImport(statement, ast: ast, source: source) { other = line }
    }
    return false
  }

  /// Whether module `module` imports `annotations` from `__future__`, read as the first
  /// pass reads it (from the statements up to the one that settles it), or false if its
  /// future imports are in error.
  static func annotations(ofModule module: Int32, ast: PyAST, source: PythonSource) -> Bool {
    var held: [Int32] = []
    for statement in ast.items(ast[module].a) {
      held.append(statement)
      if isSettled(held, ast: ast, source: source) { break }
    }
    return (try? annotations(in: held, ast: ast, source: source)) ?? false
  }

  /// Whether `from __future__ import annotations` is in force; throws for a bad future import.
  static func annotations(in statements: [Int32], ast: PyAST, source: PythonSource) throws(PySyntaxError) -> Bool {
    var statements = statements
    if let first = statements.first, isDocstring(first, ast: ast, source: source) { statements.removeFirst() }
    var done = false
    var previousLine: Int32 = 0
    var annotations = false
    for statement in statements {
      let s = ast[statement]
      let line = source.tokens[Int(s.token)].line
      if done && line > previousLine { break }
      previousLine = line
      guard isFutureImport(statement, ast: ast, source: source) else {
        done = true
        continue
      }
      if done { throw source.error("from __future__ imports must occur at the beginning of the file", at: s.token) }
      for alias in ast.items(s.a) {
        let feature = source.text(of: ast[alias].token)
        if feature == "braces" { throw source.error("not a chance", at: s.token) }
        guard known.contains(feature) else {
          throw source.error("future feature \(feature) is not defined", at: s.token)
        }
        if feature == "annotations" { annotations = true }
      }
    }
    return annotations
  }
}
