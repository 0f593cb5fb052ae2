import Glibc

/// The quiz log, opened once and appended to a line at a time (so it is complete up to a
/// quit or a signal).
final class QuizLogFile {
  /// The file's path, for messages.
  let path: String
  /// The open file.
  private let fd: Int32

  /// Opens (and empties) the log at `path`.
  init(path: String) throws {
    self.path = path
    fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_APPEND, 0o644)
    guard fd >= 0 else {
      throw Failure.usage("\(path): cannot write the quiz log (\(String(cString: strerror(errno)).lowercased())).")
    }
  }

  deinit { close(fd) }

  /// Appends `line` and a newline.
  func append(_ line: String) throws {
    if let error = write(all: Array((line + "\n").utf8), to: fd) {
      throw Failure.output("\(path): cannot write the quiz log (\(String(cString: strerror(error)).lowercased())).")
    }
  }
}
