import Dialects
import ScopeEngine

/// The words each dialect uses for its scopes.
enum Words {
  /// What a scope kind is called in `dialect`.
  static func kind(_ kind: ScopeKind, dialect: Dialect) -> String {
    switch (dialect, kind) {
    case (.bhasa, .function): "function (ফাংশন)"
    case (.lox, .super): "scope of super"
    case (.chirp, .entry): "entry (is_entry is_scope)"
    case (.chirp, .parameters): "parameters"
    case (.chirp, .global): "root"
    case (.glang, .global): "root"
    case (.glang, .block): "anonymous block"
    default: kind.rawValue
    }
  }

  /// Chirp's view of a symbol: its global name (`geo.util.twice`) and attributes.
  static func chirpAttributes(of id: SymbolID, in engine: Engine) -> String {
    let symbol = engine.symbols[Int(id)]
    if engine.symbols[Int(id)].hides { return "hide: lookups stop here" }
    var path = [engine.names.name(symbol.name)]
    var scope = symbol.scope
    while scope >= 0, engine.kind(of: scope) == .namespace {
      path.insert(engine.names.name(engine.scope(scope).name), at: 0)
      scope = engine.parent(of: scope)
    }
    let flags: [String]
    switch symbol.storage {
    case .namespace: flags = ["has_name", "is_global", "is_scope"]
    case .function: flags = ["has_name", "is_global", "has_storage", "is_scope"]
    case .global: flags = ["has_name", "is_global", "has_storage"]
    case .import: flags = ["has_name", "is_global"]
    default: flags = ["has_name", "has_storage"]
    }
    return path.joined(separator: ".") + " " + flags.joined(separator: " ")
  }

  /// A scope's label: `global`, `fn#3`, `fn makeAdder#1`.
  static func label(of scope: ScopeID, in explorer: Explorer) -> String {
    explorer.trace.engine.label(of: scope)
  }
}
