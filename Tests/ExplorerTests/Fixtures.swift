import Dialects
import ScopeEngine
import Screen

@testable import Explorer

/// An explorer over `source` in `dialect`.
func explorer(_ source: String, _ dialect: Dialect = .monkey, path: String = "t.mk") -> Explorer {
  Width.useUTF8Locale()
  return Explorer(
    trace: dialect.analyze(SourceFile(path: path, text: source)), program: Program(.file(path), lang: dialect))
}

/// The explorer after pressing `keys`.
func pressing(_ keys: [Key], on start: Explorer) -> Explorer {
  var model = start
  for key in keys {
    for case .request(let request) in model.update(key) { carryOut(request, on: &model) }
  }
  return model
}

/// Does what the explorer asks, as the command line does, over the text already in memory.
func carryOut(_ request: Explorer.Request, on model: inout Explorer) {
  switch request {
  case .appendQuizLog: break
  case .reanalyze(let program):
    let source = SourceFile(path: model.trace.path, bytesTrusted: model.trace.source)
    model.reopen(program, trace: try! program.trace(of: source, reading: .none))
  }
}

/// `count` presses of `key`.
func times(_ count: Int, _ key: Key) -> [Key] { Array(repeating: key, count: count) }

let closureProgram = """
  let a = 1;
  let f = fn(x) {
    fn(y) { x + y + a }
  };
  """
