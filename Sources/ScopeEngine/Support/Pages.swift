/// A page of memory.
let pageSize = 4096

/// `address` (or a size) rounded up to a whole page.
@inline(__always) func pageUp(_ address: Int) -> Int { (address + pageSize - 1) & ~(pageSize - 1) }

/// `address` rounded down to a whole page.
@inline(__always) func pageDown(_ address: Int) -> Int { address & ~(pageSize - 1) }
