# Single inheritance: a name not in the class is looked up in its base class before the
# root. A method of Circle reads Shape's members.
class Shape {
  public int x
  public int y
  public int area()
}
class Circle(Shape) {
  public int radius
  public int area()
}
Circle.area() {
  return radius * radius + x + y   # expect: radius:MEMBER:0 radius:MEMBER:0 x:MEMBER:0 y:MEMBER:1
}
Shape.area() {
  return x * y                     # expect: x:MEMBER:0 y:MEMBER:1
}
