#!/usr/bin/env python3
"""Whole-process CPU time, wall time and peak memory of two geoparser commands, run in turn.

    python3 bench/throughput.py --repeat 5 --input ../shared/eval/lgl.jsonl --runs 5 \
        --a 'java -jar target/newsatlas.jar geoparse {in} {out}/a.jsonl --threads 1' \
        --b '../shared/peers/clavin/run.sh ../shared/peers/clavin/data/index-c1000 {in} {out}/b.jsonl'

{in} is the input file (INPUT repeated REPEAT times, written to a temporary folder), {out} that
folder. Each command is started RUNS times after WARMUP uncounted runs, A B A B ..., so that the
ratio A/B is taken pair by pair while the machine's speed drifts. CPU is user + system time of the
command and every child it waited for (os.wait4 / getrusage of the children), from its start to
its exit: JVM start, loading, parsing and writing all count. Peak is the largest resident set of
any one process (ru_maxrss). Medians are the figures to quote; min and max show the noise.
Standard library only.
"""
import argparse
import os
import shlex
import statistics
import subprocess
import tempfile
import time


def run_once(command):
    started = time.monotonic()
    with open(os.devnull, "wb") as null:
        process = subprocess.Popen(command, stdout=null, stderr=null, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(process.pid, 0)
    wall = time.monotonic() - started
    # wait4's usage covers the process and the descendants it waited for; ru_maxrss is the
    # largest resident set among them, in KiB on Linux
    cpu = usage.ru_utime + usage.ru_stime
    peak_mb = usage.ru_maxrss / 1024.0
    return {"cpu": cpu, "wall": wall, "peak": peak_mb, "exit": os.waitstatus_to_exitcode(status)}


def spread(values):
    return "%.2f / %.2f / %.2f" % (min(values), statistics.median(values), max(values))


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--a", required=True, help="command A (the one measured)")
    parser.add_argument("--b", help="command B (the yardstick), run in turn with A")
    parser.add_argument("--input", required=True, help="JSON Lines input")
    parser.add_argument("--repeat", type=int, default=1, help="times the input is repeated")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--warmup", type=int, default=1)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="throughput-") as folder:
        data = os.path.join(folder, "input.jsonl")
        with open(args.input, "rb") as source:
            text = source.read()
        with open(data, "wb") as target:
            for _ in range(args.repeat):
                target.write(text if text.endswith(b"\n") else text + b"\n")
        commands = {"A": args.a, "B": args.b}
        results = {"A": [], "B": []}
        for run in range(args.warmup + args.runs):
            for label in ("A", "B"):
                if commands[label] is None:
                    continue
                command = shlex.split(commands[label].replace("{in}", data).replace("{out}", folder))
                result = run_once(command)
                counted = run >= args.warmup
                print("%s run %d%s: cpu %.2f s, wall %.2f s, peak %.0f MB, exit %d"
                      % (label, run + 1 - args.warmup, "" if counted else " (warm-up)", result["cpu"],
                         result["wall"], result["peak"], result["exit"]), flush=True)
                if counted:
                    results[label].append(result)
        print("\n%d runs each, min / median / max" % args.runs)
        for label in ("A", "B"):
            if results[label]:
                rows = results[label]
                print("%s  cpu s %s   wall s %s   peak MB %s" % (label, spread([r["cpu"] for r in rows]),
                      spread([r["wall"] for r in rows]), spread([r["peak"] for r in rows])))
        if results["B"]:
            ratios = [a["cpu"] / b["cpu"] for a, b in zip(results["A"], results["B"])]
            print("B/A cpu (how many times less CPU A takes), pair by pair: %s"
                  % spread([1 / r for r in ratios]))


if __name__ == "__main__":
    main()
