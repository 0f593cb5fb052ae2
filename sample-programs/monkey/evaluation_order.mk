// The book's compiler turns `p < q` into `q > p` (it compiles q first), and
// compiles a hash literal's pairs sorted by key text. Resolution, and so
// capture order, follows it.
let a = 1;
let b = 2;
let swap = fn(p, q) {
  fn() { p < q }              // expect: p:FREE:1 q:FREE:0
};
let keys = fn(k, j) {
  fn() { {"z": k, "a": j} }   // expect: k:FREE:1 j:FREE:0
};
swap(a, b)();                 // expect: swap:GLOBAL:2 a:GLOBAL:0 b:GLOBAL:1
