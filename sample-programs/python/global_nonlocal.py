# global sends a name to the module from any depth; nonlocal reaches the nearest
# enclosing function that binds it.
hits = 0  # expect: hits:GLOBAL:-


def record():  # expect: record:NAME:-
    global hits
    hits += 1  # expect: hits:GLOBAL:- hits:GLOBAL:-


def tally():  # expect: tally:NAME:-
    seen = 0  # expect: seen:CELL:0

    def add():  # expect: add:LOCAL:0
        nonlocal seen
        seen += 1  # expect: seen:FREE:0 seen:FREE:0
        return seen  # expect: seen:FREE:0

    return add  # expect: add:LOCAL:0


def reset():  # expect: reset:NAME:-
    global fresh
    fresh = []  # expect: fresh:GLOBAL:-
    return fresh  # expect: fresh:GLOBAL:-
