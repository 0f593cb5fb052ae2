import ScopeEngine

/// Moving the cursor: every move lands on a step with all the events that belong to it
/// applied, except event-by-event moves, which stop inside a step.
extension Explorer {
  /// Moves to `step` with all its events applied (for callers outside the key map).
  public mutating func go(toStep target: Int) { moveTo(step: target) }

  /// Moves to `step` with all its events applied.
  mutating func moveTo(step target: Int) {
    step = min(max(target, 0), trace.stepCount - 1)
    eventCount = trace.eventCount(throughStep: step)
    pickedScope = nil
    scroll[.buckets] = nil
    scroll[.path] = nil
    scroll[.source] = nil
  }

  /// Moves so that exactly `count` events are applied, on the step the last one belongs to.
  mutating func moveTo(eventCount count: Int) {
    let target = count == 0 ? 0 : Int(trace.stepHighWater[count - 1])
    moveTo(step: target)
    eventCount = count
  }

  /// The next event: within this step first, then the first event of the next step with one.
  mutating func nextEvent() -> Bool {
    guard eventCount < trace.events.count else { return false }
    moveTo(eventCount: eventCount + 1)
    return true
  }

  /// The previous event.
  mutating func previousEvent() -> Bool {
    let start = trace.eventRange(ofStep: step).lowerBound
    if eventCount > start + 1 {
      moveTo(eventCount: eventCount - 1)
      return true
    }
    guard start > 0 else { return false }
    moveTo(eventCount: start)
    return true
  }

  /// The next (or previous) push or pop.
  mutating func jumpToScopeChange(forward: Bool) -> Bool {
    let changes = trace.log.scopeChanges
    let next = trace.log.scopeChangeIndex(atOrAfter: forward ? eventCount : focusedEvent ?? eventCount)
    let target = forward ? next : next - 1
    guard changes.indices.contains(target) else { return false }
    moveTo(eventCount: Int(changes[target]) + 1)
    return true
  }

  /// The first step on 1-based `line` (or the next line that has one).
  func firstStep(onOrAfterLine line: Int) -> Int? {
    guard line >= 1 && line <= lineStarts.count else { return nil }
    let offset = Int32(lineStarts[line - 1])
    let first = trace.tokens.partitioningIndex { $0.start >= offset }
    return first < trace.tokens.count ? first : nil
  }

  /// Runs to the next (or previous) line with a breakpoint.
  mutating func runToBreakpoint(forward: Bool) -> Bool {
    guard !breakpoints.isEmpty else { return false }
    let current = line
    let lines = breakpoints.sorted()
    let targetLine = forward ? lines.first { $0 > current } : lines.last { $0 < current }
    guard let targetLine, let target = firstStep(onOrAfterLine: targetLine) else { return false }
    moveTo(step: target)
    return true
  }

  /// The name an event is about, if any.
  func name(ofEvent index: Int) -> NameID? {
    switch trace.happening(at: index) {
    case .intern(let name, _, _): return name
    case .define(let d): return trace.engine.symbols[Int(d.symbol)].name
    case .close(let symbol, _): return trace.engine.symbols[Int(symbol)].name
    case .resolve(let r): return r.name
    default: return nil
    }
  }

  /// Jumps to the next event about `text`, wrapping to the start.
  mutating func find(_ text: String) -> Bool {
    guard let id = trace.engine.names.lookup(text) else { return false }
    let order = Array(eventCount..<trace.events.count) + Array(0..<min(eventCount, trace.events.count))
    guard let hit = order.first(where: { name(ofEvent: $0) == id }) else { return false }
    moveTo(eventCount: hit + 1)
    return true
  }

  /// The symbol under the cursor: the focused (or this step's last) event's symbol.
  var symbolUnderCursor: SymbolID? {
    let range = trace.eventRange(ofStep: step)
    let candidates = ([focusedEvent].compactMap { $0 } + range.reversed())
    for index in candidates {
      switch trace.happening(at: index) {
      case .define(let d): return d.symbol
      case .resolve(let r) where r.symbol >= 0: return r.symbol
      default: continue
      }
    }
    return nil
  }

  /// Jumps to the event that defined the symbol under the cursor (for a FREE symbol, the
  /// capture that made it).
  mutating func why() -> Bool {
    guard let symbol = symbolUnderCursor,
      let index = trace.events.indices.last(where: { trace.log.definedSymbol(at: $0) == symbol })
    else { return false }
    moveTo(eventCount: index + 1)
    return true
  }

  /// Jumps to the next (or previous) diagnostic.
  mutating func jumpToDiagnostic(forward: Bool) -> Bool {
    let indices = trace.events.indices
    let target =
      forward
      ? indices[eventCount...].first { trace.events[$0].kind == .diagnostic }
      : indices[..<(focusedEvent ?? eventCount)].last { trace.events[$0].kind == .diagnostic }
    guard let target else { return false }
    moveTo(eventCount: target + 1)
    return true
  }
}
