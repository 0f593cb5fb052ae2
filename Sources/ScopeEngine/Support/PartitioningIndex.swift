extension RandomAccessCollection {
  /// The index of the first element in the second part of a collection split in two by
  /// `isInSecondPart` (false for every element of the first part, true for every element of
  /// the second): a binary search, `endIndex` when the second part is empty.
  @inlinable
  public func partitioningIndex(where isInSecondPart: (Element) throws -> Bool) rethrows -> Index {
    var low = startIndex
    var count = self.count
    while count > 0 {
      let half = count / 2
      let middle = index(low, offsetBy: half)
      if try isInSecondPart(self[middle]) {
        count = half
      } else {
        low = index(after: middle)
        count -= half + 1
      }
    }
    return low
  }
}
