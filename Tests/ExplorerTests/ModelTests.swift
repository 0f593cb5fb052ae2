import ScopeEngine
import Testing
import Screen

@testable import Explorer

@Suite("Model")
struct ModelTests {
  @Test("Stepping forward N then back N returns the identical screen")
  func forwardThenBack() {
    let start = pressing(times(5, .right), on: explorer(closureProgram))
    let before = start.view(width: 120, height: 32)
    for n in [1, 3, 9] {
      let there = pressing(times(n, .right) + times(n, .left), on: start)
      #expect(there.view(width: 120, height: 32) == before, "\(n) steps")
    }
  }

  @Test("Step keys move one token; g and G go to the ends")
  func steps() {
    let model = explorer(closureProgram)
    #expect(pressing([.right, .char("l"), .char("n"), .char(" ")], on: model).step == 4)
    #expect(pressing([.right, .right, .left], on: model).step == 1)
    #expect(pressing([.char("G")], on: model).step == model.trace.stepCount - 1)
    #expect(pressing([.char("G"), .char("g")], on: model).step == 0)
  }

  @Test("] stops at every event, inside a step too; [ goes back the same way")
  func events() {
    let model = explorer(closureProgram)
    var current = model
    current.go(toStep: 0)
    var seen: [Int] = []
    current = pressing([.char("g")], on: model)
    let firstCount = current.eventCount
    for _ in 0..<(model.trace.events.count - firstCount) {
      _ = current.update(.char("]"))
      seen.append(current.eventCount)
    }
    #expect(seen == Array((firstCount + 1)...model.trace.events.count))
    let back = pressing(times(3, .char("[")), on: current)
    #expect(back.eventCount == model.trace.events.count - 3)
  }

  @Test("} and { jump to the next and the previous scope push or pop")
  func scopeChanges() {
    let model = pressing([.char("}")], on: explorer(closureProgram))
    #expect(model.focusedEvent.map { model.trace.events[$0].kind } == .push)
    #expect(model.trace.text(ofToken: Int32(model.step)) == "fn")
    let twice = pressing([.char("}")], on: model)
    #expect(twice.focusedEvent! > model.focusedEvent!)
    #expect(pressing([.char("{")], on: twice).focusedEvent == model.focusedEvent, "{ goes back to the previous one")
    let first = pressing([.char("{")], on: model)
    #expect(first.focusedEvent == 0, "the global scope's push")
    #expect(pressing([.char("{")], on: first).focusedEvent == 0, "nothing before the first push")
  }

  @Test("A breakpoint, then c runs to it and C runs back")
  func breakpoints() {
    var model = explorer(closureProgram)
    model = pressing([.char(":")] + "3".map { .char($0) } + [.enter, .char("b"), .char("g")], on: model)
    #expect(model.breakpoints == [3])
    model = pressing([.char("c")], on: model)
    #expect(model.line == 3)
    model = pressing([.char("G"), .char("C")], on: model)
    #expect(model.line == 3)
    #expect(pressing([.char("c")], on: model).message == "no breakpoint ahead")
  }

  @Test("/ finds a name's next event; * repeats it")
  func find() {
    var model = pressing([.char("/"), .char("x"), .enter], on: explorer(closureProgram))
    var visits: [String] = []
    for _ in 0..<4 {
      visits.append("\(model.step) \(model.trace.events[model.focusedEvent!].kind)")
      model = pressing([.char("*")], on: model)
    }
    #expect(visits == ["10 intern", "10 define", "18 define", "18 resolve"])
    #expect(pressing([.char("/"), .char("z"), .enter], on: model).message == "z has no events")
  }

  @Test("w jumps from a FREE reference to the capture that made it")
  func why() {
    var model = explorer(closureProgram)
    model.go(toStep: 18)
    model = pressing([.char("*")], on: model)
    model.go(toStep: 18)
    model = pressing([.char("w")], on: model)
    guard case .define(let definition) = model.trace.happening(at: model.focusedEvent!) else {
      Issue.record("w did not land on a define event")
      return
    }
    #expect(model.trace.engine.describe(definition.symbol) == "x:FREE:0")
  }

  @Test(": goes to a line or to #step, and says what it wants when the input is wrong")
  func goTo() {
    let model = explorer(closureProgram)
    #expect(pressing([.char(":"), .char("2"), .enter], on: model).line == 2)
    #expect(pressing([.char(":"), .char("#"), .char("7"), .enter], on: model).step == 7)
    #expect(pressing([.char(":"), .char("9"), .char("9"), .enter], on: model).message?.hasPrefix("no line 99") == true)
    #expect(pressing([.char(":"), .char("2"), .escape], on: model).step == 0)
  }

  @Test("tab cycles the focus; in Scopes the arrows pick a scope, which the buckets follow")
  func focusAndSelection() {
    var model = explorer(closureProgram)
    model.go(toStep: 18)
    model = pressing([.tab], on: model)
    #expect(model.focus == .scopes)
    model = pressing([.down, .down], on: model)
    #expect(model.pickedScope == 0)
    #expect(BucketsPane(explorer: model).grid(width: 50, height: 5, focused: false).lines[0].contains("global"))
    #expect(pressing([.tab, .tab, .tab], on: model).focus == .source)
  }

  @Test("t re-runs the file under the next profile and keeps the cursor on the same token")
  func cycleProfile() {
    var model = explorer(closureProgram)
    model.go(toStep: 18)
    var asking = model
    #expect(asking.update(.char("t")) == [.request(.reanalyze(model.program.with(profile: .jikes)))])
    #expect(asking.trace.profile == .clox, "update does no analysis itself")
    model = pressing([.char("t")], on: model)
    #expect(model.trace.profile == .jikes)
    #expect(model.step == 18)
    #expect(model.trace.text(ofToken: 18) == "x")
  }

  @Test("Autoplay starts and stops a timer; ticks step forward; + and - change the speed")
  func autoplay() {
    var model = explorer(closureProgram)
    #expect(model.update(.char("a")) == [.startTimer(milliseconds: 250)])
    _ = model.update(.tick)
    #expect(model.step == 1)
    #expect(model.update(.char("+")) == [.startTimer(milliseconds: 125)])
    #expect(model.update(.char("a")) == [.stopTimer])
    _ = model.update(.tick)
    #expect(model.step == 1)
  }

  @Test("? shows help listing the real bindings; any key closes it; q quits")
  func helpAndQuit() {
    var model = explorer(closureProgram)
    _ = model.update(.char("?"))
    let help = model.view(width: 120, height: 40).lines.joined(separator: "\n")
    for binding in KeyMap.bindings { #expect(help.contains(binding.help)) }
    _ = model.update(.char("x"))
    #expect(!model.showsHelp)
    #expect(model.update(.char("q")) == [.quit])
  }

  @Test("e jumps to the next diagnostic")
  func diagnostics() {
    let model = pressing([.char("e")], on: explorer("let a = 1;\nmissing;"))
    #expect(model.focusedEvent.map { model.trace.events[$0].kind } == .diagnostic)
    #expect(NarrationBar(explorer: model).sentence == "error: undefined variable missing")
  }

  @Test("Layouts: every pane at 120×32, tabs at 80×24")
  func layouts() {
    let model = explorer(closureProgram)
    let wide = model.view(width: 120, height: 32).lines.joined()
    for title in ["Source", "Scopes", "Buckets", "Resolution"] { #expect(wide.contains(title)) }
    let narrow = pressing([.char("2")], on: model).view(width: 80, height: 24).lines
    #expect(narrow[0].contains("Scopes [Buckets] Resolution"))
    #expect(narrow.count == 24 && narrow.allSatisfy { Width.of($0) == 80 })
  }
}
