import Dialects
import Glibc
import ScopeEngine

/// `scopewalk-bench SCOPEWALK FILE…`: measures `scopewalk trace --format none` on each
/// generated FILE (medians of several runs, peak memory), and rebuilding the engine state
/// at random steps. Run through `bench/run`, which builds release and generates the files.
@main
enum Bench {
  static func main() {
    let arguments = Array(CommandLine.arguments.dropFirst())
    guard arguments.count >= 2 else {
      print("usage: scopewalk-bench PATH-TO-SCOPEWALK FILE… (bench/run does this for you)")
      exit(64)
    }
    print("machine: \(machineDescription())")
    // Each file's peak memory is read from this process's children, whose peak is the
    // largest so far: bench/run starts one bench per file.
    for file in arguments.dropFirst() {
      traceSpeed(scopewalk: arguments[0], file: file)
      seekSpeed(scopewalk: arguments[0], file: file)
    }
  }

  /// Runs the trace command several times and reports medians.
  static func traceSpeed(scopewalk: String, file: String, runs: Int = 7) {
    var rates: [Double] = []
    var times: [Double] = []
    var peaks: [Double] = []
    var tokens = 0
    for _ in 0..<runs {
      var child = ChildRun(stderr: "", status: 0, peakKiB: 0)
      let wall = seconds { child = run([scopewalk, "trace", "--format", "none", "--stats", file]) }
      let fields = child.stderr.split(whereSeparator: { $0 == " " || $0 == "\n" })
      guard child.status == 0 || child.status == 65, let at = fields.firstIndex(of: "tokens/s") else {
        print("\(file): trace failed: \(child.stderr)")
        return
      }
      tokens = Int(fields[fields.firstIndex(of: "tokens")! + 1]) ?? 0
      rates.append(Double(fields[at + 1]) ?? 0)
      times.append(wall)
      peaks.append(Double(child.peakKiB) / 1024)
    }
    print(
      "\(file): \(tokens) tokens; trace --format none, median of \(runs): "
        + "\(format(median(rates) / 1e6)) M tokens/s (analysis incl. recording), "
        + "\(format(median(times) * 1000)) ms wall per run, peak memory \(format(median(peaks))) MiB")
  }

  /// Rebuilds the complete state (stack, every live table, the name table) at random steps.
  static func seekSpeed(scopewalk: String, file: String, seeks: Int = 2000) {
    guard let handle = fopen(file, "r") else { return }
    var bytes: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = fread(&buffer, 1, buffer.count, handle)
      if count <= 0 { break }
      bytes += buffer[0..<count]
    }
    fclose(handle)
    guard let source = try? SourceFile(path: file, bytes: bytes), let dialect = Dialect(path: file) else { return }
    let trace = dialect.analyze(source)
    ExplorerSpeed.measure(scopewalk: scopewalk, file: file, trace: trace, dialect: dialect)
    var random = SystemRandomNumberGenerator()
    var stackOnly: [Double] = []
    var complete: [Double] = []
    for _ in 0..<seeks {
      let step = Int.random(in: 0..<trace.stepCount, using: &random)
      var state: EngineState?
      stackOnly.append(seconds { state = trace.state(atStep: step) })
      var snapshot: StateSnapshot?
      complete.append(seconds { snapshot = trace.state(atStep: step).snapshot })
      precondition(state != nil && snapshot != nil)
    }
    print(
      "\(file): state at a random step, \(seeks) seeks: seek \(format(median(stackOnly) * 1e6)) µs median; "
        + "complete state (stack, every live table's buckets, name table) \(format(median(complete) * 1e3)) ms median, "
        + "\(format(percentile(complete, 0.99) * 1e3)) ms p99, \(format((complete.max() ?? 0) * 1e3)) ms max")
  }

  static func format(_ value: Double) -> String {
    let scaled = (value * 100).rounded() / 100
    return "\(scaled)"
  }
}
