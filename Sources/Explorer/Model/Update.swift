import Dialects
import ScopeEngine
import Screen

extension Explorer {
  /// The autoplay speeds, steps per second.
  static let speeds = [1, 2, 4, 8, 16, 32]

  /// Handles one key; returns what the surrounding program must do.
  public mutating func update(_ key: Key) -> [Effect<Request>] {
    if key == .tick { return tick() }
    isFresh = false
    if prompt != nil { return edit(key) }
    if showsHelp {
      showsHelp = false
      return key == .char("q") ? [.quit] : []
    }
    message = nil
    if let effects = quizUpdate(key) { return effects }
    guard let action = KeyMap.action(for: key) else {
      message = "\(key.label) is not bound; ? lists the keys"
      return [.bell]
    }
    return perform(action)
  }

  /// Carries out `action`.
  mutating func perform(_ action: Action) -> [Effect<Request>] {
    var moved = true
    switch action {
    case .nextStep:
      moved = step + 1 < trace.stepCount
      if moved { moveTo(step: step + 1) }
    case .previousStep:
      moved = step > 0
      if moved { moveTo(step: step - 1) }
    case .nextEvent: moved = nextEvent()
    case .previousEvent: moved = previousEvent()
    case .nextScopeChange: moved = jumpToScopeChange(forward: true)
    case .previousScopeChange: moved = jumpToScopeChange(forward: false)
    case .firstStep: moveTo(step: 0)
    case .lastStep: moveTo(step: trace.stepCount - 1)
    case .goTo: prompt = Prompt(kind: .goTo, text: "")
    case .find: prompt = Prompt(kind: .find, text: "")
    case .findAgain:
      guard let lastFind else { return fail("no name searched yet: / to find one") }
      moved = find(lastFind)
      if !moved { return fail("\(lastFind) has no events") }
    case .toggleBreakpoint:
      if breakpoints.remove(line) == nil { breakpoints.insert(line) }
      message = breakpoints.contains(line) ? "breakpoint on line \(line)" : "breakpoint on line \(line) removed"
    case .runForward: moved = runToBreakpoint(forward: true)
    case .runBackward: moved = runToBreakpoint(forward: false)
    case .why:
      moved = why()
      if !moved { return fail("no symbol under the cursor: step to a name first") }
      message = "defined here"
    case .nextDiagnostic: moved = jumpToDiagnostic(forward: true)
    case .previousDiagnostic: moved = jumpToDiagnostic(forward: false)
    case .cycleFocus, .cycleFocusBack: cycleFocus(by: action == .cycleFocus ? 1 : -1)
    case .scrollUp, .scrollDown, .pageUp, .pageDown: scrollFocused(action)
    case .showScopes, .showBuckets, .showPath:
      let pane: PaneID = action == .showScopes ? .scopes : action == .showBuckets ? .buckets : .path
      tab = pane
      focus = pane
    case .toggleNameTable: showsNameTable.toggle()
    case .cycleProfile: return [.request(.reanalyze(program.with(profile: nextProfile)))]
    case .toggleAutoplay:
      isPlaying.toggle()
      return isPlaying ? [.startTimer(milliseconds: 1000 / speed)] : [.stopTimer]
    case .faster, .slower:
      let index = Self.speeds.firstIndex(of: speed) ?? 2
      speed = Self.speeds[min(max(index + (action == .faster ? 1 : -1), 0), Self.speeds.count - 1)]
      message = "autoplay: \(speed) steps a second"
      return isPlaying ? [.startTimer(milliseconds: 1000 / speed)] : []
    case .help: showsHelp = true
    case .toggleQuiz: return toggleQuiz()
    case .quit: return [.quit]
    }
    return moved ? [] : fail(nothingThere(action))
  }

  /// Why a move did nothing.
  private func nothingThere(_ action: Action) -> String {
    switch action {
    case .nextStep, .nextEvent: "at the last step"
    case .previousStep, .previousEvent: "at the first step"
    case .nextScopeChange: "no scope push or pop ahead"
    case .previousScopeChange: "no scope push or pop before this"
    case .runForward, .runBackward:
      breakpoints.isEmpty
        ? "no breakpoints: b sets one on the current line"
        : "no breakpoint \(action == .runForward ? "ahead" : "behind")"
    case .nextDiagnostic, .previousDiagnostic: "no diagnostic \(action == .nextDiagnostic ? "ahead" : "behind")"
    default: "nothing to do"
    }
  }

  /// Reports a key that could not act.
  private mutating func fail(_ text: String) -> [Effect<Request>] {
    message = text
    return [.bell]
  }

  /// One autoplay step.
  private mutating func tick() -> [Effect<Request>] {
    guard isPlaying else { return [.stopTimer] }
    guard step + 1 < trace.stepCount else {
      isPlaying = false
      message = "autoplay stopped at the last step"
      return [.stopTimer]
    }
    moveTo(step: step + 1)
    return []
  }

  /// Typing into the `:` or `/` prompt.
  private mutating func edit(_ key: Key) -> [Effect<Request>] {
    guard var current = prompt else { return [] }
    switch key {
    case .escape:
      prompt = nil
    case .backspace:
      if current.text.isEmpty { prompt = nil } else { current.text.removeLast(); prompt = current }
    case .enter:
      prompt = nil
      return submit(current)
    case .char(let c):
      current.text.append(c)
      prompt = current
    default: break
    }
    return []
  }

  /// Acts on a finished prompt.
  private mutating func submit(_ prompt: Prompt) -> [Effect<Request>] {
    let text = prompt.text.trimmingSpaces
    switch prompt.kind {
    case .find:
      guard !text.isEmpty else { return [] }
      lastFind = text
      return find(text) ? [] : fail("\(text) has no events")
    case .goTo:
      if text.hasPrefix("#"), let target = Int(text.dropFirst()), target >= 0 && target < trace.stepCount {
        moveTo(step: target)
        return []
      }
      if let line = Int(text), let target = firstStep(onOrAfterLine: line) {
        moveTo(step: target)
        return []
      }
      return fail("no line \(text): type a line number, or #N for step N (0–\(trace.stepCount - 1))")
    }
  }

  /// Moves the focus through the panes.
  private mutating func cycleFocus(by delta: Int) {
    let panes = PaneID.allCases
    focus = panes[(focus.rawValue + delta + panes.count) % panes.count]
    if focus != .source { tab = focus }
  }

  /// Scrolls the focused pane; in the Scopes pane, moves the picked scope.
  private mutating func scrollFocused(_ action: Action) {
    let delta = action == .scrollUp ? -1 : action == .scrollDown ? 1 : action == .pageUp ? -10 : 10
    if focus == .scopes {
      let stack = state.stack
      guard !stack.isEmpty else { return }
      let current = pickedScope.flatMap { stack.firstIndex(of: $0) } ?? 0
      pickedScope = stack[min(max(current + delta, 0), stack.count - 1)]
      showsNameTable = false
      return
    }
    if focus == .source && scroll[.source] == nil { scroll[.source] = max(line - 6, 0) }
    scroll[focus] = max((scroll[focus] ?? 0) + delta, 0)
  }

  /// The profile after the trace's, in `TableProfile.allCases` order.
  private var nextProfile: TableProfile {
    let profiles = TableProfile.allCases
    return profiles[(profiles.firstIndex(of: trace.profile)! + 1) % profiles.count]
  }

  /// Shows `text` in the status line (a request that failed, for instance).
  public mutating func report(_ text: String) {
    message = text
  }

  /// Shows `trace`, the trace of `program` (a re-run the explorer asked for), keeping the
  /// cursor on the same token.
  public mutating func reopen(_ program: Program, trace: Trace) {
    self.program = program
    self.trace = trace
    moveTo(step: step)
    message = "profile \(trace.profile.rawValue): the file was re-run"
  }
}

extension String {
  /// The text without leading and trailing spaces.
  var trimmingSpaces: String {
    String(drop { $0 == " " }.reversed().drop { $0 == " " }.reversed())
  }
}
