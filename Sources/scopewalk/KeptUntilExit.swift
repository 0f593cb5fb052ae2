import ScopeEngine

/// Traces the command has finished with, kept until the process exits instead of freed.
///
/// A large trace is hundreds of thousands of arrays; freeing them one by one only delays an
/// exit that returns all the memory at once (clang skips its own frees the same way,
/// `-disable-free`).
enum KeptUntilExit {
  /// The traces kept.
  nonisolated(unsafe) private static var traces: [Trace] = []

  /// Keeps `trace` alive until the process exits.
  static func keep(_ trace: Trace) { traces.append(trace) }
}
