/// The symbol engine: interned names, a stack of scopes with their tables, the symbols, and
/// the log of every event. A dialect drives it in source order, setting `step` to the token
/// it is processing; the engine never asks anything back.
///
/// Its logs and table pool are shared by its copies (`Log`, `TablePool`): move an engine
/// from phase to phase and read copies of it, but do not write to two copies.
public struct Engine: Sendable {
  /// The table profile new scopes use.
  public let profile: TableProfile
  /// The interned names.
  public internal(set) var names: NameTable
  /// The entries and bucket arrays of every scope's table.
  let tablePool = TablePool()
  /// Every scope ever pushed, by id.
  public internal(set) var scopes = Log<Scope>()
  /// Each scope's parent, by id: a flat copy that the walks outward read, inlined into the
  /// dialects, so a call from another module does not copy the whole engine.
  @usableFromInline var scopeParents = Log<ScopeID>()
  /// Each scope's kind, by id (see `scopeParents`).
  @usableFromInline var scopeKinds = Log<ScopeKind>()
  /// The type annotation of each symbol that has one.
  var types: [SymbolID: NameID] = [:]
  /// Every symbol ever defined, by id.
  public internal(set) var symbols = Log<Symbol>()
  /// What happened.
  public internal(set) var log = EventLog()
  /// The innermost scope, or -1 before the first push.
  public internal(set) var current: ScopeID = -1
  /// The token being processed; events attach to it.
  public var step: Int32 = 0
  /// Function scopes being walked by a capture (reused to avoid allocating).
  var functionScratch: [ScopeID] = []
  /// Scratch space for a growing table's live entries.
  var liveScratch: [VersionedBuckets.Entry] = []
  /// Where the path of the lookup under way starts (see `beginLookup()`).
  var lookupPathStart = 0
  /// Per scope, the outermost scope a walk from it can pass in one step (see `stretchTop`).
  var stretchTops = Log<ScopeID>()
  /// Per scope, the `stretchEpoch` its `stretchTops` entry was computed in.
  var stretchEpochs = Log<Int32>()
  /// Bumped whenever a stretch may have ended: a scope below the top gained its first symbol.
  var stretchEpoch: Int32 = 0
  /// Scopes whose stretch is being computed (reused to avoid allocating).
  var stretchScratch: [ScopeID] = []
  /// Called after each operation, with the engine as it then is (for tests that compare
  /// the live state with the state the trace rebuilds).
  @_spi(Testing) public var observer: (@Sendable (Engine) -> Void)?

  /// An engine whose scopes use `profile`.
  public init(profile: TableProfile, nameGrowth: NameTableGrowth = .teaching) {
    self.profile = profile
    self.names = NameTable(growth: nameGrowth)
  }

  /// Records an event of `kind` at the current step.
  @inline(__always)
  mutating func record(_ kind: EventKind, _ a: Int32) {
    if kind.isScopeChange { log.scopeChanges.append(Int32(log.events.count)) }
    log.events.append(Event(kind: kind, step: step, a: a))
  }

  /// Records that a table (`scope`'s, or the name table's for -1) grew from `from` buckets
  /// to `to`.
  mutating func recordGrowth(of scope: ScopeID, from: Int, to: Int) {
    log.growths.append((scope, Int32(from), Int32(to)))
    record(.grow, Int32(log.growths.count - 1))
  }

  /// Tells the observer, if any, that an operation has finished.
  @inline(__always) mutating func notify() {
    if observer != nil { tellObserver() }
  }

  /// Calls the observer with a copy of the engine (out of line: the copy would otherwise
  /// take stack space in every operation that notifies).
  @inline(never) func tellObserver() { observer?(self) }

  // MARK: Names

  /// The id of the name spelled by `utf8`, interning it (and recording that) when new.
  public mutating func intern(_ utf8: UnsafeBufferPointer<UInt8>) -> NameID {
    let interning = names.intern(utf8, at: log.nextEvent)
    if interning.isNew {
      recordIntern(interning)
      notify()
    }
    return interning.id
  }

  /// The id of `text`, interning it (and recording that) when new.
  public mutating func intern(_ text: String) -> NameID {
    var text = text
    return text.withUTF8 { intern($0) }
  }

  /// Records a new name, and the rehash it made due.
  private mutating func recordIntern(_ interning: NameTable.Interning) {
    record(.intern, interning.id)
    if let size = interning.growTo {
      let from = names.size
      names.rehash(to: size, at: log.nextEvent)
      recordGrowth(of: -1, from: from, to: size)
    }
  }

  // MARK: Scopes

  /// Pushes a new scope of `kind` (named `name`, or -1) above the current one.
  @discardableResult
  public mutating func pushScope(_ kind: ScopeKind, name: NameID = -1) -> ScopeID {
    let id = ScopeID(scopes.count)
    let function = kind.isFunction ? id : (current < 0 ? -1 : scopes[Int(current)].function)
    scopes.append(
      Scope(
        id: id, kind: kind, name: name, parent: current, function: function, token: step, profile: profile,
        pool: tablePool, pushEvent: log.nextEvent))
    scopeParents.append(current)
    scopeKinds.append(kind)
    stretchTops.append(id)
    stretchEpochs.append(-1)
    current = id
    record(.push, id)
    notify()
    return id
  }

  /// Pushes `id`, a scope pushed before, again (Python's later passes walk the blocks its
  /// first pass made); its parent must be the current scope.
  public mutating func reenterScope(_ id: ScopeID) {
    precondition(
      scopes[Int(id)].parent == current, "reenterScope(_:) of a scope that is not a child of the current one")
    current = id
    stretchEpoch += 1
    record(.push, id)
    notify()
  }

  /// Pops the current scope.
  public mutating func popScope() {
    precondition(current >= 0, "popScope() with no scope pushed")
    let id = current
    scopes[Int(id)].popEvent = log.nextEvent
    current = scopes[Int(id)].parent
    record(.pop, id)
    notify()
  }

  /// The name of `symbol`'s type annotation, or -1 for none.
  public func type(of symbol: SymbolID) -> NameID { types[symbol] ?? -1 }

  /// The scope `id`.
  @inline(__always) public func scope(_ id: ScopeID) -> Scope { scopes[Int(id)] }

  /// What opened scope `id` (read without copying the scope).
  @inlinable public func kind(of id: ScopeID) -> ScopeKind { scopeKinds[Int(id)] }

  /// The scope below `id` on the stack, or -1 (read without copying the scope).
  @inlinable public func parent(of id: ScopeID) -> ScopeID { scopeParents[Int(id)] }

  // MARK: Symbols

  /// Writes a symbol for `name` into `scope`'s table (the current scope by default),
  /// growing the table first or after as its profile says. Returns the symbol's id. The
  /// symbol is declared by the current step unless `token` names another.
  @discardableResult
  public mutating func define(
    _ name: NameID, as storage: Storage, index: Int32, in scope: ScopeID? = nil, type: NameID = -1, flags: UInt16 = 0,
    token: Int32? = nil
  ) -> SymbolID {
    let id = insertSymbol(name, as: storage, index: index, in: scope ?? current, type: type, flags: flags).symbol
    if let token { symbols[Int(id)].token = token }
    notify()
    return id
  }

  /// Writes a symbol into `target`'s table, returning it and its define event.
  private mutating func insertSymbol(
    _ name: NameID, as storage: Storage, index: Int32, in target: ScopeID, type: NameID = -1, flags: UInt16 = 0
  ) -> (symbol: SymbolID, event: Int32) {
    let id = SymbolID(symbols.count)
    symbols.append(
      Symbol(name: name, storage: storage, index: index, scope: target, token: step, flags: flags))
    if type >= 0 { types[id] = type }
    if target != current && holdsNothing(target) { stretchEpoch += 1 }
    growIfDue(target, before: true)
    let event = log.nextEvent
    let insertion = scopes[Int(target)].table.insert(
      id: name, hash: names.fnvHashes[Int(name)], value: id, at: event)
    symbols[Int(id)].bucket = Int32(insertion.bucket)
    record(.define, id)
    growIfDue(target, before: false)
    return (id, event)
  }

  /// Rehashes `scope`'s table when its profile's growth rule is due.
  private mutating func growIfDue(_ scope: ScopeID, before: Bool) {
    let due =
      before
      ? scopes[Int(scope)].table.capacityNeededBeforeInsert() : scopes[Int(scope)].table.capacityNeededAfterInsert()
    guard let capacity = due else { return }
    let from = scopes[Int(scope)].table.capacity
    scopes[Int(scope)].table.grow(
      to: capacity, at: log.nextEvent, nameHashes: names.fnvHashes, live: &liveScratch)
    recordGrowth(of: scope, from: from, to: capacity)
  }

  /// Reserves room for a run over about `tokens` tokens, so the logs grow without copying,
  /// on huge pages if `hugePages` (see `HugePages`). Each share is above what the Lox and
  /// Monkey workloads use per token (a reservation costs address space, not memory, until
  /// it is written), and an array that still outgrows its share grows as usual.
  public mutating func reserve(tokens: Int, hugePages: Bool = false) {
    log.events.reserveCapacity(tokens * 5 / 8)
    log.storedResolutions.reserveCapacity(tokens / 4)
    log.path.reserveCapacity(tokens / 2)
    log.captured.reserveCapacity(tokens / 8)
    log.growths.reserveCapacity(tokens / 16)
    symbols.reserveCapacity(tokens / 4)
    reserveScopes(tokens / 8)
    tablePool.reserve(entries: tokens / 2, buckets: tokens)
    names.reserve(names: tokens / 4)
    guard hugePages else { return }
    HugePages.advise(log.events)
    HugePages.advise(log.storedResolutions)
    HugePages.advise(log.path)
    HugePages.advise(symbols)
  }

  /// Reserves room for `count` scopes in the arrays kept per scope, and for their pushes and
  /// pops.
  private mutating func reserveScopes(_ count: Int) {
    scopes.reserveCapacity(count)
    scopeParents.reserveCapacity(count)
    scopeKinds.reserveCapacity(count)
    stretchTops.reserveCapacity(count)
    stretchEpochs.reserveCapacity(count)
    log.scopeChanges.reserveCapacity(count * 2)
  }

  /// Looks `name` up in `scope`'s table without recording anything.
  ///
  /// Inlined into the dialects: called across modules, a non-mutating method gets a copy of
  /// the whole engine (a dozen reference counts), which a walk of K scopes pays K times.
  @inlinable @inline(__always) public func peek(_ name: NameID, in scope: ScopeID) -> SymbolID? {
    let hash = names.fnvHashes[Int(name)]
    return scopes.withUnsafeBufferPointer {
      ScopeTable.find(id: name, hash: hash, at: ($0.baseAddress! + Int(scope)).pointer(to: \.table)!)
    }
  }

  /// Counts a definition in `scope` and returns the index it takes.
  public mutating func takeDefinitionIndex(in scope: ScopeID) -> Int32 {
    defer { scopes[Int(scope)].definitions += 1 }
    return scopes[Int(scope)].definitions
  }

  /// Adds `outer` to function `scope`'s captures and defines the FREE symbol that stands
  /// for it there, with the capture's index. Returns the FREE symbol.
  @discardableResult
  public mutating func capture(_ outer: SymbolID, into scope: ScopeID, isLocal: Bool = false) -> SymbolID {
    let name = symbols[Int(outer)].name
    let index = scopes[Int(scope)].captureCount
    let (free, event) = insertSymbol(name, as: .free, index: index, in: scope)
    appendCapture(Capture(name: name, from: outer, symbol: free, isLocal: isLocal, event: event), to: scope)
    log.captured.append(free)
    notify()
    return free
  }

  /// Adds `capture` to function `scope`'s captures, in the table pool (read through the
  /// engine's own reference, so that no copy of it is counted).
  private mutating func appendCapture(_ capture: Capture, to scope: ScopeID) {
    tablePool.captures.append((capture, scopes[Int(scope)].lastCapture))
    scopes[Int(scope)].noteCapture(at: Int32(tablePool.captures.count - 1))
  }

  /// Notes that `copy` was written as a copy of `original`, which keeps its value.
  public mutating func noteCopy(_ copy: SymbolID, of original: SymbolID) {
    log.copies[copy] = original
  }

  /// Writes an entry into the current scope that hides `name` from lookups that reach it.
  @discardableResult
  public mutating func hide(_ name: NameID) -> SymbolID {
    let symbol = insertSymbol(name, as: .local, index: -1, in: current).symbol
    symbols[Int(symbol)].hides = true
    notify()
    return symbol
  }

  /// Adds an upvalue to function `scope` (clox: no table entry, only the capture list):
  /// `outer` is the enclosing function's local (`isLocal`) or upvalue it refers to. Returns
  /// the FREE symbol whose index is the upvalue's.
  @discardableResult
  public mutating func addUpvalue(_ outer: SymbolID, into scope: ScopeID, isLocal: Bool) -> SymbolID {
    let name = symbols[Int(outer)].name
    let free = SymbolID(symbols.count)
    let index = scopes[Int(scope)].captureCount
    symbols.append(Symbol(name: name, storage: .free, index: index, scope: scope, token: step))
    appendCapture(Capture(name: name, from: outer, symbol: free, isLocal: isLocal, event: log.nextEvent), to: scope)
    return free
  }

  /// Adds `free`, a FREE symbol already in `scope`'s table, to `scope`'s free list as the
  /// capture of `outer` (Python's analysis decides free variables after they are written).
  public mutating func noteFreeVariable(_ free: SymbolID, from outer: SymbolID, in scope: ScopeID) {
    let name = symbols[Int(free)].name
    appendCapture(Capture(name: name, from: outer, symbol: free, isLocal: false, event: log.nextEvent), to: scope)
  }

  /// Notes that a resolution's chain of captures passed through the FREE symbol `free`.
  public mutating func noteCapture(_ free: SymbolID) {
    log.captured.append(free)
  }

  /// A symbol that lives in no table (a late-bound global named where it is used).
  public mutating func detachedSymbol(_ name: NameID, as storage: Storage, index: Int32, in scope: ScopeID) -> SymbolID
  {
    symbols.append(Symbol(name: name, storage: storage, index: index, scope: scope, token: step))
    return SymbolID(symbols.count - 1)
  }

  /// Records that the captured `symbol` was closed when its scope ended.
  public mutating func close(_ symbol: SymbolID) {
    record(.close, symbol)
    notify()
  }

  // MARK: Diagnostics

  /// `text` as one readable line: control, bidirectional and zero-width characters escaped,
  /// cut to `limit` characters with `…` (a message that quotes a token stays one line).
  static func oneLine(_ text: String, limit: Int) -> String {
    let escaped = TextWriter.escaped(text)
    guard escaped.unicodeScalars.count > limit else { return escaped }
    return String(String.UnicodeScalarView(escaped.unicodeScalars.prefix(limit - 1))) + "…"
  }

  /// Records an error or warning at `token` (the current step by default). A diagnostic the
  /// same as the one before it (same token, same words) is one cause and is not repeated, so
  /// output stays proportional to the input (Monkey's parser reports an unclosed bracket
  /// once per level).
  public mutating func diagnose(
    _ severity: Severity, _ message: String, line: Int32, column: Int32, near: String = "", token: Int32? = nil
  ) {
    let message = Self.oneLine(message, limit: 300)
    if let last = log.diagnostics.last, last.token == token ?? step, last.message == message, last.severity == severity,
      last.line == line, last.column == column
    {
      return
    }
    let index = Int32(log.diagnostics.count)
    log.diagnostics.append(
      Diagnostic(
        severity: severity, message: message, token: token ?? step, line: line,
        column: column, near: Self.oneLine(near, limit: 80)))
    let saved = step
    if let token { step = token }
    record(.diagnostic, index)
    step = saved
    notify()
  }
}
