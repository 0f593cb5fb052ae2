import Dialects
import Foundation
import ScopeEngine

/// The dialect under test, named by `SCOPEWALK_FUZZ_DIALECT` (set by `fuzz/run`).
let fuzzedDialect: Dialect = {
  setlocale(LC_ALL, "")
  let name = ProcessInfo.processInfo.environment["SCOPEWALK_FUZZ_DIALECT"] ?? ""
  guard let dialect = Dialect(rawValue: name) else {
    FileHandle.standardError.write(Data("error: set SCOPEWALK_FUZZ_DIALECT to a language scopewalk speaks.\n".utf8))
    exit(64)
  }
  return dialect
}()

/// libFuzzer's entry point: one input read as the real commands read a file (UTF-8, no NUL),
/// analysed whole (lexer, parser and engine), then written as a JSON Lines trace, so that
/// every event the engine recorded is decoded once.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  guard let file = try? SourceFile(path: "fuzz.\(fuzzedDialect.extensions[0])", bytes: bytes) else { return 0 }
  let trace = fuzzedDialect.analyze(file)
  var out = OutputBuffer { _ in }
  JSONLWriter(trace: trace).write(to: &out)
  return 0
}
