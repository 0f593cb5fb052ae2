// Builtins sit in the global table and resolve as BUILTIN at every depth;
// they are never captured. A global `let` of the same name replaces one.
let xs = [1, 2, 3];
puts(len(xs));                        // expect: puts:BUILTIN:1 len:BUILTIN:0 xs:GLOBAL:0
let f = fn(ys) {
  fn() { push(rest(ys), first(ys)) }  // expect: push:BUILTIN:5 rest:BUILTIN:4 ys:FREE:0 first:BUILTIN:2 ys:FREE:0
};
last(f(xs)());                        // expect: last:BUILTIN:3 f:GLOBAL:1 xs:GLOBAL:0
let len = fn(x) { 0 };
len(xs);                              // expect: len:GLOBAL:2 xs:GLOBAL:0
