// Shadowing and redefinition. A second `let` of a name in the same table
// overwrites its entry and takes a new index.
let x = 1;
let x = 2;
x;                          // expect: x:GLOBAL:1
let f = fn(x) {
  x                         // expect: x:LOCAL:0
};
let g = fn() {
  let y = x;                // expect: x:GLOBAL:1
  let x = 3;
  let h = fn() { x + y };   // expect: x:FREE:0 y:FREE:1
  h() + x                   // expect: h:LOCAL:2 x:LOCAL:1
};
let self = fn(n) {
  let self = n;             // expect: n:LOCAL:0
  self                      // expect: self:LOCAL:1
};
