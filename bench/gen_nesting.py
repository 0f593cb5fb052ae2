#!/usr/bin/env python3
"""Writes a program of DEPTH nested scopes with LOOKUPS lookups of an outer name at the
bottom, in one dialect's syntax: the worst case of a lookup's path (issue 13).

Usage: gen_nesting.py DIALECT --depth K --lookups L -o FILE
Dialects: monkey bhasa lox parasheet glang chirp python.
"""
import argparse


def monkey(depth, lookups, let="let", fn="fn"):
    head = f"{let} x = 1;\n{let} f = " + f"{fn}() {{\n" * depth
    body = "x;\n" * lookups
    return head + body + "}\n" * depth + ";\n"


def bhasa(depth, lookups):
    return monkey(depth, lookups, let="ধরি", fn="ফাংশন").replace("x", "ক")


def lox(depth, lookups):
    return "var x = 1;\n" + "{\n" * depth + "print x;\n" * lookups + "}\n" * depth


def parasheet(depth, lookups):
    return "=\nlet x : int = 1;\n" + "{\n" * depth + "let y : int = x;\n" * lookups + "}\n" * depth


def glang(depth, lookups):
    head = "class C {\n  public int x\n  public int m(int)\n}\nC.m(p) {\n"
    return head + "{\n" * depth + "int y = x\n" + "y = x\n" * (lookups - 1) + "}\n" * depth + "return 0\n}\n"


def chirp(depth, lookups):
    head = "int: x = 1;\nfunc int f() {\n"
    return head + "{\n" * depth + "x;\n" * lookups + "}\n" * depth + "ret 0;\n}\n"


def python(depth, lookups):
    # Lambdas, since CPython allows only 100 levels of indentation.
    return "x = 1\nf = " + "lambda: " * depth + "(\n" + "x,\n" * lookups + ")\n"


GENERATORS = dict(monkey=monkey, bhasa=bhasa, lox=lox, parasheet=parasheet, glang=glang, chirp=chirp, python=python)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dialect", choices=sorted(GENERATORS))
    parser.add_argument("--depth", type=int, default=10_000)
    parser.add_argument("--lookups", type=int, default=10_000)
    parser.add_argument("-o", "--output", required=True)
    args = parser.parse_args()
    with open(args.output, "w", encoding="utf-8") as out:
        out.write(GENERATORS[args.dialect](args.depth, args.lookups))


if __name__ == "__main__":
    main()
