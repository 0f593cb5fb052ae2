import CNcursesw

import Glibc
import Screen

/// Runs a screen model in the terminal until it quits or a signal comes, and always restores
/// the terminal.
public enum TerminalSession {
  /// Checks that stdin and stdout are a terminal that can show the explorer.
  public static func checkTerminal() throws(TerminalError) {
    guard isatty(1) != 0 else { throw .notATerminal("standard output is not a terminal") }
    guard isatty(0) != 0 else { throw .notATerminal("standard input is not a terminal") }
    guard let term = getenv("TERM").map({ String(cString: $0) }), !term.isEmpty else {
      throw .notATerminal("TERM is not set")
    }
    guard term != "dumb" else { throw .notATerminal("TERM is dumb") }
  }

  /// Runs `model` until it quits; returns the exit status (0, or 128+signal). `record` hears
  /// every key with its time in seconds; `carryOut` does the model's own requests.
  public static func run<Model: ScreenModel>(
    _ model: inout Model, record: ((Key, Double) -> Void)? = nil,
    carryOut: (inout Model, Model.Request) -> Void
  ) throws(TerminalError) -> Int32 {
    try checkTerminal()
    Width.useUTF8Locale()
    guardAgainstCrashes()
    guard let screen = cn_newterm() else {
      stopGuardingAgainstCrashes()
      throw .cannotStart("newterm failed for this TERM")
    }
    defer {
      endwin()
      delscreen(screen)
      stopGuardingAgainstCrashes()
    }
    set_escdelay(25)
    cbreak()
    noecho()
    nonl()
    keypad(cn_stdscr(), true)
    curs_set(0)
    installSignalHandlers()
    var painter = Painter()
    var tickInterval: Int?
    let clock = ContinuousClock()
    var nextTick = clock.now
    let start = clock.now
    while true {
      let signal = pendingSignal.load(ordering: .relaxed)
      if signal != 0 { return 128 + signal }
      var height: Int32 = 0
      var width: Int32 = 0
      cn_getmaxyx(cn_stdscr(), &height, &width)
      painter.paint(model.view(width: Int(width), height: Int(height)))
      var timeout = 100
      if tickInterval != nil {
        let remaining = nextTick - clock.now
        timeout = max(
          0,
          min(
            timeout, Int(remaining.components.seconds * 1000 + remaining.components.attoseconds / 1_000_000_000_000_000)
          ))
      }
      wtimeout(cn_stdscr(), Int32(timeout))
      var value: wint_t = 0
      let status = get_wch(&value)
      var pressed: Key?
      if status == KEY_CODE_YES && Int32(value) == KEY_RESIZE {
        painter.invalidate()
        continue
      } else if status != ERR {
        pressed = key(from: status, value)
      } else if let interval = tickInterval, clock.now >= nextTick {
        nextTick = clock.now + .milliseconds(interval)
        pressed = .tick
      }
      guard let pressed else { continue }
      if pressed != .tick, let record {
        let elapsed = clock.now - start
        record(pressed, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
      }
      for effect in model.update(pressed) {
        switch effect {
        case .quit: return 0
        case .startTimer(let milliseconds):
          tickInterval = milliseconds
          nextTick = clock.now + .milliseconds(milliseconds)
        case .stopTimer: tickInterval = nil
        case .bell: beep()
        case .request(let request): carryOut(&model, request)
        }
      }
    }
  }
}
