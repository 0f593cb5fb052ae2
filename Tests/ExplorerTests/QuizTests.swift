import Dialects
import ScopeEngine
import Screen
import Testing

@testable import Explorer

@Suite("Quiz")
struct QuizTests {
  /// An explorer over `source` in quiz mode, after pressing `keys`.
  func quiz(_ source: String, _ dialect: Dialect, _ path: String, keys: String = "") -> Explorer {
    var model = explorer(source, dialect, path: path)
    _ = model.update(.char("Q"))
    return pressing(keys.map { Key.char($0) }, on: model)
  }

  /// (dialect, file name, program, first question's name, choice labels, expected key)
  static let firstQuestions: [(Dialect, String, String, String, [String], Int)] = [
    (.monkey, "t.mk", "let x = 1;\nlet f = fn(y) { y + x };", "y", ["fn f#1"], 1),
    (.bhasa, "t.bhasa", "ধরি ক = ১;\nক;", "ক", ["global"], 1),
    (.lox, "t.lox", "var a = 1;\n{ var a = 2; print a; }", "a", ["block#1", "global"], 1),
    (.parasheet, "t.ps", "= let x : int = 1; { x; }", "x", ["global"], 1),
    (.chirp, "t.ch", "int: x = 1;\nentry { x; }", "x", ["global"], 1),
    (.glang, "t.g", "class C { int a\n void m() }\nC.m() { a }", "a", ["class C#4"], 1),
    (.python, "t.py", "x = 1\ndef f():\n    return x", "x", ["module top#0"], 1),
  ]

  @Test("The first question: the name, each scope that holds it, the right key", arguments: firstQuestions.indices)
  func firstQuestion(_ i: Int) throws {
    let (dialect, path, source, name, labels, expected) = Self.firstQuestions[i]
    let model = quiz(source, dialect, path)
    let question = try #require(model.quiz?.question)
    #expect(question.name == name)
    #expect(question.choices.map(\.label) == labels)
    #expect(question.expected == expected)
    #expect(model.asksQuestion, "the lookup is hidden until answered")
    let grid = model.view(width: 120, height: 32)
    #expect(grid.lines.contains { $0.contains("Which \(name) is this?") })
    #expect(!grid.lines.contains { $0.contains("┌Resolution") }, "the Resolution pane is hidden")
    let narrow = model.view(width: 80, height: 24)
    #expect(narrow.lines.contains { $0.contains("Which \(name) is this?") })
  }

  @Test("Answering reveals the lookup with a verdict; → asks the next; s skips; the score and the summary count them")
  func flow() throws {
    var model = quiz("var a = 1;\n{ var a = 2; print a; }\nprint a;", .lox, "t.lox")
    #expect(
      model.update(.char("1")) == [
        .request(.appendQuizLog(QuizLog.line(for: model.quiz!.records[0], trace: model.trace)))
      ])
    #expect(model.quiz?.verdict?.correct == true)
    #expect(model.view(width: 120, height: 32).lines.contains { $0.contains("┌Resolution") })
    #expect(model.view(width: 120, height: 32).lines.last!.contains("quiz 1/1"))
    _ = model.update(.right)
    #expect(model.quiz?.question?.number == 2)
    _ = model.update(.char("s"))
    #expect(model.quiz?.skipped == 1)
    _ = model.update(.right)
    #expect(model.quiz?.showsSummary == true)
    #expect(
      model.view(width: 120, height: 32).lines.contains { $0.contains("asked 2 · right 1 · wrong 0 · skipped 1") })
    #expect(QuizLog.summary(model.quiz!) == #"{"summary":{"asked":2,"answered":1,"correct":1,"skipped":1}}"#)
    #expect(model.update(.char("q")) == [.quit])
  }

  @Test("A wrong answer is listed on the summary, and its number shows it again")
  func review() throws {
    var model = quiz("var a = 1;\n{ var a = 2; print a; }", .lox, "t.lox", keys: "2")
    #expect(model.quiz?.verdict?.correct == false)
    _ = model.update(.right)
    #expect(model.quiz?.showsSummary == true)
    #expect(model.view(width: 120, height: 32).lines.contains { $0.contains("1  line 2  a") })
    _ = model.update(.char("1"))
    #expect(model.quiz?.verdict?.correct == false, "the wrong answer is shown again")
  }

  @Test("The log line of an answer has the question, the choices and the verdict")
  func logLine() throws {
    let model = quiz("var a = 1;\n{ var a = 2; print a; }", .lox, "t.lox", keys: "2")
    let line = QuizLog.line(for: model.quiz!.records[0], trace: model.trace)
    #expect(line.hasPrefix(#"{"question":1,"step":"#))
    #expect(
      line.contains(
        #""name":"a","choices":[{"key":0,"scope":null,"label":"none of these: not found here"},{"key":1,"scope":1,"label":"block#1 (line 2)"},{"key":2,"scope":0,"label":"global (line 1)"}],"expected":1,"answer":2,"correct":false,"feedback":"a is the one in block#1 (line 2): shadowing"#
      ))
  }

  /// (dialect, file, program, keys after Q, the verdict line)
  static let verdicts: [(Dialect, String, String, String, String)] = [
    (
      .lox, "t.lox", "var a = 1;\n{ var a = 2; print a; }", "2",
      "✗ a is the one in block#1 (line 2): shadowing: the a in block#1 is defined closer, and the lookup stops there."
    ),
    (
      .lox, "t.lox", "var a = 1;\n{ print a; var a = 2; }", "0",
      "✗ a is the one in global (line 1): it is defined in global; declared later in the block (line 2), so not yet visible here."
    ),
    (
      .lox, "t.lox", "{ var b = 1; }\nprint b;", "0",
      "✓ b is not found here (you answered 0): the block that held it (block#1, line 1) has ended."
    ),
    (
      .monkey, "t.mk", "let f = fn(y) { fn() { y } };", "0",
      "✗ y is the one in fn f#1 (line 1): capture through an enclosing function: found in fn f#1 and captured by each function between."
    ),
    (
      .glang, "t.g", "class C { int a\n void m() }\nC.m() { a }", "0",
      "✗ a is the one in class C#4 (line 1): a method's lookup jumps from the method to its class."
    ),
    (
      .python, "t.py", "x = 1\nclass C:\n    x = 2\n    def m(self):\n        return x", "1l1l2",
      "✗ x is the one in module top#0 (line 1): a class body is not an enclosing scope for the functions in it."
    ),
    (
      .python, "t.py", "x = 1\ndef f():\n    print(x)\n    x = 2", "1l1l2",
      "✗ x is the one in fn f#1 (line 4): an assignment makes a Python name local to its whole function, so module top#0's is not seen."
    ),
    (
      .python, "t.py", "def f():\n    global g\n    g = 1\ng = 2", "1",
      "✗ g is the one in module top#0 (line 2): a global declaration sends g to the module."
    ),
    (
      .python, "t.py", "def f():\n    n = 0\n    def g():\n        nonlocal n\n        n = 1", "1l1",
      "✗ n is the one in fn f#1 (line 2): a nonlocal declaration sends n to the enclosing function that binds it."
    ),
    (
      .chirp, "t.ch", "namespace geo { int: origin = 0; }\nentry {\n  geo.origin;\n}", "1l0",
      "✗ origin is the one in namespace geo#1 (line 1): a qualified name is resolved inside its namespace, segment by segment."
    ),
    (
      .chirp, "t.ch", "int: x = 1;\nentry {\n  int: x = 2;\n  hide x;\n  x;\n}", "1",
      "✗ x is not found in any scope here: the lookup never looks in global: a hide in entry#1 stops the lookup: not found."
    ),
  ]

  @Test("Each verdict names the rule that decided the lookup", arguments: verdicts.indices)
  func verdict(_ i: Int) throws {
    let (dialect, path, source, keys, text) = Self.verdicts[i]
    let model = quiz(source, dialect, path, keys: keys)
    let record = try #require(model.quiz?.verdict)
    #expect(QuizVerdict(record: record).text == text)
  }

  @Test("Bengali names keep their width in the question")
  func bengali() {
    let model = quiz("ধরি যোগফল = ১;\nযোগফল;", .bhasa, "t.bhasa")
    let grid = model.view(width: 80, height: 24)
    #expect(grid.lines.contains { $0.contains("Which যোগফল is this?") })
    #expect(grid.lines.allSatisfy { Width.of($0) == 80 })
  }
}
