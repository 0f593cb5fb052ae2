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

  @Test("An advised buffer's whole pages are marked for huge pages in the kernel's map")
  func markedForHugePages() throws {
    let mode = (try? String(contentsOfFile: "/sys/kernel/mm/transparent_hugepage/enabled", encoding: .utf8)) ?? ""
    guard mode.contains("[madvise]") || mode.contains("[always]") else { return }
    let size = 32 << 20
    let array = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
      HugePages.advise(UnsafeRawBufferPointer(buffer))
      // The middle of the buffer lies in an advised huge page whatever the alignment.
      let middle = UInt(bitPattern: Int(bitPattern: buffer.baseAddress!) + size / 2)
      #expect(Self.kernelFlags(at: middle).contains("hg"), "VmFlags of the mapping holding the buffer")
      memset(buffer.baseAddress!, 1, size)
      count = size
    }
    #expect(array[12345] == 1)
  }

  /// The kernel's `VmFlags` for the mapping holding `address` (`/proc/self/smaps`): `hg`
  /// is `MADV_HUGEPAGE`. Read from this mapping alone, so tests running beside this one,
  /// and whether the kernel has huge pages free at the moment, do not matter.
  static func kernelFlags(at address: UInt) -> [Substring] {
    // A /proc file says it is empty, so it is read to its end rather than by its size.
    let data = (try? FileHandle(forReadingFrom: URL(fileURLWithPath: "/proc/self/smaps")).readToEnd()) ?? nil
    let text = String(decoding: data ?? Data(), as: UTF8.self)
    var inside = false
    for line in text.split(separator: "\n") {
      if let dash = line.firstIndex(of: "-"), let space = line.firstIndex(of: " "), dash < space,
        let start = UInt(line[..<dash], radix: 16), let end = UInt(line[line.index(after: dash)..<space], radix: 16)
      {
        inside = start <= address && address < end
      } else if inside && line.hasPrefix("VmFlags:") {
        return line.split(separator: " ").dropFirst().map { $0 }
      }
    }
    return []
  }
}
