import Testing

@testable import ScopeEngine

/// The log's records are packed (issue 11): path runs in 8 bytes, resolutions in 20, events
/// in 8, table entries in 16, scopes in 80. Every field must read back as written, at the
/// limits of its bits.
@Suite("Packed records")
struct PackedRecordsTests {
  /// Scope ids at the limits of a run's 29 bits.
  static let scopes: [ScopeID] = [0, 1, 7, 0x1FFF_FFFE, 0x1FFF_FFFF]

  /// The packed sizes.
  @Test("A path run is 8 bytes, a stored resolution 20, an event 8, a symbol 24, a table entry 16, a scope 80")
  func sizes() {
    #expect(MemoryLayout<PathRun>.stride == 8)
    #expect(MemoryLayout<StoredResolution>.stride == 20)
    #expect(MemoryLayout<Event>.stride == 8)
    #expect(MemoryLayout<Symbol>.stride == 24)
    #expect(MemoryLayout<VersionedBuckets.Entry>.stride == 16)
    #expect(MemoryLayout<Scope>.stride == 80)
  }

  /// Every note, both verdicts, scope ids up to the limit.
  @Test("A path run reads back every note, verdict and scope, and each field changes alone")
  func pathRuns() {
    for note in PathNote.allCases {
      for found in [false, true] {
        for first in Self.scopes {
          for last in Self.scopes {
            var run = PathRun(first: first, last: last, found: found, note: note)
            #expect(run.first == first && run.last == last && run.found == found && run.note == note)
            run.last = first
            #expect(run.first == first && run.last == first && run.found == found && run.note == note)
            run.found.toggle()
            #expect(run.first == first && run.last == first && run.found != found && run.note == note)
            run.note = .hidden
            #expect(run.first == first && run.last == first && run.found != found && run.note == .hidden)
          }
        }
      }
    }
  }

  /// Names up to 2^29 and -1, every access, with counts taken from the next resolution.
  @Test("A stored resolution reads back its name and access, and its counts come from where the next starts")
  func resolutions() {
    for name: NameID in [-1, 0, 5, 0x1FFF_FFFF] {
      for access in [Access.get, .set, .del] {
        let resolution = Resolution(
          name: name, access: access, symbol: 9, asOf: 41, pathStart: 3, pathCount: 2, captureStart: 1, captureCount: 4)
        let stored = StoredResolution(resolution)
        #expect(stored.resolution(pathEnd: 5, captureEnd: 5) == resolution)
      }
    }
  }
}
