import ScopeEngine

/// The kinds of node in a Python syntax tree: CPython's `ast` node types, as far as the
/// symbol table and the compiler's name operations need them. Fields by kind (a list field
/// holds a list id, -1 for none; a token field a token index):
///
/// - module `a` body
/// - functionDef `token` def (or async), `a` decorators, `b` arguments, `c` returns, `d` body,
///   `e` its last token; flag async
/// - classDef `token` class, `a` decorators, `b` bases, `c` keywords, `d` body, `e` last token
/// - returnStmt `a` value · delete `a` targets · assign `a` targets, `b` value · augAssign
///   `a` target, `b` value · annAssign `a` target, `b` annotation, `c` value; flag simple
/// - forStmt `a` target, `b` iter, `c` body, `d` orelse · whileStmt `a` test, `b` body,
///   `c` orelse · ifStmt likewise · with `a` items, `b` body · withItem `a` expr, `b` vars
/// - match `a` subject, `b` cases · matchCase `a` pattern, `b` guard, `c` body
/// - raise `a` exc, `b` cause · tryStmt `a` body, `b` handlers, `c` orelse, `d` finalbody
/// - handler `token` except, `a` type, `b` name token, `c` body · assert `a` test, `b` msg
/// - importStmt `a` aliases · importFrom `a` aliases, `b` module token (or -1), `c` level
/// - alias `token` first name token, `a` last name token, `b` asname token (or -1); `*` when
///   `token` is a star · global/nonlocal `a` list of name tokens · exprStmt `a` value
/// - arguments `a` posonly, `b` args, `c` vararg, `d` kwonly, `e` kwarg (arg nodes) · arg
///   `token` name, `a` annotation, `b` default
/// - name `token`; flag ctx · boolOp/tuple/list/set/joinedStr `a` list · binOp `a` left,
///   `b` right · compare `a` left, `b` comparators · unary/await/yield/yieldFrom/starred
///   `a` · namedExpr `a` target, `b` value · lambda `a` arguments, `b` body, `c` last token
///   · ifExp `a` body, `b` test, `c` orelse · dict `a` keys (-1 for `**`), `b` values ·
///   listComp/setComp/genExp `a` elt, `b` generators, `c` last token · dictComp `a` key,
///   `b` value, `c` generators, `d` last token · comprehension `a` target, `b` iter, `c` ifs; flag async ·
///   call `a` func, `b` args, `c` keywords · keyword `token` name (or -1), `a` value ·
///   formattedValue `a` value, `b` spec (a joinedStr) · attribute `a` value, `token` attr ·
///   subscript `a` value, `b` slice · slice `a` lower, `b` upper, `c` step · constant
/// - patterns: matchValue `a` expr · matchSingleton · matchSequence `a` patterns · matchStar
///   `b` name token (or -1) · matchMapping `a` keys, `b` patterns, `c` rest token ·
///   matchClass `a` cls, `b` patterns, `c` kwd patterns · matchAs `a` pattern, `b` name
///   token (both -1 for `_`) · matchOr `a` patterns
enum PyKind: UInt8, Sendable {
  case module
  case functionDef, classDef, returnStmt, delete, assign, augAssign, annAssign, forStmt, whileStmt, ifStmt
  case with, withItem, match, matchCase, raise, tryStmt, handler, assert, importStmt, importFrom, alias
  case global, nonlocal, exprStmt, pass, breakStmt, continueStmt
  case arguments, arg
  case name, boolOp, binOp, unaryOp, namedExpr, lambda, ifExp, dict, set, listComp, setComp, dictComp, genExp
  case comprehension, await, yield, yieldFrom, compare, call, keyword, formattedValue, joinedStr, constant
  case attribute, `subscript`, starred, list, tuple, slice
  case matchValue, matchSingleton, matchSequence, matchStar, matchMapping, matchClass, matchAs, matchOr
}

/// How a name (or a target) is used.
enum PyContext: UInt8, Sendable {
  case load, store, del
}

/// One node: its kind, its main token and up to five fields (see `PyKind`).
struct PyNode: Sendable {
  var kind: PyKind
  /// The context of a name-like node; async for a def, a `for` or a comprehension; simple
  /// for an annotated assignment; parenthesized for an expression written in parentheses.
  var flags: UInt8 = 0
  var token: Int32
  var a: Int32 = -1
  var b: Int32 = -1
  var c: Int32 = -1
  var d: Int32 = -1
  var e: Int32 = -1

  /// Flag bits.
  static let isAsync: UInt8 = 1 << 2
  static let isSimple: UInt8 = 1 << 3
  static let isParenthesized: UInt8 = 1 << 4
  static let contextMask: UInt8 = 3

  /// The context of a name-like node.
  var context: PyContext { PyContext(rawValue: flags & Self.contextMask)! }
}

/// A syntax tree in two flat buffers whose elements never move, so the parser can append
/// on one thread while the symbol table reads finished statements on another: the nodes,
/// and the lists (a list id points at its length, followed by its items).
struct PyAST: @unchecked Sendable {
  let nodes: FixedBuffer<PyNode>
  let lists: FixedBuffer<Int32>

  /// An empty tree with room for the nodes and lists of `tokens` tokens.
  init(tokens: Int) {
    nodes = FixedBuffer(capacity: 3 * tokens + 64)
    lists = FixedBuffer(capacity: 6 * tokens + 64)
    HugePages.advise(nodes)
    HugePages.advise(lists)
  }

  /// Node `index`.
  @inline(__always) subscript(_ index: Int32) -> PyNode {
    get { nodes[index] }
    nonmutating set { nodes[index] = newValue }
  }

  /// Adds a node and returns its index.
  @inline(__always) func add(_ node: PyNode) -> Int32 { nodes.append(node) }

  /// Adds a list of `items` and returns its id (-1 for an empty list).
  func list(_ items: ArraySlice<Int32>) -> Int32 {
    guard !items.isEmpty else { return -1 }
    let id = lists.append(Int32(items.count))
    for item in items { lists.append(item) }
    return id
  }

  /// The items of list `id`.
  @inline(__always) func items(_ id: Int32) -> UnsafeBufferPointer<Int32> {
    guard id >= 0 else { return UnsafeBufferPointer(start: nil, count: 0) }
    return lists.slice(id + 1, lists[id])
  }

  /// Drops the nodes and lists made after the counts given (a failed attempt's).
  func truncate(nodes nodeCount: Int, lists listCount: Int) {
    nodes.truncate(to: nodeCount)
    lists.truncate(to: listCount)
  }
}
