/// What a token is, as far as colours and narration need to know.
public enum TokenClass: UInt8, Sendable, CaseIterable {
  /// A reserved word.
  case keyword
  /// A name.
  case identifier
  /// A number literal.
  case number
  /// A string literal.
  case string
  /// An operator.
  case `operator`
  /// Punctuation: brackets, commas, semicolons.
  case punctuation
  /// A type name.
  case type
  /// Something the lexer could not read.
  case invalid
  /// The end of the file.
  case end
}

/// One token of the source: a step of the trace.
public struct Token: Sendable, Equatable {
  /// Byte offset in the source.
  public var start: Int32
  /// Length in bytes.
  public var length: Int32
  /// 1-based line.
  public var line: Int32
  /// 1-based column, in Unicode scalars.
  public var column: Int32
  /// What it is.
  public var kind: TokenClass

  /// A token at a position.
  public init(start: Int32, length: Int32, line: Int32, column: Int32, kind: TokenClass) {
    self.start = start
    self.length = length
    self.line = line
    self.column = column
    self.kind = kind
  }
}
