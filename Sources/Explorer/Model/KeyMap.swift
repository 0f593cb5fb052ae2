import Screen

/// Everything a key can do.
public enum Action: Sendable, CaseIterable {
  case nextStep, previousStep, nextEvent, previousEvent, nextScopeChange, previousScopeChange
  case firstStep, lastStep, goTo, toggleBreakpoint, runForward, runBackward, find, findAgain, why
  case nextDiagnostic, previousDiagnostic, cycleFocus, cycleFocusBack, scrollUp, scrollDown, pageUp, pageDown
  case showScopes, showBuckets, showPath, toggleNameTable, cycleProfile, toggleAutoplay, faster, slower, toggleQuiz
  case help, quit
}

/// One line of the key map: the keys, what they do, and the words the help screen uses.
public struct Binding: Sendable {
  /// The keys.
  public let keys: [Key]
  /// What they do.
  public let action: Action
  /// The help text.
  public let help: String
}

/// The key bindings: the one table both `update` and the help screen read.
public enum KeyMap {
  /// Every binding, in the order help lists them.
  public static let bindings: [Binding] = [
    Binding(keys: [.right, .char("l"), .char("n"), .char(" ")], action: .nextStep, help: "next step (token)"),
    Binding(keys: [.left, .char("h"), .char("p"), .backspace], action: .previousStep, help: "previous step"),
    Binding(keys: [.char("]")], action: .nextEvent, help: "next event"),
    Binding(keys: [.char("[")], action: .previousEvent, help: "previous event"),
    Binding(keys: [.char("}")], action: .nextScopeChange, help: "next scope push or pop"),
    Binding(keys: [.char("{")], action: .previousScopeChange, help: "previous push or pop"),
    Binding(keys: [.char("g"), .home], action: .firstStep, help: "first step"),
    Binding(keys: [.char("G"), .end], action: .lastStep, help: "last step"),
    Binding(keys: [.char(":")], action: .goTo, help: "go to line N, or step #N"),
    Binding(keys: [.char("b")], action: .toggleBreakpoint, help: "breakpoint on this line"),
    Binding(keys: [.char("c")], action: .runForward, help: "run to the next breakpoint"),
    Binding(keys: [.char("C")], action: .runBackward, help: "run back to a breakpoint"),
    Binding(keys: [.char("/")], action: .find, help: "find a name's next event"),
    Binding(keys: [.char("*")], action: .findAgain, help: "repeat the last find"),
    Binding(keys: [.char("w")], action: .why, help: "why: where it was defined"),
    Binding(keys: [.char("e")], action: .nextDiagnostic, help: "next error or warning"),
    Binding(keys: [.char("E")], action: .previousDiagnostic, help: "previous error or warning"),
    Binding(keys: [.tab], action: .cycleFocus, help: "focus the next pane"),
    Binding(keys: [.backTab], action: .cycleFocusBack, help: "focus the previous pane"),
    Binding(keys: [.up, .char("k")], action: .scrollUp, help: "scroll up (Scopes: pick)"),
    Binding(keys: [.down, .char("j")], action: .scrollDown, help: "scroll down (Scopes: pick)"),
    Binding(keys: [.pageUp], action: .pageUp, help: "scroll a page up"),
    Binding(keys: [.pageDown], action: .pageDown, help: "scroll a page down"),
    Binding(keys: [.char("1")], action: .showScopes, help: "Scopes tab (narrow)"),
    Binding(keys: [.char("2")], action: .showBuckets, help: "Buckets tab (narrow)"),
    Binding(keys: [.char("3")], action: .showPath, help: "Resolution tab (narrow)"),
    Binding(keys: [.char("i")], action: .toggleNameTable, help: "name table / scope buckets"),
    Binding(keys: [.char("t")], action: .cycleProfile, help: "next profile (re-runs)"),
    Binding(keys: [.char("a")], action: .toggleAutoplay, help: "autoplay on/off"),
    Binding(keys: [.char("+"), .char("=")], action: .faster, help: "autoplay faster"),
    Binding(keys: [.char("-")], action: .slower, help: "autoplay slower"),
    Binding(keys: [.char("Q")], action: .toggleQuiz, help: "quiz: predict each lookup"),
    Binding(keys: [.char("?")], action: .help, help: "this help"),
    Binding(keys: [.char("q")], action: .quit, help: "quit"),
  ]

  /// The action bound to `key`, if any.
  public static func action(for key: Key) -> Action? { table[key] }

  private static let table: [Key: Action] = {
    var table: [Key: Action] = [:]
    for binding in bindings { for key in binding.keys { table[key] = binding.action } }
    return table
  }()
}
