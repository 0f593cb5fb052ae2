import ArgumentParser
import Dialects
import ScopeEngine

/// How to read a program: the options every command that opens one shares.
struct ProgramOptions: ParsableArguments {
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

  /// The program `text` read with these options.
  func program(_ text: Program.Text) -> Program {
    Program(text, lang: lang, profile: profile, names: names)
  }
}

/// A program file and how to read it.
struct SourceOptions: ParsableArguments {
  @Argument(help: "The program to read.")
  var file: String

  @OptionGroup var options: ProgramOptions

  /// The program these options name.
  var program: Program { options.program(.file(file)) }
}

/// The trace of `program`, read from the disk: the one way the commands open a program.
func open(_ program: Program) throws -> Trace {
  try opening { () throws(ProgramError) in try program.trace(reading: .disk) }
}

/// Runs a step of opening a program, turning its error into a `Failure`.
func opening<T>(_ body: () throws(ProgramError) -> T) throws -> T {
  do { return try body() } catch { throw Failure.program(error) }
}

extension Dialect: NamedArgument {}
extension TableProfile: NamedArgument {}
extension NameTableGrowth: NamedArgument {}

/// An option's value that is one of a few names, its cases' raw values.
protocol NamedArgument: ExpressibleByArgument, CaseIterable, RawRepresentable<String> {}

extension NamedArgument {
  // The parser's own defaults describe each value through `String(describing:)`, whose
  // dynamic casts cost a run's start-up more than its file takes to read; the names are the
  // raw values.

  /// The value as help shows it: its name.
  public var defaultValueDescription: String { rawValue }
  /// Every value's name.
  public static var allValueStrings: [String] { allCases.map(\.rawValue) }
  /// No value has a description beyond its name.
  public static var allValueDescriptions: [String: String] { [:] }
}
