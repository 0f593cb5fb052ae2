# Imported by classes.g: only these class declarations are read.
class Point {
  public int x
  public int y
  public int norm()
}
class Circle(Point) {
  public int radius
}
