/// What opened a scope; each dialect uses the words its language uses.
public enum ScopeKind: String, Sendable, CaseIterable {
  /// The outermost scope of a program.
  case global
  /// A function literal or declaration.
  case function
  /// A function's parameters, when they have a scope of their own (Chirp).
  case parameters
  /// A block `{ … }`.
  case block
  /// A class body.
  case `class`
  /// A method body.
  case method
  /// A namespace.
  case namespace
  /// An `entry { … }` block (Chirp).
  case entry
  /// An imported module.
  case `import`
  /// The scope holding `super` around a subclass's methods (Lox).
  case `super`
  /// A Python module (CPython's `top` block).
  case module
  /// A Python annotation read under `from __future__ import annotations` (never analysed).
  case annotation

  /// Whether this scope starts a new function frame (locals restart, captures cross it).
  @inlinable public var isFunction: Bool { self == .function || self == .method }
}
