#!/usr/bin/env python3
"""Deep nesting benchmark (issue 13): for every dialect, `trace --format none` on
bench/gen_nesting.py's programs of 10,000 nested scopes with 10,000 lookups and of 1,000
nested scopes with 40,000 lookups, and on a quarter of each, to show that 4x the input costs
about 4x the time. Prints medians and peak memory; exits 1 if a run takes 4 s or 768 MiB or
more. Usage: bench/nesting.py PATH-TO-SCOPEWALK [RUNS]  (bench/run builds and calls it)
"""
import os
import statistics
import subprocess
import sys
import tempfile
import time

DIALECTS = {"monkey": "mk", "bhasa": "bhasa", "lox": "lox", "parasheet": "ps", "glang": "g", "chirp": "ch",
            "python": "py"}
# (depth, lookups) pairs: each big one after its quarter.
SIZES = [(2500, 2500), (10000, 10000), (250, 10000), (1000, 40000)]
LIMIT_SECONDS, LIMIT_MIB = 4.0, 768


def measure(scopewalk, path):
    """One run: wall seconds, peak resident MiB of that child alone, exit status."""
    start = time.perf_counter()
    child = subprocess.Popen([scopewalk, "trace", path, "--format", "none"], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    _, status, usage = os.wait4(child.pid, 0)
    wall = time.perf_counter() - start
    first_error = child.stderr.read().decode(errors="replace").splitlines()[:1]
    return wall, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status), first_error


def main():
    scopewalk = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
    generator = os.path.join(os.path.dirname(os.path.abspath(__file__)), "gen_nesting.py")
    failed = False
    print(f"{'dialect':10} {'depth x lookups':>16} {'median s':>9} {'peak MiB':>9}  4x input")
    with tempfile.TemporaryDirectory() as folder:
        for dialect, extension in DIALECTS.items():
            quarter = None
            for depth, lookups in SIZES:
                path = os.path.join(folder, f"n{depth}x{lookups}.{extension}")
                subprocess.run([sys.executable, generator, dialect, "--depth", str(depth), "--lookups",
                                str(lookups), "-o", path], check=True)
                results = [measure(scopewalk, path) for _ in range(runs)]
                seconds = statistics.median(r[0] for r in results)
                peak = max(r[1] for r in results)
                status, error = results[0][2], results[0][3]
                over = seconds >= LIMIT_SECONDS or peak >= LIMIT_MIB or status not in (0, 65)
                failed |= over
                ratio = f"{seconds / quarter:5.1f}x the time" if quarter else ""
                note = f"  exit {status}: {error[0]}" if status != 0 and error else ""
                print(f"{dialect:10} {depth:>7} x {lookups:<6} {seconds:9.3f} {peak:9.1f}  {ratio}{note}"
                      + ("  OVER THE LIMIT" if over else ""))
                quarter = None if quarter else seconds
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
