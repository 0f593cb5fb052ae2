import ArgumentParser

/// The `scopewalk` command: explore a file, or trace, check or render it without a terminal.
@main
struct Scopewalk: ParsableCommand {
  static let configuration = CommandConfiguration(
    abstract: "Step through a program while its symbol engine pushes scopes, fills hash tables and resolves names.",
    version: scopewalkVersion,
    subcommands: [
      Explore.self, QuizCommand.self, TraceCommand.self, CheckCommand.self, RenderCommand.self, ReplayCommand.self,
    ],
    defaultSubcommand: Explore.self)
}
