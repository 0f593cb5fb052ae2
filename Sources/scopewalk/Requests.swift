import Dialects
import Explorer
import Screen

/// Does what the explorer asked of the program around it: re-runs its program under another
/// profile, through the one opener; appends a line to the quiz log, when there is one.
func carryOut(_ request: Explorer.Request, on explorer: inout Explorer, log: QuizLogFile? = nil) throws {
  switch request {
  case .reanalyze(let program): explorer.reopen(program, trace: try open(program))
  case .appendQuizLog(let line): try log?.append(line)
  }
}

/// Presses `key` on `explorer`, carrying out what it asks for (the quit and timer effects
/// mean nothing without a terminal).
func press(_ key: Key, on explorer: inout Explorer) throws {
  for case .request(let request) in explorer.update(key) { try carryOut(request, on: &explorer) }
}
