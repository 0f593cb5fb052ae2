#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ScopeEngine

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
  /// file had when it was checked and not zero-filled first (a pass over every page before
  /// the read's own); if the file has grown since, the rest is read in chunks, to the limit.
  static func readAll(_ fd: Int32, path: String, expecting expected: Int) throws(SourceError) -> [UInt8] {
    var failure: SourceError?
    var bytes = [UInt8](unsafeUninitializedCapacity: max(expected, 0) + 1) { buffer, count in
      count = 0
      HugePages.adviseWhollyWritten(UnsafeMutableRawBufferPointer(buffer))
      do throws(SourceError) {
        while count < buffer.count {
          let read = try readChunk(
            fd, into: UnsafeMutableRawBufferPointer(UnsafeMutableBufferPointer(rebasing: buffer[count...])), path: path)
          if read == 0 { return }
          count += read
        }
      } catch {
        failure = error
      }
    }
    if let failure { throw failure }
    // Short of the room: the file ended, no larger than when it was checked.
    guard bytes.count == max(expected, 0) + 1 else { return bytes }
    let chunk = UnsafeMutableRawBufferPointer.allocate(byteCount: 1 << 16, alignment: 1)
    defer { chunk.deallocate() }
    while true {
      if bytes.count > maximumSize { throw .tooLarge(path: path, megabytes: bytes.count >> 20) }
      let read = try readChunk(fd, into: chunk, path: path)
      if read == 0 { return bytes }
      bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[0..<read]))
    }
  }

  /// Reads what `fd` has next into `buffer` (again after a signal); 0 at the end.
  private static func readChunk(_ fd: Int32, into buffer: UnsafeMutableRawBufferPointer, path: String)
    throws(SourceError) -> Int
  {
    while true {
      let read = Glibc.read(fd, buffer.baseAddress!, buffer.count)
      if read >= 0 { return read }
      if errno != EINTR { throw .unreadable(path: path, reason: String(cString: strerror(errno)).lowercased()) }
    }
  }
}
