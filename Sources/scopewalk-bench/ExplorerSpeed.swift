import Dialects
import Explorer
import ScopeEngine
import Screen

/// The explorer's speed on a large trace: one step (update and view), a jump across the
/// whole file, and `scopewalk render` of the last step.
enum ExplorerSpeed {
  static func measure(scopewalk: String, file: String, trace: Trace, dialect: Dialect) {
    Width.useUTF8Locale()
    var explorer = Explorer(trace: trace, program: Program(.file(file), lang: dialect))
    var random = SystemRandomNumberGenerator()
    var steps: [Double] = []
    for _ in 0..<300 {
      explorer.go(toStep: Int.random(in: 0..<(trace.stepCount - 2), using: &random))
      var grid: Grid?
      steps.append(
        seconds {
          _ = explorer.update(.right); grid = explorer.view(width: 160, height: 48)
        })
      precondition(grid != nil)
    }
    var jumps: [Double] = []
    for _ in 0..<20 {
      explorer.go(toStep: 0)
      var grid: Grid?
      jumps.append(
        seconds {
          _ = explorer.update(.char("G")); grid = explorer.view(width: 160, height: 48)
        })
      precondition(grid != nil && explorer.step == trace.stepCount - 1)
    }
    var renders: [Double] = []
    for _ in 0..<5 {
      renders.append(seconds { _ = run([scopewalk, "render", file, "--step=-1", "--size", "160x48"]) })
    }
    print(
      "\(file): explorer at 160×48: one step (update + view) \(Bench.format(median(steps) * 1e3)) ms median, "
        + "\(Bench.format(percentile(steps, 0.99) * 1e3)) ms p99; first → last step \(Bench.format(median(jumps) * 1e3)) ms median; "
        + "scopewalk render of the last step \(Bench.format(median(renders))) s median")
  }
}
