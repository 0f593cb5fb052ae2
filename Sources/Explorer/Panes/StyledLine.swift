import Screen

/// A line of text in runs of one style each.
public struct StyledLine: Sendable, Equatable {
  /// The runs.
  public var runs: [(text: String, style: Style)]

  /// A line of runs.
  public init(_ runs: [(String, Style)] = []) { self.runs = runs.map { (text: $0.0, style: $0.1) } }

  /// A line of one run.
  public init(_ text: String, _ style: Style = .plain) { self.init([(text, style)]) }

  /// Adds a run.
  public mutating func append(_ text: String, _ style: Style = .plain) { runs.append((text, style)) }

  /// The line's text.
  public var text: String { runs.map(\.text).joined() }

  public static func == (l: StyledLine, r: StyledLine) -> Bool {
    l.runs.map(\.text) == r.runs.map(\.text) && l.runs.map(\.style) == r.runs.map(\.style)
  }
}

extension Grid {
  /// Draws `lines` inside a box of this grid's size, starting from line `first`.
  mutating func drawInside(_ lines: [StyledLine], from first: Int = 0) {
    let rows = height - 2
    guard rows > 0 else { return }
    for (row, line) in lines.dropFirst(max(first, 0)).prefix(rows).enumerated() {
      var x = 1
      for run in line.runs { x = put(run.text, x: x, y: row + 1, style: run.style, limit: width - 1) }
    }
  }

  /// A pane: a box titled `title` with `lines` inside, scrolled to `first`.
  static func pane(width: Int, height: Int, title: String, focused: Bool, lines: [StyledLine], from first: Int = 0)
    -> Grid
  {
    var grid = Grid(width: width, height: height)
    grid.box(title: title, focused: focused)
    grid.drawInside(lines, from: first)
    return grid
  }
}

/// `text` padded with spaces to `width` columns.
func padded(_ text: String, _ width: Int) -> String {
  let w = Width.of(text)
  return w >= width ? text : text + String(repeating: " ", count: width - w)
}

/// `text` broken at spaces into lines of at most `width` columns (a word longer than a line
/// is cut), each continuation indented by `indent` spaces.
func wrapped(_ text: String, width: Int, indent: Int = 0) -> [String] {
  guard width > indent + 1 else { return [text] }
  let leading = String(text.prefix { $0 == " " })
  var lines: [String] = []
  var line = leading
  for word in text.dropFirst(leading.count).split(separator: " ", omittingEmptySubsequences: false).map(String.init) {
    let candidate = line == leading ? line + word : line + " " + word
    if Width.of(candidate) <= width || line == leading {
      line = candidate
    } else {
      lines.append(line)
      line = String(repeating: " ", count: indent) + word
    }
  }
  lines.append(line)
  return lines
}
