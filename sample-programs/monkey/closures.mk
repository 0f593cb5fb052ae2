// Closures one, two and three functions deep. A name found in an enclosing
// function is captured by every function in between, outermost first.
let one = fn(a) {
  fn() { a }              // expect: a:FREE:0
};
let two = fn(a) {
  fn(b) {
    fn() { a + b }        // expect: a:FREE:0 b:FREE:1
  }
};
// The two middle functions never name `a`, yet each gets a FREE entry for it.
let passThrough = fn(a) {
  fn() {
    fn() {
      fn() { a }          // expect: a:FREE:0
    }
  }
};
let counter = fn() {
  let count = 0;
  fn() { count + 1 }      // expect: count:FREE:0
};
one(1)();                 // expect: one:GLOBAL:0
two(1)(2)();              // expect: two:GLOBAL:1
passThrough(1)()()();     // expect: passThrough:GLOBAL:2
counter()();              // expect: counter:GLOBAL:3
