# Names inside f-string fields are loads; match captures are stores; decorators and
# default values are evaluated in the enclosing scope.
import functools  # expect: functools:NAME:-

width = 8  # expect: width:NAME:-


@functools.cache  # expect: functools:NAME:-
def describe(point, sep=", "):  # expect: describe:NAME:-
    match point:  # expect: point:LOCAL:0
        case (x, y):  # expect: x:LOCAL:2 y:LOCAL:3
            return f"{x}{sep}{y:>{width}}"  # expect: x:LOCAL:2 sep:LOCAL:1 y:LOCAL:3 width:GLOBAL:-
        case {"name": name, **rest}:  # expect: name:LOCAL:4 rest:LOCAL:5
            return f"{name!r} and {len(rest)} more"  # expect: name:LOCAL:4 len:GLOBAL:- rest:LOCAL:5
        case _:
            return "?"
