/// An index into the engine's symbols.
public typealias SymbolID = Int32

/// A name bound in one scope: where it lives, and what declared it.
public struct Symbol: Sendable, Equatable {
  /// The symbol's name.
  public var name: NameID
  /// Where it lives.
  public var storage: Storage
  /// Whether the entry hides its name (Chirp's `hide x;`): a lookup that reaches it stops
  /// there, not found.
  public var hides = false
  /// Python's symbol-table flags for the name in its block (CPython's `DEF_LOCAL`, `USE`, …,
  /// with the scope the analysis decided in bits 11–13); 0 in other dialects.
  public var flags: UInt16 = 0
  /// Its index in that storage (Monkey's index, clox's slot or upvalue), or -1 for none.
  public var index: Int32
  /// The scope whose table holds it.
  public var scope: ScopeID
  /// The token that declared it.
  public var token: Int32
  /// The bucket its define wrote it into, or -1 for a symbol in no table (its define event
  /// names the symbol, and the bucket is read here).
  public internal(set) var bucket: Int32 = -1

  /// A symbol of `storage` at `index`, declared by `token` in `scope` (its type annotation,
  /// if any, is the engine's `type(of:)`: few symbols have one).
  public init(name: NameID, storage: Storage, index: Int32, scope: ScopeID, token: Int32, flags: UInt16 = 0) {
    self.flags = flags
    self.name = name
    self.storage = storage
    self.index = index
    self.scope = scope
    self.token = token
  }

  /// The index, or nil when the storage has none (a late-bound global).
  public var optionalIndex: Int? { index < 0 ? nil : Int(index) }

  /// Its storage and index as the panes and narration say them: `LOCAL 0`, or `GLOBAL` for
  /// a late-bound global.
  public var storageLabel: String { index < 0 ? "\(storage)" : "\(storage) \(index)" }
}
