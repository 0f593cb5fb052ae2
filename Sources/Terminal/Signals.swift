import Glibc
import Synchronization

/// The signal that asked the explorer to stop (0 while none has).
let pendingSignal = Atomic<Int32>(0)

/// Catches SIGINT, SIGTERM, SIGHUP and SIGQUIT: the handler only records the signal; the
/// input loop notices it within one timeout, restores the terminal and exits 128+signal.
func installSignalHandlers() {
  var action = sigaction()
  action.__sigaction_handler.sa_handler = { signal in pendingSignal.store(signal, ordering: .relaxed) }
  sigemptyset(&action.sa_mask)
  action.sa_flags = 0
  for signal in [SIGINT, SIGTERM, SIGHUP, SIGQUIT] { sigaction(signal, &action, nil) }
}
