#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif
#if STATIC_ICU
  import CICU
#endif

/// Unicode's NFKC normalization, from the ICU library that ships with the Swift runtime
/// (`lib_FoundationICU`): linked in statically where `install.sh` builds with `STATIC_ICU`,
/// and otherwise loaded from the runtime's shared library the first time a non-ASCII
/// identifier needs it. Importing Foundation for this one call would load
/// Foundation and ICU into every run, about 10 MiB of memory and 4 ms before the first
/// token, for a rule that ASCII sources never need.
final class NFKC: @unchecked Sendable {  // ICU documents its normalizers as immutable and thread-safe.
  /// ICU's `unorm2_normalize`: normalizer, source, length, destination, capacity, error.
  private typealias Normalize =
    @convention(c) (
      OpaquePointer, UnsafePointer<UInt16>, Int32, UnsafeMutablePointer<UInt16>, Int32, UnsafeMutablePointer<Int32>
    ) -> Int32
  /// ICU's `unorm2_getNFKCInstance`: error.
  private typealias Instance = @convention(c) (UnsafeMutablePointer<Int32>) -> OpaquePointer?

  /// The library's name, found through the executable's run path as the runtime is.
  static let library = "lib_FoundationICU.so"
  /// ICU's error for a destination too small (`U_BUFFER_OVERFLOW_ERROR`).
  static let bufferOverflow: Int32 = 15

  /// The normalizer, or nil if the library cannot be loaded.
  static let shared = NFKC()

  /// ICU's NFKC normalizer instance (owned by ICU, never freed).
  private let instance: OpaquePointer
  /// The normalize function.
  private let normalizeFunction: Normalize

  /// The functions ICU exports under these names.
  static let instanceName = "swift_unorm2_getNFKCInstance"
  static let normalizeName = "swift_unorm2_normalize"

  /// Finds ICU and its NFKC instance; nil if either is missing.
  private init?() {
    #if STATIC_ICU
      let instance: Instance = { swift_unorm2_getNFKCInstance($0) }
      normalizeFunction = { swift_unorm2_normalize($0, $1, $2, $3, $4, $5) }
    #else
      guard let handle = dlopen(Self.library, RTLD_NOW | RTLD_LOCAL),
        let instanceSymbol = dlsym(handle, Self.instanceName), let normalizeSymbol = dlsym(handle, Self.normalizeName)
      else { return nil }
      let instance = unsafeBitCast(instanceSymbol, to: Instance.self)
      normalizeFunction = unsafeBitCast(normalizeSymbol, to: Normalize.self)
    #endif
    var error: Int32 = 0
    guard let normalizer = instance(&error), error <= 0 else { return nil }
    self.instance = normalizer
  }

  /// `text` in NFKC, or `text` itself if ICU reports an error.
  func normalize(_ text: String) -> String {
    let source = Array(text.utf16)
    var capacity = source.count * 2 + 16
    while true {
      var error: Int32 = 0
      var destination = [UInt16](repeating: 0, count: capacity)
      let length = normalizeFunction(instance, source, Int32(source.count), &destination, Int32(capacity), &error)
      if error == Self.bufferOverflow {
        capacity = Int(length) + 1
        continue
      }
      guard error <= 0 else { return text }
      return String(decoding: destination[0..<Int(length)], as: UTF16.self)
    }
  }
}
