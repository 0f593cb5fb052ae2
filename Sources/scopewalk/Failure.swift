import ArgumentParser
import Dialects
#if canImport(Glibc)
  import Glibc
#endif

/// Exit statuses, as sysexits(3) numbers them.
enum Status {
  /// Traced; the program has static errors.
  static let programErrors: Int32 = 65
  /// The command line was wrong.
  static let usage: Int32 = 64
  /// The input could not be read or is not UTF-8 text.
  static let noInput: Int32 = 66
  /// An output could not be written (EX_IOERR).
  static let ioError: Int32 = 74
}

/// A failure reported as one line on stderr and an exit status.
enum Failure: Error, CustomStringConvertible {
  /// A usage error (exit 64).
  case usage(String)
  /// The file could not be used (exit 66).
  case source(SourceError)
  /// The program could not be opened: its language is unknown (64) or its file unusable (66).
  case program(ProgramError)
  /// An output could not be written (exit 74).
  case output(String)

  var description: String {
    switch self {
    case .usage(let message): message
    case .source(let error): error.description
    case .program(let error): error.description
    case .output(let message): message
    }
  }

  var status: Int32 {
    switch self {
    case .usage, .program(.unknownLanguage): Status.usage
    case .source, .program(.source): Status.noInput
    case .output: Status.ioError
    }
  }
}

/// Runs `body`, turning a `Failure` into one line on stderr and its exit status; a write to
/// standard output that failed (other than to a closed pipe) is such a failure too.
func reportingFailures(_ body: () throws -> Void) throws {
  do {
    try body()
    if let error = StandardOutput.error { throw Failure.output("standard output: \(error); nothing more was written.") }
  } catch let failure as Failure {
    writeToStderr("scopewalk: \(failure.description)\n")
    throw ExitCode(failure.status)
  }
}

/// Writes text to stderr.
func writeToStderr(_ text: String) {
  write(all: Array(text.utf8), to: 2)
}

/// What became of writes to standard output.
enum StandardOutput {
  /// Why a write failed (nil while all went well, and after a closed pipe, which ends the
  /// output quietly).
  nonisolated(unsafe) static var error: String?
  /// Whether writing has stopped (after a failure or a closed pipe).
  nonisolated(unsafe) static var stopped = false
}

/// Writes bytes to stdout, all of them; a failure is remembered and reported at the end
/// (exit 74), and a closed pipe (`| head`) stops the output quietly.
func writeToStdout(_ bytes: [UInt8]) {
  guard !StandardOutput.stopped else { return }
  if let failure = write(all: bytes, to: 1) {
    StandardOutput.stopped = true
    if failure != EPIPE { StandardOutput.error = String(cString: strerror(failure)).lowercased() }
  }
}

/// Writes all of `bytes` to file descriptor `fd`; returns the error number of a failure.
@discardableResult
func write(all bytes: [UInt8], to fd: Int32) -> Int32? {
  bytes.withUnsafeBufferPointer { buffer -> Int32? in
    var offset = 0
    while offset < buffer.count {
      let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
      if written < 0 && errno == EINTR { continue }
      if written < 0 { return errno }
      if written == 0 { return EIO }
      offset += written
    }
    return nil
  }
}
