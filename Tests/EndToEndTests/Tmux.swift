import Foundation
import Glibc

/// A private tmux server running one program in a detached session, for driving the
/// explorer as a person would: send keys, read the screen.
final class Tmux {
  let socket: String
  let session = "e2e"

  /// Starts `command` (run by a non-interactive `sh -c`, which then reports the exit status
  /// and stays, so the screen after exit can be read) at `width`×`height`.
  init(_ command: String, width: Int, height: Int) throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "scopewalk-tmux-\(UUID().uuidString.prefix(8))")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    socket = folder.appendingPathComponent("s").path
    let wrapped = "\(command); echo \"EXIT=$?\"; sleep 60"
    try tmux(
      [
        "-f", "/dev/null", "new-session", "-d", "-s", session, "-x", "\(width)", "-y", "\(height)", "sh", "-c", wrapped,
      ],
      startsServer: true)
    try tmux(["set-option", "-t", session, "status", "off"])
  }

  deinit { stop() }

  /// Ends the server and everything running in it (kill-server alone can leave a server
  /// behind once its pane's program has exited, so both are also killed outright).
  func stop() {
    let server = pid_t((try? display("#{pid}")) ?? "")
    let pane = pid_t((try? display("#{pane_pid}")) ?? "")
    _ = try? tmux(["kill-server"])
    if let pane, pane > 1 { kill(-pane, SIGKILL) }
    if let server, server > 1 { kill(server, SIGKILL) }
  }

  /// Runs tmux with this server's socket and returns its output. A command that starts the
  /// server gets no pipes: the server would hold them open for its whole life.
  @discardableResult
  func tmux(_ arguments: [String], startsServer: Bool = false) throws -> String {
    spawn(["tmux", "-S", socket] + arguments, capture: !startsServer).output
  }

  /// Presses keys (tmux key names such as `Right`, `Escape`, or literal text with `literal`).
  func send(_ keys: String..., literal: Bool = false) throws {
    try tmux(["send-keys", "-t", session] + (literal ? ["-l"] : []) + keys)
  }

  /// The screen as text lines.
  func screen() throws -> [String] { try tmux(["capture-pane", "-p", "-t", session]).components(separatedBy: "\n") }

  /// The screen with colour escapes.
  func coloured() throws -> String { try tmux(["capture-pane", "-p", "-e", "-t", session]) }

  /// A tmux format string evaluated for the pane (`#{alternate_on}` …).
  func display(_ format: String) throws -> String {
    try tmux(["display-message", "-p", "-t", session, format]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  /// Waits until the screen contains `text`; returns whether it did within `seconds`.
  @discardableResult
  func wait(for text: String, seconds: Double = 10) throws -> Bool {
    let deadline = Date().addingTimeInterval(seconds)
    while Date() < deadline {
      if try screen().joined(separator: "\n").contains(text) { return true }
      usleep(30_000)
    }
    return false
  }

  /// Resizes the window.
  func resize(width: Int, height: Int) throws {
    try tmux(["resize-window", "-t", session, "-x", "\(width)", "-y", "\(height)"])
  }

  /// The process id of the program (the shell's child).
  func programPID() throws -> pid_t? {
    let shell = try display("#{pane_pid}")
    let output = spawn(["pgrep", "-P", shell]).output
    return output.split(separator: "\n").first.flatMap { pid_t($0) }
  }
}

/// Runs a command found on PATH (stdin from /dev/null, stderr dropped), waits for it, and
/// returns its status and, when `capture` is set, its stdout. Plain posix_spawn and waitpid:
/// no run loop, and nothing for a daemon the command starts to inherit but /dev/null.
func spawn(_ arguments: [String], capture: Bool = true) -> (status: Int32, output: String) {
  var pipe: [Int32] = [-1, -1]
  if capture { _ = Glibc.pipe(&pipe) }
  var actions = posix_spawn_file_actions_t()
  posix_spawn_file_actions_init(&actions)
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
  if capture {
    posix_spawn_file_actions_adddup2(&actions, pipe[1], 1)
    posix_spawn_file_actions_addclose(&actions, pipe[0])
    posix_spawn_file_actions_addclose(&actions, pipe[1])
  } else {
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
  }
  let argv = arguments.map { strdup($0) } + [nil]
  defer { argv.forEach { free($0) } }
  var pid: pid_t = 0
  let spawned = posix_spawnp(&pid, arguments[0], &actions, nil, argv, environ)
  posix_spawn_file_actions_destroy(&actions)
  var output: [UInt8] = []
  if capture {
    close(pipe[1])
    var buffer = [UInt8](repeating: 0, count: 4096)
    while spawned == 0 {
      let count = read(pipe[0], &buffer, buffer.count)
      if count <= 0 { break }
      output += buffer[0..<count]
    }
    close(pipe[0])
  }
  guard spawned == 0 else { return (-1, "") }
  var status: Int32 = 0
  while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
  return ((status >> 8) & 0xFF, String(decoding: output, as: UTF8.self))
}
