/// A resolution as the log keeps it, in 20 bytes: where its path and captures start, but not
/// how many there are, since they end where the next resolution's begin (a lookup's records
/// are appended between `beginLookup()` and `recordResolve`, and no lookup nests in another).
struct StoredResolution: Sendable {
  /// The name (low 30 bits, sign-extended) and the access (top 2 bits).
  private let nameAndAccess: UInt32
  /// The symbol found, or -1.
  let symbol: SymbolID
  /// The last event done when the lookup began.
  let asOf: Int32
  /// The first path run.
  let pathStart: Int32
  /// The first capture.
  let captureStart: Int32

  /// `resolution`, without its counts.
  init(_ resolution: Resolution) {
    nameAndAccess =
      UInt32(resolution.access.rawValue) << 30 | UInt32(bitPattern: resolution.name) & Self.nameBits
    symbol = resolution.symbol
    asOf = resolution.asOf
    pathStart = resolution.pathStart
    captureStart = resolution.captureStart
  }

  /// The bits that hold the name.
  private static let nameBits: UInt32 = 0x3FFF_FFFF

  /// The resolution whose records end at `pathEnd` and `captureEnd`.
  func resolution(pathEnd: Int32, captureEnd: Int32) -> Resolution {
    Resolution(
      name: Int32(bitPattern: nameAndAccess << 2) >> 2, access: Access(rawValue: UInt8(nameAndAccess >> 30))!,
      symbol: symbol, asOf: asOf, pathStart: pathStart, pathCount: pathEnd - pathStart,
      captureStart: captureStart, captureCount: captureEnd - captureStart)
  }
}

/// The log's resolutions, each decoded with its counts from where the next one starts.
public struct Resolutions: RandomAccessCollection, Sendable {
  /// The stored resolutions.
  let stored: Log<StoredResolution>
  /// Where the last resolution's path runs end.
  let pathEnd: Int32
  /// Where the last resolution's captures end.
  let captureEnd: Int32

  /// The first index.
  public var startIndex: Int { 0 }
  /// One past the last index.
  public var endIndex: Int { stored.count }

  /// Resolution `index`.
  public subscript(_ index: Int) -> Resolution {
    let isLast = index + 1 == stored.count
    return stored[index].resolution(
      pathEnd: isLast ? pathEnd : stored[index + 1].pathStart,
      captureEnd: isLast ? captureEnd : stored[index + 1].captureStart)
  }
}
