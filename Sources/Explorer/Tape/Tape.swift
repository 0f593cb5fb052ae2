import Dialects
import Screen

/// A demo script: a subset of VHS's `.tape` language, plus `Open` and `Caption`.
public struct Tape: Sendable, Equatable {
  /// One command, with the line it came from.
  public enum Command: Sendable, Equatable {
    /// `Output demo.cast` (also `.txt`): a file the replay writes.
    case output(String)
    /// `Set Width 120`.
    case width(Int)
    /// `Set Height 32`.
    case height(Int)
    /// `Set TypingSpeed 80ms`: the time between keys.
    case typingSpeed(milliseconds: Int)
    /// `Set KeyOverlay on`: show each key pressed in the corner of the frame.
    case keyOverlay(Bool)
    /// `Open FILE [--lang L] [--profile P]`.
    case open(Program)
    /// `Right 5`, `Type "xyz"`, …: keys pressed, in order.
    case keys([Key])
    /// `Sleep 500ms`.
    case sleep(milliseconds: Int)
    /// `Hide` / `Show`: frames are not recorded while hidden.
    case hide, show
    /// `Screenshot name.svg`.
    case screenshot(String)
    /// `Caption "…"`: a caption bar until the next caption (`Caption ""` removes it).
    case caption(String)
  }

  /// The commands, in order.
  public var commands: [Command]

  /// A tape of `commands`.
  public init(commands: [Command]) { self.commands = commands }
}

/// A mistake in a tape, at a line and column.
public struct TapeError: Error, Equatable, CustomStringConvertible {
  /// 1-based line.
  public var line: Int
  /// 1-based column.
  public var column: Int
  /// What was expected.
  public var message: String

  /// `LINE:COL: message`.
  public var description: String { "\(line):\(column): \(message)" }
}
