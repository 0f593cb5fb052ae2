import ScopeEngine

/// The sentence a quiz verdict gives: the name, the scope it really is in, and the rule that
/// decided it, read from the path and the notes the engine recorded for the lookup (never
/// from a second copy of the rules).
struct QuizFeedback {
  let trace: Trace

  /// Why `answer` to `question` is wrong; for a right answer, what else decided it (a
  /// definition later in the block, a block that has ended), or nothing.
  func sentence(for question: Question, answer: Int) -> String {
    guard case .resolve(let r) = trace.happening(at: question.event) else { return "" }
    guard answer != question.expected else { return context(of: r, at: question.event).map { $0 + "." } ?? "" }
    let path = Array(trace.engine.path(of: r))
    let name = question.name
    let truth =
      question.choices.first { $0.key == question.expected }.map { "is the one in \($0.label) (line \($0.line))" }
      ?? "is not found in any scope here"
    var rule: String
    let found = path.first(where: \.found)?.scope
    if let choice = question.choices.first(where: { $0.key == answer }) {
      if let found, encloses(choice.scope, found), let step = path.first(where: \.found),
        step.note == .boundHere || step.note == .cellHere
      {
        rule = "\(reason(for: step.note, name: name, in: label(found), found: found)), so \(choice.label)'s is not seen"
      } else if let found, encloses(choice.scope, found) {
        rule = "shadowing: the \(name) in \(label(found)) is defined closer, and the lookup stops there"
      } else if let i = path.firstIndex(where: { $0.scope == choice.scope }) {
        do {
          rule = reason(for: path[i].note, name: name, in: choice.label, found: path.first(where: \.found)?.scope)
        }
      } else {
        let last = path.last.map { reason(for: $0.note, name: name, in: label($0.scope), found: nil) }
        rule = "the lookup never looks in \(choice.label)" + (last.map { ": \($0)" } ?? "")
      }
    } else {
      rule = reasonFound(r, path: path, name: name, at: question.event)
    }
    if let context = context(of: r, at: question.event) { rule += "; \(context)" }
    return "\(name) \(truth): \(rule)."
  }

  /// Whether `outer` is a scope around `inner`.
  func encloses(_ outer: ScopeID, _ inner: ScopeID) -> Bool {
    var scope = trace.engine.parent(of: inner)
    while scope >= 0 {
      if scope == outer { return true }
      scope = trace.engine.parent(of: scope)
    }
    return false
  }

  /// A scope's label.
  func label(_ scope: ScopeID) -> String { trace.engine.label(of: scope) }

  /// Why a lookup moved past a scope, from the note recorded there.
  func reason(for note: PathNote, name: String, in scope: String, found: ScopeID?) -> String {
    let binder = found.map { label($0) } ?? "an enclosing function"
    switch note {
    case .found: return "it is defined in \(scope)"
    case .missed, .notBoundHere: return "\(scope) does not bind \(name), so the lookup goes on outward"
    case .leftFunction, .freeHere, .passesThrough:
      return "capture through an enclosing function: \(name) is free in \(scope) and bound in \(binder)"
    case .methodToClass: return "a method's lookup jumps from the method to its class"
    case .classToRoot: return "a class's lookup jumps to the root"
    case .hidden: return "a hide in \(scope) stops the lookup: not found"
    case .segment: return "a qualified name is resolved inside its namespace, segment by segment"
    case .lateBound: return "a global is late-bound: looked up by name at run time, not in a scope"
    case .unresolved: return "\(name) is not found in any scope"
    case .boundHere, .cellHere: return "an assignment makes a Python name local to its whole function"
    case .classNotEnclosing: return "a class body is not an enclosing scope for the functions in it"
    case .declaredGlobal: return "a global declaration sends \(name) to the module"
    case .declaredNonlocal: return "a nonlocal declaration sends \(name) to the enclosing function that binds it"
    case .runTimeLookup: return "a class or module body looks \(name) up by name at run time"
    case .builtinOrUndefined: return "the module does not bind \(name): a builtin, or a NameError at run time"
    }
  }

  /// Why the lookup does find the name (for an answer of 0 when a scope holds it).
  func reasonFound(_ r: Resolution, path: [PathStep], name: String, at event: Int) -> String {
    guard let found = path.first(where: \.found) else { return "\(name) is not found in any scope" }
    if !trace.log.captures(of: r).isEmpty {
      return
        "capture through an enclosing function: found in \(label(found.scope)) and captured by each function between"
    }
    if path.count > 1, path.dropLast().contains(where: { $0.note == .methodToClass }) {
      return "a method's lookup jumps from the method to its class"
    }
    let onStack = trace.state(afterEvents: event).stack.contains(found.scope)
    if found.note == .segment || (!onStack && trace.engine.kind(of: found.scope) == .namespace) {
      return "a qualified name is resolved inside its namespace, segment by segment"
    }
    return reason(for: found.note, name: name, in: label(found.scope), found: found.scope)
  }

  /// What else decided it: a definition later in the block, or a block that has ended.
  func context(of r: Resolution, at event: Int) -> String? {
    let engine = trace.engine
    let stack = trace.state(afterEvents: event).stack
    for index in trace.events.indices {
      guard let symbol = trace.log.definedSymbol(at: index) else { continue }
      let s = engine.symbols[Int(symbol)]
      guard s.name == r.name, s.storage != .pending else { continue }
      let line = trace.tokens[Int(s.token)].line
      if index > event, let top = stack.first, s.scope == top {
        return "declared later in the block (line \(line)), so not yet visible here"
      }
      let scope = engine.scope(s.scope)
      if index < event, scope.popEvent < Int32(event), !stack.contains(s.scope), stack.contains(scope.parent),
        scope.kind == .block
      {
        return "the block that held it (\(label(s.scope)), line \(line)) has ended"
      }
    }
    return nil
  }
}
