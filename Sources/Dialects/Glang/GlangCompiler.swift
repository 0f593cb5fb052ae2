import ScopeEngine

/// Glang's symbol table, driven by a one-pass parser: the root holds imports and classes;
/// a class's block holds its members; a method defined outside its class (`C.m(p) { … }`)
/// resolves through its own blocks, then its class (and base), then the root; anonymous
/// blocks are named by a global serial number; dotted names resolve segment by segment.
struct GlangCompiler: LexedCompiler {
  let path: String
  let source: UnsafeBufferPointer<UInt8>
  let tokens: [Token]
  let kinds: [GlangTokenKind]
  var engine: Engine
  var pending = PendingDiagnostics()
  /// Reads an imported file (handed in by the caller: analysis itself does no I/O).
  let files: FileReader
  /// Whether this is an imported file (only its class declarations are read), and the
  /// main file's `import` token the events attach to.
  var importStep: Int32?
  var current = 0
  /// Classes by name, in the root or an import; `dict`, `list` and `map` are there too.
  var classes: [NameID: ScopeID] = [:]
  /// Each class's base class.
  var bases: [ScopeID: ScopeID] = [:]
  /// Each import's name space: its classes.
  var imports: [NameID: [NameID: ScopeID]] = [:]
  /// The type each variable or member was declared with.
  var types: [SymbolID: NameID] = [:]
  /// The class whose method is being compiled.
  var currentClass: ScopeID?
  var serial = 0
  var locals: Int32 = 0
  var statementFailed = false

  /// Reading an imported file, every event belongs to the main file's `import` token.
  var stepsWithTokens: Bool { importStep == nil }

  /// A compiler for the file at `path`, reading imports with `imports`.
  init(
    path: String, source: UnsafeBufferPointer<UInt8>, tokens: [Token], kinds: [GlangTokenKind], engine: Engine,
    imports: FileReader
  ) {
    self.path = path
    self.source = source
    self.tokens = tokens
    self.kinds = kinds
    self.engine = engine
    self.files = imports
  }

  /// The pseudo-classes' methods.
  static let pseudoClasses: [(String, [String])] = [
    ("dict", ["insert", "remove", "get", "has", "keys", "values", "size"]),
    ("list", ["append", "insert", "remove", "get", "find", "size"]),
    ("map", ["set", "get", "has", "remove", "keys", "size"]),
  ]

  // MARK: Tokens and errors

  /// A diagnostic at `token` (in an imported file, at the import).
  mutating func report(_ severity: Severity, _ message: String, at token: Int) {
    if let importStep {
      let t = engine.step >= 0 ? importStep : 0
      engine.diagnose(severity, "\(path): \(message)", line: tokens[token].line, column: tokens[token].column, token: t)
      return
    }
    let t = tokens[token]
    engine.diagnose(severity, message, line: t.line, column: t.column, token: Int32(max(token, Int(engine.step))))
  }

  /// A syntax error at the current token, once per statement.
  mutating func error(_ message: String) {
    guard !statementFailed else { return }
    statementFailed = true
    report(.error, "\(message), found \(kind == .eof ? "end of file" : "'\(text(current))'")", at: current)
  }

  mutating func expect(_ k: GlangTokenKind, _ what: String) -> Bool {
    if match(k) { return true }
    error("expected \(what)")
    return false
  }

  /// Skips to the end of the construct: past a `}` at this level, or to the end.
  mutating func skipBlock() {
    var level = 0
    while kind != .eof {
      if kind == .leftBrace { level += 1 }
      if kind == .rightBrace {
        if level <= 1 {
          advance()
          return
        }
        level -= 1
      }
      advance()
    }
  }

  // MARK: Defining

  /// Writes `name` into the current scope; Glang's table rejects a second one.
  @discardableResult
  mutating func declare(_ name: NameID, at token: Int, as storage: Storage, index: Int32) -> SymbolID? {
    if engine.peek(name, in: engine.current) != nil {
      report(.error, "\(engine.names.name(name)) is already declared in this scope", at: token)
      return nil
    }
    let saved = engine.step
    if importStep == nil { engine.step = Int32(token) }
    defer { engine.step = saved }
    return engine.define(name, as: storage, index: index)
  }

  // MARK: The file

  /// Compiles the whole file (an imported one: its class declarations only).
  mutating func compile() {
    if importStep == nil {
      pending.flush(through: 0, into: &engine)
      engine.step = 0
      engine.pushScope(.global)
      for (pseudo, methods) in Self.pseudoClasses {
        let id = engine.intern(pseudo)
        engine.define(id, as: .class, index: -1)
        let scope = engine.pushScope(.class, name: id)
        for (index, method) in methods.enumerated() {
          engine.define(engine.intern(method), as: .member, index: Int32(index))
        }
        engine.popScope()
        classes[id] = scope
      }
    }
    while kind != .eof {
      statementFailed = false
      switch kind {
      case .import where importStep == nil: importFile()
      case .class: classDeclaration()
      case .identifier where peekKind == .dot && importStep == nil: methodDefinition()
      default:
        if importStep == nil { error("expected an import, a class or a method definition") }
        if kind == .leftBrace { skipBlock() } else { advance() }
      }
    }
    if importStep == nil { pending.flush(through: Int32(kinds.count - 1), into: &engine) }
  }

  /// `import "file"`: reads the class declarations of `file.g` next to this file into a
  /// name space `file`.
  mutating func importFile() {
    let token = current
    advance()
    guard kind == .string else { return error("expected the imported file's name in quotes") }
    let file = text(current).trimmingQuotes
    let nameToken = current
    advance()
    _ = match(.semicolon)
    let id = engine.intern(file)
    guard declare(id, at: nameToken, as: .import, index: -1) != nil else { return }
    let folder = path.contains("/") ? String(path[..<path.lastIndex(of: "/")!]) + "/" : ""
    let scope = engine.pushScope(.import, name: id)
    defer { engine.popScope() }
    let imported: SourceFile
    do {
      imported = try files.read(folder + file + ".g")
    } catch .unreadable(_, let reason) where reason == "no such file or directory" {
      return report(
        .error, "cannot import \"\(file)\": \(folder)\(file).g was not found next to \(path)", at: nameToken)
    } catch {
      return report(.error, "cannot import \"\(file)\": \(error.description)", at: nameToken)
    }
    imported.bytes.withUnsafeBufferPointer { bytes in
      let lexed = GlangTokenKind.lexer.lex(bytes)
      var reader = GlangCompiler(
        path: imported.path, source: bytes, tokens: lexed.tokens, kinds: lexed.kinds, engine: engine, imports: files)
      reader.importStep = Int32(token)
      reader.classes = [:]
      reader.compile()
      engine = reader.engine
      imports[id] = reader.classes
      for (key, value) in reader.bases { bases[key] = value }
      for (key, value) in reader.types { types[key] = value }
    }
    _ = scope
  }

  /// `class C(Base) { public int x  private void m(int)  constructor(int) }`.
  mutating func classDeclaration() {
    advance()
    guard kind == .identifier else {
      error("expected the class's name")
      return skipBlock()
    }
    let nameToken = current
    let id = name(nameToken)
    advance()
    var base: ScopeID?
    if match(.leftParen) {
      if kind == .identifier {
        let baseName = name(current)
        base = classes[baseName]
        if base == nil { report(.error, "base class \(text(current)) is not declared", at: current) }
        advance()
      }
      _ = expect(.rightParen, "')' after the base class")
    }
    guard declare(id, at: nameToken, as: .class, index: -1) != nil else { return skipBlock() }
    guard expect(.leftBrace, "'{' to start the class's members") else { return skipBlock() }
    let scope = engine.pushScope(.class, name: id)
    classes[id] = scope
    if let base { bases[scope] = base }
    var index: Int32 = 0
    while kind != .rightBrace && kind != .eof {
      statementFailed = false
      _ = match(.public) || match(.private)
      var memberToken = current
      var type: NameID = -1
      if kind == .constructor {
        advance()
      } else {
        guard kind == .typeName || kind == .identifier else {
          error("expected a member")
          advance()
          continue
        }
        type = name(current)
        advance()
        guard kind == .identifier else {
          error("expected the member's name")
          continue
        }
        memberToken = current
        advance()
      }
      if match(.leftParen) {
        while kind != .rightParen && kind != .eof { advance() }
        _ = expect(.rightParen, "')' after the parameter types")
        type = -2
      }
      if let member = declare(name(memberToken), at: memberToken, as: .member, index: index) {
        if type != -1 { types[member] = type }
      }
      index += 1
      _ = match(.semicolon)
    }
    engine.popScope()
    _ = expect(.rightBrace, "'}' after the class's members")
  }

  /// `C.m(p) { … }`: a method's body, semantically inside its class.
  mutating func methodDefinition() {
    let classToken = current
    let classID = name(classToken)
    advance()
    advance()
    guard kind == .identifier || kind == .constructor else { return error("expected the method's name") }
    let methodToken = current
    let methodID = name(methodToken)
    advance()
    let owner = classes[classID]
    if owner == nil {
      report(
        .error, "method \(text(methodToken)) is defined for class \(text(classToken)), which was not declared",
        at: classToken)
    } else if let member = engine.peek(methodID, in: owner!), types[member] == -2 || text(methodToken) == "constructor"
    {
    } else {
      report(.error, "class \(text(classToken)) declares no method \(text(methodToken))", at: methodToken)
    }
    let saved = engine.step
    engine.step = Int32(classToken)
    engine.pushScope(.method, name: engine.intern("\(text(classToken)).\(text(methodToken))"))
    engine.step = saved
    currentClass = owner
    locals = 0
    guard expect(.leftParen, "'(' after the method's name") else { return skipBlock() }
    if !match(.rightParen) {
      repeat {
        guard kind == .identifier else {
          error("expected a parameter name")
          break
        }
        declareLocal(at: current, type: -1)
        advance()
      } while match(.comma)
      _ = expect(.rightParen, "')' after the parameters")
    }
    if kind == .leftBrace {
      advance()
      statements()
    } else {
      error("expected '{' to start the method's body")
    }
    engine.popScope()
    currentClass = nil
  }
}
