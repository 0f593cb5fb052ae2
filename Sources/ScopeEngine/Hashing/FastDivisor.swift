/// A 32-bit divisor that takes remainders with two multiplications instead of a division
/// (Lemire, Kaser and Kurz, "Faster Remainder by Direct Computation", 2019): exact for every
/// 32-bit dividend. The name table's sizes are primes, so its bucket is a remainder, taken
/// once per identifier read.
struct FastDivisor: Sendable {
  /// The divisor.
  let divisor: UInt32
  /// ⌈2⁶⁴ / divisor⌉.
  private let magic: UInt64

  /// A divisor of `divisor` (not 0).
  init(_ divisor: UInt32) {
    precondition(divisor > 0, "FastDivisor of 0")
    self.divisor = divisor
    magic = UInt64.max / UInt64(divisor) &+ 1
  }

  /// `dividend % divisor`.
  @inline(__always) func remainder(of dividend: UInt32) -> UInt32 {
    let fraction = magic &* UInt64(dividend)
    return UInt32(truncatingIfNeeded: fraction.multipliedFullWidth(by: UInt64(divisor)).high)
  }
}
