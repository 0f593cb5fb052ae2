/// Bytes being written out, with JSON escaping; handed to `flush` in large chunks.
public struct OutputBuffer {
  /// The pending bytes.
  public private(set) var bytes: [UInt8] = []
  /// Where full chunks go.
  private let sink: ([UInt8]) -> Void

  /// A buffer that hands full chunks to `sink`.
  public init(sink: @escaping ([UInt8]) -> Void) {
    self.sink = sink
    bytes.reserveCapacity(1 << 16)
  }

  /// Appends raw text.
  @inline(__always) public mutating func raw(_ text: StaticString) {
    text.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  /// Appends raw text.
  @inline(__always) public mutating func raw(_ text: String) {
    bytes.append(contentsOf: text.utf8)
  }

  /// Appends a decimal integer.
  public mutating func int<I: BinaryInteger>(_ value: I) {
    if value < 0 {
      bytes.append(UInt8(ascii: "-"))
      int(0 - value)
      return
    }
    if value >= 10 { int(value / 10) }
    bytes.append(UInt8(ascii: "0") + UInt8(value % 10))
  }

  /// Appends `,"name":value` (or `{"name":value` first in an object, with `first`).
  public mutating func field(_ name: StaticString, _ value: Int32, first: Bool = false) {
    raw(first ? "{\"" : ",\"")
    raw(name)
    raw("\":")
    int(value)
  }

  /// Appends `value` as a JSON string literal; control characters are escaped.
  public mutating func jsonString<Bytes: Sequence<UInt8>>(utf8 value: Bytes) {
    bytes.append(UInt8(ascii: "\""))
    for byte in value {
      switch byte {
      case UInt8(ascii: "\""): raw("\\\"")
      case UInt8(ascii: "\\"): raw("\\\\")
      case 0x0A: raw("\\n")
      case 0x0D: raw("\\r")
      case 0x09: raw("\\t")
      case 0..<0x20, 0x7F:
        raw("\\u00")
        let hex: [UInt8] = Array("0123456789abcdef".utf8)
        bytes.append(hex[Int(byte >> 4)])
        bytes.append(hex[Int(byte & 0xF)])
      default: bytes.append(byte)
      }
    }
    bytes.append(UInt8(ascii: "\""))
  }

  /// Appends `value` as a JSON string literal.
  public mutating func jsonString(_ value: String) { jsonString(utf8: value.utf8) }

  /// Ends a line and hands the buffer on when it is large.
  public mutating func endLine() {
    bytes.append(0x0A)
    if bytes.count >= 1 << 16 { flush() }
  }

  /// Hands everything pending to the sink.
  public mutating func flush() {
    if !bytes.isEmpty { sink(bytes) }
    bytes.removeAll(keepingCapacity: true)
  }
}
