/// A key press (or a timer tick) as the model sees it.
public enum Key: Hashable, Sendable {
  /// A printable character.
  case char(Character)
  case left, right, up, down, pageUp, pageDown, home, end
  case tab, backTab, enter, escape, backspace
  /// The autoplay timer fired.
  case tick

  /// How the key is written in help and tapes.
  public var label: String {
    switch self {
    case .char(" "): "space"
    case .char(let c): String(c)
    case .left: "←"
    case .right: "→"
    case .up: "↑"
    case .down: "↓"
    case .pageUp: "PgUp"
    case .pageDown: "PgDn"
    case .home: "Home"
    case .end: "End"
    case .tab: "tab"
    case .backTab: "S-tab"
    case .enter: "enter"
    case .escape: "esc"
    case .backspace: "bksp"
    case .tick: "tick"
    }
  }
}

/// What the model asks the program around it to do; `update` itself does no I/O.
public enum Effect: Equatable, Sendable {
  /// Leave the explorer.
  case quit
  /// Send `.tick` every `milliseconds` until told to stop.
  case startTimer(milliseconds: Int)
  /// Stop sending ticks.
  case stopTimer
  /// Ring the bell (a key that could not do anything).
  case bell
}

/// The panes that can have the focus.
public enum PaneID: Int, CaseIterable, Sendable {
  case source, scopes, buckets, path

  /// The pane's title.
  public var title: String {
    switch self {
    case .source: "Source"
    case .scopes: "Scopes"
    case .buckets: "Buckets"
    case .path: "Resolution"
    }
  }
}
