import ScopeEngine

/// Writes a replay as an asciicast v2 file: a header line, then `[time, "o", frame]` for
/// every frame and `[time, "m", label]` for every marker. No timestamp in the header, and
/// times in whole milliseconds, so the same tape always gives the same bytes.
public enum Asciicast {
  /// The file's bytes.
  public static func encode(_ replay: Replay) -> [UInt8] {
    var bytes: [UInt8] = []
    var out = OutputBuffer { bytes.append(contentsOf: $0) }
    out.raw("{\"version\": 2, \"width\": ")
    out.int(replay.width)
    out.raw(", \"height\": ")
    out.int(replay.height)
    out.raw(", \"env\": {\"TERM\": \"xterm-256color\", \"SHELL\": \"/bin/sh\"}}")
    out.endLine()
    for frame in replay.frames {
      for marker in frame.markers { event(frame.time, "m", marker, &out) }
      event(frame.time, "o", frame.grid.ansiFrame, &out)
    }
    out.flush()
    return bytes
  }

  /// One event line.
  private static func event(_ ms: Int, _ kind: StaticString, _ data: String, _ out: inout OutputBuffer) {
    out.raw("[")
    out.int(ms / 1000)
    out.raw(".")
    let fraction = ms % 1000
    out.raw(fraction < 10 ? "00" : fraction < 100 ? "0" : "")
    out.int(fraction)
    out.raw(", \"")
    out.raw(kind)
    out.raw("\", ")
    out.jsonString(data)
    out.raw("]")
    out.endLine()
  }
}
