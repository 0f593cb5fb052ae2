"""Runs commands alternately, whole process, and keeps each one's wall times and peak
memory: the one way the benchmarks compare scopewalk with another program.

Run by itself, it compares two scopewalk binaries (an older build and a newer one) on one
file, which is how a change is measured on a machine whose speed drifts:

  python3 bench/alternate.py OLD NEW FILE [RUNS]"""
import os
import statistics
import sys
import time


def run_alternately(commands, runs):
    """Runs each command of `commands` (name -> argv) once per round, `runs` rounds.
    Returns (times, peaks): per name, the wall seconds of each run and the largest peak
    resident memory in KiB. Exits when a command fails."""
    times = {name: [] for name in commands}
    peaks = {name: 0 for name in commands}
    for _ in range(runs):
        for name, command in commands.items():
            start = time.perf_counter()
            pid = os.fork()
            if pid == 0:
                devnull = os.open(os.devnull, os.O_WRONLY)
                os.dup2(devnull, 1)
                os.execvp(command[0], command)
            _, status, usage = os.wait4(pid, 0)
            times[name].append(time.perf_counter() - start)
            peaks[name] = max(peaks[name], usage.ru_maxrss)
            if status != 0:
                sys.exit("%s failed with status %d" % (name, os.waitstatus_to_exitcode(status)))
    return times, peaks


def describe(name, times, peaks):
    """One line: the median, every run, and the peak memory of `name`."""
    return "%-20s median %.3f s (runs %s), peak %d MiB" % (
        name, statistics.median(times[name]), " ".join("%.3f" % t for t in times[name]), peaks[name] // 1024)


if __name__ == "__main__":
    old, new, path = sys.argv[1:4]
    rounds = int(sys.argv[4]) if len(sys.argv) > 4 else 9
    pair = {"old": [old, "trace", path, "--format", "none"], "new": [new, "trace", path, "--format", "none"]}
    times, peaks = run_alternately(pair, rounds)
    for name in pair:
        print(describe(name, times, peaks))
    print("new/old = %.3f" % (statistics.median(times["new"]) / statistics.median(times["old"])))
