// Errors: a name used before it is defined, and a parse error. Analysis goes
// on after each, as an explorer should.
let isEven = fn(n) {
  if (n == 0) { true } else { isOdd(n - 1) }   // expect: n:LOCAL:0 isOdd:unresolved n:LOCAL:0
};                                             // expect-error: 4:31 undefined variable isOdd
let isOdd = fn(n) { isEven(n) };               // expect: isEven:GLOBAL:0 n:LOCAL:0
let broken = ;                                 // expect-error: 7:14 no prefix parse function for ; found
let after = isOdd(1);                          // expect: isOdd:GLOBAL:1
puts(missing);                                 // expect: puts:BUILTIN:1 missing:unresolved
                                               // expect-error: 9:6 undefined variable missing
