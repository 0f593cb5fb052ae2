// Recursion. Inside `let f = fn…`, f is the function's own FUNCTION 0 entry
// (DefineFunctionName), whether f is global or local. A closure inside it
// captures that FUNCTION entry as FREE.
let fib = fn(n) {
  if (n < 2) { return n; }       // expect: n:LOCAL:0 n:LOCAL:0
  fib(n - 1) + fib(n - 2)        // expect: fib:FUNCTION:0 n:LOCAL:0 fib:FUNCTION:0 n:LOCAL:0
};
let outer = fn() {
  let inner = fn(x) {
    if (x == 0) { 0 } else { inner(x - 1) }   // expect: x:LOCAL:0 inner:FUNCTION:0 x:LOCAL:0
  };
  inner(3)                       // expect: inner:LOCAL:0
};
let countDown = fn(x) {
  let step = fn() { countDown(x - 1) };   // expect: countDown:FREE:0 x:FREE:1
  step()                         // expect: step:LOCAL:1
};
let twice = fn(x) { fib(fib(x)) };        // expect: fib:GLOBAL:0 fib:GLOBAL:0 x:LOCAL:0
