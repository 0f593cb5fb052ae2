import ScopeEngine
import Testing
import Screen

@testable import Explorer

@Suite("Panes as text")
struct PaneTests {
  /// The explorer on the `x` of `x + y + a` (step 18), all its events applied.
  var onCapture: Explorer {
    var model = explorer(closureProgram)
    model.go(toStep: 18)
    return model
  }

  @Test(
    "Scopes: innermost first, symbols with storage and index, free lists, the selected scope marked; a scope this step does not touch folded to one line"
  )
  func scopes() {
    let grid = ScopesPane(explorer: onCapture).grid(width: 40, height: 13, focused: false)
    #expect(
      grid.lines == [
        "┌Scopes────────────────────────────────┐",
        "│  fn#2  function                      │",
        "│    y            LOCAL 0              │",
        "│    x            FREE 0               │",
        "│    free: x←LOCAL 0                   │",
        "│▸ fn f#1  function                    │",
        "│    f            FUNCTION 0           │",
        "│    x            LOCAL 0              │",
        "│  global  global  · 8 symbols         │",
        "│                                      │",
        "│                                      │",
        "│                                      │",
        "└──────────────────────────────────────┘",
      ])
    #expect(grid[5, 3].style == .changed, "x was captured in this step")
  }

  @Test("Buckets: one row per bucket, the probes of the current lookup numbered, the hit marked")
  func buckets() {
    let grid = BucketsPane(explorer: onCapture).grid(width: 44, height: 12, focused: false)
    #expect(
      grid.lines == [
        "┌Buckets · fn f#1 · clox · 2/8 · load 0.25─┐",
        "│0    ·                                    │",
        "│1    f FUNCTION 0                         │",
        "│2    ·                                    │",
        "│3    ·                                    │",
        "│4    ·                                    │",
        "│5    ·                                    │",
        "│6    ·                                    │",
        "│7 1› x LOCAL 0                            │",
        "│                                          │",
        "│                                          │",
        "└──────────────────────────────────────────┘",
      ])
    #expect(grid[6, 8].style == .probeHit)
  }

  @Test("Resolution: each scope visited, the buckets probed, the result, the captures")
  func path() {
    let grid = PathPane(explorer: onCapture).grid(width: 72, height: 8, focused: false)
    #expect(
      grid.lines == [
        "┌Resolution────────────────────────────────────────────────────────────┐",
        "│x  read                                                               │",
        "│1. fn#2             buckets 7         not here; leaving the function  │",
        "│2. fn f#1           buckets 7         found: LOCAL 0                  │",
        "│   captured → FREE 0 in fn#2                                          │",
        "│   = x:FREE:0                                                         │",
        "│                                                                      │",
        "└──────────────────────────────────────────────────────────────────────┘",
      ])
  }

  @Test("Narration: one sentence for the step")
  func narration() {
    #expect(
      NarrationBar(explorer: onCapture).sentence
        == "x: not in fn#2 (bucket 7 empty) → found in fn f#1 as LOCAL 0 (bucket 7) → captured as FREE 0 in fn#2")
  }

  @Test("Status line: file, dialect, profile, step n/N, line:col, event kind")
  func status() {
    #expect(StatusBar(explorer: onCapture).left == " t.mk · monkey · clox · step 18/26 · 3:11 · resolve ")
  }

  @Test("Source: line numbers, the cursor's line marked, a breakpoint in the gutter")
  func source() {
    var model = onCapture
    _ = model.update(.char("b"))
    let grid = SourcePane(explorer: model).grid(width: 30, height: 7, focused: true)
    #expect(
      grid.lines == [
        "┌Source · t.mk───────────────┐",
        "│1   let a = 1;              │",
        "│2   let f = fn(x) {         │",
        "│3 ●▶  fn(y) { x + y + a }   │",
        "│4   };                      │",
        "│                            │",
        "└────────────────────────────┘",
      ])
    #expect(grid[15, 3].style == .current)
    #expect(grid[7, 3].style == SourcePane.style(.keyword))
  }

  @Test("A Bengali source keeps every row exactly as wide as the pane")
  func bengaliSource() {
    var model = explorer("ধরি যোগফল = ফাংশন(ক) { ক };\nযোগফল(১);", .bhasa, path: "t.bhasa")
    model.go(toStep: 1)
    let grid = SourcePane(explorer: model).grid(width: 30, height: 4, focused: false)
    #expect(grid.lines.map { Width.of($0) } == [30, 30, 30, 30])
    #expect(grid.lines[1].hasPrefix("│1  ▶ধরি যোগফল = ফাংশন(ক)"))
    #expect(grid.lines[1].hasSuffix("│"))
  }

  @Test("The name table toggles in; a rehash shows the table before it")
  func nameTableAndRehash() {
    var model = explorer("let a = 1; a;")
    _ = model.update(.char("i"))
    let grid = BucketsPane(explorer: model).grid(width: 50, height: 6, focused: false)
    #expect(grid.lines[0].hasPrefix("┌Buckets · name table · teaching · "))
    var grow = explorer("let a = 1; let b = a;")
    func isScopeGrowth(_ happening: Happening) -> Bool {
      if case .grow(.some, _, _) = happening { return true }
      return false
    }
    while let event = grow.focusedEvent, !isScopeGrowth(grow.trace.happening(at: event)) {
      _ = grow.update(.char("]"))
    }
    if grow.focusedEvent == nil { _ = grow.update(.char("]")) }
    let grown = BucketsPane(explorer: grow).grid(width: 60, height: 6, focused: false)
    #expect(grown.lines[1].contains("rehashed 8 → 16 buckets; before:"))
  }

  @Test("Too small: a clear message instead of panes")
  func tooSmall() {
    let grid = onCapture.view(width: 60, height: 20)
    #expect(grid.lines.contains { $0.contains("terminal too small (need 80×24)") })
  }
}

@Suite("Lox in the panes")
struct LoxPaneTests {
  @Test("A captured local is marked closed at the step its block ends")
  func closedMark() {
    var model = explorer("{ var x = 1; fun f() { print x; } }", .lox, path: "t.lox")
    let close = model.trace.events.firstIndex { $0.kind == .close }!
    model.moveTo(eventCount: close + 1)
    let lines = ScopesPane(explorer: model).lines().map(\.text)
    #expect(lines.contains("    x            LOCAL 1  closed"))
    #expect(NarrationBar(explorer: model).sentence.hasPrefix("close x (LOCAL 1 of block#1)"))
  }
}
