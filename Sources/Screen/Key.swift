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

/// What a model asks the program around it to do; `update` itself does no I/O.
public enum Effect<Request: Sendable & Equatable>: Equatable, Sendable {
  /// Leave.
  case quit
  /// Send `.tick` every `milliseconds` until told to stop.
  case startTimer(milliseconds: Int)
  /// Stop sending ticks.
  case stopTimer
  /// Ring the bell (a key that could not do anything).
  case bell
  /// Something only the program around the model can do (read files, run an analysis),
  /// which it then hands back to the model.
  case request(Request)
}

/// A screen's model, as a terminal loop or a tape player runs it: keys in, effects out, and
/// a view that reads only the model.
public protocol ScreenModel {
  /// The model's own requests (carried by `Effect.request`).
  associatedtype Request: Sendable & Equatable
  /// Handles one key; returns what the program around the model must do.
  mutating func update(_ key: Key) -> [Effect<Request>]
  /// Draws the model into a grid of `width`×`height` cells.
  func view(width: Int, height: Int) -> Grid
}
