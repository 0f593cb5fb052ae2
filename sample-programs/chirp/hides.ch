# The design document's hides, as the marked extension `hide name;`: a lookup that
# reaches the hide stops there with "not found", though an outer scope has the name.
int: limit = 10;
func int clamp(int: v) {
  if (v > limit) {            # expect: v:LOCAL:0 limit:GLOBAL:-
    hide limit;
    ret limit;                # expect: limit:unresolved
  }
  ret v;                      # expect: v:LOCAL:0
}
# expect-error: 7:9 Symbol not found: limit (hidden by `hide limit;` in block#3)
