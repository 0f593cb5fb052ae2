import Screen

/// Draws a grid as an SVG picture: a background rectangle per styled span that has one,
/// and one text element per styled span, stretched to exactly its cells' width so that
/// Bengali and CJK text keep their terminal widths whatever the font.
public enum SVG {
  /// The width of a cell, in pixels.
  static let cellWidth = 8.4
  /// The height of a row.
  static let rowHeight = 18.0
  /// The font size.
  static let fontSize = 14.0

  /// The palette: the terminal's default foreground and background, then the eight colours.
  static func hex(_ color: Color, background: Bool) -> String {
    switch color {
    case .default: background ? "#101418" : "#d8dee4"
    case .black: "#1b1f23"
    case .red: "#f0605a"
    case .green: "#5fd068"
    case .yellow: "#f2c94c"
    case .blue: "#5b9cf5"
    case .magenta: "#d07ef2"
    case .cyan: "#4fd6d8"
    case .white: "#f4f6f8"
    }
  }

  /// The picture.
  public static func render(_ grid: Grid) -> String {
    let width = Double(grid.width) * cellWidth
    let height = Double(grid.height) * rowHeight
    var out = """
      <svg xmlns="http://www.w3.org/2000/svg" width="\(format(width))" height="\(format(height))" \
      viewBox="0 0 \(format(width)) \(format(height))" font-family="'DejaVu Sans Mono', 'Noto Sans Mono', Menlo, Consolas, 'Lohit Bengali', 'Noto Sans Bengali', monospace" font-size="\(format(fontSize))">
      <rect width="100%" height="100%" fill="\(hex(.default, background: true))"/>

      """
    for row in 0..<grid.height {
      for span in spans(of: grid, row: row) {
        let x = Double(span.column) * cellWidth
        let y = Double(row) * rowHeight
        let (fg, bg) = colours(span.style)
        if let bg {
          out +=
            "<rect x=\"\(format(x))\" y=\"\(format(y))\" width=\"\(format(Double(span.cells) * cellWidth))\" height=\"\(format(rowHeight))\" fill=\"\(bg)\"/>\n"
        }
        guard span.text.contains(where: { $0 != " " }) else { continue }
        var attributes = "x=\"\(format(x))\" y=\"\(format(y + rowHeight * 0.75))\" fill=\"\(fg)\""
        attributes += " textLength=\"\(format(Double(span.cells) * cellWidth))\" lengthAdjust=\"spacingAndGlyphs\""
        if span.style.bold { attributes += " font-weight=\"bold\"" }
        if span.style.dim { attributes += " opacity=\"0.6\"" }
        if span.style.underline { attributes += " text-decoration=\"underline\"" }
        out += "<text \(attributes) xml:space=\"preserve\">\(escape(span.text))</text>\n"
      }
    }
    return out + "</svg>\n"
  }

  /// A run of cells with one style on a row.
  struct Span {
    var column: Int
    var cells: Int
    var text: String
    var style: Style
  }

  /// The row's cells grouped into runs of one style.
  static func spans(of grid: Grid, row: Int) -> [Span] {
    var spans: [Span] = []
    for column in 0..<grid.width {
      let cell = grid[column, row]
      if let last = spans.last, last.style == cell.style, last.column + last.cells == column {
        spans[spans.count - 1].cells += 1
        spans[spans.count - 1].text += cell.text
      } else {
        spans.append(Span(column: column, cells: 1, text: cell.text, style: cell.style))
      }
    }
    return spans
  }

  /// Foreground and (when not the default) background, reverse video applied.
  static func colours(_ style: Style) -> (String, String?) {
    var fg = hex(style.foreground, background: false)
    var bg = style.background == .default ? nil : hex(style.background, background: true)
    if style.reverse {
      let newBg = fg
      fg = bg ?? hex(.default, background: true)
      bg = newBg
    }
    return (fg, bg)
  }

  /// XML text with `&`, `<`, `>` and quotes escaped.
  static func escape(_ text: String) -> String {
    var result = ""
    for c in text {
      switch c {
      case "&": result += "&amp;"
      case "<": result += "&lt;"
      case ">": result += "&gt;"
      case "\"": result += "&quot;"
      case "'": result += "&apos;"
      default: result.append(c)
      }
    }
    return result
  }

  /// A number with at most two decimals, the same on every machine.
  static func format(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded())
    let whole = hundredths / 100
    let rest = hundredths % 100
    return rest == 0 ? "\(whole)" : rest % 10 == 0 ? "\(whole).\(rest / 10)" : "\(whole).\(rest < 10 ? "0" : "")\(rest)"
  }
}
