import Foundation
import ScopeEngine
import Testing

@testable import Dialects

/// A lookup's path is stored as runs of scopes, so deep nesting costs what the input
/// costs (issue 13); `bench/nesting` times the full sizes.
@Suite("Deep nesting")
struct NestingCostTests {
  /// The program `bench/gen_nesting.py` writes for `dialect`: `depth` nested scopes, then
  /// `lookups` lookups of an outer name.
  static func nested(_ dialect: Dialect, depth: Int, lookups: Int) throws -> Trace {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scopewalk-nesting-\(UUID())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let file = folder.appendingPathComponent("nested.\(dialect.extensions[0])")
    let generator = samplesFolder.deletingLastPathComponent().appendingPathComponent("bench/gen_nesting.py")
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [
      "python3", generator.path, dialect.rawValue, "--depth", "\(depth)", "--lookups", "\(lookups)", "-o", file.path,
    ]
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    return dialect.analyze(SourceFile(path: file.path, text: try String(contentsOf: file, encoding: .utf8)))
  }

  @Test(
    "Four times the depth stores the same path runs, and the path still shows every scope",
    arguments: Dialect.allCases)
  func pathStorageDoesNotGrowWithDepth(_ dialect: Dialect) throws {
    let shallow = try Self.nested(dialect, depth: 100, lookups: 60)
    let deep = try Self.nested(dialect, depth: 400, lookups: 60)
    #expect(!deep.hasErrors, "\(deep.log.diagnostics.first?.message ?? "")")
    #expect(deep.log.resolutions.count == shallow.log.resolutions.count)
    #expect(deep.log.path.count == shallow.log.path.count, "path runs stored")
    let longest = deep.log.resolutions.map { deep.engine.path(of: $0).count }.max() ?? 0
    #expect(longest > 400, "every scope visited is shown")
  }
}
