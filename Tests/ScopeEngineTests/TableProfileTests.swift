import Testing

@_spi(Testing) @testable import ScopeEngine

@Suite("Table profiles")
struct TableProfileTests {
  /// The inserts (1-based) after which the capacity changes, and the capacity then.
  static let growthPoints: [(TableProfile, [(Int, Int)])] = [
    (.parasheet, [(1, 2), (2, 4), (3, 8), (5, 16), (10, 32), (20, 64), (39, 128), (77, 256), (154, 512)]),
    (.glang, [(1, 8), (6, 16), (12, 32), (24, 64), (48, 128), (96, 256)]),
    (.clox, [(1, 8), (7, 16), (13, 32), (25, 64), (49, 128), (97, 256)]),
    (.jikes, [(1, 13), (27, 101)]),
  ]

  /// Inserts `count` distinct names into one scope and returns the capacity after each.
  static func capacities(_ profile: TableProfile, inserts count: Int) -> [Int] {
    var engine = Engine(profile: profile)
    let scope = engine.pushScope(.global)
    return (0..<count).map { i in
      engine.define(engine.intern("n\(i)"), as: .global, index: Int32(i))
      return engine.scope(scope).table.capacity
    }
  }

  @Test("Capacity after each of the first 160 inserts", arguments: growthPoints.map(\.0))
  func capacityAfterEachInsert(_ profile: TableProfile) {
    let points = Self.growthPoints.first { $0.0 == profile }!.1
    var expected: [Int] = []
    for insert in 1...160 {
      let capacity = points.last { $0.0 <= insert }!.1
      expected.append(capacity)
    }
    #expect(Self.capacities(profile, inserts: 160) == expected)
  }

  /// Where `a b x count makeCounter y inner total` (ids 0…7) land, inserted in that order
  /// into a fresh table; computed independently from the published rules.
  static let slots: [(TableProfile, String)] = [
    (.parasheet, "5 4 7 6 1 0 3 2 _ _ _ _ _ _ _ _"),
    (.glang, "_ 4 _ _ 3 1 5 2 6 _ _ _ 0 7 _ _"),
    (.clox, "_ 4 _ _ 5 1 3 2 6 _ _ _ 0 7 _ _"),
    (.jikes, "0 1 2 3 4 5 6 7 _ _ _ _ _"),
  ]

  @Test("The slot of each key for a fixed list of names", arguments: slots.map(\.0))
  func slotOfEachKey(_ profile: TableProfile) {
    var engine = Engine(profile: profile)
    let scope = engine.pushScope(.global)
    for (i, name) in ["a", "b", "x", "count", "makeCounter", "y", "inner", "total"].enumerated() {
      engine.define(engine.intern(name), as: .global, index: Int32(i))
    }
    #expect(TableSnapshot(live: engine.scope(scope).table).description == Self.slots.first { $0.0 == profile }!.1)
  }

  @Test("FNV-1a matches the published test vectors")
  func fnvVectors() {
    #expect(FNV1a.hash32(Array("".utf8)) == 0x811c_9dc5)
    #expect(FNV1a.hash32(Array("a".utf8)) == 0xe40c_292c)
    #expect(FNV1a.hash32(Array("foobar".utf8)) == 0xbf9c_f968)
  }

  @Test("Jikes' hash is 31·h + c over Unicode scalars")
  func jikesHash() {
    #expect(JikesHash.hash(utf8: Array("a".utf8)) == 97)
    #expect(JikesHash.hash(utf8: Array("ab".utf8)) == 97 * 31 + 98)
    #expect(JikesHash.hash(utf8: Array("ক".utf8)) == 0x0995)
  }

  @Test("The invariant holds after every insert, overwrite and delete", arguments: TableProfile.allCases)
  func invariantAfterEveryOperation(_ profile: TableProfile) {
    var engine = Engine(profile: profile)
    let scope = engine.pushScope(.global)
    var random = SplitMix(seed: 7)
    var live = Set<NameID>()
    for step in 0..<600 {
      let name = engine.intern("k\(random.next() % 90)")
      if profile.hasTombstones && random.next() % 4 == 0 {
        var probes: [Int32] = []
        var table = engine.scopes[Int(scope)].table
        table.remove(id: name, hash: engine.names.fnvHashes[Int(name)], at: Int32(step), probes: &probes)
        engine.scopes[Int(scope)].table = table
        live.remove(name)
      } else {
        engine.define(name, as: .global, index: Int32(step))
        live.insert(name)
      }
      let table = engine.scope(scope).table
      #expect(table.invariantViolations(nameHashes: engine.names.fnvHashes) == [], "after operation \(step)")
      #expect(table.count == live.count)
      let asked = engine.intern("k\(random.next() % 120)")
      let hash = engine.names.fnvHashes[Int(asked)]
      var probes: [Int32] = []
      #expect(engine.peek(asked, in: scope) == table.find(id: asked, hash: hash, probes: &probes))
      #expect(table.probes(of: asked, hash: hash, asOf: .max) == probes, "a path's probes, recomputed")
    }
  }

  @Test("clox: a delete leaves a tombstone that probes step over and an insert reuses")
  func tombstones() {
    var table = ScopeTable(profile: .clox)
    var probes: [Int32] = []
    #expect(table.capacityNeededBeforeInsert() == 8)
    table.grow(to: 8, at: 0, nameHashes: [])
    // Keys 1, 2 and 3 all hash to bucket 0 of 8.
    table.insert(id: 1, hash: 0, value: 10, at: 0, probes: &probes)
    table.insert(id: 2, hash: 8, value: 20, at: 1, probes: &probes)
    table.insert(id: 3, hash: 16, value: 30, at: 2, probes: &probes)
    table.remove(id: 2, hash: 8, at: 3, probes: &probes)
    #expect(TableSnapshot(live: table).description == "1 † 3 _ _ _ _ _")
    probes = []
    #expect(table.find(id: 3, hash: 16, probes: &probes) == 30)
    #expect(probes == [0, 1, 2])
    #expect(table.used == 3 && table.count == 2)
    table.insert(id: 4, hash: 0, value: 40, at: 4, probes: &probes)
    #expect(TableSnapshot(live: table).description == "1 4 3 _ _ _ _ _")
    #expect(table.used == 3 && table.count == 3)
  }
}

/// A small deterministic random number generator for repeatable tests.
struct SplitMix: RandomNumberGenerator {
  var state: UInt64
  init(seed: UInt64) { state = seed }
  mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }
}

extension TableProfileTests {
  @Test(
    "An insert's probes, recomputed from the table as of the event before, are the ones it made",
    arguments: TableProfile.allCases)
  func insertProbesRecomputed(_ profile: TableProfile) {
    var table = ScopeTable(profile: profile)
    var random = SplitMix(seed: 11)
    let hashes = Log((0..<120).map { UInt32(truncatingIfNeeded: $0 &* 2_654_435_761) })
    var event: Int32 = 1  // event 0 pushes the scope in a real run
    for _ in 0..<300 {
      let id = Int32(random.next() % 120)
      let hash = hashes[Int(id)]
      if let capacity = table.capacityNeededBeforeInsert() {
        table.grow(to: capacity, at: event, nameHashes: hashes)
        event += 1
      }
      var probes: [Int32] = []
      table.insert(id: id, hash: hash, value: id, at: event, probes: &probes)
      #expect(table.probes(of: id, hash: hash, asOf: event - 1) == probes, "insert at event \(event)")
      event += 1
    }
  }
}
