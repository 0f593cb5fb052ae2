# Namespaces nest; a qualified name resolves segment by segment, each inside the
# namespace before it. An import's members are not checked (its file is not read).
import "io";
namespace geo {
  namespace util {
    func int twice(int: x) {
      ret x * 2;                         # expect: x:LOCAL:0
    }
  }
  int: origin = 0;
}
entry {
  int: r = geo.util.twice(3);            # expect: geo:NAMESPACE:- util:NAMESPACE:- twice:FUNCTION:-
  io.print(r + geo.origin);              # expect: io:IMPORT:- r:LOCAL:0 geo:NAMESPACE:- origin:GLOBAL:-
}
