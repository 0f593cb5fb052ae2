import Testing
import Screen

@testable import Explorer

@Suite("Grid")
struct GridTests {
  init() { Width.useUTF8Locale() }

  @Test("A box draws its title into the top edge")
  func box() {
    var grid = Grid(width: 10, height: 3)
    grid.box(title: "Scopes")
    #expect(grid.lines == ["┌Scopes──┐", "│        │", "└────────┘"])
  }

  @Test("Bengali is measured by wcwidth: spacing marks take a column, a virama none")
  func bengaliWidths() {
    #expect(Width.of("ধরি x = 5") == 9)
    #expect(Width.of("ক্ষ") == 2)
    var grid = Grid(width: 12, height: 1)
    let end = grid.put("ধরি x = 5", x: 0, y: 0)
    #expect(end == 9)
    #expect(grid.lines == ["ধরি x = 5   "])
  }

  @Test("A wide character that would straddle the border becomes a space")
  func wideAtBorder() {
    var grid = Grid(width: 6, height: 3)
    grid.box(title: "")
    grid.drawInside([StyledLine("ab漢字")])
    #expect(grid.lines[1] == "│ab漢│")
    var clipped = Grid(width: 6, height: 3)
    clipped.box(title: "")
    clipped.drawInside([StyledLine("abc漢")])
    #expect(clipped.lines[1] == "│abc │")
  }

  @Test("Control characters are written escaped, never raw")
  func controlCharacters() {
    var grid = Grid(width: 12, height: 1)
    grid.put("a\u{1B}b\tc", x: 0, y: 0)
    #expect(grid.lines == ["a\\u{1b}b\\tc "])
  }

  @Test("Overwriting half of a wide character blanks the other half")
  func overwriteWide() {
    var grid = Grid(width: 4, height: 1)
    grid.put("漢字", x: 0, y: 0)
    grid.put("x", x: 1, y: 0)
    #expect(grid.lines == [" x字"])
  }

  @Test("ANSI lines carry the style and end with a reset")
  func ansi() {
    var grid = Grid(width: 3, height: 1)
    grid.put("ab", x: 0, y: 0, style: .error)
    #expect(grid.ansiLines == ["\u{1B}[0;1;31mab\u{1B}[0m \u{1B}[0m"])
  }
}
