# dict, list and map are built-in pseudo-classes: a dotted name on a variable of one of
# those types resolves its method in the pseudo-class.
class Index {
  private dict entries
  public void put(string, int)
}
Index.put(key, value) {
  list seen
  map counts
  entries.insert(key, value)       # expect: entries:MEMBER:0 insert:MEMBER:0 key:LOCAL:0 value:LOCAL:1
  seen.append(key)                 # expect: seen:LOCAL:2 append:MEMBER:0 key:LOCAL:0
  counts.set(key, seen.size())     # expect: counts:LOCAL:3 set:MEMBER:0 key:LOCAL:0 seen:LOCAL:2 size:MEMBER:5
}
