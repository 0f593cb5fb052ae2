import Testing

@testable import ScopeEngine

@Suite("Log: the engine's append-only arrays")
struct LogTests {
  @Test("Appending past every growth keeps each element in place and order")
  func appendsSurviveGrowth() {
    var log = Log<Int32>()
    for value in 0..<10_000 { log.append(Int32(value)) }
    #expect(log.count == 10_000)
    #expect(log.capacity >= 10_000)
    #expect(Array(log) == (0..<10_000).map { Int32($0) })
  }

  @Test("Reserving room, writing in place, appending many and removing the last give what an array does")
  func behavesAsAnArray() {
    var log = Log<UInt8>()
    var array: [UInt8] = []
    log.reserveCapacity(3)
    #expect(log.capacity == 3 && log.isEmpty)
    for byte: UInt8 in [1, 2, 3, 4, 5] {
      log.append(byte)
      array.append(byte)
    }
    let more: [UInt8] = [9, 8, 7]
    more.withUnsafeBufferPointer { log.append(contentsOf: $0) }
    array += more
    log[0] = 42
    array[0] = 42
    log.removeLast(2)
    array.removeLast(2)
    #expect(Array(log) == array)
    #expect(log.last == 9 && log[2...3].elementsEqual([3, 4]))
    #expect(log.withUnsafeBufferPointer { Array($0) } == array)
    #expect(log == Log(array) && log != Log([1]))
  }

  @Test("A copy shares the buffer: what the engine appends after copying, the copy sees")
  func copiesShare() {
    var log: Log<Int> = [1, 2]
    let copy = log
    log.append(3)
    #expect(copy.count == 3 && copy[2] == 3)
  }

  @Test("Elements with references are released when the log is")
  func releasesElements() {
    final class Token {}
    weak var watched: Token?
    do {
      var log = Log<Token>()
      let token = Token()
      watched = token
      log.append(token)
      #expect(watched != nil)
    }
    #expect(watched == nil)
  }
}
