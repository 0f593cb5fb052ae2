#!/usr/bin/env python3
"""Times `scopewalk trace --format none` against CPython 3.11's own symbol table on one
large module, run alternately, and prints medians and peak memory.

usage: python3 bench/python_vs_cpython.py SCOPEWALK MODULE.py [RUNS]"""
import os, resource, statistics, subprocess, sys, time

scopewalk, module = sys.argv[1], sys.argv[2]
runs = int(sys.argv[3]) if len(sys.argv) > 3 else 5
commands = {
    "scopewalk": [scopewalk, "trace", module, "--format", "none"],
    "python3.11 symtable": ["python3.11", "-c",
                            "import symtable,sys; symtable.symtable(open(sys.argv[1]).read(), sys.argv[1], 'exec')",
                            module],
}
times = {name: [] for name in commands}
peaks = {name: 0 for name in commands}
for _ in range(runs):
    for name, command in commands.items():
        start = time.perf_counter()
        pid = os.fork()
        if pid == 0:
            os.execvp(command[0], command)
        _, status, usage = os.wait4(pid, 0)
        times[name].append(time.perf_counter() - start)
        peaks[name] = max(peaks[name], usage.ru_maxrss)
        if status != 0:
            sys.exit("%s failed with status %d" % (name, status))
lines = sum(1 for _ in open(module, encoding="utf-8"))
for name in commands:
    print("%-20s median %.2f s (runs %s), peak %d MiB" % (
        name, statistics.median(times[name]), " ".join("%.2f" % t for t in times[name]), peaks[name] // 1024))
ratio = statistics.median(times["python3.11 symtable"]) / statistics.median(times["scopewalk"])
print("module: %d lines; scopewalk is %.1fx as fast as CPython's symtable" % (lines, ratio))
