import ScopeEngine

/// A program built into the binary, so the explorer opens something from any directory.
public struct BuiltinSample: Sendable, Equatable {
  /// Its file name, as the status line shows it.
  public let name: String
  /// Its language.
  public let dialect: Dialect
  /// Its text.
  public let text: String

  /// A Monkey closure three functions deep: a pass-through capture, recursion, shadowing.
  public static let closure = BuiltinSample(
    name: "closure.mk", dialect: .monkey,
    text: """
      // scopewalk's built-in sample: closures in Monkey.
      let total = 10;
      let makeAdder = fn(a) {
        fn(b) {
          fn(c) { a + b + c + total }
        }
      };
      let addTo = makeAdder(1)(2);
      puts(addTo(3));

      let countDown = fn(x) {
        if (x == 0) { return 0; }
        countDown(x - 1)
      };
      countDown(len([1, 2, 3]));
      let shadow = fn(total) { total * 2 };
      puts(missing);

      """)
}
