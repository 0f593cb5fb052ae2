#if canImport(Glibc)
  import Glibc
#endif
import Synchronization

/// Touches the pages just past the end of the engine's growing logs from a thread with time to
/// spare (a scanner that has run ahead), so that the page faults of a large run leave the
/// thread that records: a fresh page costs a fault of a microsecond or two, and the logs of a
/// million tokens take ten thousand of them.
///
/// The recording thread publishes where each log's buffer is and how much of it is written
/// (`publish`); the warming thread asks the kernel to provide the next `ahead` bytes of each
/// (`MADV_POPULATE_WRITE`), never writing into them itself. At most `ahead` bytes per log are
/// provided that the run may not use.
public final class PageWarmer: @unchecked Sendable {
  /// A log's buffer: its address, the bytes written, the bytes it can hold.
  public struct Region: Sendable {
    /// The buffer's address.
    let base: Int
    /// The bytes written so far.
    let written: Int
    /// The bytes the buffer holds before it must move.
    let capacity: Int
  }

  /// How far past each log's end pages are provided.
  static let ahead = 16 << 10
  /// The logs as last published.
  private let published = Mutex<[Region]>([])
  /// Whether the recording is over.
  private let finished = Atomic<Bool>(false)
  /// Per buffer address, how far pages have been provided (warming thread only).
  private var warmedTo: [Int: Int] = [:]
  /// The position (a token, say) at which the warming thread last warmed while busy.
  private var warmedAt = 0

  /// Steps between publications (as a power of two): a hundred or two microseconds of
  /// recording.
  @usableFromInline static let publishShift: Int32 = 10
  /// Positions between the warming thread's looks while it has work of its own.
  static let warmInterval = 4096

  /// A warmer with nothing published.
  public init() {}

  /// Whether the recording, moving from step `from` to step `to`, is due to publish: it
  /// passed another 1,024 steps (a check cheap enough to make at every token).
  @inlinable @inline(__always)
  public static func isDue(from: Int32, to: Int32) -> Bool { from >> publishShift != to >> publishShift }

  /// Publishes the logs' regions (recording thread).
  public func publish(_ regions: [Region]) { published.withLock { $0 = regions } }

  /// Warms once when the warming thread, busy with its own work, has reached `position`
  /// (tokens scanned, say) another `warmInterval` past the last time.
  public func warm(at position: Int) {
    guard position - warmedAt >= Self.warmInterval else { return }
    warmedAt = position
    warm()
  }

  /// Says the recording is over: `warmUntilFinished` returns.
  public func finish() { finished.store(true, ordering: .releasing) }

  /// Provides the pages ahead of each log once (warming thread). Returns whether it did any.
  @discardableResult
  public func warm() -> Bool {
    let regions = published.withLock { $0 }
    var worked = false
    for region in regions {
      let start = max(warmedTo[region.base] ?? 0, pageUp(region.base + region.written))
      let end = pageUp(min(region.base + region.written + Self.ahead, region.base + region.capacity))
      guard end > start else { continue }
      Self.populate(start, end - start)
      warmedTo[region.base] = end
      worked = true
    }
    return worked
  }

  /// Warms until the recording is over (warming thread, once it has nothing else to do).
  public func warmUntilFinished() {
    while !finished.load(ordering: .acquiring) {
      // The recording thread publishes every thousand tokens or so, a hundred or two
      // microseconds apart: sleeping between looks leaves it the core when the two share one.
      if !warm() { usleep(100) }
    }
  }

  /// Asks the kernel to provide `bytes` of memory from `address` as if written.
  static func populate(_ address: Int, _ bytes: Int) {
    #if os(Linux)
      guard let pointer = UnsafeMutableRawPointer(bitPattern: address) else { return }
      _ = madvise(pointer, bytes, populateWrite)
    #endif
  }

  /// Linux's `MADV_POPULATE_WRITE` (5.14 and later; an older kernel refuses it, harmlessly).
  static let populateWrite: Int32 = 23
}

extension PageWarmer.Region {
  /// The region of `array`'s buffer.
  init<Storage: ContiguousStorage>(_ array: Storage) {
    let stride = MemoryLayout<Storage.Element>.stride
    base = array.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) }
    written = array.count * stride
    capacity = array.capacity * stride
  }
}

extension Engine {
  /// Where the engine's largest logs are, for a `PageWarmer`.
  public var growingRegions: [PageWarmer.Region] {
    [
      .init(log.events), .init(log.storedResolutions), .init(log.path), .init(log.captured), .init(symbols),
      .init(scopes), .init(tablePool.entries), .init(tablePool.heads), .init(tablePool.captures),
      .init(names.records), .init(names.fnvHashes), .init(names.internEvents), .init(names.pool),
      .init(tablePool.epochs), .init(log.growths), .init(log.scopeChanges), .init(scopeParents),
      .init(stretchTops), .init(stretchEpochs),
    ]
  }
}
