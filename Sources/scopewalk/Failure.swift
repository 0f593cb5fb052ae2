import ArgumentParser
import Dialects
import Foundation

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

  var description: String {
    switch self {
    case .usage(let message): message
    case .source(let error): error.description
    }
  }

  var status: Int32 {
    switch self {
    case .usage: Status.usage
    case .source: Status.noInput
    }
  }
}

/// Runs `body`, turning a `Failure` into one line on stderr and its exit status.
func reportingFailures(_ body: () throws -> Void) throws {
  do {
    try body()
  } catch let failure as Failure {
    FileHandle.standardError.write(Data("scopewalk: \(failure.description)\n".utf8))
    throw ExitCode(failure.status)
  }
}

/// Writes bytes to stdout, all of them (a closed pipe ends the write quietly).
func writeToStdout(_ bytes: [UInt8]) {
  bytes.withUnsafeBufferPointer { buffer in
    var offset = 0
    while offset < buffer.count {
      let written = write(1, buffer.baseAddress! + offset, buffer.count - offset)
      if written < 0 && errno == EINTR { continue }
      if written <= 0 { return }
      offset += written
    }
  }
}
