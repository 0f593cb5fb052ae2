import Dialects
import ScopeEngine
import Screen

/// Reads a tape, line by line: a command word, then its arguments; `#` starts a comment.
public enum TapeParser {
  /// The keys a tape can name, with an optional count after them.
  static let keyNames: [String: Key] = [
    "Right": .right, "Left": .left, "Up": .up, "Down": .down, "Space": .char(" "), "Enter": .enter, "Tab": .tab,
    "BackTab": .backTab,
    "Backspace": .backspace, "Escape": .escape, "PageUp": .pageUp, "PageDown": .pageDown, "Home": .home, "End": .end,
  ]

  /// The commands, for error messages.
  static let commandWords =
    "Output, Set, Type, Sleep, Hide, Show, Screenshot, Open, Caption, or a key (Right, Left, Up, Down, Space, Enter, Tab, BackTab, Backspace, Escape, PageUp, PageDown, Home, End)"

  /// The most keys one command may press (a count, or the characters of `Type`).
  static let maximumKeys = 10_000

  /// Parses `text` (a leading byte-order mark and CRLF line ends are accepted, as in source
  /// files), or throws the first mistake with its position.
  public static func parse(_ text: String) throws(TapeError) -> Tape {
    var commands: [Tape.Command] = []
    let text = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
    let lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false).map { line in
      String(String.UnicodeScalarView(line.last == "\r" ? line.dropLast() : line[...]))
    }
    for (index, line) in lines.enumerated() {
      var words = try TapeWords(line: String(line), number: index + 1)
      guard let first = words.next() else { continue }
      commands.append(try command(first, &words))
      if let extra = words.next() {
        throw words.error(at: extra, "unexpected \"\(extra.text)\" at the end of the line")
      }
    }
    return Tape(commands: commands)
  }

  private static func command(_ word: TapeWords.Word, _ words: inout TapeWords) throws(TapeError) -> Tape.Command {
    switch word.text {
    case "Output": return .output(try words.required("a file name after Output").text)
    case "Set": return try setting(&words)
    case "Type":
      let text = try words.quoted("a quoted string after Type")
      guard text.count <= maximumKeys else {
        throw words.error(at: word, "expected at most \(maximumKeys) characters after Type, got \(text.count)")
      }
      return .keys(text.map { Key.char($0) })
    case "Sleep":
      return .sleep(milliseconds: try duration(words.required("a duration after Sleep, like 500ms or 2s"), &words))
    case "Hide": return .hide
    case "Show": return .show
    case "Screenshot":
      let name = try words.required("a file name after Screenshot")
      guard name.text.hasSuffix(".svg") else {
        throw words.error(at: name, "expected a .svg file name, got \"\(name.text)\"")
      }
      return .screenshot(name.text)
    case "Caption": return .caption(try words.quoted("a quoted string after Caption"))
    case "Open": return try open(&words)
    default:
      guard let key = keyNames[word.text] else {
        throw words.error(at: word, "expected \(commandWords), got \"\(word.text)\"")
      }
      var count = 1
      if let next = words.peek(), let n = Int(next.text) {
        _ = words.next()
        guard n > 0 && n <= maximumKeys else {
          throw words.error(at: next, "expected a count from 1 to \(maximumKeys), got \(n)")
        }
        count = n
      }
      return .keys(Array(repeating: key, count: count))
    }
  }

  private static func setting(_ words: inout TapeWords) throws(TapeError) -> Tape.Command {
    let name = try words.required("a setting after Set: Width, Height, TypingSpeed or KeyOverlay")
    switch name.text {
    case "Width", "Height":
      let value = try words.required("a number after Set \(name.text)")
      guard let n = Int(value.text), n >= 20, n <= 1000 else {
        throw words.error(at: value, "expected a number from 20 to 1000, got \"\(value.text)\"")
      }
      return name.text == "Width" ? .width(n) : .height(n)
    case "TypingSpeed":
      return .typingSpeed(milliseconds: try duration(words.required("a duration after Set TypingSpeed"), &words))
    case "KeyOverlay":
      let value = try words.required("on or off after Set KeyOverlay")
      guard value.text == "on" || value.text == "off" else {
        throw words.error(at: value, "expected on or off, got \"\(value.text)\"")
      }
      return .keyOverlay(value.text == "on")
    default:
      throw words.error(at: name, "expected Width, Height, TypingSpeed or KeyOverlay, got \"\(name.text)\"")
    }
  }

  private static func open(_ words: inout TapeWords) throws(TapeError) -> Tape.Command {
    let path = try words.required("a file after Open")
    var program = Program(.file(path.text))
    while let flag = words.peek(), flag.text.hasPrefix("--") {
      _ = words.next()
      let value = try words.required("a value after \(flag.text)")
      switch flag.text {
      case "--lang":
        guard let lang = Dialect(rawValue: value.text) else {
          throw words.error(
            at: value,
            "expected a language (\(Dialect.allCases.map(\.rawValue).joined(separator: ", "))), got \"\(value.text)\"")
        }
        program.lang = lang
      case "--profile":
        guard let profile = TableProfile(rawValue: value.text) else {
          throw words.error(
            at: value,
            "expected a profile (\(TableProfile.allCases.map(\.rawValue).joined(separator: ", "))), got \"\(value.text)\""
          )
        }
        program.profile = profile
      default: throw words.error(at: flag, "expected --lang or --profile, got \"\(flag.text)\"")
      }
    }
    return .open(program)
  }

  /// `500ms`, `2s`, `1.5s` in milliseconds.
  private static func duration(_ word: TapeWords.Word, _ words: inout TapeWords) throws(TapeError) -> Int {
    let text = word.text
    let (number, scale) =
      text.hasSuffix("ms")
      ? (text.dropLast(2), 1.0) : text.hasSuffix("s") ? (text.dropLast(), 1000.0) : (Substring(text), 1.0)
    guard let value = Double(number), value >= 0, value <= 600_000 else {
      throw words.error(at: word, "expected a duration like 500ms or 2s, got \"\(text)\"")
    }
    return Int((value * scale).rounded())
  }
}

/// The words of one tape line, with their columns; a quoted string is one word.
struct TapeWords {
  /// A word and where it starts.
  struct Word {
    var text: String
    var column: Int
    var quoted: Bool
  }

  private var words: [Word]
  private var index = 0
  /// The line number, for errors.
  let number: Int
  /// The column just past the line's end, for "expected … at the end" errors.
  let end: Int

  /// Splits `line`, dropping a `#` comment.
  init(line: String, number: Int) throws(TapeError) {
    self.number = number
    var words: [Word] = []
    var characters = Array(line)
    if characters.last == "\r" { characters.removeLast() }
    var i = 0
    while i < characters.count {
      if characters[i] == " " || characters[i] == "\t" {
        i += 1
        continue
      }
      if characters[i] == "#" { break }
      let start = i
      if characters[i] == "\"" {
        var text = ""
        i += 1
        while i < characters.count && characters[i] != "\"" {
          if characters[i] == "\\" && i + 1 < characters.count {
            i += 1
            text.append(characters[i] == "n" ? "\n" : characters[i])
          } else {
            text.append(characters[i])
          }
          i += 1
        }
        guard i < characters.count else {
          throw TapeError(line: number, column: start + 1, message: "unterminated string: add a closing \"")
        }
        i += 1
        words.append(Word(text: text, column: start + 1, quoted: true))
      } else {
        while i < characters.count && characters[i] != " " && characters[i] != "\t" { i += 1 }
        words.append(Word(text: String(characters[start..<i]), column: start + 1, quoted: false))
      }
    }
    self.words = words
    end = characters.count + 1
  }

  /// The next word.
  mutating func next() -> Word? {
    defer { index += 1 }
    return index < words.count ? words[index] : nil
  }

  /// The next word, not consumed.
  func peek() -> Word? { index < words.count ? words[index] : nil }

  /// The next word, or an error saying what was `expected`.
  mutating func required(_ expected: String) throws(TapeError) -> Word {
    guard let word = next() else { throw TapeError(line: number, column: end, message: "expected \(expected)") }
    return word
  }

  /// The next word, which must be quoted.
  mutating func quoted(_ expected: String) throws(TapeError) -> String {
    let word = try required(expected)
    guard word.quoted else { throw error(at: word, "expected \(expected), got \(word.text)") }
    return word.text
  }

  /// An error at `word`.
  func error(at word: Word, _ message: String) -> TapeError {
    TapeError(line: number, column: word.column, message: message)
  }
}
