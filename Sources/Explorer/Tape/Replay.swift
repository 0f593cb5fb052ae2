import Dialects
import ScopeEngine
import Screen

/// What replaying a tape produced: the frames with their times and markers, and the
/// screenshots. Replaying is pure: the same tape and files give the same result.
public struct Replay: Sendable {
  /// One frame of the recording.
  public struct Frame: Sendable, Equatable {
    /// Milliseconds from the start.
    public var time: Int
    /// The screen.
    public var grid: Grid
    /// Markers at this moment: scope pushes and pops, captions.
    public var markers: [String]
  }

  /// The files the tape's `Output` lines name.
  public internal(set) var outputs: [String] = []
  /// The screen size.
  public internal(set) var width = 120
  public internal(set) var height = 32
  /// Every frame, in time order.
  public internal(set) var frames: [Frame] = []
  /// The screenshots, by file name, in tape order.
  public internal(set) var screenshots: [(name: String, grid: Grid)] = []

  /// The last frame.
  public var finalGrid: Grid? { frames.last?.grid }
}

/// Plays a tape against the explorer.
public struct Player {
  /// Turns a program into its trace, for the tape's `Open` lines and the explorer's re-runs
  /// (the caller does the reading).
  public typealias Opener = (Program) throws -> Trace

  private var replay = Replay()
  private var explorer: Explorer?
  private var time = 0
  private var typingSpeed = 80
  private var keyOverlay = false
  private var hidden = false
  private var caption = ""
  private var timer: Int?
  private var lastKey: Key?
  private var quit = false

  /// Replays `tape`, opening files with `open`.
  public static func play(_ tape: Tape, open: Opener) throws -> Replay {
    var player = Player()
    for command in tape.commands where !player.quit { try player.run(command, open: open) }
    return player.replay
  }

  private mutating func run(_ command: Tape.Command, open: Opener) throws {
    switch command {
    case .output(let path): replay.outputs.append(path)
    case .width(let n): replay.width = n
    case .height(let n): replay.height = n
    case .typingSpeed(let ms): typingSpeed = ms
    case .keyOverlay(let on): keyOverlay = on
    case .open(let program):
      explorer = Explorer(trace: try open(program), program: program)
      timer = nil
      frame(markers: ["open \(program.path)"])
    case .keys(let keys):
      for key in keys where !quit { try press(key, open: open) }
    case .sleep(let ms): wait(ms)
    case .hide: hidden = true
    case .show:
      hidden = false
      frame(markers: [])
    case .screenshot(let name):
      if let grid = screen() { replay.screenshots.append((name, grid)) }
    case .caption(let text):
      caption = text
      frame(markers: text.isEmpty ? [] : ["caption: \(text)"])
    }
  }

  /// Presses `key` after the typing delay, and records the frame with its scope markers.
  private mutating func press(_ key: Key, open: Opener) throws {
    guard var model = explorer else { return }
    time += typingSpeed
    let before = model.eventCount
    let effects = model.update(key)
    lastKey = key
    for effect in effects {
      switch effect {
      case .quit: quit = true
      case .startTimer(let ms): timer = ms
      case .stopTimer: timer = nil
      case .bell: break
      case .request(.reanalyze(let program)): model.reopen(program, trace: try open(program))
      case .request(.appendQuizLog): break
      }
    }
    explorer = model
    if !quit { frame(markers: scopeMarkers(from: before, to: model.eventCount)) }
  }

  /// Lets `ms` pass; autoplay ticks on the way.
  private mutating func wait(_ ms: Int) {
    var left = ms
    while let interval = timer, interval > 0, left >= interval, var model = explorer {
      time += interval
      left -= interval
      let before = model.eventCount
      if model.update(.tick).contains(.stopTimer) { timer = nil }
      explorer = model
      lastKey = nil
      frame(markers: scopeMarkers(from: before, to: model.eventCount))
    }
    time += left
  }

  /// `push fn#3`, `pop block#2`: the scope changes between two cursor positions.
  private func scopeMarkers(from a: Int, to b: Int) -> [String] {
    guard let trace = explorer?.trace, a != b else { return [] }
    let log = trace.log
    let changes = log.scopeChangeIndex(atOrAfter: min(a, b))..<log.scopeChangeIndex(atOrAfter: max(a, b))
    return log.scopeChanges[changes].map { index in
      switch trace.happening(at: Int(index)) {
      case .push(let scope): "push \(trace.engine.label(of: scope))"
      case .pop(let scope): "pop \(trace.engine.label(of: scope))"
      default: preconditionFailure("scopeChanges holds only pushes and pops")
      }
    }
  }

  /// Records the current screen as a frame, unless hidden.
  private mutating func frame(markers: [String]) {
    guard !hidden, let grid = screen() else { return }
    replay.frames.append(Replay.Frame(time: time, grid: grid, markers: markers))
  }

  /// The explorer's screen with the caption bar and the key overlay.
  private func screen() -> Grid? {
    guard let explorer else { return nil }
    let width = replay.width
    let height = replay.height
    guard !caption.isEmpty else { return overlay(explorer.view(width: width, height: height)) }
    var grid = Grid(width: width, height: height)
    grid.paste(explorer.view(width: width, height: height - 1), x: 0, y: 0)
    let bar = Style(foreground: .black, background: .cyan, bold: true)
    grid.fill(x: 0, y: height - 1, width: width, height: 1, style: bar)
    grid.put(" " + caption, x: 0, y: height - 1, style: bar)
    return overlay(grid)
  }

  /// Draws the last key pressed in the top-right corner when the overlay is on.
  private func overlay(_ grid: Grid) -> Grid {
    guard keyOverlay, let key = lastKey else { return grid }
    var grid = grid
    let label = " \(key.label) "
    grid.put(
      label, x: max(grid.width - Width.of(label) - 2, 0), y: 0,
      style: Style(foreground: .black, background: .yellow, bold: true))
    return grid
  }
}
