#if canImport(Glibc)
  import Glibc
#endif
import Synchronization

/// An append-only buffer of fixed capacity whose elements never move, so one thread can
/// append while another reads what was published before (see `Feed`).
public final class FixedBuffer<Element>: @unchecked Sendable {
  /// The storage.
  @usableFromInline let base: UnsafeMutablePointer<Element>
  /// How many elements fit.
  @usableFromInline package let capacity: Int
  /// How many elements have been appended (stored; read through `count`).
  @exclusivity(unchecked) @usableFromInline var appended = 0

  /// How many elements have been appended (by the one thread that appends). Read through
  /// this inlined accessor: another module's direct read of a class's stored property pays a
  /// dynamic exclusivity check, a runtime call.
  @inlinable @inline(__always) package var count: Int { appended }

  /// An empty buffer for `capacity` elements (only the pages written are ever touched).
  package init(capacity: Int) {
    precondition(capacity <= Int(Int32.max), "a FixedBuffer's indices are Int32")
    self.capacity = max(capacity, 1)
    base = UnsafeMutablePointer<Element>.allocate(capacity: self.capacity)
  }

  deinit {
    base.deinitialize(count: count)
    base.deallocate()
  }

  /// Appends `element` and returns its index.
  @inlinable @inline(__always) @discardableResult
  package func append(_ element: Element) -> Int32 {
    precondition(appended < capacity, "FixedBuffer is full")
    (base + appended).initialize(to: element)
    appended &+= 1
    return Int32(truncatingIfNeeded: appended &- 1)
  }

  /// Removes the elements from `count` on (by the thread that appends, before it has
  /// published them).
  package func truncate(to newCount: Int) {
    guard newCount < count else { return }
    (base + newCount).deinitialize(count: count - newCount)
    appended = newCount
  }

  /// The address up to which `releasePages(below:)` has given pages back.
  private var releasedTo = 0

  /// Gives the memory of the whole pages before element `count` back to the system (called
  /// by the one thread that reads them, once it never will again: they would read as zeros).
  /// The buffer's share of the peak then follows what is still needed, not all ever written.
  package func releasePages(below count: Int) {
    #if os(Linux)
      let start = Int(bitPattern: UnsafeMutableRawPointer(base))
      let first = pageUp(max(releasedTo, start))
      let end = pageDown(start + count * MemoryLayout<Element>.stride)
      guard end - first >= 16 * pageSize, let pointer = UnsafeMutableRawPointer(bitPattern: first) else { return }
      _ = madvise(pointer, end - first, MADV_DONTNEED)
      releasedTo = end
    #endif
  }

  /// Element `index`.
  @inlinable @inline(__always) public subscript(_ index: Int32) -> Element {
    get { base[Int(index)] }
    set { base[Int(index)] = newValue }
  }

  /// The first element's address, fixed for the buffer's life: a reader on another thread
  /// keeps this rather than touching the object the writer keeps updating.
  @inlinable public var baseAddress: UnsafePointer<Element> { UnsafePointer(base) }

  /// `count` elements from `start`.
  @inlinable @inline(__always) public func slice(_ start: Int32, _ count: Int32) -> UnsafeBufferPointer<Element> {
    UnsafeBufferPointer(start: base + Int(start), count: Int(count))
  }
}
