import Dialects
import ScopeEngine

/// The words each dialect uses for its scopes.
enum Words {
  /// What a scope kind is called in `dialect`.
  static func kind(_ kind: ScopeKind, dialect: Dialect) -> String {
    switch (dialect, kind) {
    case (.bhasa, .function): "function (ফাংশন)"
    case (.lox, .super): "scope of super"
    default: kind.rawValue
    }
  }

  /// A scope's label: `global`, `fn#3`, `fn makeAdder#1`.
  static func label(of scope: ScopeID, in explorer: Explorer) -> String {
    explorer.trace.engine.label(of: scope)
  }
}
