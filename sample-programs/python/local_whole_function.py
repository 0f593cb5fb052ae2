# A name assigned anywhere in a function is local in the whole function: CPython's
# symbol table decides it before the first line runs (the UnboundLocalError).
count = 0  # expect: count:NAME:-


def bump():  # expect: bump:NAME:-
    print(count)  # expect: print:GLOBAL:- count:LOCAL:0
    count = 1  # expect: count:LOCAL:0


def read_only():  # expect: read_only:NAME:-
    return count  # expect: count:GLOBAL:-


def shadow_builtin(items):  # expect: shadow_builtin:NAME:-
    len = 3  # expect: len:LOCAL:1
    return len + items  # expect: len:LOCAL:1 items:LOCAL:0


def augmented():  # expect: augmented:NAME:-
    total = 0  # expect: total:LOCAL:0
    for step in range(3):  # expect: step:LOCAL:1 range:GLOBAL:-
        total += step  # expect: total:LOCAL:0 total:LOCAL:0 step:LOCAL:1
    return total  # expect: total:LOCAL:0
