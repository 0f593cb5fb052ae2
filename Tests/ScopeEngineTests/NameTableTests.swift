import Testing

@_spi(Testing) @testable import ScopeEngine

@Suite("Interned-name table")
struct NameTableTests {
  /// The bucket is a remainder taken by multiplication: it must equal `%` for every size
  /// the table takes and any hash, the extremes included.
  @Test("The fast remainder equals % for every table size, at the extremes and at random")
  func fastRemainder() {
    var random = SystemRandomNumberGenerator()
    let sizes =
      NameTableGrowth.teachingSizes + NameTableGrowth.jikesSizes + [1, 2, 3, 7, 1 << 31, UInt32.max].map(Int.init)
    for size in sizes {
      let divisor = FastDivisor(UInt32(size))
      let dividends: [UInt32] =
        [0, 1, UInt32(size) - 1, UInt32(size), UInt32.max, UInt32.max - 1] + (0..<2000).map { _ in random.next() }
      for dividend in dividends {
        #expect(divisor.remainder(of: dividend) == dividend % UInt32(size), "\(dividend) % \(size)")
      }
    }
  }

  @Test("New names go to the head of their chain; ids are pool positions")
  func chainOrder() {
    var table = NameTable()
    // With 13 buckets, "a" (97) and "n" (110) share bucket 6.
    let a = table.intern("a", at: 0)
    let n = table.intern("n", at: 1)
    #expect(a.id == 0 && n.id == 1)
    #expect(a.bucket == 6 && n.bucket == 6)
    let again = table.intern("a", at: 2)
    #expect(again == NameTable.Interning(id: 0, isNew: false, bucket: 6, growTo: nil))
    let snapshot = EngineState.nameSnapshot(of: table)
    #expect(snapshot.buckets[6] == .entries([BucketEntry(name: 1, value: 1), BucketEntry(name: 0, value: 0)]))
  }

  /// The (1-based) insert after which each rehash is due, and the new size.
  static let rehashPoints: [(NameTableGrowth, [(Int, Int)])] = [
    (.teaching, [(7, 29), (15, 59), (30, 127), (64, 257), (129, 521), (261, 1049)]),
    (.jikes, [(8187, 8191)]),
  ]

  @Test("Rehash points and sizes", arguments: NameTableGrowth.allCases)
  func rehashPoints(_ growth: NameTableGrowth) {
    var engine = Engine(profile: .clox, nameGrowth: growth)
    var due: [(Int, Int)] = []
    let limit = growth == .teaching ? 300 : 8200
    for i in 1...limit {
      let before = engine.names.size
      _ = engine.intern("name\(i)")
      if engine.names.size != before { due.append((i, engine.names.size)) }
    }
    let expected = Self.rehashPoints.first { $0.0 == growth }!.1
    #expect(due.map(\.0) == expected.map(\.0))
    #expect(due.map(\.1) == expected.map(\.1))
  }

  @Test("Ids are stable across a rehash, and chains are rebuilt in pool order")
  func idsStableAcrossRehash() {
    var table = NameTable()
    let names = (0..<40).map { "v\($0)" }
    let ids = names.enumerated().map { table.intern($1, at: Int32($0)).id }
    var grownTable = table
    grownTable.rehash(to: 257, at: 100)
    for (name, id) in zip(names, ids) {
      #expect(grownTable.lookup(name) == id)
      #expect(grownTable.name(id) == name)
    }
    let chains = EngineState.nameSnapshot(of: grownTable).buckets.map { $0.contents.map(\.name) }
    for chain in chains { #expect(chain == chain.sorted(by: >), "newest first after a rehash too") }
  }

  @Test("The engine records a rehash as an intern with rehash set, then a grow of the name table")
  func rehashEvents() {
    var engine = Engine(profile: .clox)
    for i in 1...7 { _ = engine.intern("n\(i)") }
    let kinds = engine.log.events.suffix(2).map(\.kind)
    #expect(kinds == [.intern, .grow])
    let count = engine.log.events.count
    guard case .intern(_, _, rehashed: true) = engine.happening(at: count - 2) else {
      Issue.record("the intern that made the table grow does not say it rehashed")
      return
    }
    #expect(engine.happening(at: count - 1) == .grow(table: nil, from: 13, to: 29))
  }

  @Test("Bengali names hash by scalar and intern once")
  func bengali() {
    var table = NameTable()
    let first = table.intern("ধরি", at: 0)
    let second = table.intern("ধরি", at: 1)
    #expect(first.id == second.id && !second.isNew)
    #expect(table.name(first.id) == "ধরি")
  }
}

extension EngineState {
  /// The name table's buckets now, read live.
  static func nameSnapshot(of table: NameTable) -> TableSnapshot { table.liveSnapshot }
}
