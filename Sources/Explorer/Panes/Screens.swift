import Screen

/// The help screen: every binding of the key map, in two columns when one does not fit.
struct HelpScreen {
  func grid(width: Int, height: Int) -> Grid {
    let entries = KeyMap.bindings.map { binding in
      StyledLine([(padded(binding.keys.map(\.label).joined(separator: " "), 12), .title), (binding.help, .plain)])
    }
    var grid = Grid(width: width, height: height)
    grid.box(title: "Help · keys · any key closes this", focused: true)
    let rows = height - 2
    let columns = entries.count > rows ? 2 : 1
    let perColumn = (entries.count + columns - 1) / columns
    let columnWidth = (width - 2) / columns
    for (index, line) in entries.enumerated() {
      let column = index / perColumn
      let row = index % perColumn
      guard row < rows else { continue }
      var x = 1 + column * columnWidth
      for run in line.runs {
        x = grid.put(run.text, x: x, y: row + 1, style: run.style, limit: 1 + (column + 1) * columnWidth - 1)
      }
    }
    return grid
  }
}

/// What a terminal smaller than 80×24 shows until it is resized.
struct TooSmallScreen {
  func grid(width: Int, height: Int) -> Grid {
    var grid = Grid(width: width, height: height)
    let lines = ["terminal too small (need 80×24)", "now \(width)×\(height); resize, or q to quit"]
    for (i, line) in lines.enumerated() {
      let x = max((width - Width.of(line)) / 2, 0)
      grid.put(line, x: x, y: max(height / 2 - 1, 0) + i, style: i == 0 ? .title : .faint)
    }
    return grid
  }
}
