import ScopeEngine
import Screen

/// The source: line numbers, breakpoints, syntax colours and the current token.
struct SourcePane {
  let explorer: Explorer

  /// The colour of a token class.
  static func style(_ kind: TokenClass) -> Style {
    switch kind {
    case .keyword: Style(foreground: .magenta, bold: true)
    case .identifier: .plain
    case .number: Style(foreground: .cyan)
    case .string: Style(foreground: .green)
    case .operator: Style(foreground: .yellow)
    case .punctuation: .plain
    case .type: Style(foreground: .blue, bold: true)
    case .invalid: Style(foreground: .red, underline: true)
    case .end: .faint
    }
  }

  func grid(width: Int, height: Int, focused: Bool) -> Grid {
    var grid = Grid(width: width, height: height)
    let trace = explorer.trace
    let title = "Source · \(trace.path)"
    grid.box(title: title, focused: focused)
    let rows = height - 2
    let lineCount = explorer.lineStarts.count
    let currentLine = explorer.line
    let follow = min(max(currentLine - 1 - rows / 3, 0), max(lineCount - rows, 0))
    let top = min(explorer.scroll[.source] ?? follow, max(lineCount - 1, 0))
    let gutter = String(lineCount).count
    let textStart = 1 + gutter + 3
    let textWidth = width - 1 - textStart
    let offset = horizontalOffset(textWidth: textWidth)
    for row in 0..<max(rows, 0) {
      let line = top + row + 1
      guard line <= lineCount else { break }
      let y = row + 1
      let isCurrent = line == currentLine
      let number = String(repeating: " ", count: gutter - String(line).count) + String(line)
      grid.put(number, x: 1, y: y, style: isCurrent ? .title : .faint)
      if explorer.breakpoints.contains(line) { grid.put("●", x: 1 + gutter + 1, y: y, style: .error) }
      if isCurrent { grid.put("▶", x: 1 + gutter + 2, y: y, style: .title) }
      drawLine(line, into: &grid, x: textStart - offset, y: y, limit: width - 1, clipStart: textStart)
    }
    return grid
  }

  /// Columns the text is shifted left so the current token stays visible.
  private func horizontalOffset(textWidth: Int) -> Int {
    let token = explorer.trace.tokens[explorer.step]
    let lineStart = explorer.lineStarts[Int(token.line) - 1]
    let before = String(decoding: explorer.trace.source[lineStart..<Int(token.start)], as: UTF8.self)
    let column = Width.of(before.replacingTabs)
    let tokenWidth = min(Width.of(explorer.trace.text(ofToken: Int32(explorer.step))), textWidth / 2)
    return column + tokenWidth + 2 > textWidth ? column + tokenWidth + 2 - textWidth + textWidth / 3 : 0
  }

  /// Draws source line `line` (1-based) token by token.
  private func drawLine(_ line: Int, into grid: inout Grid, x: Int, y: Int, limit: Int, clipStart: Int) {
    let trace = explorer.trace
    let start = explorer.lineStarts[line - 1]
    var end = line < explorer.lineStarts.count ? explorer.lineStarts[line] - 1 : trace.source.count
    if end > start && trace.source[end - 1] == 0x0D { end -= 1 }
    var cursor = start
    var column = x
    var index = firstToken(endingAfter: start)
    func emit(_ from: Int, _ to: Int, _ style: Style) {
      guard to > from else { return }
      let text = String(decoding: trace.source[from..<to], as: UTF8.self).replacingTabs
      column = grid.put(text, x: column, y: y, style: style, limit: limit, clip: clipStart)
    }
    while cursor < end {
      guard index < trace.tokens.count, Int(trace.tokens[index].start) < end, trace.tokens[index].kind != .end else {
        emit(cursor, end, .faint)
        break
      }
      let token = trace.tokens[index]
      let tokenStart = max(Int(token.start), cursor)
      emit(cursor, tokenStart, .faint)
      let tokenEnd = min(Int(token.start + token.length), end)
      emit(tokenStart, tokenEnd, index == explorer.step ? .current : Self.style(token.kind))
      cursor = max(tokenEnd, cursor)
      index += 1
    }
    if trace.tokens[explorer.step].kind == .end && line == explorer.line {
      grid.put("␄", x: max(column, clipStart), y: y, style: .current, limit: limit)
    }
  }

  /// The first token that ends after byte `offset`.
  private func firstToken(endingAfter offset: Int) -> Int {
    explorer.trace.tokens.partitioningIndex { token in
      !(Int(token.start + token.length) <= offset && token.length > 0 || Int(token.start) < offset && token.length == 0)
    }
  }
}

extension String {
  /// Tabs expanded to four spaces.
  var replacingTabs: String {
    contains("\t") ? split(separator: "\t", omittingEmptySubsequences: false).joined(separator: "    ") : self
  }
}
