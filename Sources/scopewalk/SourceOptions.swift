import ArgumentParser
import Dialects
import ScopeEngine

/// The options every command that reads a program shares.
struct SourceOptions: ParsableArguments {
  @Argument(help: "The program to read.")
  var file: String

  @Option(
    help:
      "The language: \(Dialect.allCases.map(\.rawValue).joined(separator: ", ")) (default: from the file's extension).")
  var lang: Dialect?

  @Option(
    help:
      "The scope tables' profile: \(TableProfile.allCases.map(\.rawValue).joined(separator: ", ")) (default: the language's)."
  )
  var profile: TableProfile?

  @Option(help: "How the interned-name table grows: teaching (13 buckets, rehash at half full) or jikes (4093, …).")
  var names: NameTableGrowth = .teaching

  /// The program these options name.
  var program: ProgramSource { ProgramSource(file: file, lang: lang, profile: profile, names: names) }

  /// The dialect asked for or implied by the extension.
  func dialect() throws -> Dialect { try program.dialect() }

  /// The file, read and checked.
  func load() throws -> SourceFile { try program.load() }

  /// The file analysed.
  func trace() throws -> Trace { try program.trace() }
}

/// A program to analyse: a file and how to read it.
struct ProgramSource {
  var file: String
  var lang: Dialect?
  var profile: TableProfile?
  var names: NameTableGrowth

  /// The dialect asked for or implied by the extension.
  func dialect() throws -> Dialect {
    if let lang { return lang }
    if let dialect = Dialect(path: file) { return dialect }
    let known = Dialect.allCases.flatMap { $0.extensions.map { ".\($0)" } }.joined(separator: ", ")
    throw Failure.usage(
      "\(file): cannot tell the language from the file name; pass --lang (known extensions: \(known)).")
  }

  /// The file, read and checked.
  func load() throws -> SourceFile {
    do {
      return try SourceFile.read(path: file)
    } catch {
      throw Failure.source(error)
    }
  }

  /// The file analysed.
  func trace() throws -> Trace {
    let dialect = try dialect()
    return dialect.analyze(try load(), profile: profile, nameGrowth: names)
  }
}

extension SourceOptions {
  /// One line for a parse error of these options.
  static func message(for error: any Error) -> String {
    fullMessage(for: error).split(separator: "\n").first.map(String.init) ?? "invalid options"
  }
}

extension Dialect: ExpressibleByArgument {}
extension TableProfile: ExpressibleByArgument {}
extension NameTableGrowth: ExpressibleByArgument {}
