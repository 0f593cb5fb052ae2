import Dialects
import ScopeEngine
import Screen

/// The explorer's whole state: which step of which trace, what has the focus, what is
/// scrolled where. `update(_:)` changes it and returns effects; `view(width:height:)`
/// draws it. Neither does I/O.
public struct Explorer: Sendable, ScreenModel {
  /// What only the program around the explorer can do for it.
  public enum Request: Sendable, Equatable {
    /// Analyse `program` (the same file under another profile) and hand the trace back
    /// through `reopen(_:trace:)`.
    case reanalyze(Program)
    /// Append this line (a JSON object) to the quiz log, if there is one.
    case appendQuizLog(String)
  }

  /// The run being explored.
  public internal(set) var trace: Trace
  /// The program the trace is of (for re-running it under another profile).
  public internal(set) var program: Program
  /// The current step (token).
  public internal(set) var step = 0
  /// How many events are applied; the state shown is the state after them.
  public internal(set) var eventCount = 0
  /// The pane with the focus.
  public internal(set) var focus: PaneID = .source
  /// The right-hand pane shown in the narrow layout.
  public internal(set) var tab: PaneID = .scopes
  /// Lines with a breakpoint.
  public internal(set) var breakpoints: Set<Int> = []
  /// Whether the buckets pane shows the interned-name table.
  public internal(set) var showsNameTable = false
  /// The scope picked in the Scopes pane (nil: the one the current event is about).
  public internal(set) var pickedScope: ScopeID?
  /// Rows scrolled in each pane (the source pane follows the cursor when nil).
  public internal(set) var scroll: [PaneID: Int] = [:]
  /// Whether autoplay is on.
  public internal(set) var isPlaying = false
  /// Autoplay speed, steps per second.
  public internal(set) var speed = 4
  /// A prompt being typed (`:` or `/`).
  public internal(set) var prompt: Prompt?
  /// A one-line message for the status line.
  public internal(set) var message: String?
  /// The last name searched for.
  public internal(set) var lastFind: String?
  /// Whether the help screen is up.
  public internal(set) var showsHelp = false
  /// Whether no key has been pressed yet (the status line then says which keys to use).
  public internal(set) var isFresh = true
  /// The quiz, when quiz mode is on.
  public internal(set) var quiz: Quiz?
  /// Where each line starts in the source (derived once).
  let lineStarts: [Int]

  /// A prompt at the bottom of the screen.
  public struct Prompt: Sendable, Equatable {
    /// What it asks for.
    public enum Kind: Sendable, Equatable {
      case goTo, find
    }
    /// Which prompt.
    public var kind: Kind
    /// What has been typed.
    public var text: String
  }

  /// An explorer at the first step of `trace`, the trace of `program`.
  public init(trace: Trace, program: Program) {
    self.trace = trace
    self.program = program
    var starts = [0]
    for (offset, byte) in trace.source.enumerated() where byte == 0x0A { starts.append(offset + 1) }
    lineStarts = starts
    moveTo(step: 0)
    if Self.hasBidirectionalControls(trace.source) {
      message = "bidi controls in this file: shown escaped"
    }
  }

  /// Whether `source` holds a bidirectional control character (U+202A–202E, U+2066–2069,
  /// U+200E, U+200F), which could make the text read differently from how it compiles.
  static func hasBidirectionalControls(_ source: [UInt8]) -> Bool {
    var i = 0
    while i + 2 < source.count {
      if source[i] == 0xE2 && (source[i + 1] == 0x80 || source[i + 1] == 0x81) {
        let c = 0x2000 + UInt32(source[i + 1] & 0x3F) << 6 + UInt32(source[i + 2] & 0x3F)
        if (0x202A...0x202E).contains(c) || (0x2066...0x2069).contains(c) || c == 0x200E || c == 0x200F { return true }
      }
      i += 1
    }
    return false
  }

  /// The language of the trace.
  public var dialect: Dialect { trace.dialect }

  /// The state after the applied events.
  public var state: EngineState { trace.state(afterEvents: eventCount) }

  /// The event the cursor is on: the last applied one, if it belongs to this step.
  public var focusedEvent: Int? {
    let range = trace.eventRange(ofStep: step)
    return eventCount > range.lowerBound && eventCount <= range.upperBound ? eventCount - 1 : nil
  }

  /// The 1-based line of the current step.
  public var line: Int { Int(trace.tokens[step].line) }
}
