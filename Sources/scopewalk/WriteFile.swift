import Glibc

/// Writes `bytes` to the file at `path`, replacing it; a failure is a one-line error.
func writeFile(_ path: String, _ bytes: [UInt8]) throws {
  let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
  guard fd >= 0 else {
    throw Failure.usage("\(path): cannot write the file (\(String(cString: strerror(errno)).lowercased())).")
  }
  let failure = write(all: bytes, to: fd)
  let closed = close(fd) == 0 ? nil : errno
  if let error = failure ?? closed {
    throw Failure.output("\(path): cannot write the file (\(String(cString: strerror(error)).lowercased())).")
  }
}
