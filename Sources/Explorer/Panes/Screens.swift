/// The help screen: every binding of the key map.
struct HelpScreen {
  func grid(width: Int, height: Int) -> Grid {
    var lines: [StyledLine] = [
      StyledLine("scopewalk steps through a program while its symbol engine works. Any key closes this.", .faint),
      StyledLine(),
    ]
    for binding in KeyMap.bindings {
      let keys = binding.keys.map(\.label).joined(separator: " ")
      lines.append(StyledLine([(padded(keys, 16), .title), (binding.help, .plain)]))
    }
    let rows = height - 2
    var grid = Grid(width: width, height: height)
    grid.box(title: "Help · keys", focused: true)
    if lines.count > rows && width >= 100 {
      let half = (lines.count + 1) / 2
      var left = Grid(width: width / 2, height: height)
      left.drawInside(Array(lines[..<half]))
      var right = Grid(width: width - width / 2, height: height)
      right.drawInside(Array(lines[half...]))
      for y in 1..<(height - 1) {
        for x in 1..<(width / 2 - 1) { grid[x, y] = left[x, y] }
        for x in 1..<(width - width / 2 - 1) { grid[width / 2 + x, y] = right[x, y] }
      }
    } else {
      grid.drawInside(lines)
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
