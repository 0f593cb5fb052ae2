import Foundation
import Testing

@testable import ScopeEngine

/// Large buffers ask for transparent huge pages (issue 9): only the whole 2 MiB pages
/// inside a buffer are advised, and a written buffer is then backed by them.
@Suite("Huge pages")
struct HugePagesTests {
  /// (address, bytes, the advised range or nil)
  static let ranges: [(Int, Int, Range<Int>?)] = [
    // Aligned: every page.
    (0x4000_0000, 16 << 20, 0x4000_0000..<0x4100_0000),
    // Unaligned at both ends: the pages wholly inside.
    (0x4000_1000, 16 << 20, 0x4020_0000..<0x4100_0000),
    // Under the minimum: nothing.
    (0x4000_0000, 4 << 20, nil),
    // At the minimum, unaligned: three whole pages of the four spanned.
    (0x401F_F000, 8 << 20, 0x4020_0000..<0x4080_0000),
  ]

  @Test("The advised range is the whole huge pages inside the buffer", arguments: ranges.indices)
  func wholePages(_ index: Int) {
    let (address, bytes, expected) = Self.ranges[index]
    #expect(HugePages.wholePages(from: address, bytes: bytes) == expected)
  }

  @Test("A written advised buffer is backed by huge pages where the kernel allows them")
  func backedByHugePages() throws {
    let mode = (try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8)) ?? ""
    guard mode.contains("[madvise]") || mode.contains("[always]") else { return }
    let before = Self.anonymousHugeKilobytes()
    let size = 32 << 20
    let array = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      HugePages.advise(UnsafeRawBufferPointer(buffer))
      memset(buffer.baseAddress!, 1, size)
      count = size
    }
    let after = Self.anonymousHugeKilobytes()
    #expect(after - before >= 16 << 10, "at least 16 MiB of the 32 on huge pages")
    #expect(array[12345] == 1)
  }

  /// `AnonHugePages` of this process, in KiB.
  static func anonymousHugeKilobytes() -> Int {
    let text = (try? String(contentsOfFile: "/proc/self/smaps_rollup", encoding: .utf8)) ?? ""
    let line = text.split(separator: "\n").first { $0.hasPrefix("AnonHugePages:") } ?? ""
    return Int(line.split(separator: " ").dropFirst().first ?? "0") ?? 0
  }
}
