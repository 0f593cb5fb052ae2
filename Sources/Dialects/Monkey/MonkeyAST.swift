import ScopeEngine

/// The kinds of node in a Monkey or Bhasa program.
enum MonkeyNodeKind: UInt8 {
  case identifier, integer, string, boolean, prefix, infix, ifExpression, function, call, array, hash, index
  case block, letStatement, returnStatement, expressionStatement, assignStatement, whileStatement, forStatement
  case breakStatement, continueStatement
}

/// One node. Fields by kind: prefix `a` operand · infix `a` left, `b` right · if `a` condition,
/// `b` consequence, `c` alternative · function `a`/`b` parameters (list of name, type pairs),
/// `c` body, `d` name token · call `a` callee, `b`/`c` arguments · array `a`/`b` elements ·
/// hash `a`/`b` pairs (key, value) · index `a` left, `b` index · block `a`/`b` statements,
/// `c` closing brace token · let `a` name token, `b` value, `c` type token · return and
/// expression statement `a` value · assign `a` name token, `b` value · while `a` condition,
/// `b` body · for `a` init, `b` condition, `c` update, `d` body. Absent parts are -1.
struct MonkeyNode: Sendable {
  var kind: MonkeyNodeKind
  var token: Int32
  var a: Int32 = -1
  var b: Int32 = -1
  var c: Int32 = -1
  var d: Int32 = -1
}

/// What the parser hands the compiler, in source order: finished top-level statements and
/// the parse errors met on the way.
enum ParsedItem {
  /// A top-level statement, complete with every node below it, and how many nodes and list
  /// items the tree held when it was published (everything the statements so far use).
  case statement(Int32, nodes: Int, lists: Int)
  /// A parse error.
  case diagnostic(Diagnostic)
}

/// A parsed program: nodes and child lists in buffers that never move, so the compiler can
/// read statements already published while the parser is still writing later ones.
final class MonkeyAST: @unchecked Sendable {
  /// The nodes.
  let nodes: FixedBuffer<MonkeyNode>
  /// Child lists, back to back.
  let lists: FixedBuffer<Int32>

  /// Room for the program of `tokens` tokens: a node per token and a statement wrapper at
  /// most, and in lists each node and each parameter's name and type at most.
  init(tokens: Int) {
    nodes = FixedBuffer(capacity: 2 * tokens + 16)
    lists = FixedBuffer(capacity: 4 * tokens + 16)
  }

  /// The list `count` long at `start`.
  @inline(__always) func list(_ start: Int32, _ count: Int32) -> UnsafeBufferPointer<Int32> {
    lists.slice(start, count)
  }

  /// Node `index`.
  @inline(__always) subscript(_ index: Int32) -> MonkeyNode { nodes[index] }
}
