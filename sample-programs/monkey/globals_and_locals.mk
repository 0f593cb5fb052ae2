// Globals and locals: GLOBAL indices count up in the global table,
// LOCAL indices restart at 0 in every function.
let a = 1;
let b = 2;
let sum = fn(x, y) {
  let c = x + y;   // expect: x:LOCAL:0 y:LOCAL:1
  let d = c * a;   // expect: c:LOCAL:2 a:GLOBAL:0
  d + b            // expect: d:LOCAL:3 b:GLOBAL:1
};
sum(a, b);         // expect: sum:GLOBAL:2 a:GLOBAL:0 b:GLOBAL:1
