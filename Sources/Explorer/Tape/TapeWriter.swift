import Screen

/// Writes a recorded session as a tape that replays to the same screens: the size, the
/// file, then each key after a Sleep as long as the pause before it.
public enum TapeWriter {
  /// A tape of `keys` (each with its time in seconds from the start) pressed on `file`.
  public static func tape(
    file: String, lang: String?, profile: String?, width: Int, height: Int, keys: [(key: Key, time: Double)],
    output: String
  ) -> String {
    var lines = [
      "# Recorded by scopewalk. Replay it with: scopewalk replay <this tape>", "Output \(output)", "Set Width \(width)",
      "Set Height \(height)", "Set TypingSpeed 0ms",
    ]
    var open = "Open \(file)"
    if let lang { open += " --lang \(lang)" }
    if let profile { open += " --profile \(profile)" }
    lines.append(open)
    var previous = 0
    for (key, time) in keys {
      let ms = max(Int((time * 1000).rounded()), previous)
      if ms > previous { lines.append("Sleep \(ms - previous)ms") }
      previous = ms
      lines.append(command(for: key))
    }
    return lines.joined(separator: "\n") + "\n"
  }

  /// The tape command that presses `key`.
  static func command(for key: Key) -> String {
    if case .char(let c) = key, c != " " {
      let escaped = c == "\"" ? "\\\"" : c == "\\" ? "\\\\" : String(c)
      return "Type \"\(escaped)\""
    }
    return TapeParser.keyNames.first { $0.value == key }?.key ?? "Type \"?\""
  }
}
