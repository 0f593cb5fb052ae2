#if canImport(Glibc)
  import Glibc
#endif
import ScopeEngine
import Synchronization

/// Python, as CPython 3.11 reads it: tokenize, parse, then the symbol table's two passes
/// (collect, analyze) and the compiler's name operations, each pass over its own steps.
/// The tokenizer and parser run on a second thread and hand each top-level statement over
/// as soon as it is parsed, so the first pass overlaps the parse; a large source's second
/// half is tokenized on this thread meanwhile (`PythonTokenizer.run(joiningAt:_:)`).
enum PythonDialect {
  /// Analyses `bytes`, returning the steps (the source's tokens for the first pass, one
  /// step per block entered and decided for the analysis, the tokens again for the
  /// compiler), the engine after the last event, and the passes.
  static func run(_ bytes: [UInt8], engine: Engine) -> (TokenList, Engine, [Pass]) {
    bytes.withUnsafeBufferPointer { src in
      let parsing = PythonParsing()
      let input = SourceBytes(src)
      let split = PythonTokenizer.splitPoint(src)
      let thread = LargeStackThread { parsing.run(input.bytes, split: split) }
      if let split { parsing.offer(PythonTokenizer.tokenize(src, from: split)) }
      var engine = engine
      engine.reserve(tokens: src.count / 4, hugePages: true)
      let (source, ast, feed) = parsing.waitForTokens()
      var collector = PythonCollector(engine: engine, ast: ast, source: source, futureAnnotations: false)
      let collectError = collect(feed, into: &collector)
      /// The first pass's steps then `analysis`'s, once the parsing thread is done.
      func steps(analysis: [Int32]) -> TokenBuffer {
        thread.join()
        let steps = parsing.firstPass!
        for token in analysis { steps.append(source.tokens[Int(token)]) }
        return steps
      }
      // The feed is finished, so the parse's outcome is known; the parsing thread may
      // still be walking the tree for the compiler while the analysis runs.
      if let error = parsing.parseError ?? collectError {
        report(error, source: source, into: &collector.engine)
        return (TokenList(steps(analysis: [])), collector.engine, [])
      }
      var analyzer = PythonAnalyzer(&collector)
      let analysisStart = source.visible.count
      do throws(PySyntaxError) {
        try analyzer.analyze()
      } catch {
        report(error, source: source, into: &analyzer.engine)
        return (
          TokenList(steps(analysis: analyzer.tokens)), analyzer.engine, passes(analysis: analysisStart, compile: nil)
        )
      }
      let allSteps = steps(analysis: analyzer.tokens)
      // The walk assumed the future imports the first pass found; walked again if not.
      let order =
        parsing.compileOrder.flatMap { $0.futureAnnotations == collector.futureAnnotations ? $0 : nil }
        ?? PythonCompileOrder(
          module: parsing.module, ast: ast, source: source, futureAnnotations: collector.futureAnnotations)
      var compiler = PythonCompiler(&analyzer, collector: collector)
      compiler.compile(order.ops)
      let compileStart = analysisStart + analyzer.tokens.count
      return (
        TokenList(allSteps, revisitingFirst: analysisStart), compiler.engine,
        passes(analysis: analysisStart, compile: compileStart)
      )
    }
  }

  /// The first pass over the statements as the parser hands them over: the first ones are
  /// held until the future imports are settled. Returns the first error (a future import's
  /// or the symbol table's); the statements after it are still drained.
  static func collect(_ feed: Feed<Int32>, into collector: inout PythonCollector) -> PySyntaxError? {
    var held: [Int32] = []
    var settled = false
    var error: PySyntaxError?
    var next = 0
    func settle(_ collector: inout PythonCollector) throws(PySyntaxError) {
      settled = true
      collector.futureAnnotations = try PythonFuture.annotations(in: held, ast: collector.ast, source: collector.source)
      collector.beginModule(lastToken: Int32(collector.source.kinds.count - 1))
      for statement in held { try collector.visitStatement(statement) }
    }
    while let statement = feed.item(next) {
      next += 1
      guard error == nil else { continue }
      do throws(PySyntaxError) {
        if settled {
          try collector.visitStatement(statement)
        } else {
          held.append(statement)
          if PythonFuture.isSettled(held, ast: collector.ast, source: collector.source) { try settle(&collector) }
        }
      } catch let failure {
        error = failure
      }
    }
    guard error == nil else { return error }
    do throws(PySyntaxError) {
      if !settled { try settle(&collector) }
      collector.endModule()
    } catch let failure {
      return failure
    }
    return nil
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

/// The parsing thread's side: it tokenizes, publishes the tokens, then parses, handing each
/// top-level statement to the feed; the analysing thread waits for what it needs.
final class PythonParsing: @unchecked Sendable {
  /// The tokens with their steps, the tree and the statement feed, once tokenized.
  private var source: PythonSource?
  private var ast: PyAST?
  private var feed: Feed<Int32>?
  /// Whether the three above are set.
  private let tokenized = Atomic<Bool>(false)
  /// The second half of a split source's tokens, once tokenized (on the analysing thread).
  private var tail: PythonTokenizer?
  /// Whether `tail` is set.
  private let tailDone = Atomic<Bool>(false)
  /// The module node and the parser's error, once the feed is finished.
  private(set) var module: Int32 = -1
  private(set) var parseError: PySyntaxError?
  /// The first pass's steps (the visible tokens), copied after the parse, with room for the
  /// analysis steps.
  private(set) var firstPass: TokenBuffer?
  /// The compiler's order of name operations, walked after the parse (assuming the future
  /// imports the first pass will find).
  private(set) var compileOrder: PythonCompileOrder?

  /// Tokenizes and parses `src` (on the parsing thread), joining the tokens the analysing
  /// thread offers from `split` on.
  func run(_ src: UnsafeBufferPointer<UInt8>, split: Int?) {
    var lexed = PythonTokenizer(src)
    if let split {
      // Not joined: the second half is dropped as soon as it is done.
      if !lexed.run(joiningAt: split, waitForTail) { _ = waitForTail() }
    } else {
      lexed.run()
    }
    let source = PythonSource(src: src, tokens: lexed.tokens, kinds: lexed.kinds)
    var parser = PythonParser(src: src, tokens: lexed.tokens, kinds: lexed.kinds, lexError: lexed.error)
    let feed = Feed<Int32>(capacity: lexed.kinds.count + 1)
    parser.publish = { feed.publish($0) }
    self.source = source
    self.ast = parser.ast
    self.feed = feed
    tokenized.store(true, ordering: .releasing)
    do throws(PySyntaxError) {
      module = try parser.module()
    } catch {
      parseError = error
    }
    feed.finish()
    let firstPass = TokenBuffer(capacity: source.visible.count + source.kinds.count + 16)
    HugePages.advise(firstPass)
    for token in source.visible { firstPass.append(source.tokens[Int(token)]) }
    self.firstPass = firstPass
    guard parseError == nil else { return }
    compileOrder = PythonCompileOrder(
      module: module, ast: parser.ast, source: source,
      futureAnnotations: PythonFuture.annotations(ofModule: module, ast: parser.ast, source: source))
  }

  /// Hands over the second half's tokens (on the analysing thread).
  func offer(_ tokenizer: PythonTokenizer) {
    tail = tokenizer
    tailDone.store(true, ordering: .releasing)
  }

  /// Waits for the second half's tokens and takes them (on the parsing thread).
  private func waitForTail() -> PythonTokenizer {
    Self.wait(for: tailDone)
    defer { tail = nil }
    return tail!
  }

  /// Waits until the tokens are published (on the analysing thread).
  func waitForTokens() -> (PythonSource, PyAST, Feed<Int32>) {
    Self.wait(for: tokenized)
    return (source!, ast!, feed!)
  }

  /// Yields the core until the other thread sets `flag`.
  private static func wait(for flag: borrowing Atomic<Bool>) {
    while !flag.load(ordering: .acquiring) { sched_yield() }
  }
}
