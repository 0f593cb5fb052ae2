import Glibc

/// The median of `values` (0 when empty).
func median(_ values: [Double]) -> Double {
  let sorted = values.sorted()
  guard !sorted.isEmpty else { return 0 }
  return sorted.count % 2 == 1
    ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

/// The value below which `fraction` of `values` fall.
func percentile(_ values: [Double], _ fraction: Double) -> Double {
  let sorted = values.sorted()
  guard !sorted.isEmpty else { return 0 }
  return sorted[min(sorted.count - 1, Int(Double(sorted.count) * fraction))]
}

/// Seconds taken by `body`.
func seconds(_ body: () -> Void) -> Double {
  let clock = ContinuousClock()
  let elapsed = clock.measure(body)
  return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
}

/// What one child process printed to stderr and its peak resident memory.
struct ChildRun {
  var stderr: String
  var status: Int32
  var peakKiB: Int
}

/// Runs `arguments` (stdout discarded), returning its stderr, exit status and peak memory.
func run(_ arguments: [String]) -> ChildRun {
  var pipe: [Int32] = [0, 0]
  _ = Glibc.pipe(&pipe)
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  posix_spawn_file_actions_adddup2(&actions, pipe[1], 2)
  posix_spawn_file_actions_addclose(&actions, pipe[0])
  var pid: pid_t = 0
  let argv = arguments.map { strdup($0) } + [nil]
  defer { argv.forEach { free($0) } }
  let spawned = posix_spawn(&pid, arguments[0], &actions, nil, argv, environ)
  posix_spawn_file_actions_destroy(&actions)
  close(pipe[1])
  guard spawned == 0 else {
    close(pipe[0])
    return ChildRun(stderr: "cannot run \(arguments[0])", status: -1, peakKiB: 0)
  }
  var output: [UInt8] = []
  var buffer = [UInt8](repeating: 0, count: 4096)
  while true {
    let count = read(pipe[0], &buffer, buffer.count)
    if count <= 0 { break }
    output += buffer[0..<count]
  }
  close(pipe[0])
  var status: Int32 = 0
  var usage = rusage()
  wait4(pid, &status, 0, &usage)
  return ChildRun(
    stderr: String(decoding: output, as: UTF8.self), status: (status >> 8) & 0xFF, peakKiB: usage.ru_maxrss)
}

/// The machine, for the report: CPU model and core count.
func machineDescription() -> String {
  var model = "unknown CPU"
  if let file = fopen("/proc/cpuinfo", "r") {
    defer { fclose(file) }
    var line: UnsafeMutablePointer<CChar>?
    var capacity = 0
    while getline(&line, &capacity, file) > 0 {
      let text = String(cString: line!)
      if text.hasPrefix("model name") {
        model = text.split(separator: ":", maxSplits: 1).last!.trimmingCharacters(in: " \n")
        break
      }
    }
    free(line)
  }
  return "\(model), \(sysconf(Int32(_SC_NPROCESSORS_ONLN))) cores"
}

extension StringProtocol {
  /// The text with `characters` removed from both ends.
  func trimmingCharacters(in characters: String) -> String {
    var slice = Substring(self)
    while let first = slice.first, characters.contains(first) { slice = slice.dropFirst() }
    while let last = slice.last, characters.contains(last) { slice = slice.dropLast() }
    return String(slice)
  }
}
