# A comprehension has its own scope, but its first iterable is evaluated outside it; an
# assignment expression inside binds in the enclosing function.
limit = 5  # expect: limit:NAME:-


def squares(values):  # expect: squares:NAME:-
    return [v * v for v in values if v < limit]  # expect: v:LOCAL:1 v:LOCAL:1 v:LOCAL:1 values:LOCAL:0 v:LOCAL:1 limit:GLOBAL:-


def running_total(values):  # expect: running_total:NAME:-
    total = 0  # expect: total:CELL:0
    sums = [(total := total + v) for v in values]  # expect: sums:LOCAL:1 total:FREE:0 total:FREE:0 v:LOCAL:1 v:LOCAL:1 values:LOCAL:0
    return sums, total  # expect: sums:LOCAL:1 total:CELL:0


def nested(rows):  # expect: nested:NAME:-
    return {key: [cell for cell in row] for key, row in rows}  # expect: key:LOCAL:1 cell:LOCAL:1 cell:LOCAL:1 row:LOCAL:2 key:LOCAL:1 row:LOCAL:2 rows:LOCAL:0
