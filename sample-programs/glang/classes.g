# Methods are defined outside their class, but resolve inside it: a method's names are
# looked up in its blocks, then its class (and base class), then the root. An import
# reads only the class declarations of shapes.g, named shapes.Point and shapes.Circle.
import "shapes"
class Counter {
  private int total
  private Counter next
  public void add(int)
  public int read()
}
Counter.add(n) {
  total = total + n                # expect: total:MEMBER:0 total:MEMBER:0 n:LOCAL:0
}
Counter.read() {
  Counter other = next             # expect: next:MEMBER:1
  return total + other.total + shapes.Circle.radius   # expect: total:MEMBER:0 other:LOCAL:0 total:MEMBER:0 shapes:IMPORT:- Circle:CLASS:- radius:MEMBER:0
}
