import ScopeEngine

/// A program to analyse: its text (a file, or a sample built into the binary), the language,
/// the table profile and how the name table grows. `trace(reading:)` is the one way every
/// command, the tape player and the explorer's re-runs turn a program into a trace.
public struct Program: Sendable, Equatable {
  /// Where the text comes from.
  public enum Text: Sendable, Equatable {
    /// A file, by path.
    case file(String)
    /// A sample built into the binary.
    case builtin(BuiltinSample)
  }

  /// Where the text comes from.
  public var text: Text
  /// The language asked for (nil: from the file's extension).
  public var lang: Dialect?
  /// The scope tables' profile (nil: the language's default).
  public var profile: TableProfile?
  /// How the interned-name table grows.
  public var names: NameTableGrowth

  /// A program read from `text`.
  public init(_ text: Text, lang: Dialect? = nil, profile: TableProfile? = nil, names: NameTableGrowth = .teaching) {
    self.text = text
    self.lang = lang
    self.profile = profile
    self.names = names
  }

  /// The path (or the sample's name) as the status line and diagnostics show it.
  public var path: String {
    switch text {
    case .file(let path): path
    case .builtin(let sample): sample.name
    }
  }

  /// The language asked for, the sample's, or the one the file's extension implies.
  public func dialect() throws(ProgramError) -> Dialect {
    if let lang { return lang }
    if case .builtin(let sample) = text { return sample.dialect }
    guard let dialect = Dialect(path: path) else { throw .unknownLanguage(path: path) }
    return dialect
  }

  /// The text, read with `files` when it is a file.
  public func source(reading files: FileReader) throws(ProgramError) -> SourceFile {
    switch text {
    case .builtin(let sample): return SourceFile(path: sample.name, text: sample.text)
    case .file(let path):
      do { return try files.read(path) } catch { throw .source(error) }
    }
  }

  /// `source` (this program's text, already read) analysed; Glang's imports are read with
  /// `files`.
  public func trace(of source: SourceFile, reading files: FileReader) throws(ProgramError) -> Trace {
    try dialect().analyze(source, profile: profile, nameGrowth: names, imports: files)
  }

  /// The program read with `files` and analysed.
  public func trace(reading files: FileReader) throws(ProgramError) -> Trace {
    try trace(of: source(reading: files), reading: files)
  }

  /// The same program under another table profile.
  public func with(profile: TableProfile) -> Program {
    var program = self
    program.profile = profile
    return program
  }
}

/// Why a program could not be opened.
public enum ProgramError: Error, Equatable, CustomStringConvertible {
  /// No `--lang`, and the file's extension names no language.
  case unknownLanguage(path: String)
  /// The file could not be read, or is not text.
  case source(SourceError)

  /// One line that says what to do.
  public var description: String {
    switch self {
    case .unknownLanguage(let path):
      let known = Dialect.allCases.flatMap { $0.extensions.map { ".\($0)" } }.joined(separator: ", ")
      return "\(path): cannot tell the language from the file name; pass --lang (known extensions: \(known))."
    case .source(let error): return error.description
    }
  }
}

/// How files are read: handed to analysis from the command line (so analysis itself does no
/// I/O), and replaced by tests.
public struct FileReader: Sendable {
  /// Reads and checks the file at a path.
  public let read: @Sendable (String) throws(SourceError) -> SourceFile

  /// A reader with `read`.
  public init(read: @escaping @Sendable (String) throws(SourceError) -> SourceFile) { self.read = read }

  /// Reads from the file system.
  public static let disk = FileReader { path throws(SourceError) in try SourceFile.read(path: path) }

  /// Reads nothing: every file is missing (for analyses that must not touch the disk).
  public static let none = FileReader { path throws(SourceError) in
    throw SourceError.unreadable(path: path, reason: "no such file or directory")
  }
}
