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
struct MonkeyNode {
  var kind: MonkeyNodeKind
  var token: Int32
  var a: Int32 = -1
  var b: Int32 = -1
  var c: Int32 = -1
  var d: Int32 = -1
}

/// A parsed program: nodes in flat arrays, children lists in `lists`.
struct MonkeyAST {
  /// The nodes.
  var nodes: [MonkeyNode] = []
  /// Child lists, back to back.
  var lists: [Int32] = []
  /// The program's statements (a range of `lists`).
  var program: (start: Int32, count: Int32) = (0, 0)

  /// The list `count` long at `start`.
  @inline(__always) func list(_ start: Int32, _ count: Int32) -> ArraySlice<Int32> {
    lists[Int(start)..<Int(start + count)]
  }

  /// Node `index`.
  @inline(__always) subscript(_ index: Int32) -> MonkeyNode { nodes[Int(index)] }
}
