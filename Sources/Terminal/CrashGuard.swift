import Glibc

/// The terminal settings from before the explorer started, for restoring after a crash.
nonisolated(unsafe) private let savedSettings = UnsafeMutablePointer<termios>.allocate(capacity: 1)
/// Whether `savedSettings` holds anything.
nonisolated(unsafe) private var haveSavedSettings = false
/// The crash handlers that were installed before ours (the Swift backtracer's), by signal.
nonisolated(unsafe) private let previousActions = UnsafeMutablePointer<sigaction>.allocate(capacity: 32)

/// The signals that mean the program itself failed.
private let crashSignals = [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE]

/// Leave the alternate screen, show the cursor, reset colours and mouse reporting.
private let resetSequence: [UInt8] = Array("\u{1B}[0m\u{1B}[?1000l\u{1B}[?25h\u{1B}[?1049l\r\n".utf8)

/// Remembers the terminal's settings and, if the explorer crashes, puts them back (with
/// only async-signal-safe calls) before the previous handler reports the crash.
func guardAgainstCrashes() {
  haveSavedSettings = tcgetattr(0, savedSettings) == 0
  var action = sigaction()
  action.__sigaction_handler.sa_handler = { signal in
    resetSequence.withUnsafeBufferPointer { _ = write(1, $0.baseAddress, $0.count) }
    if haveSavedSettings { tcsetattr(0, TCSANOW, savedSettings) }
    sigaction(signal, previousActions + Int(signal), nil)
    raise(signal)
  }
  sigemptyset(&action.sa_mask)
  action.sa_flags = Int32(truncatingIfNeeded: SA_RESETHAND)
  for signal in crashSignals { sigaction(signal, &action, previousActions + Int(signal)) }
}

/// Puts the crash handlers back as they were.
func stopGuardingAgainstCrashes() {
  for signal in crashSignals { sigaction(signal, previousActions + Int(signal), nil) }
}
