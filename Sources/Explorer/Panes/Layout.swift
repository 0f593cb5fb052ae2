import Screen

extension Explorer {
  /// The smallest screen the explorer draws panes on.
  public static let minimumSize = (width: 80, height: 24)
  /// The size from which every pane shows at once.
  public static let fullSize = (width: 120, height: 32)

  /// The whole screen at `width`×`height`. Reads only the model.
  public func view(width: Int, height: Int) -> Grid {
    if width < Self.minimumSize.width || height < Self.minimumSize.height {
      return TooSmallScreen().grid(width: width, height: height)
    }
    if showsHelp { return HelpScreen().grid(width: width, height: height) }
    if quiz?.showsSummary == true {
      var grid = Grid(width: width, height: height)
      grid.paste(QuizSummaryScreen(explorer: self).grid(width: width, height: height - 1), x: 0, y: 0)
      StatusBar(explorer: self).draw(into: &grid, y: height - 1)
      return grid
    }
    var grid = Grid(width: width, height: height)
    let narrationBar = NarrationBar(explorer: self)
    let sentence = narrationBar.sentence
    let narration = narrationBar.lines(of: sentence, width: width, limit: height / 4)
    let body = height - 1 - narration.count
    let wide = width >= Self.fullSize.width && height >= Self.fullSize.height
    let left = wide ? max(width * 45 / 100, 50) : width / 2
    grid.paste(SourcePane(explorer: self).grid(width: left, height: body, focused: focus == .source), x: 0, y: 0)
    let right = width - left
    if wide {
      var scopes = body * 2 / 5
      var buckets = body * 7 / 20
      // The lookup's path is the lesson: the Buckets pane, then the Scopes pane, give up
      // rows until every note fits (down to a few rows each).
      let pathLines =
        asksQuestion
        ? QuizPane(explorer: self).lines(width: right - 2) : PathPane(explorer: self).lines(width: right - 2)
      var extra = pathLines.count + 2 - (body - scopes - buckets)
      let bucketsCut = max(min(extra, buckets - 5), 0)
      buckets -= bucketsCut
      extra -= bucketsCut
      let scopesFloor = min(scopes, state.stack.count + 4)
      scopes -= max(min(extra, scopes - scopesFloor), 0)
      grid.paste(
        ScopesPane(explorer: self).grid(width: right, height: scopes, focused: focus == .scopes), x: left, y: 0)
      grid.paste(
        BucketsPane(explorer: self).grid(width: right, height: buckets, focused: focus == .buckets), x: left, y: scopes)
      let pathHeight = body - scopes - buckets
      let question =
        asksQuestion
        ? QuizPane(explorer: self).grid(width: right, height: pathHeight, focused: true)
        : PathPane(explorer: self).grid(width: right, height: pathHeight, focused: focus == .path, lines: pathLines)
      grid.paste(question, x: left, y: scopes + buckets)
    } else if asksQuestion {
      grid.paste(QuizPane(explorer: self).grid(width: right, height: body, focused: true), x: left, y: 0)
    } else {
      grid.paste(tabbedPane(width: right, height: body), x: left, y: 0)
    }
    narrationBar.draw(into: &grid, y: body, lines: narration, sentence: sentence)
    StatusBar(explorer: self).draw(into: &grid, y: height - 1)
    return grid
  }

  /// Whether a quiz question is waiting for its answer (the lookup is then hidden).
  var asksQuestion: Bool { quiz.map { !$0.revealed && $0.question != nil } ?? false }

  /// The narrow layout's right side: one pane, its title a tab bar.
  private func tabbedPane(width: Int, height: Int) -> Grid {
    let tabs = [PaneID.scopes, .buckets, .path].map { $0 == tab ? "[\($0.title)]" : $0.title }.joined(separator: " ")
    let focused = focus == tab
    switch tab {
    case .buckets: return BucketsPane(explorer: self).grid(width: width, height: height, focused: focused, title: tabs)
    case .path: return PathPane(explorer: self).grid(width: width, height: height, focused: focused, title: tabs)
    default: return ScopesPane(explorer: self).grid(width: width, height: height, focused: focused, title: tabs)
    }
  }
}
