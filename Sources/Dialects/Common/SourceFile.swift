import ScopeEngine

/// Why a file could not be analysed.
public enum SourceError: Error, Equatable, CustomStringConvertible {
  /// The file could not be opened or read.
  case unreadable(path: String, reason: String)
  /// The file holds bytes that are not UTF-8 text.
  case notText(path: String, offset: Int)
  /// The file holds a NUL byte: it is binary.
  case binary(path: String, offset: Int)

  /// One line that names the file and says what to do.
  public var description: String {
    switch self {
    case .unreadable(let path, let reason):
      "\(path): cannot read the file (\(reason)); check the path and its permissions."
    case .notText(let path, let offset):
      "\(path): not UTF-8 text (invalid byte at offset \(offset)); convert the file to UTF-8 and try again."
    case .binary(let path, let offset):
      "\(path): looks like a binary file (NUL byte at offset \(offset)); give scopewalk a source file."
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
    if let nul = bytes.firstIndex(of: 0) { throw .binary(path: path, offset: nul) }
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

  /// The offset of the first byte that is not part of valid UTF-8, or nil.
  static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
    let asciiPrefix = bytes.withUnsafeBufferPointer { buffer in
      var i = 0
      while i < buffer.count && buffer[i] < 0x80 { i += 1 }
      return i
    }
    if asciiPrefix == bytes.count { return nil }
    var iterator = bytes.makeIterator()
    var decoder = UTF8()
    var offset = 0
    while true {
      switch decoder.decode(&iterator) {
      case .scalarValue(let scalar): offset += UTF8.width(scalar)
      case .emptyInput: return nil
      case .error: return offset
      }
    }
  }
}
