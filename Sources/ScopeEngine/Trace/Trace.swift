import Synchronization

/// A finished run: the source, its tokens, the engine's final state and every event.
/// Any earlier state is read back from it (see `state(atStep:)`).
public struct Trace: Sendable {
  /// The file the source came from, as given.
  public let path: String
  /// The source text, as UTF-8 bytes.
  public let source: [UInt8]
  /// The language the source was read as.
  public let dialect: Dialect
  /// The tokens; a step is a token index.
  public let tokens: TokenList
  /// The engine after the last event.
  public let engine: Engine
  /// Per event, the highest step of the events up to it (navigation's binary searches
  /// need a sorted array); built the first time a step is looked up, since the trace
  /// command never needs it.
  public var stepHighWater: [Int32] { highWater.marks(of: engine.log.events) }
  /// Where `stepHighWater` is kept once built.
  let highWater = HighWater()
  /// The passes over the source, when there are several (Python: collect, analyze,
  /// compile); empty for a single pass.
  public let passes: [Pass]

  /// A trace of `engine` over `tokens` of `source`.
  public init(
    path: String, source: [UInt8], dialect: Dialect, tokens: TokenList, engine: Engine, passes: [Pass] = []
  ) {
    self.passes = passes
    self.path = path
    self.source = source
    self.dialect = dialect
    self.tokens = tokens
    self.engine = engine
  }

  /// The events.
  public var events: Log<Event> { engine.log.events }
  /// The log the events index into.
  public var log: EventLog { engine.log }
  /// The profile of every scope table.
  public var profile: TableProfile { engine.profile }
  /// The number of steps.
  public var stepCount: Int { tokens.count }

  /// The text of token `step`.
  public func text(ofToken step: Int32) -> String {
    guard step >= 0 && Int(step) < tokens.count else { return "" }
    let token = tokens[Int(step)]
    return String(decoding: source[Int(token.start)..<Int(token.start + token.length)], as: UTF8.self)
  }

  /// The number of events done once step `step` is processed: the longest prefix of events
  /// whose steps are all at most `step`.
  public func eventCount(throughStep step: Int) -> Int {
    stepHighWater.partitioningIndex { $0 > Int32(step) }
  }

  /// The events of step `step`: those done when it is processed that were not done before.
  public func eventRange(ofStep step: Int) -> Range<Int> {
    let end = eventCount(throughStep: step)
    let start = step == 0 ? 0 : eventCount(throughStep: step - 1)
    return start..<max(start, end)
  }

  /// The pass step `step` belongs to, if the trace has several.
  public func pass(ofStep step: Int) -> (number: Int, pass: Pass)? {
    guard let index = passes.lastIndex(where: { $0.firstStep <= step }) else { return nil }
    return (index + 1, passes[index])
  }

  /// Whether the program has errors.
  public var hasErrors: Bool { log.diagnostics.contains { $0.severity == .error } }

  /// What event `index` did.
  public func happening(at index: Int) -> Happening { engine.happening(at: index) }
}

/// One pass of a multi-pass analysis: its name and the steps it covers.
public struct Pass: Sendable, Equatable {
  /// What the pass does (`collect`, `analyze`, `compile`).
  public let name: String
  /// Its first step.
  public let firstStep: Int
  /// What it does, in one sentence, for the status line and help.
  public let summary: String

  /// A pass starting at `firstStep`.
  public init(name: String, firstStep: Int, summary: String) {
    self.name = name
    self.firstStep = firstStep
    self.summary = summary
  }
}

/// The high-water marks of a trace's steps, built once, on first use, by whichever thread
/// asks first.
final class HighWater: Sendable {
  /// The marks, once built.
  private let built = Mutex<[Int32]?>(nil)

  /// The marks for `events`, building them the first time.
  func marks(of events: Log<Event>) -> [Int32] {
    built.withLock { marks in
      if let marks { return marks }
      var high: Int32 = -1
      let made = events.map { event in
        high = max(high, event.step)
        return high
      }
      marks = made
      return made
    }
  }
}
