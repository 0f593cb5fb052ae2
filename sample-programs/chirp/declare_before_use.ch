# Unqualified lookup sees only symbols already bound: declare before use. A function's
# name is bound before its body, so it can call itself.
int: a = 1;
func int f(int: n) {
  ret a + b + f(n);     # expect: a:GLOBAL:- b:unresolved f:FUNCTION:- n:LOCAL:0
}
# expect-error: 5:11 Symbol not found: b
int: b = 2;
func int g() {
  ret a + b;            # expect: a:GLOBAL:- b:GLOBAL:-
}
