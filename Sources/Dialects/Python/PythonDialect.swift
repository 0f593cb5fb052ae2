import ScopeEngine

/// Python, as CPython 3.11 reads it: tokenize, parse, then the symbol table's two passes
/// (collect, analyze) and the compiler's name operations, each pass over its own steps.
enum PythonDialect {
  /// Analyses `bytes`, returning the steps (the source's tokens for the first pass, one
  /// step per block entered and decided for the analysis, the tokens again for the
  /// compiler), the engine after the last event, and the passes.
  static func run(_ bytes: [UInt8], engine: Engine) -> (TokenList, Engine, [Pass]) {
    bytes.withUnsafeBufferPointer { src in
      var engine = engine
      engine.reserve(tokens: src.count / 4)
      let lexed = PythonTokenizer.tokenize(src)
      let source = PythonSource(src: src, tokens: lexed.tokens, kinds: lexed.kinds)
      let firstPass = source.visible.map { lexed.tokens[Int($0)] }
      var parser = PythonParser(src: src, tokens: lexed.tokens, kinds: lexed.kinds, lexError: lexed.error)
      let module: Int32
      let futureAnnotations: Bool
      do throws(PySyntaxError) {
        module = try parser.module()
        futureAnnotations = try PythonFuture.annotations(in: module, parser: parser)
      } catch {
        report(error, source: source, into: &engine)
        return (TokenList(firstPass), engine, [])
      }
      var collector = PythonCollector(
        engine: engine, ast: parser.ast, source: source, futureAnnotations: futureAnnotations)
      do throws(PySyntaxError) {
        try collector.visitModule(module, lastToken: Int32(lexed.kinds.count - 1))
      } catch {
        report(error, source: source, into: &collector.engine)
        return (TokenList(firstPass), collector.engine, [])
      }
      var analyzer = PythonAnalyzer(collector)
      let analysisStart = firstPass.count
      do throws(PySyntaxError) {
        try analyzer.analyze()
      } catch {
        report(error, source: source, into: &analyzer.engine)
        let steps = firstPass + analyzer.tokens.map { lexed.tokens[Int($0)] }
        return (TokenList(steps), analyzer.engine, passes(analysis: analysisStart, compile: nil))
      }
      var compiler = PythonCompiler(
        analyzer, collector: collector, ast: parser.ast, futureAnnotations: futureAnnotations)
      compiler.compileModule(module)
      let steps = FixedBuffer<Token>(capacity: firstPass.count + analyzer.tokens.count)
      for token in firstPass { steps.append(token) }
      for token in analyzer.tokens { steps.append(lexed.tokens[Int(token)]) }
      let compileStart = analysisStart + analyzer.tokens.count
      return (
        TokenList(steps, revisitingFirst: firstPass.count), compiler.engine,
        passes(analysis: analysisStart, compile: compileStart)
      )
    }
  }

  /// The three passes, as far as they got.
  static func passes(analysis: Int, compile: Int?) -> [Pass] {
    var passes = [
      Pass(name: "collect", firstStep: 0, summary: "the symbol table records each name's flags, block by block"),
      Pass(
        name: "analyze", firstStep: analysis, summary: "each block's names are classified, children first decided last"),
    ]
    if let compile {
      passes.append(Pass(name: "compile", firstStep: compile, summary: "each name operation is resolved to its opcode"))
    }
    return passes
  }

  /// Records a syntax error at the first-pass step of its token.
  static func report(_ error: PySyntaxError, source: PythonSource, into engine: inout Engine) {
    let token = min(Int(error.token), source.steps.count - 1)
    engine.diagnose(
      .error, error.message, line: error.line, column: error.column,
      token: token < 0 ? 0 : source.step(of: Int32(token)))
  }
}
