import Foundation
import ScopeEngine

@testable import Dialects

/// The repository's `sample-programs/` folder.
let samplesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  .deletingLastPathComponent().appendingPathComponent("sample-programs")

/// The sample files of a dialect, sorted.
func sampleFiles(_ dialect: String) -> [URL] {
  let folder = samplesFolder.appendingPathComponent(dialect)
  let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
  return names.sorted().map { folder.appendingPathComponent($0) }.filter { Dialect(path: $0.path) != nil }
}

/// What a sample's comments say (`//` or, in Chirp, `#`): `expect: name:STORAGE:index …` lists the bindings of the
/// references on that line in column order; `// expect-error: L:C message` a diagnostic.
struct SampleExpectations {
  var bindings: [Int: [String]] = [:]
  var diagnostics: Set<String> = []

  init(text: String) {
    for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if let range = line.range(of: "// expect: ") ?? line.range(of: "# expect: ") {
        bindings[i + 1] = line[range.upperBound...].split(separator: " ").map(String.init)
      } else if let range = ["// expect-error: ", "# expect-error: ", "# expect-warning: ", "// expect-warning: "].lazy
        .compactMap({ line.range(of: $0) }).first
      {
        diagnostics.insert(String(line[range.upperBound...]).trimmingCharacters(in: .whitespaces))
      }
    }
  }
}

/// What a trace's JSON lines say about the same things.
struct TraceFacts {
  var bindings: [Int: [String]] = [:]
  var diagnostics: Set<String> = []
  var objects: [[String: Any]] = []

  init(trace: Trace) throws {
    var bytes: [UInt8] = []
    var out = OutputBuffer { bytes.append(contentsOf: $0) }
    JSONLWriter(trace: trace).write(to: &out)
    var byLine: [Int: [(Int, String)]] = [:]
    for line in bytes.split(separator: 0x0A) {
      let object = try JSONSerialization.jsonObject(with: Data(line)) as! [String: Any]
      objects.append(object)
      let lineNumber = object["line"] as! Int
      let column = object["col"] as! Int
      switch object["event"] as! String {
      case "resolve":
        let name = object["name"] as! String
        let binding: String
        if let symbol = object["symbol"] as? [String: Any] {
          binding = "\(name):\(symbol["storage"] as! String):\((symbol["index"] as? Int).map(String.init) ?? "-")"
        } else {
          binding = "\(name):unresolved"
        }
        byLine[lineNumber, default: []].append((column, binding))
      case "diagnostic":
        let at = object["at"] as! [String: Any]
        diagnostics.insert("\(at["line"] as! Int):\(at["col"] as! Int) \(object["message"] as! String)")
      default: break
      }
    }
    bindings = byLine.mapValues { references in
      references.enumerated().sorted { ($0.element.0, $0.offset) < ($1.element.0, $1.offset) }.map(\.element.1)
    }
  }
}
