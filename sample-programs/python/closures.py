# Capture through several functions: the binding function keeps a cell, every function
# between passes the name through as FREE, and nonlocal rebinds it.
def make_counter(start):  # expect: make_counter:NAME:-
    count = start  # expect: count:CELL:0 start:LOCAL:0

    def middle():  # expect: middle:LOCAL:1
        def increment(by):  # expect: increment:LOCAL:0
            nonlocal count
            count += by  # expect: count:FREE:0 count:FREE:0 by:LOCAL:0
            return count  # expect: count:FREE:0

        return increment  # expect: increment:LOCAL:0

    return middle()  # expect: middle:LOCAL:1


def outer():  # expect: outer:NAME:-
    a = 1  # expect: a:CELL:0
    b = 2  # expect: b:CELL:1

    def inner():  # expect: inner:LOCAL:0
        return a + b  # expect: a:FREE:0 b:FREE:1

    return inner  # expect: inner:LOCAL:0


def factory(n):  # expect: factory:NAME:-
    return lambda x: x * n  # expect: x:LOCAL:0 n:FREE:0
