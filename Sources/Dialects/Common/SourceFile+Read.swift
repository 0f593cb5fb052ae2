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
    var bytes: [UInt8] = []
    bytes.reserveCapacity(max(Int(info.st_size), 0))
    var chunk = [UInt8](repeating: 0, count: 1 << 16)
    while true {
      let count = chunk.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress, $0.count) }
      if count < 0 && errno == EINTR { continue }
      if count < 0 { throw .unreadable(path: path, reason: String(cString: strerror(errno)).lowercased()) }
      if count == 0 { break }
      bytes.append(contentsOf: chunk[0..<count])
      if bytes.count > maximumSize { throw .tooLarge(path: path, megabytes: bytes.count >> 20) }
    }
    return try SourceFile(path: path, bytes: bytes)
  }
}
