#!/usr/bin/env python3
"""Where a JFR recording spent its CPU: execution samples by method, self and inclusive.

    NEWSATLAS_BATCH_JVM=false java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC \
        -XX:StartFlightRecording=filename=run.jfr,settings=profile \
        -jar target/newsatlas.jar geoparse IN.jsonl OUT.jsonl --threads 1
    python3 bench/jfr_hot.py run.jfr [--top 30] [--match newsatlas,opennlp]

NEWSATLAS_BATCH_JVM=false keeps the recording in the JVM that parses (the flags above are the ones
the batch JVM would use). The JDK 17 `jfr` tool has no `view` command, so this reads
`jfr print --json`. Inclusive shares are listed only for methods whose class name contains one of
--match. Standard library only.
"""
import argparse
import collections
import json
import subprocess


def method(frame):
    return frame["method"]["type"]["name"].replace("/", ".") + "." + frame["method"]["name"]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("recording")
    parser.add_argument("--top", type=int, default=30)
    parser.add_argument("--match", default="newsatlas,opennlp")
    args = parser.parse_args()
    printed = subprocess.run(["jfr", "print", "--json", "--stack-depth", "64", "--events",
                              "jdk.ExecutionSample", args.recording],
                             capture_output=True, text=True, check=True).stdout
    own = collections.Counter()
    inclusive = collections.Counter()
    samples = 0
    for event in json.loads(printed)["recording"]["events"]:
        trace = event["values"].get("stackTrace")
        if not trace or not trace["frames"]:
            continue
        samples += 1
        frames = [method(f) for f in trace["frames"]]
        own[frames[0]] += 1
        for name in set(frames):
            inclusive[name] += 1
    print("%d execution samples" % samples)
    print("self:")
    for name, count in own.most_common(args.top):
        print("%6.1f%%  %s" % (100.0 * count / samples, name))
    print("inclusive:")
    wanted = args.match.split(",")
    shown = 0
    for name, count in inclusive.most_common():
        if any(w in name for w in wanted):
            print("%6.1f%%  %s" % (100.0 * count / samples, name))
            shown += 1
            if shown >= args.top:
                break


if __name__ == "__main__":
    main()
