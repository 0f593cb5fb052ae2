# A class body is not an enclosing scope for its methods: they see the module's names,
# while the class body itself looks names up at run time (LOAD_NAME), or in a cell of an
# enclosing function (LOAD_CLASSDEREF). super() makes the method use __class__.
size = 10  # expect: size:NAME:-


class Box:  # expect: Box:NAME:-
    size = 3  # expect: size:NAME:-
    doubled = size * 2  # expect: doubled:NAME:- size:NAME:-

    def area(self):  # expect: area:NAME:-
        return size * size  # expect: size:GLOBAL:- size:GLOBAL:-

    def parent(self):  # expect: parent:NAME:-
        return super().parent()  # expect: super:GLOBAL:-


def build(width):  # expect: build:NAME:-
    class Shape:  # expect: Shape:LOCAL:1
        w = width  # expect: w:NAME:- width:FREE:0

        def get(self):  # expect: get:NAME:-
            return width  # expect: width:FREE:0

    return Shape  # expect: Shape:LOCAL:1
