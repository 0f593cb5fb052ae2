import Testing

@testable import ScopeEngine

/// `trace --stats` counts what a buffer occupies (issue 11): a small buffer's capacity, and
/// a large one's written pages only.
@Suite("Footprint")
struct FootprintTests {
  @Test("A small array counts its capacity; a large reserved one its written pages")
  func bufferBytesCountsWhatIsOccupied() {
    var small: [Int32] = []
    small.reserveCapacity(100)
    small.append(1)
    #expect(bufferBytes(small) == small.capacity * 4)
    var large: [Int32] = []
    large.reserveCapacity(1 << 20)
    large.append(contentsOf: repeatElement(7, count: 1025))
    #expect(bufferBytes(large) == 8192, "1,025 elements of 4 bytes take two pages")
  }
}
