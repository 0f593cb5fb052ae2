import ScopeEngine

/// The third pass: CPython 3.11's compiler (Python/compile.c) meeting each name operation in
/// the order `PythonCompileOrder` found, each a resolve event whose symbol's storage names
/// the operation (LOCAL for LOAD_FAST, CELL and FREE for LOAD_DEREF, GLOBAL for LOAD_GLOBAL,
/// NAME for LOAD_NAME) and whose path says why.
struct PythonCompiler {
  /// The engine, after the analysis.
  var engine: Engine
  let source: PythonSource
  let blocks: [PyBlock]
  /// The defining nodes that made blocks, in increasing order, and the block each made.
  let definingNodes: [Int32]
  let blockOfNode: [Int]
  /// Each parser token's (mangled) name, from the first pass.
  let tokenNames: [NameID]
  /// The first step of this pass.
  let firstStep: Int32
  /// The block being compiled.
  var current = 0

  /// The third pass; the analyzer hands its engine over (it keeps an empty one), so the
  /// compile pass writes to it without copying every log first.
  init(_ analyzer: inout PythonAnalyzer, collector: PythonCollector) {
    engine = analyzer.engine
    analyzer.engine = Engine(profile: engine.profile)
    source = analyzer.source
    let blocks = analyzer.blocks
    self.blocks = blocks
    // The first block a node made, as a dictionary uniquing keys would keep it.
    let made = blocks.indices.filter { blocks[$0].kind != .annotation }
      .sorted { (blocks[$0].node, $0) < (blocks[$1].node, $1) }
    var nodes: [Int32] = []
    var blockOfNode: [Int] = []
    for block in made where nodes.last != blocks[block].node {
      nodes.append(blocks[block].node)
      blockOfNode.append(block)
    }
    definingNodes = nodes
    self.blockOfNode = blockOfNode
    tokenNames = collector.tokenNames
    firstStep = Int32(source.visible.count + analyzer.tokens.count)
  }

  /// Moves the engine to parser token `token` in this pass.
  @inline(__always) mutating func at(_ token: Int32) {
    engine.step = firstStep + source.step(of: token)
  }

  /// Compiles the module: each operation of `order` in turn. A block no node made (none
  /// does) would be left out with everything in it.
  mutating func compile(_ order: [PyCompileOp]) {
    at(0)
    engine.reenterScope(blocks[0].scope)
    current = 0
    var enclosing: [Int] = []
    var skipping = 0
    for op in order {
      switch op {
      case .resolve(let token, let access):
        if skipping == 0 { resolve(token, access) }
      case .enter(let node):
        guard skipping == 0, let block = block(madeBy: node) else {
          skipping += 1
          continue
        }
        enclosing.append(current)
        at(blocks[block].token)
        engine.reenterScope(blocks[block].scope)
        current = block
      case .leave:
        guard skipping == 0 else {
          skipping -= 1
          continue
        }
        at(blocks[current].endToken)
        engine.popScope()
        current = enclosing.removeLast()
      }
    }
    at(blocks[0].endToken)
    engine.popScope()
  }

  /// The block defining node `node` made, if any.
  func block(madeBy node: Int32) -> Int? {
    var low = 0
    var high = definingNodes.count
    while low < high {
      let middle = (low + high) / 2
      if definingNodes[middle] < node { low = middle + 1 } else { high = middle }
    }
    return low < definingNodes.count && definingNodes[low] == node ? blockOfNode[low] : nil
  }

}
