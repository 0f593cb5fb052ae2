#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
import ScopeEngine

/// Why a file could not be analysed.
public enum SourceError: Error, Equatable, CustomStringConvertible {
  /// The file could not be opened or read.
  case unreadable(path: String, reason: String)
  /// The file holds bytes that are not UTF-8 text.
  case notText(path: String, offset: Int)
  /// The file holds a NUL byte: it is binary.
  case binary(path: String, offset: Int)
  /// The path names something that is not a regular file (a FIFO, a device, a socket).
  case notAFile(path: String, what: String)
  /// The file is larger than scopewalk reads.
  case tooLarge(path: String, megabytes: Int)

  /// One line that names the file and says what to do.
  public var description: String {
    switch self {
    case .unreadable(let path, let reason):
      "\(path): cannot read the file (\(reason)); check the path and its permissions."
    case .notText(let path, let offset):
      "\(path): not UTF-8 text (invalid byte at offset \(offset)); convert the file to UTF-8 and try again."
    case .binary(let path, let offset):
      "\(path): looks like a binary file (NUL byte at offset \(offset)); give scopewalk a source file."
    case .notAFile(let path, let what):
      "\(path): is \(what), not a regular file; give scopewalk a source file."
    case .tooLarge(let path, let megabytes):
      "\(path): is \(megabytes) MiB; scopewalk reads files of up to \(SourceFile.maximumSize >> 20) MiB."
    }
  }
}

/// Source text checked to be UTF-8 with no NUL bytes.
public struct SourceFile: Sendable {
  /// The path it was read from, as given.
  public let path: String
  /// Its bytes.
  public let bytes: [UInt8]

  /// Checks `bytes` read from `path`.
  public init(path: String, bytes: [UInt8]) throws(SourceError) {
    if let nul = Self.firstNUL(bytes) { throw .binary(path: path, offset: nul) }
    if let bad = Self.firstInvalidUTF8(bytes) { throw .notText(path: path, offset: bad) }
    self.path = path
    self.bytes = bytes
  }

  /// Bytes already checked (taken from an earlier `SourceFile`).
  public init(path: String, bytesTrusted bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  /// Source given as a string (always valid).
  public init(path: String, text: String) {
    self.path = path
    self.bytes = Array(text.utf8)
  }

  /// The offset of the first NUL byte, or nil (found with `memchr`).
  static func firstNUL(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBytes { b in
      guard let base = b.baseAddress, let nul = memchr(base, 0, b.count) else { return nil }
      return base.distance(to: UnsafeRawPointer(nul))
    }
  }

  /// The offset of the first byte that is not part of valid UTF-8 (RFC 3629: no overlong
  /// forms, no surrogates, nothing past U+10FFFF), or nil. ASCII is checked 8 bytes at a time.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    bytes.withUnsafeBufferPointer { b -> Int? in
      let n = b.count
      var i = 0
      while i < n {
        if i + 8 <= n
          && UnsafeRawPointer(b.baseAddress! + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0
        {
          i += 8
          continue
        }
        let lead = b[i]
        if lead < 0x80 {
          i += 1
          continue
        }
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0:
          length = 3
          low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED:
          length = 3
          high = 0x9F
        case 0xF0:
          length = 4
          low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4:
          length = 4
          high = 0x8F
        default: return i
        }
        guard i + length <= n, b[i + 1] >= low, b[i + 1] <= high else { return i }
        for k in 2..<length where b[i + k] & 0xC0 != 0x80 { return i }
        i += length
      }
      return nil
    }
  }
}
