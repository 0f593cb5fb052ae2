/// Monkey's symbol-table operations ("Writing a Compiler in Go", `symbol_table.go`), over
/// the engine's scopes: one scope per function, the global scope outermost.
extension Engine {
  /// `Define`: GLOBAL in the outermost scope, else LOCAL; the index is the number of
  /// definitions so far in that scope. A second definition overwrites the entry.
  @discardableResult
  public mutating func defineNext(_ name: NameID, type: NameID = -1) -> SymbolID {
    let storage: Storage = scopes[Int(current)].parent < 0 ? .global : .local
    return define(name, as: storage, index: takeDefinitionIndex(in: current), type: type)
  }

  /// `DefineBuiltin`: BUILTIN with index `index`; no definition index is used.
  @discardableResult
  public mutating func defineBuiltin(_ index: Int, _ name: NameID) -> SymbolID {
    define(name, as: .builtin, index: Int32(index))
  }

  /// `DefineFunctionName`: FUNCTION with index 0; no definition index is used.
  @discardableResult
  public mutating func defineFunctionName(_ name: NameID) -> SymbolID {
    define(name, as: .function, index: 0)
  }
}
