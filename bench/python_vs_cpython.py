#!/usr/bin/env python3
"""Times `scopewalk trace --format none` against CPython 3.11's own symbol table on one
large module, run alternately, and prints medians and peak memory.

usage: python3 bench/python_vs_cpython.py SCOPEWALK MODULE.py [RUNS]"""
import statistics
import sys

from alternate import describe, run_alternately

scopewalk, module = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
commands = {
    "scopewalk": [scopewalk, "trace", module, "--format", "none"],
    "python3.11 symtable": ["python3.11", "-c",
                            "import symtable,sys; symtable.symtable(open(sys.argv[1]).read(), sys.argv[1], 'exec')",
                            module],
}
times, peaks = run_alternately(commands, runs)
lines = sum(1 for _ in open(module, encoding="utf-8"))
for name in commands:
    print(describe(name, times, peaks))
ratio = statistics.median(times["python3.11 symtable"]) / statistics.median(times["scopewalk"])
print("module: %d lines; scopewalk is %.1fx as fast as CPython's symtable" % (lines, ratio))
