# Errors: a redefinition (with a note at the first), a namespace reopened, a member
# looked up through something that is not a namespace, and a syntax error.
int: total = 0;
int: total = 1;
# expect-error: 4:6 Redefinition of a symbol
# expect-error: 3:6 total is first defined here
namespace n { int: v = 1; }
namespace n { int: w = 2; }
# expect-error: 8:11 Redefinition of a symbol
# expect-error: 7:11 n is first defined here
entry {
  int: x = total.v;          # expect: total:GLOBAL:-
  int: y = n.v + n.missing;  # expect: n:NAMESPACE:- v:GLOBAL:- n:NAMESPACE:- missing:unresolved
  int z = 3;
}
# expect-error: 12:12 Expected a valid scope: total is not a namespace
# expect-error: 13:20 Symbol not found: missing in namespace n
# expect-error: 14:7 Expected ':' after the type, found 'z'
