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
