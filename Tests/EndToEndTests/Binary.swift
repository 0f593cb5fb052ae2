import Foundation

/// The built `scopewalk` binary, next to the test bundle.
let scopewalkBinary: URL = {
  var folder = Bundle.main.bundleURL
  for _ in 0..<4 {
    let candidate = folder.appendingPathComponent("scopewalk")
    if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
    folder.deleteLastPathComponent()
  }
  let fromSources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent(".build/debug/scopewalk")
  return fromSources
}()

/// The repository root.
let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent()

/// What a run of the binary did.
struct Outcome {
  var status: Int32
  var stdout: String
  var stderr: String
}

/// Runs the binary with `arguments` and no terminal.
func runScopewalk(_ arguments: [String], environment: [String: String]? = nil) throws -> Outcome {
  try run(scopewalkBinary, arguments, environment: environment)
}

/// Runs `command` in `sh -c` from the repository root.
func runShell(_ command: String) throws -> Outcome {
  try run(URL(fileURLWithPath: "/bin/sh"), ["-c", command])
}

/// Runs `executable` with `arguments` from the repository root, no terminal, and returns
/// its status and output.
func run(_ executable: URL, _ arguments: [String], environment: [String: String]? = nil) throws -> Outcome {
  let process = Process()
  process.executableURL = executable
  process.arguments = arguments
  process.currentDirectoryURL = repositoryRoot
  if let environment { process.environment = environment }
  let out = Pipe()
  let err = Pipe()
  process.standardOutput = out
  process.standardError = err
  process.standardInput = FileHandle.nullDevice
  try process.run()
  let stdout = out.fileHandleForReading.readDataToEndOfFile()
  let stderr = err.fileHandleForReading.readDataToEndOfFile()
  process.waitUntilExit()
  return Outcome(
    status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
    stderr: String(decoding: stderr, as: UTF8.self))
}

/// A temporary file holding `bytes`, named `name`.
func temporaryFile(_ name: String, _ bytes: [UInt8]) throws -> String {
  let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scopewalk-tests-\(getpid())")
  try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
  let url = folder.appendingPathComponent(name)
  try Data(bytes).write(to: url)
  return url.path
}
