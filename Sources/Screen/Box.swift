extension Grid {
  /// Draws a border around the whole grid with `title` in the top edge: `┌Scopes──┐`.
  public mutating func box(title: String, focused: Bool = false) {
    guard width >= 2 && height >= 2 else { return }
    let style: Style = focused ? .focusedBorder : .border
    for x in 1..<(width - 1) {
      self[x, 0] = Cell(text: "─", style: style)
      self[x, height - 1] = Cell(text: "─", style: style)
    }
    for y in 1..<(height - 1) {
      self[0, y] = Cell(text: "│", style: style)
      self[width - 1, y] = Cell(text: "│", style: style)
    }
    self[0, 0] = Cell(text: "┌", style: style)
    self[width - 1, 0] = Cell(text: "┐", style: style)
    self[0, height - 1] = Cell(text: "└", style: style)
    self[width - 1, height - 1] = Cell(text: "┘", style: style)
    put(title, x: 1, y: 0, style: focused ? .focusedBorder : .title, limit: width - 1)
  }
}
