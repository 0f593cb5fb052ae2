import ScopeEngine

/// Declarations and statements, as clox compiles them.
extension LoxCompiler {
  mutating func declaration() {
    defer { depth -= 1 }
    guard enterNesting() else { return }
    if match(.class) {
      classDeclaration()
    } else if match(.fun) {
      funDeclaration()
    } else if match(.var) {
      varDeclaration()
    } else {
      statement()
    }
    if panicMode { synchronize() }
  }

  mutating func classDeclaration() {
    consume(.identifier, "Expect class name.")
    let className = previous
    let nameID = identifierConstant(className)
    declareVariable()
    defineVariable(nameID)
    classes.append(false)
    if match(.less) {
      consume(.identifier, "Expect superclass name.")
      variable(canAssign: false)
      if name(of: previous) == nameID && kind(className) == .identifier {
        error("A class can't inherit from itself.")
      }
      beginScope(.super)
      addLocal(superName)
      defineVariable()
      namedVariable(nameID, canAssign: false)
      classes[classes.count - 1] = true
    }
    namedVariable(nameID, canAssign: false)
    consume(.leftBrace, "Expect '{' before class body.")
    while !check(.rightBrace) && !check(.eof) { method() }
    consume(.rightBrace, "Expect '}' after class body.")
    if classes.last == true { endScope() }
    classes.removeLast()
  }

  mutating func method() {
    consume(.identifier, "Expect method name.")
    let nameID = identifierConstant(previous)
    function(nameID == initName ? .initializer : .method, name: nameID)
  }

  mutating func funDeclaration() {
    let global = parseVariable("Expect function name.")
    markInitialized()
    function(.function, name: global)
    defineVariable(global)
  }

  mutating func varDeclaration() {
    let global = parseVariable("Expect variable name.")
    if match(.equal) { expression() }
    consume(.semicolon, "Expect ';' after variable declaration.")
    defineVariable(global)
  }

  mutating func statement() {
    if match(.print) {
      expression()
      consume(.semicolon, "Expect ';' after value.")
    } else if match(.for) {
      forStatement()
    } else if match(.if) {
      ifStatement()
    } else if match(.return) {
      returnStatement()
    } else if match(.while) {
      whileStatement()
    } else if match(.leftBrace) {
      beginScope(.block)
      block()
      endScope()
    } else {
      expression()
      consume(.semicolon, "Expect ';' after expression.")
    }
  }

  mutating func block() {
    while !check(.rightBrace) && !check(.eof) { declaration() }
    consume(.rightBrace, "Expect '}' after block.")
  }

  mutating func forStatement() {
    beginScope(.block)
    consume(.leftParen, "Expect '(' after 'for'.")
    if match(.semicolon) {
    } else if match(.var) {
      varDeclaration()
    } else {
      expression()
      consume(.semicolon, "Expect ';' after expression.")
    }
    if !match(.semicolon) {
      expression()
      consume(.semicolon, "Expect ';' after loop condition.")
    }
    if !match(.rightParen) {
      expression()
      consume(.rightParen, "Expect ')' after for clauses.")
    }
    statement()
    endScope()
  }

  mutating func ifStatement() {
    consume(.leftParen, "Expect '(' after 'if'.")
    expression()
    consume(.rightParen, "Expect ')' after condition.")
    statement()
    if match(.else) { statement() }
  }

  mutating func returnStatement() {
    if functions.last!.type == .script { error("Can't return from top-level code.") }
    if match(.semicolon) { return }
    if functions.last!.type == .initializer { error("Can't return a value from an initializer.") }
    expression()
    consume(.semicolon, "Expect ';' after return value.")
  }

  mutating func whileStatement() {
    consume(.leftParen, "Expect '(' after 'while'.")
    expression()
    consume(.rightParen, "Expect ')' after condition.")
    statement()
  }

  /// Compiles a function's parameters and body in a compiler of its own.
  mutating func function(_ type: LoxFunctionType, name: NameID) {
    let scope = engine.pushScope(type == .function ? .function : .method, name: name)
    functions.append(FunctionState(type: type, scope: scope, reusing: &spareArrays))
    let slotZero = type == .function ? -1 : engine.define(thisName, as: .local, index: 0)
    functions[functions.count - 1].locals.append(
      Local(name: type == .function ? -1 : thisName, depth: 0, symbol: slotZero))
    functions[functions.count - 1].scopeDepth = 1
    consume(.leftParen, "Expect '(' after function name.")
    if !check(.rightParen) {
      repeat {
        functions[functions.count - 1].arity += 1
        if functions.last!.arity > 255 { errorAtCurrent("Can't have more than 255 parameters.") }
        parseVariable("Expect parameter name.")
        defineVariable()
      } while match(.comma)
    }
    consume(.rightParen, "Expect ')' after parameters.")
    consume(.leftBrace, "Expect '{' before function body.")
    block()
    closeCaptured(above: 0)
    engine.popScope()
    functions.removeLast().retire(into: &spareArrays)
    makeConstant()
  }
}
