/// An array that the engine's recording appends to without asking whether it is shared.
///
/// `Array.append` first checks that its buffer is not shared (a runtime call), so that a
/// copy never sees the change; a large run makes that check a million times. A `Log` is a
/// reference instead: its copies share one buffer, and what one appends or writes the others
/// see. The engine is moved from phase to phase, never copied while it is written (as its
/// `TablePool` already assumes), so a copy is only ever a reader of a finished or paused
/// recording.
public struct Log<Element>: RandomAccessCollection, MutableCollection {
  /// The shared buffer.
  @usableFromInline final class Storage {
    /// The first element's address.
    @exclusivity(unchecked) @usableFromInline var base: UnsafeMutablePointer<Element>
    /// How many elements there are.
    @exclusivity(unchecked) @usableFromInline var count = 0
    /// How many fit before the buffer moves.
    @exclusivity(unchecked) @usableFromInline var capacity = 0

    /// An empty buffer.
    @usableFromInline init() { base = UnsafeMutablePointer.allocate(capacity: 1) }

    deinit {
      base.deinitialize(count: count)
      base.deallocate()
    }

    /// Makes room for `extra` more elements (the check inline, the move out of line).
    @inlinable @inline(__always) func makeRoom(for extra: Int) {
      if count &+ extra > capacity { grow(toFit: count &+ extra) }
    }

    /// Moves the elements to a buffer of at least twice the room, and at least `needed`.
    @usableFromInline @inline(never) func grow(toFit needed: Int) { move(to: Swift.max(16, needed, capacity * 2)) }

    /// Moves the elements to a buffer of `newCapacity`.
    @usableFromInline func move(to newCapacity: Int) {
      let moved = UnsafeMutablePointer<Element>.allocate(capacity: Swift.max(newCapacity, 1))
      moved.moveInitialize(from: base, count: count)
      base.deallocate()
      base = moved
      capacity = newCapacity
    }
  }

  /// The buffer this log and its copies share.
  @usableFromInline let storage: Storage

  /// An empty log.
  public init() { storage = Storage() }

  /// A log of `elements`.
  public init<S: Sequence>(_ elements: S) where S.Element == Element {
    self.init()
    for element in elements { append(element) }
  }

  /// A log of `count` copies of `element`.
  public init(repeating element: Element, count: Int) {
    self.init()
    append(repeating: element, count: count)
  }

  /// The first index.
  @inlinable public var startIndex: Int { 0 }
  /// Past the last index.
  @inlinable public var endIndex: Int { storage.count }
  /// How many elements there are.
  @inlinable public var count: Int { storage.count }
  /// How many elements fit before the buffer moves.
  public var capacity: Int { storage.capacity }

  /// Element `index` (checked against the count, as an array's is), read and written in
  /// place: a write to one field of a large element does not copy the element.
  @inlinable public subscript(index: Int) -> Element {
    @inline(__always) unsafeAddress {
      precondition(index >= 0 && index < storage.count, "Log index out of range")
      return UnsafePointer(storage.base + index)
    }
    @inline(__always) nonmutating unsafeMutableAddress {
      precondition(index >= 0 && index < storage.count, "Log index out of range")
      return storage.base + index
    }
  }

  /// Appends `element`, moving the buffer to twice the room when it is full.
  @inlinable @inline(__always) public mutating func append(_ element: Element) {
    let storage = self.storage
    storage.makeRoom(for: 1)
    (storage.base + storage.count).initialize(to: element)
    storage.count &+= 1
  }

  /// Appends every element of `elements`.
  @inlinable public mutating func append(contentsOf elements: UnsafeBufferPointer<Element>) {
    let storage = self.storage
    storage.makeRoom(for: elements.count)
    if let source = elements.baseAddress {
      (storage.base + storage.count).initialize(from: source, count: elements.count)
    }
    storage.count += elements.count
  }

  /// Appends `count` copies of `element`.
  @inlinable public mutating func append(repeating element: Element, count: Int) {
    let storage = self.storage
    storage.makeRoom(for: count)
    (storage.base + storage.count).initialize(repeating: element, count: count)
    storage.count += count
  }

  /// Makes room for `capacity` elements in all.
  public func reserveCapacity(_ capacity: Int) {
    if capacity > storage.capacity { storage.move(to: capacity) }
  }

  /// Removes the last `k` elements.
  public mutating func removeLast(_ k: Int) {
    precondition(k >= 0 && k <= storage.count, "Log cannot remove more elements than it has")
    storage.count -= k
    (storage.base + storage.count).deinitialize(count: k)
  }

  /// Calls `body` with the elements' buffer (valid only during the call).
  @inlinable public func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R {
    try body(UnsafeBufferPointer(start: storage.base, count: storage.count))
  }
}

extension Log: @unchecked Sendable where Element: Sendable {}

extension Log: Equatable where Element: Equatable {
  /// Whether both hold the same elements in the same order.
  public static func == (lhs: Self, rhs: Self) -> Bool { lhs.elementsEqual(rhs) }
}

extension Log: ExpressibleByArrayLiteral {
  /// A log of the listed elements.
  public init(arrayLiteral elements: Element...) { self.init(elements) }
}

/// Elements stored one after another, with room for more: what the page warmer, the
/// huge-page advice and the footprint read of an `Array` or a `Log`.
public protocol ContiguousStorage<Element> {
  /// The element type.
  associatedtype Element
  /// How many elements there are.
  var count: Int { get }
  /// How many fit before the storage moves.
  var capacity: Int { get }
  /// Calls `body` with the elements' buffer.
  func withUnsafeBufferPointer<R>(_ body: (UnsafeBufferPointer<Element>) throws -> R) rethrows -> R
}

extension Array: ContiguousStorage {}
extension Log: ContiguousStorage {}
