import ScopeEngine

/// The quiz log: one JSON object per answered or skipped question, and a summary at the end.
public enum QuizLog {
  /// The log line of one question.
  static func line(for record: QuizRecord, trace: Trace) -> String {
    let q = record.question
    let token = trace.tokens[Int(trace.events[q.event].step)]
    var choices = [#"{"key":0,"scope":null,"label":\#(json(Question.noneLabel))}"#]
    for choice in q.choices {
      choices.append(
        #"{"key":\#(choice.key),"scope":\#(choice.scope),"label":\#(json("\(choice.label) (line \(choice.line))"))}"#)
    }
    let answer = record.answer.map(String.init) ?? "null"
    return
      #"{"question":\#(q.number),"step":\#(trace.events[q.event].step),"line":\#(token.line),"col":\#(token.column),"name":\#(json(q.name)),"choices":[\#(choices.joined(separator: ","))],"expected":\#(q.expected),"answer":\#(answer),"correct":\#(record.correct),"feedback":\#(json(record.feedback))}"#
  }

  /// The closing line: how many were asked, answered, right and skipped.
  public static func summary(_ quiz: Quiz) -> String {
    #"{"summary":{"asked":\#(quiz.records.count),"answered":\#(quiz.answered),"correct":\#(quiz.correct),"skipped":\#(quiz.skipped)}}"#
  }

  /// `text` as a JSON string.
  static func json(_ text: String) -> String {
    var bytes: [UInt8] = []
    var out = OutputBuffer { bytes.append(contentsOf: $0) }
    out.jsonString(text)
    out.flush()
    return String(decoding: bytes, as: UTF8.self)
  }
}
