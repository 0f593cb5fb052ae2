import ScopeEngine

/// A lexer driven by tables, for the languages whose tokens are plain: names, numbers,
/// strings, operators and line comments (Parasheet, Chirp, Glang).
struct TableLexer<Kind: Sendable>: Sendable {
  /// Line comment markers, such as `#` or `//`.
  var comments: [String]
  /// Keywords and type names.
  var words: [String: Kind]
  /// Operators and punctuation, longest first.
  var operators: [(String, Kind)]
  /// The kinds of a name, a number, a string, a character the language lacks, and the end.
  var identifier: Kind, number: Kind, string: Kind, invalid: Kind, eof: Kind
  /// How each kind is coloured.
  var tokenClass: @Sendable (Kind) -> TokenClass
  /// Whether a string may run over a line break (else it ends, unterminated, at one).
  var stringsCrossLines: Bool
  /// How many `.fraction` parts a number may have.
  var fractions: Int
  /// The message for a string with no closing quote.
  var unterminatedString: String
  /// The message for a character the language lacks.
  var unexpected: @Sendable (String) -> String

  /// Lexes the whole source; problems become diagnostics and lexing goes on.
  func lex(_ source: UnsafeBufferPointer<UInt8>) -> (tokens: [Token], kinds: [Kind], diagnostics: [Diagnostic]) {
    var tokens: [Token] = []
    var kinds: [Kind] = []
    var diagnostics: [Diagnostic] = []
    var s = Scanner(source)
    let commentBytes = comments.map { Array($0.utf8) }
    let operatorBytes = operators.map { (Array($0.0.utf8), $0.1) }
    func startsWith(_ bytes: [UInt8]) -> Bool {
      s.offset + bytes.count <= source.count && bytes.indices.allSatisfy { source[s.offset + $0] == bytes[$0] }
    }
    func isAlpha(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A || b == 0x5F }
    func isDigit(_ b: UInt8) -> Bool { b >= 0x30 && b <= 0x39 }
    while true {
      while true {
        s.skipWhitespace()
        guard commentBytes.contains(where: startsWith) else { break }
        s.skipLine()
      }
      let start = s.offset
      let line = s.line
      let column = s.column
      func add(_ kind: Kind) {
        tokens.append(s.token(from: start, line: line, column: column, tokenClass(kind)))
        kinds.append(kind)
      }
      func fail(_ message: String) {
        diagnostics.append(
          Diagnostic(severity: .error, message: message, token: Int32(tokens.count), line: line, column: column))
      }
      if s.atEnd {
        add(eof)
        return (tokens, kinds, diagnostics)
      }
      let byte = s.byte
      if isAlpha(byte) {
        while isAlpha(s.byte) || isDigit(s.byte) { s.advance() }
        add(words[String(decoding: source[start..<s.offset], as: UTF8.self)] ?? identifier)
      } else if isDigit(byte) {
        var parts = 0
        while isDigit(s.byte) || s.byte == UInt8(ascii: ".") && isDigit(s.nextByte) && parts < fractions {
          if s.byte == UInt8(ascii: ".") { parts += 1 }
          s.advance()
        }
        add(number)
      } else if byte == UInt8(ascii: "\"") {
        s.advance()
        while !s.atEnd && s.byte != UInt8(ascii: "\"") && (stringsCrossLines || s.byte != 0x0A) {
          s.advance(s.scalar().length)
        }
        if s.byte == UInt8(ascii: "\"") && !s.atEnd { s.advance() } else { fail(unterminatedString) }
        add(string)
      } else if let (bytes, kind) = operatorBytes.first(where: { startsWith($0.0) }) {
        for _ in bytes { s.advance() }
        add(kind)
      } else {
        s.advance(s.scalar().length)
        fail(unexpected(String(decoding: source[start..<s.offset], as: UTF8.self)))
        add(invalid)
      }
    }
  }
}

extension TableLexer {
  /// Lexes `bytes`, then compiles them with the compiler `make` builds; returns the tokens
  /// and the engine after the last event.
  func analyze<Compiler: LexedCompiler>(
    _ bytes: [UInt8], engine: Engine,
    make: (UnsafeBufferPointer<UInt8>, [Token], [Kind], Engine) -> Compiler
  ) -> (TokenList, Engine) {
    bytes.withUnsafeBufferPointer { source in
      let lexed = lex(source)
      var compiler = make(source, lexed.tokens, lexed.kinds, engine)
      compiler.pending.add(lexed.diagnostics)
      compiler.compile()
      return (TokenList(lexed.tokens), compiler.engine)
    }
  }
}
