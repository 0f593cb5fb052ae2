/// Why the explorer cannot run in this terminal.
public enum TerminalError: Error, CustomStringConvertible {
  /// Standard input or output is not a terminal, or TERM is unset or `dumb`.
  case notATerminal(String)
  /// ncurses could not start.
  case cannotStart(String)

  /// One line saying what to do.
  public var description: String {
    switch self {
    case .notATerminal(let why):
      "\(why); the explorer needs an interactive terminal (use `scopewalk trace` or `scopewalk render` without one)."
    case .cannotStart(let why):
      "cannot start the terminal (\(why)); check that TERM names a terminal this machine knows."
    }
  }
}
