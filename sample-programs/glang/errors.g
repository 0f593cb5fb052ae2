# Errors: a name declared twice in one table, a method for a class never declared, a
# method its class does not declare, a name not defined, an import that is not there.
import "missing"
# expect-error: 3:8 cannot import "missing": sample-programs/glang/missing.g was not found next to sample-programs/glang/errors.g
class Box {
  public int size
  public int size
  public int grow(int)
}
# expect-error: 7:14 size is already declared in this scope
Crate.open() {
  return 0
}
# expect-error: 11:1 method open is defined for class Crate, which was not declared
Box.shrink(n) {
  return n                        # expect: n:LOCAL:0
}
# expect-error: 15:5 class Box declares no method shrink
Box.grow(n) {
  int n = 2
  return size + nothing_here       # expect: size:MEMBER:0 nothing_here:unresolved
}
# expect-error: 20:7 n is already declared in this scope
# expect-error: 21:17 nothing_here is not defined
