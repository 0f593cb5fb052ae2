#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

extension SourceFile {
  /// The largest file scopewalk reads: 256 MiB.
  public static let maximumSize = 256 << 20

  /// Reads and checks the file at `path`: a regular file (a FIFO, a device or a socket is
  /// refused before anything is read, so nothing can hang), at most `maximumSize` bytes.
  public static func read(path: String) throws(SourceError) -> SourceFile {
    let fd = open(path, O_RDONLY | O_NONBLOCK)
    guard fd >= 0 else { throw .unreadable(path: path, reason: String(cString: strerror(errno)).lowercased()) }
    defer { close(fd) }
    var info = stat()
    guard fstat(fd, &info) == 0 else {
      throw .unreadable(path: path, reason: String(cString: strerror(errno)).lowercased())
    }
    switch info.st_mode & S_IFMT {
    case S_IFREG: break
    case S_IFDIR: throw .unreadable(path: path, reason: "it is a directory")
    case S_IFIFO: throw .notAFile(path: path, what: "a FIFO")
    case S_IFCHR, S_IFBLK: throw .notAFile(path: path, what: "a device")
    case S_IFSOCK: throw .notAFile(path: path, what: "a socket")
    default: throw .notAFile(path: path, what: "not a file")
    }
    guard Int(info.st_size) <= maximumSize else { throw .tooLarge(path: path, megabytes: Int(info.st_size) >> 20) }
    _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK)
    let bytes = try readAll(fd, path: path, expecting: Int(info.st_size))
    return try SourceFile(path: path, bytes: bytes)
  }

  /// Reads `fd` to its end straight into the array, sized for the `expected` bytes the
  /// file had when it was checked (it may have grown since: then it grows, to the limit).
  static func readAll(_ fd: Int32, path: String, expecting expected: Int) throws(SourceError) -> [UInt8] {
    var bytes = [UInt8](repeating: 0, count: max(expected, 0) + 1)
    var count = 0
    while true {
      if count == bytes.count { bytes.append(contentsOf: repeatElement(0, count: max(bytes.count, 1 << 16))) }
      let room = bytes.count - count
      let read = bytes.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + count, room) }
      if read < 0 && errno == EINTR { continue }
      if read < 0 { throw .unreadable(path: path, reason: String(cString: strerror(errno)).lowercased()) }
      if read == 0 { break }
      count += read
      if count > maximumSize { throw .tooLarge(path: path, megabytes: count >> 20) }
    }
    bytes.removeLast(bytes.count - count)
    return bytes
  }
}
