#!/usr/bin/env python3
"""Times `scopewalk trace --format none` on a Lox and a Monkey workload against clox on
the Lox one, run alternately, and prints medians, peak memory in bytes per token, and the
ratios issue 11 asks for. clox is built by you, from the book's `c/` sources, outside this
repository (its code is not part of scopewalk):

  git clone https://github.com/munificent/craftinginterpreters /tmp/ci
  gcc -O2 -o /tmp/clox /tmp/ci/c/*.c

usage: python3 bench/vs_clox.py SCOPEWALK CLOX FILE.lox FILE.mk [RUNS]"""
import statistics
import subprocess
import sys

from alternate import describe, run_alternately

scopewalk, clox, lox, monkey = sys.argv[1:5]
runs = int(sys.argv[5]) if len(sys.argv) > 5 else 7


def tokens(path):
    """The token count `trace --stats` reports for `path`."""
    stats = subprocess.run([scopewalk, "trace", path, "--format", "none", "--stats"], capture_output=True, text=True)
    fields = stats.stderr.split()
    return int(fields[fields.index("tokens") + 1])


commands = {
    "scopewalk lox": [scopewalk, "trace", lox, "--format", "none"],
    "clox": [clox, lox],
    "scopewalk monkey": [scopewalk, "trace", monkey, "--format", "none"],
}
times, peaks = run_alternately(commands, runs)
counts = {"scopewalk lox": tokens(lox), "clox": tokens(lox), "scopewalk monkey": tokens(monkey)}
median = {name: statistics.median(times[name]) for name in commands}
for name in commands:
    print(describe(name, times, peaks) + ", %d tokens, %.0f bytes/token, %.0f ns/token" % (
        counts[name], peaks[name] * 1024 / counts[name], median[name] * 1e9 / counts[name]))
print("Lox: scopewalk takes %.2fx clox's time (target at most 1, aim 0.8)" % (median["scopewalk lox"] / median["clox"]))
per_token = (median["scopewalk monkey"] / counts["scopewalk monkey"]) / (median["clox"] / counts["clox"])
print("Monkey: %.2fx clox's time per token (target at most 1.25)" % per_token)
