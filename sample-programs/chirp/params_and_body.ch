# A function has a parameter scope and a separate body scope, so a local may shadow a
# parameter without being a redefinition; in one scope, a second x would be.
func int scale(int: x, int: k) {
  int: x = x * k;      # expect: x:LOCAL:0 k:LOCAL:1
  ret x;               # expect: x:LOCAL:2
}
func long widen(const int: v);
func long widen(const int: v) {
  unsigned long: w = v;   # expect: v:LOCAL:0
  ret w;                  # expect: w:LOCAL:1
}
