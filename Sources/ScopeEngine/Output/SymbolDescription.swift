extension Engine {
  /// `name:STORAGE:index`, the form the tests and the text trace use (`x:FREE:0`; a late-bound
  /// global has no index: `x:GLOBAL:-`).
  public func describe(_ symbol: SymbolID) -> String {
    let s = symbols[Int(symbol)]
    return "\(names.name(s.name)):\(s.storage):\(s.optionalIndex.map(String.init) ?? "-")"
  }

  /// The name of scope `id` as the panes and narration say it: `global`, `fn#3`, `block#2`, `fn counter#3`.
  public func label(of id: ScopeID) -> String {
    let scope = scopes[Int(id)]
    if scope.kind == .global { return "global" }
    let short = scope.kind == .function ? "fn" : scope.kind.rawValue
    return scope.name >= 0 ? "\(short) \(names.name(scope.name))#\(id)" : "\(short)#\(id)"
  }
}
