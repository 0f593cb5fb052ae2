import Foundation
@_spi(Testing) import ScopeEngine
import Testing

@_spi(Testing) @testable import Dialects

/// Live snapshots taken while a dialect runs, keyed by event count.
final class LiveStates: @unchecked Sendable {
  var snapshots: [Int: StateSnapshot] = [:]
  func observe(_ engine: Engine) { snapshots[engine.log.events.count] = engine.liveSnapshot }
}

@Suite("Time travel over real programs")
struct TimeTravelTests {
  @Test(
    "The state rebuilt at random steps equals the state reached by running forward", arguments: TableProfile.allCases)
  func rebuiltEqualsForward(_ profile: TableProfile) throws {
    let live = LiveStates()
    let url = samplesFolder.appendingPathComponent("monkey/closures.mk")
    let file = SourceFile(path: "closures.mk", text: try String(contentsOf: url, encoding: .utf8))
    let trace = Dialect.monkey.analyze(file, profile: profile, observer: { live.observe($0) })
    var random = SystemRandomNumberGenerator()
    for _ in 0..<60 {
      let step = Int.random(in: 0..<trace.stepCount, using: &random)
      let count = trace.eventCount(throughStep: step)
      guard let forward = live.snapshots[count] else { continue }
      #expect(trace.state(atStep: step).snapshot == forward, "step \(step)")
    }
    #expect(live.snapshots.count > 50)
  }
}
