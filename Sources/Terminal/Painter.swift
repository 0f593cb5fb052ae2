import CNcursesw

import Glibc
import Screen

/// Copies grids to the screen, only the cells that changed since the last frame.
struct Painter {
  /// Whether colours are available.
  let colours: Bool
  /// The frame on screen.
  private var last: Grid?

  /// Sets up colour pairs (one per foreground/background pair) when the terminal has colours.
  init() {
    colours = has_colors()
    if colours {
      start_color()
      use_default_colors()
      let all = Color.allCases
      for fg in all {
        for bg in all where Self.pair(fg, bg) < cn_color_pairs() {
          init_pair(Int16(Self.pair(fg, bg)), Self.curses(fg), Self.curses(bg))
        }
      }
    }
  }

  /// The pair number for a foreground and background.
  static func pair(_ fg: Color, _ bg: Color) -> Int32 { Int32(fg.rawValue) * 9 + Int32(bg.rawValue) + 1 }

  /// An ncurses colour number (-1: the terminal's default).
  static func curses(_ color: Color) -> Int16 {
    color == .default ? -1 : Int16(color.rawValue) - 1
  }

  /// Attributes and pair for a style; without colours, colour becomes bold or reverse.
  func attributes(_ style: Style) -> (attr_t, Int16) {
    var attributes = cn_a_normal()
    if style.bold { attributes |= cn_a_bold() }
    if style.underline { attributes |= cn_a_underline() }
    if style.dim { attributes |= cn_a_dim() }
    var reverse = style.reverse
    var pair: Int16 = 0
    if colours {
      let p = Self.pair(style.foreground, style.background)
      pair = p < cn_color_pairs() ? Int16(p) : 0
    } else {
      if style.background != .default { reverse = true }
      if style.foreground != .default && style.background == .default { attributes |= cn_a_bold() }
    }
    if reverse { attributes |= cn_a_reverse() }
    return (attributes, pair)
  }

  /// Draws `grid`, touching only changed cells (everything after a resize).
  mutating func paint(_ grid: Grid) {
    let full = last == nil || last!.width != grid.width || last!.height != grid.height
    if full { erase() }
    for y in 0..<grid.height {
      for x in 0..<grid.width {
        let cell = grid[x, y]
        if cell.text.isEmpty { continue }
        if !full, let last, last[x, y] == cell, x + 1 >= grid.width || last[x + 1, y] == grid[x + 1, y] { continue }
        var chars = cell.text.unicodeScalars.prefix(5).map { wchar_t(bitPattern: $0.value) }
        chars.append(0)
        let (attributes, pair) = self.attributes(cell.style)
        var cc = cchar_t()
        setcchar(&cc, chars, attributes, pair, nil)
        mvadd_wch(Int32(y), Int32(x), &cc)
      }
    }
    last = grid
    refresh()
  }

  /// Forgets the frame on screen, so the next paint redraws everything.
  mutating func invalidate() { last = nil }
}
