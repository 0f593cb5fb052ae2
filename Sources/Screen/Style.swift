/// The eight terminal colours, plus the terminal's own default.
public enum Color: UInt8, Sendable, Equatable, CaseIterable {
  case `default`, black, red, green, yellow, blue, magenta, cyan, white
}

/// How a cell is drawn. On terminals without colour, colours fall away and bold, reverse
/// and underline carry the meaning.
public struct Style: Sendable, Equatable, Hashable {
  /// Foreground colour.
  public var foreground: Color = .default
  /// Background colour.
  public var background: Color = .default
  /// Bold.
  public var bold = false
  /// Foreground and background swapped.
  public var reverse = false
  /// Underlined.
  public var underline = false
  /// Dim.
  public var dim = false

  /// A style.
  public init(
    foreground: Color = .default, background: Color = .default, bold: Bool = false, reverse: Bool = false,
    underline: Bool = false, dim: Bool = false
  ) {
    self.foreground = foreground
    self.background = background
    self.bold = bold
    self.reverse = reverse
    self.underline = underline
    self.dim = dim
  }

  /// The terminal's default.
  public static let plain = Style()
  /// Pane borders.
  public static let border = Style(foreground: .blue)
  /// A focused pane's border.
  public static let focusedBorder = Style(foreground: .cyan, bold: true)
  /// Titles.
  public static let title = Style(bold: true)
  /// The current token (black on yellow; reverse on a monochrome terminal).
  public static let current = Style(foreground: .black, background: .yellow, bold: true, reverse: false)
  /// What changed in this step.
  public static let changed = Style(foreground: .green, bold: true)
  /// Secondary text.
  public static let faint = Style(dim: true)
  /// Errors.
  public static let error = Style(foreground: .red, bold: true)
  /// Warnings.
  public static let warning = Style(foreground: .yellow, bold: true)
  /// The status line.
  public static let status = Style(reverse: true)
  /// Highlighted probe of the current lookup.
  public static let probe = Style(foreground: .black, background: .cyan)
  /// The bucket where a lookup ended.
  public static let probeHit = Style(foreground: .black, background: .green, bold: true)
}
