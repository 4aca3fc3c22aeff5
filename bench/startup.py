#!/usr/bin/env python3
"""Start-up of the jar as a person meets it: seconds until `geoparse` writes its first document,
or until the web app first answers 200 on /, and the app's resident memory once it sits idle.

    python3 bench/startup.py cli [--jar target/newsatlas.jar] [--runs 3]
    python3 bench/startup.py app [--jar target/newsatlas.jar] [--port 8194] [--idle 30]

cli: starts `geoparse - -` with the bundled sample article as its only line on stdin (geoparse
reads its input to the end before it parses), and times it until that document's line comes out:
JVM start, loading and one document. It also says when the launching JVM started its child JVM
and how much CPU it had used by then (polled from /proc every 5 ms), and the CPU (user + system)
of the whole process tree, child JVM included, once the command has exited: on a loaded machine
that says more than the wall time. With --runs above 1 the medians follow.
app: starts the jar on a fresh data directory, polls / every 50 ms, then waits --idle seconds and
sums VmRSS over the process and all its descendants (the launcher and the app's child JVM), saying
whether the app's log had the geoparser ready by then. The 1-minute load average is printed with each
figure: on a shared machine wall times mean little without it. Standard library only.
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import tempfile
import time
import urllib.request

SAMPLE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..",
                      "src", "main", "resources", "sample", "libya-talks.txt")


def load():
    with open("/proc/loadavg") as f:
        return f.read().split()[0]


def process_tree(pid):
    """The process and all its descendants: the jar's launcher starts the app in a child JVM."""
    tree = [pid]
    for child in subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout.split():
        tree += process_tree(int(child))
    return tree


def resident_mb(pid):
    """VmRSS summed over the whole process tree, each process's too, and the summed Pss, which
    counts a page two JVMs share (libjvm, the JDK's class archive) once rather than twice."""
    total_kb = 0
    pss_kb = 0
    each = []
    for p in process_tree(pid):
        try:
            with open("/proc/%d/status" % p) as status:
                for line in status:
                    if line.startswith("VmRSS:"):
                        total_kb += int(line.split()[1])
                        each.append(int(line.split()[1]) // 1024)
            with open("/proc/%d/smaps_rollup" % p) as rollup:
                for line in rollup:
                    if line.startswith("Pss:"):
                        pss_kb += int(line.split()[1])
        except FileNotFoundError:
            pass
    return total_kb // 1024, each, pss_kb // 1024


def cpu_seconds(pid):
    """User and system CPU of one process so far, from /proc (clock ticks)."""
    with open("/proc/%d/stat" % pid) as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def child_started(process):
    """Seconds until the launching JVM started its child, and its CPU by then (polled every 5 ms)."""
    started = time.monotonic()
    while process.poll() is None:
        children = subprocess.run(["ps", "-o", "pid=", "--ppid", str(process.pid)], capture_output=True,
                                  text=True).stdout.split()
        if children:
            return time.monotonic() - started, cpu_seconds(process.pid)
        time.sleep(0.005)
    return None, None


def first_document(jar):
    with open(SAMPLE, encoding="utf-8") as f:
        document = json.dumps({"id": "sample", "text": f.read()}) + "\n"
    started = time.monotonic()
    process = subprocess.Popen(["java", "-jar", jar, "geoparse", "-", "-", "--threads", "1"],
                               stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    process.stdin.write(document.encode("utf-8"))
    process.stdin.close()
    child_after, parent_cpu = child_started(process)
    line = process.stdout.readline()
    seconds = time.monotonic() - started
    # the launcher waits for its child JVM, so the child's CPU is in the launcher's resource usage
    _, _, usage = os.wait4(process.pid, 0)
    process.returncode = 0
    return seconds, len(json.loads(line)["toponyms"]), child_after, parent_cpu, usage.ru_utime + usage.ru_stime


def first_page(jar, port, idle):
    data_dir = tempfile.mkdtemp(prefix="newsatlas-startup-")
    started = time.monotonic()
    with open(os.path.join(data_dir, "app.log"), "w") as log:
        process = subprocess.Popen(["java", "-jar", jar, "--server.port=%d" % port,
                                    "--newsatlas.data-dir=" + data_dir], stdout=log, stderr=subprocess.STDOUT)
        try:
            while True:
                if process.poll() is not None:
                    raise SystemExit("the app exited with %d; see %s/app.log" % (process.returncode, data_dir))
                try:
                    with urllib.request.urlopen("http://localhost:%d/" % port, timeout=2) as response:
                        if response.status == 200:
                            break
                except OSError:
                    pass
                time.sleep(0.05)
            seconds = time.monotonic() - started
            # CPU says more than wall time on a loaded machine; a training run's exited child is not counted
            cpu = sum(cpu_seconds(p) for p in process_tree(process.pid))
            time.sleep(idle)
            memory = resident_mb(process.pid)
            # an idle figure taken while the gazetteer still loads is not one of the idle app
            with open(os.path.join(data_dir, "app.log"), encoding="utf-8", errors="replace") as written:
                ready = "The geoparser is ready" in written.read()
            return seconds, cpu, memory, ready
        finally:
            process.terminate()
            process.wait()
            shutil.rmtree(data_dir, ignore_errors=True)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("mode", choices=["cli", "app"])
    parser.add_argument("--jar", default="target/newsatlas.jar")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--port", type=int, default=8194)
    parser.add_argument("--idle", type=int, default=30, help="seconds the app sits before its memory is read")
    args = parser.parse_args()
    firsts, cpus = [], []
    for _ in range(args.runs if args.mode == "cli" else 1):
        if args.mode == "cli":
            seconds, toponyms, child_after, parent_cpu, cpu = first_document(args.jar)
            firsts.append(seconds)
            cpus.append(cpu)
            child = ("child JVM started after %.2f s, the parent's CPU by then %.2f s" % (child_after, parent_cpu)
                     if child_after is not None else "no child JVM")
            print("geoparse: first document after %.2f s (%d toponyms); %s; %.2f s CPU in all; load %s"
                  % (seconds, toponyms, child, cpu, load()), flush=True)
        else:
            seconds, cpu, (rss, each, pss), ready = first_page(args.jar, args.port, args.idle)
            print("app: first 200 on / after %.2f s (%.1f s CPU); resident %d MB (%s; Pss %d MB) after %d s idle, %s; load %s"
                  % (seconds, cpu, rss, " + ".join(str(mb) for mb in each), pss, args.idle,
                     "geoparser loaded" if ready else "GEOPARSER NOT LOADED YET", load()), flush=True)
    if len(firsts) > 1:
        print("geoparse: median first document after %.2f s, median CPU %.2f s"
              % (statistics.median(firsts), statistics.median(cpus)), flush=True)


if __name__ == "__main__":
    main()
