import ScopeEngine
import Testing

@testable import Dialects

@Suite("Python rules")
struct PythonRulesTests {
  /// (program, every name operation in the compiler's order as `name:STORAGE:index`)
  static let operations: [(String, [String])] = [
    // A module body: NAME for its own names and for builtins.
    ("x = 1\nprint(x)", ["x:NAME:-", "print:NAME:-", "x:NAME:-"]),
    // Assigned anywhere in the function: LOCAL in the whole function (the UnboundLocalError).
    ("x = 1\ndef f():\n    print(x)\n    x = 2", ["x:NAME:-", "print:GLOBAL:-", "x:LOCAL:0", "x:LOCAL:0", "f:NAME:-"]),
    // Only read: GLOBAL (LOAD_GLOBAL), whether or not the module binds it.
    ("y = 1\ndef f():\n    return y", ["y:NAME:-", "y:GLOBAL:-", "f:NAME:-"]),
    // Parameters first, in order, then locals as they appear.
    ("def f(a, b, *c, d, **e):\n    z = a\n    return z", ["a:LOCAL:0", "z:LOCAL:5", "z:LOCAL:5", "f:NAME:-"]),
    // A local used by an inner function is a CELL there and FREE inside.
    (
      "def f():\n    v = 1\n    def g():\n        return v\n    return g",
      ["v:CELL:0", "v:FREE:0", "g:LOCAL:0", "g:LOCAL:0", "f:NAME:-"]
    ),
    // A function between passes the name through as FREE.
    (
      "def f():\n    v = 1\n    def g():\n        def h():\n            return v\n        return h\n    return g",
      ["v:CELL:0", "v:FREE:0", "h:LOCAL:0", "h:LOCAL:0", "g:LOCAL:0", "g:LOCAL:0", "f:NAME:-"]
    ),
    // global: GLOBAL for loads and stores, even at module level.
    ("def f():\n    global g\n    g = 1\ng = 2", ["g:GLOBAL:-", "f:NAME:-", "g:GLOBAL:-"]),
    // nonlocal: the enclosing function's cell.
    (
      "def f():\n    n = 0\n    def g():\n        nonlocal n\n        n = 1\n    return g",
      ["n:CELL:0", "n:FREE:0", "g:LOCAL:0", "g:LOCAL:0", "f:NAME:-"]
    ),
    // A class body is not an enclosing scope: the method reads the module's x.
    (
      "x = 1\nclass C:\n    x = 2\n    def m(self):\n        return x",
      ["x:NAME:-", "x:NAME:-", "x:GLOBAL:-", "m:NAME:-", "C:NAME:-"]
    ),
    // A class body reading a function's local: LOAD_CLASSDEREF of a FREE.
    (
      "def f(v):\n    class C:\n        w = v\n    return C",
      ["v:FREE:0", "w:NAME:-", "C:LOCAL:1", "C:LOCAL:1", "f:NAME:-"]
    ),
    // A comprehension's first iterable is read outside it; the rest inside, after `.0`.
    ("def f(xs):\n    return [x for x in xs]", ["x:LOCAL:1", "x:LOCAL:1", "xs:LOCAL:0", "f:NAME:-"]),
    // := in a comprehension binds in the enclosing function (a cell there, free inside).
    (
      "def f(xs):\n    [(t := x) for x in xs]\n    return t",
      ["x:LOCAL:1", "x:LOCAL:1", "t:FREE:0", "xs:LOCAL:0", "t:CELL:0", "f:NAME:-"]
    ),
    // del is a store for the symbol table and a DELETE_FAST for the compiler.
    ("def f():\n    d = 1\n    del d", ["d:LOCAL:0", "d:LOCAL:0", "f:NAME:-"]),
    // A lambda's default is evaluated outside it.
    ("k = 1\nf = lambda a=k: a", ["k:NAME:-", "k:NAME:-", "a:LOCAL:0", "f:NAME:-"]),
    // A declaration naming UTF-8 agrees with the BOM; one after code is not a declaration.
    ("\u{FEFF}# coding: UTF_8\nx = 1\n# coding: latin-1", ["x:NAME:-"]),
    // A non-ASCII name is its NFKC form (PEP 3131): `ﬁle` and the `𝔣` spellings are `file` and `f`.
    ("ﬁle = 1\ndef 𝔣():\n    return file", ["file:NAME:-", "file:GLOBAL:-", "f:NAME:-"]),
    // f-string fields are loads.
    ("w = 2\ns = f'{w!r:>{w}}'", ["w:NAME:-", "w:NAME:-", "w:NAME:-", "s:NAME:-"]),
    // match captures are stores; value patterns loads.
    (
      "import enum\nmatch 1:\n    case enum.A as a:\n        pass",
      ["enum:NAME:-", "enum:NAME:-", "a:NAME:-"]
    ),
    // A finally body is compiled twice: the normal and the exceptional path.
    ("try:\n    pass\nfinally:\n    z = 1", ["z:NAME:-", "z:NAME:-"]),
    // Private names are mangled in a class.
    (
      "class C:\n    __p = 1\n    def m(self):\n        return self.__p",
      ["_C__p:NAME:-", "self:LOCAL:0", "m:NAME:-", "C:NAME:-"]
    ),
  ]

  @Test("Name operations: LOCAL, CELL, FREE, GLOBAL, NAME as CPython 3.11 compiles them", arguments: operations.indices)
  func nameOperations(_ i: Int) {
    let (source, expected) = Self.operations[i]
    #expect(bindings(.python, source) == expected, "\(source)")
  }

  /// (program, CPython's symbol-table error as `t.py:LINE:COL: error: message`)
  static let errors: [(String, String)] = [
    ("def f():\n    nonlocal q", "t.py:2:5: error: no binding for nonlocal 'q' found"),
    ("nonlocal q", "t.py:1:1: error: nonlocal declaration not allowed at module level"),
    ("def f(a):\n    global a", "t.py:2:5: error: name 'a' is parameter and global"),
    ("def f():\n    a = 1\n    global a", "t.py:3:5: error: name 'a' is assigned to before global declaration"),
    ("def f():\n    print(a)\n    global a", "t.py:3:5: error: name 'a' is used prior to global declaration"),
    ("def f(a, a):\n    pass", "t.py:1:10: error: duplicate argument 'a' in function definition"),
    (
      "class C:\n    [(y := 1) for x in range(3)]",
      "t.py:2:7: error: assignment expression within a comprehension cannot be used in a class body"
    ),
    ("def f():\n    from os import *", "t.py:2:20: error: import * only allowed at module level"),
    (
      "[x for x in (y := [])]",
      "t.py:1:14: error: assignment expression cannot be used in a comprehension iterable expression"
    ),
    ("from __future__ import braces", "t.py:1:1: error: not a chance"),
    ("if x\n    pass", "t.py:1:5: error: expected ':'"),
    ("def f():\nreturn 1", "t.py:2:1: error: expected an indented block after function definition on line 1"),
    ("x = (1,\n", "t.py:1:5: error: '(' was never closed"),
    // After a byte-order mark, a coding declaration on line 1 or 2 must name UTF-8 (no line).
    ("\u{FEFF}# coding: utf8\nx = 1\n", "t.py:0:0: error: encoding problem: utf8 with BOM"),
    (
      "\u{FEFF}#!/usr/bin/env python\n# -*- coding: latin_1 -*-\n",
      "t.py:0:0: error: encoding problem: iso-8859-1 with BOM"
    ),
    ("s = 'open\n", "t.py:1:5: error: unterminated string literal (detected at line 1)"),
    ("if x:\n        a\n    b", "t.py:3:6: error: unindent does not match any outer indentation level"),
    ("f() = 1", "t.py:1:1: error: cannot assign to function call here. Maybe you meant '==' instead of '='?"),
  ]

  @Test("Errors: one, at CPython's line, with CPython's message", arguments: errors.indices)
  func syntaxErrors(_ i: Int) {
    let (source, expected) = Self.errors[i]
    #expect(report(.python, source) == [expected], "\(source)")
  }

  @Test("The three passes follow each other, each over steps of its own")
  func passes() {
    let trace = Dialect.python.analyze(SourceFile(path: "t.py", text: "def f(a):\n    return a\n"))
    #expect(trace.passes.map(\.name) == ["collect", "analyze", "compile"])
    let analysis = trace.passes[1].firstStep
    let compile = trace.passes[2].firstStep
    #expect(trace.stepCount == compile + analysis)
    #expect(trace.text(ofToken: Int32(compile)) == "def")
    let kinds = trace.events.map { trace.pass(ofStep: Int($0.step))!.pass.name }
    #expect(kinds.firstIndex(of: "analyze")! > kinds.lastIndex(of: "collect")!)
    #expect(kinds.firstIndex(of: "compile")! > kinds.lastIndex(of: "analyze")!)
  }
}
