/// What happened in one event.
public enum EventKind: UInt8, Sendable, CaseIterable, CustomStringConvertible {
  /// A scope was pushed.
  case push
  /// A scope was popped.
  case pop
  /// A new name entered the name table.
  case intern
  /// A symbol was written into a scope's table.
  case define
  /// A name was looked up.
  case resolve
  /// A table (or the name table) was rehashed into more buckets.
  case grow
  /// A captured local's scope ended (clox's OP_CLOSE_UPVALUE).
  case close
  /// An error or warning about the program.
  case diagnostic

  /// The name the trace uses.
  public var description: String {
    switch self {
    case .push: "push"
    case .pop: "pop"
    case .intern: "intern"
    case .define: "define"
    case .resolve: "resolve"
    case .grow: "grow"
    case .close: "close"
    case .diagnostic: "diagnostic"
    }
  }

  /// Whether the event changes the scope stack.
  @inlinable @inline(__always) public var isScopeChange: Bool { self == .push || self == .pop }
}

/// One recorded event, attached to the token (step) being processed, packed into 8 bytes;
/// `Engine.happening(at:)` is the one place that decodes it.
///
/// Its one field by kind: push/pop the scope · intern the name · define the symbol · resolve
/// the resolution · grow the growth, in the log's `growths` · close the symbol ·
/// diagnostic the diagnostic. The rest follows from what the field names (a define's
/// bucket is its symbol's, a close's scope its symbol's) or is recomputed (an intern's
/// bucket, from the name's hash and the name table's size then).
public struct Event: Sendable, Equatable {
  /// The kind in the top 4 bits, the step below (8 bytes an event in all).
  private var kindAndStep: UInt32
  /// What happened.
  public var kind: EventKind { EventKind(rawValue: UInt8(kindAndStep >> 28))! }
  /// The token (step) being processed.
  public var step: Int32 { Int32(bitPattern: kindAndStep & 0x0FFF_FFFF) }
  /// What the event is about (see the kinds above).
  var a: Int32

  /// The most steps a trace can have (the step shares 32 bits with the kind).
  public static let maximumStep: Int32 = 0x0FFF_FFFF

  /// An event of `kind` at `step`.
  init(kind: EventKind, step: Int32, a: Int32) {
    kindAndStep = UInt32(kind.rawValue) << 28 | UInt32(bitPattern: min(step, Self.maximumStep))
    self.a = a
  }
}

/// Whether a resolution reads or writes the name.
public enum Access: UInt8, Sendable, CustomStringConvertible {
  /// A read.
  case get
  /// An assignment.
  case set
  /// A deletion (Python's `del`).
  case del

  /// `get`, `set` or `del`, as the trace writes it.
  public var description: String {
    switch self {
    case .get: "get"
    case .set: "set"
    case .del: "del"
    }
  }
}

/// One lookup: the name, the symbol it found, and the way there.
public struct Resolution: Sendable, Equatable {
  /// The name looked up.
  public var name: NameID
  /// Read or write.
  public var access: Access
  /// The symbol found (after any captures), or -1 when unresolved.
  public var symbol: SymbolID
  /// The last event done when the lookup began: its tables are read as of this event.
  public var asOf: Int32
  /// The first `PathRun` in the log's `path`.
  public var pathStart: Int32
  /// The number of path runs.
  public var pathCount: Int32
  /// The first capture in the log's `captured`.
  public var captureStart: Int32
  /// The number of captures made.
  public var captureCount: Int32
}

/// Why a resolution walk left a scope, or what it found there.
public enum PathNote: UInt8, Sendable, CaseIterable, CustomStringConvertible {
  /// The name is here.
  case found
  /// Not here; the walk goes on to the enclosing scope.
  case missed
  /// Not here, and the walk leaves a function: a local found further out is captured.
  case leftFunction
  /// Not in the method; the walk jumps to the method's class.
  case methodToClass
  /// Not in the class; the walk jumps to the root.
  case classToRoot
  /// The scope hides the name: the walk stops with "not found".
  case hidden
  /// One segment of a qualified name, looked up inside the previous one.
  case segment
  /// Not found anywhere: a late-bound global, looked up at run time.
  case lateBound
  /// Not found anywhere.
  case unresolved
  /// Python: bound in this block, so local in the whole block.
  case boundHere
  /// Python: bound here and used by an inner function: a cell.
  case cellHere
  /// Python: free here, bound in an enclosing function.
  case freeHere
  /// Python: not bound here; passes through to an inner function as FREE.
  case passesThrough
  /// Python: not bound in this function; the walk goes outward.
  case notBoundHere
  /// Python: a class body on the way out, which is not an enclosing scope.
  case classNotEnclosing
  /// Python: declared `global` here; the name lives in the module.
  case declaredGlobal
  /// Python: declared `nonlocal` here; bound in an enclosing function.
  case declaredNonlocal
  /// Python: a module or class body looks the name up at run time (LOAD_NAME).
  case runTimeLookup
  /// Python: bound nowhere in the module: a builtin, or a NameError at run time.
  case builtinOrUndefined

  /// The note as the trace writes it.
  public var description: String {
    switch self {
    case .found: "found"
    case .missed: "not here"
    case .leftFunction: "not here; leaving the function"
    case .methodToClass: "not in the method; jump to its class"
    case .classToRoot: "not in the class; jump to the root"
    case .hidden: "hidden here; lookup stops"
    case .segment: "qualified segment"
    case .lateBound: "late-bound global"
    case .unresolved: "not found anywhere"
    case .boundHere: "bound in this block, so local in the whole block"
    case .cellHere: "bound here and used by an inner function: a cell"
    case .freeHere: "free here: bound in an enclosing function"
    case .passesThrough: "not bound here: passes through to an inner function"
    case .notBoundHere: "not bound in this function"
    case .classNotEnclosing: "a class body is not an enclosing scope"
    case .declaredGlobal: "declared global here"
    case .declaredNonlocal: "declared nonlocal here: bound in an enclosing function"
    case .runTimeLookup: "looked up by name at run time"
    case .builtinOrUndefined: "not bound in the module: a builtin, or a NameError at run time"
    }
  }
}

/// How serious a diagnostic is.
public enum Severity: UInt8, Sendable, CustomStringConvertible {
  /// The program is wrong.
  case error
  /// The program is suspicious.
  case warning
  /// More about the diagnostic before it (where something was first defined).
  case note

  /// `error`, `warning` or `note`.
  public var description: String { self == .error ? "error" : self == .warning ? "warning" : "note" }
}

/// An error or warning about the program, at a position.
public struct Diagnostic: Sendable, Equatable {
  /// How serious.
  public var severity: Severity
  /// A full sentence.
  public var message: String
  /// The token it is about.
  public var token: Int32
  /// 1-based line.
  public var line: Int32
  /// 1-based column, in Unicode scalars.
  public var column: Int32
  /// The text `Error at …` points to (`'tok'` or `end`), for dialects that print it.
  public var near: String

  /// A diagnostic at a position.
  public init(severity: Severity, message: String, token: Int32, line: Int32, column: Int32, near: String = "") {
    self.severity = severity
    self.message = message
    self.token = token
    self.line = line
    self.column = column
    self.near = near
  }
}
