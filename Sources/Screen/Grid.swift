/// One cell of the screen: a spacing character with any combining marks after it.
public struct Cell: Sendable, Equatable {
  /// The text: one scalar of width 1 or 2 and up to four zero-width scalars; "" for the
  /// right half of a wide character.
  public var text: String
  /// How it is drawn.
  public var style: Style

  /// A blank cell.
  public static let blank = Cell(text: " ", style: .plain)
}

/// A rectangle of styled cells that panes draw into; the terminal only copies it out.
public struct Grid: Sendable, Equatable {
  /// Columns.
  public let width: Int
  /// Rows.
  public let height: Int
  /// Row-major cells.
  public private(set) var cells: [Cell]

  /// A blank grid.
  public init(width: Int, height: Int) {
    self.width = max(width, 0)
    self.height = max(height, 0)
    cells = Array(repeating: .blank, count: self.width * self.height)
  }

  /// The cell at column `x`, row `y`.
  public subscript(x: Int, y: Int) -> Cell {
    get { cells[y * width + x] }
    set { cells[y * width + x] = newValue }
  }

  /// Writes `text` at (`x`, `y`) in `style`, clipped at column `limit` (the grid's width by
  /// default). A wide character that would straddle the limit becomes a space. Control
  /// characters are written escaped. Nothing is drawn left of column `clip` (text scrolled
  /// sideways). Returns the column after the last one written.
  @discardableResult
  public mutating func put(_ text: String, x: Int, y: Int, style: Style = .plain, limit: Int? = nil, clip: Int = 0)
    -> Int
  {
    let end = min(limit ?? width, width)
    guard y >= 0 && y < height else { return x }
    var column = x
    for scalar in text.unicodeScalars {
      if Width.isControl(scalar) {
        column = put(Self.escape(scalar), x: column, y: y, style: style, limit: end, clip: clip)
        continue
      }
      let w = Width.of(scalar)
      if w <= 0 {
        if column > clip && column - 1 < end && column - 1 >= x {
          var previous = column - 1
          if self[previous, y].text.isEmpty && previous > 0 { previous -= 1 }
          if self[previous, y].text.unicodeScalars.count < 5 { self[previous, y].text.unicodeScalars.append(scalar) }
        }
        continue
      }
      if column + w > end {
        while column < end {
          if column >= clip { self[column, y] = Cell(text: " ", style: style) }
          column += 1
        }
        return column
      }
      if column >= clip {
        clearWide(at: column, y: y)
        self[column, y] = Cell(text: String(scalar), style: style)
        if w == 2 && column + 1 < end {
          clearWide(at: column + 1, y: y)
          self[column + 1, y] = Cell(text: "", style: style)
        }
      }
      column += w
    }
    return column
  }

  /// Before overwriting a cell, blanks the other half of a wide character it belonged to.
  private mutating func clearWide(at x: Int, y: Int) {
    if self[x, y].text.isEmpty && x > 0 { self[x - 1, y].text = " " }
    if x + 1 < width && self[x + 1, y].text.isEmpty && !self[x, y].text.isEmpty && Width.of(self[x, y].text) == 2 {
      self[x + 1, y].text = " "
    }
  }

  /// `\n`, `\t`, `\u{7f}`: how a control character is shown.
  static func escape(_ scalar: Unicode.Scalar) -> String {
    switch scalar {
    case "\n": "\\n"
    case "\t": "\\t"
    case "\r": "\\r"
    default: "\\u{\(String(scalar.value, radix: 16))}"
    }
  }

  /// Fills a rectangle with blanks in `style`.
  public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style = .plain) {
    for row in max(y, 0)..<min(y + h, height) {
      for column in max(x, 0)..<min(x + w, width) { self[column, row] = Cell(text: " ", style: style) }
    }
  }

  /// Copies `other` in with its top-left corner at (`x`, `y`).
  public mutating func paste(_ other: Grid, x: Int, y: Int) {
    for row in 0..<other.height where y + row >= 0 && y + row < height {
      for column in 0..<other.width where x + column >= 0 && x + column < width {
        self[x + column, y + row] = other[column, row]
      }
    }
  }

  /// Each row as text (the right halves of wide characters contribute nothing).
  public var lines: [String] {
    (0..<height).map { row in (0..<width).map { self[$0, row].text }.joined() }
  }
}
