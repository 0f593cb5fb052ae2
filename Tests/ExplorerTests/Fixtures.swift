import Dialects
import ScopeEngine

@testable import Explorer

/// An explorer over `source` in `dialect`.
func explorer(_ source: String, _ dialect: Dialect = .monkey, path: String = "t.mk") -> Explorer {
  Width.useUTF8Locale()
  return Explorer(trace: dialect.analyze(SourceFile(path: path, text: source)), dialect: dialect)
}

/// The explorer after pressing `keys`.
func pressing(_ keys: [Key], on start: Explorer) -> Explorer {
  var model = start
  for key in keys { _ = model.update(key) }
  return model
}

/// `count` presses of `key`.
func times(_ count: Int, _ key: Key) -> [Key] { Array(repeating: key, count: count) }

let closureProgram = """
  let a = 1;
  let f = fn(x) {
    fn(y) { x + y + a }
  };
  """
