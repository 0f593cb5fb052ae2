import Foundation
import ScopeEngine
import Testing

@testable import Dialects

/// CPython 3.11 as the judge: its own symbol tables for the whole standard library, and its
/// compiler's name loads for the samples, printed by the scripts in
/// `../shared/reference/python/` and compared with scopewalk's.
@Suite("Python against CPython 3.11")
struct PythonReferenceTests {
  /// The reference scripts, beside the repository.
  static let scripts = samplesFolder.deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("shared/reference/python")

  /// `python3.11` as the PATH finds it (or Debian's), if this machine has it.
  static let python: String? =
    which("python3.11") ?? ["/usr/bin/python3.11"].first { FileManager.default.isExecutableFile(atPath: $0) }

  /// Whether the reference can be run here.
  static let available = python != nil && FileManager.default.fileExists(atPath: scripts.path)

  @Test(
    "Every standard-library file CPython's symtable accepts gives CPython's symbol table byte for byte; every file it rejects, an error on its line",
    .enabled(if: available, "needs python3.11 and ../shared/reference/python"))
  func standardLibrary() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scopewalk-stdlib-\(getpid())")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let index = try Self.run(Self.python!, ["-c", Self.dumpAll, Self.scripts.path, folder.path])
    var mismatches: [String] = []
    var accepted = 0
    for line in index.split(separator: "\n") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      let path = fields[1]
      let file = try SourceFile.read(path: path)
      let trace = Dialect.python.analyze(file)
      if fields[0] == "ok" {
        accepted += 1
        var bytes: [UInt8] = []
        var out = OutputBuffer { bytes.append(contentsOf: $0) }
        SymtableWriter.write(trace, to: &out)
        let reference = try Data(contentsOf: folder.appendingPathComponent(fields[2]))
        if Data(bytes) != reference { mismatches.append(path) }
      } else if !file.bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
        // CPython's line; a file starting with a BOM is refused only because the reference
        // reads it as text with the mark in it, which CPython's own file reading skips.
        let line = trace.log.diagnostics.first.map { String($0.line) } ?? "none"
        if line != fields[2] { mismatches.append("\(path): error on line \(line), CPython's on \(fields[2])") }
      }
    }
    #expect(accepted >= 500, "the standard library was not found")
    #expect(mismatches.isEmpty, "\(mismatches.count) files differ from CPython: \(mismatches.prefix(20))")
  }

  @Test(
    "On every sample, each line's name loads are CPython's (dis_loads.py)",
    .enabled(if: available, "needs python3.11 and ../shared/reference/python"))
  func sampleLoads() throws {
    let family = ["LOCAL": "FAST", "CELL": "DEREF", "FREE": "DEREF", "GLOBAL": "GLOBAL", "NAME": "NAME"]
    for url in sampleFiles("python") {
      let trace = Dialect.python.analyze(try SourceFile.read(path: url.path))
      guard !trace.hasErrors else { continue }
      var ours: [String: [String]] = [:]
      for event in trace.events.indices {
        guard case .resolve(let r) = trace.happening(at: event), r.access == .get, r.symbol >= 0 else { continue }
        let s = trace.engine.symbols[Int(r.symbol)]
        let line = String(trace.tokens[Int(trace.events[event].step)].line)
        ours[line, default: []].append("\(trace.engine.names.name(r.name)) \(family[s.storage.description]!)")
      }
      let json = try Self.run(Self.python!, [Self.scripts.appendingPathComponent("dis_loads.py").path, url.path])
      let reference = try JSONSerialization.jsonObject(with: Data(json.utf8)) as! [String: [String]]
      #expect(ours.mapValues { $0.sorted() } == reference, "\(url.lastPathComponent)")
    }
  }

  /// Dumps CPython's symbol table of every standard-library file into a folder, and prints
  /// `ok\tPATH\tFILE`, or `error\tPATH\tLINE` for a file the symbol table rejects.
  static let dumpAll = """
    import io, os, sys, symtable, sysconfig
    sys.path.insert(0, sys.argv[1])
    import symtable_dump
    root = sysconfig.get_paths()["stdlib"]
    paths = sorted(os.path.join(d, f) for d, _, fs in os.walk(root) if "site-packages" not in d
                   for f in fs if f.endswith(".py"))
    for n, p in enumerate(paths):
        try:
            src = open(p, encoding="utf-8").read()
        except (UnicodeDecodeError, ValueError):
            continue
        try:
            t = symtable.symtable(src, p, "exec")
        except SyntaxError as e:
            print("error\\t%s\\t%s" % (p, e.lineno))
            continue
        buf = io.StringIO()
        symtable_dump.dump(t, 0, buf)
        open(os.path.join(sys.argv[2], "%d.txt" % n), "w", encoding="utf-8").write(buf.getvalue())
        print("ok\\t%s\\t%d.txt" % (p, n))
    """

  /// Runs a program and returns what it printed.
  static func run(_ program: String, _ arguments: [String]) throws -> String {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program)
    process.arguments = arguments
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return String(decoding: data, as: UTF8.self)
  }

  /// The full path of `command` on the PATH, if any.
  static func which(_ command: String) -> String? {
    let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
    return path.split(separator: ":").map { "\($0)/\(command)" }.first {
      FileManager.default.isExecutableFile(atPath: $0)
    }
  }
}
