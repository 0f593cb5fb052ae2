import Testing

@testable import ScopeEngine

/// A buffer gives back the pages its reader is done with (issue 11): those read as zeros,
/// the rest is intact, and the buffer is still freed cleanly.
@Suite("Fixed buffer")
struct FixedBufferTests {
  @Test("Pages before an element are given back; later elements keep their values")
  func releasePages() {
    let count = 1 << 20
    let buffer = FixedBuffer<Int>(capacity: count)
    for i in 0..<count { buffer.append(i + 1) }
    buffer.releasePages(below: count / 2)
    let released = (0..<count / 2).filter { buffer[Int32($0)] == 0 }.count
    #expect(released > count / 2 - 1024, "all but the first and last partial page read as zeros")
    #expect((count / 2..<count).allSatisfy { buffer[Int32($0)] == $0 + 1 })
    buffer.releasePages(below: count / 4)
    #expect(buffer[Int32(count / 2)] == count / 2 + 1, "releasing less than before does nothing")
  }
}
