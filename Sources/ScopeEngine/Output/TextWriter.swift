import CWidth

/// Writes a trace one readable line per event: `3:9 #12 'x' resolve x → x:FREE:0 …`.
public struct TextWriter {
  /// The trace written.
  let trace: Trace

  /// A writer for `trace`.
  public init(trace: Trace) { self.trace = trace }

  /// Writes every event to `out`.
  public func write(to out: inout OutputBuffer) {
    for index in trace.events.indices {
      out.raw(line(forEvent: index))
      out.endLine()
    }
    out.flush()
  }

  /// One event as a line.
  public func line(forEvent index: Int) -> String {
    let event = trace.events[index]
    let token = trace.tokens[Int(event.step)]
    let text = Self.escaped(trace.text(ofToken: event.step))
    return
      "\(token.line):\(token.column) #\(event.step) '\(text)' \(event.kind) \(Narrator(trace: trace).detail(ofEvent: index))"
  }

  /// `text` with control, bidirectional and zero-width characters shown as `\u{…}` escapes
  /// (newlines and tabs as `\n` and `\t`), so a line stays one line and reads as the
  /// compiler reads it.
  public static func escaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      if cw_must_escape(scalar.value) != 0 {
        result += scalar == "\n" ? "\\n" : scalar == "\t" ? "\\t" : "\\u{\(String(scalar.value, radix: 16))}"
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
