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
}

/// A failure reported as one line on stderr and an exit status.
enum Failure: Error, CustomStringConvertible {
  /// A usage error (exit 64).
  case usage(String)
  /// The file could not be used (exit 66).
  case source(SourceError)
  /// The program could not be opened: its language is unknown (64) or its file unusable (66).
  case program(ProgramError)

  var description: String {
    switch self {
    case .usage(let message): message
    case .source(let error): error.description
    case .program(let error): error.description
    }
  }

  var status: Int32 {
    switch self {
    case .usage, .program(.unknownLanguage): Status.usage
    case .source, .program(.source): Status.noInput
    }
  }
}

/// Runs `body`, turning a `Failure` into one line on stderr and its exit status.
func reportingFailures(_ body: () throws -> Void) throws {
  do {
    try body()
  } catch let failure as Failure {
    writeToStderr("scopewalk: \(failure.description)\n")
    throw ExitCode(failure.status)
  }
}

/// Writes text to stderr.
func writeToStderr(_ text: String) {
  write(all: Array(text.utf8), to: 2)
}

/// Writes bytes to stdout, all of them (a closed pipe ends the write quietly).
func writeToStdout(_ bytes: [UInt8]) {
  write(all: bytes, to: 1)
}

/// Writes all of `bytes` to file descriptor `fd`.
func write(all bytes: [UInt8], to fd: Int32) {
  bytes.withUnsafeBufferPointer { buffer in
    var offset = 0
    while offset < buffer.count {
      let written = write(fd, buffer.baseAddress! + offset, buffer.count - offset)
      if written < 0 && errno == EINTR { continue }
      if written <= 0 { return }
      offset += written
    }
  }
}
