import Testing

@_spi(Testing) @testable import ScopeEngine

/// Live snapshots taken while running forward, keyed by event count.
final class SnapshotRecorder: @unchecked Sendable {
  var snapshots: [Int: StateSnapshot] = [:]
  let every: Int
  init(every: Int) { self.every = every }
  func observe(_ engine: Engine) {
    let count = engine.log.events.count
    if count % every == 0 || count < 40 { snapshots[count] = engine.liveSnapshot }
  }
}

@Suite("Time travel")
struct StateRebuildTests {
  /// Drives the engine through random pushes, pops, definitions and resolutions.
  static func randomRun(profile: TableProfile, seed: UInt64, operations: Int, recorder: SnapshotRecorder) -> Engine {
    var engine = Engine(profile: profile)
    engine.observer = { recorder.observe($0) }
    engine.pushScope(.global)
    var random = SplitMix(seed: seed)
    for step in 0..<operations {
      engine.step = Int32(step)
      let name = engine.intern("v\(random.next() % 40)")
      switch random.next() % 10 {
      case 0, 1: engine.pushScope(.function)
      case 2 where engine.scope(engine.current).parent >= 0: engine.popScope()
      case 3, 4, 5: engine.defineNext(name)
      default: engine.resolveCapturing(name)
      }
    }
    return engine
  }

  @Test(
    "The state rebuilt after any event equals the live state reached by running forward",
    arguments: TableProfile.allCases)
  func rebuiltEqualsLive(_ profile: TableProfile) {
    let recorder = SnapshotRecorder(every: 7)
    let engine = Self.randomRun(profile: profile, seed: 42, operations: 1500, recorder: recorder)
    #expect(recorder.snapshots.count > 100)
    for (count, live) in recorder.snapshots.sorted(by: { $0.key < $1.key }) {
      let rebuilt = EngineState(engine: engine, eventCount: count).snapshot
      #expect(rebuilt == live, "after \(count) events")
      if rebuilt != live { break }
    }
  }

  @Test("Seeking backwards and forwards gives the same states in any order")
  func seekOrderDoesNotMatter() {
    let recorder = SnapshotRecorder(every: 1_000_000)
    let engine = Self.randomRun(profile: .parasheet, seed: 3, operations: 800, recorder: recorder)
    let total = engine.log.events.count
    var random = SplitMix(seed: 9)
    let points = (0..<50).map { _ in Int(random.next() % UInt64(total + 1)) }
    let forward = points.sorted().map { EngineState(engine: engine, eventCount: $0).snapshot }
    let backward = points.sorted(by: >).map { EngineState(engine: engine, eventCount: $0).snapshot }
    #expect(forward == backward.reversed())
  }
}
