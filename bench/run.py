#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Whole-process benchmarks of kbrief against a floor and against pandoc (bench/README.md).

Usage: bench/run.sh [--quick] [--no-pandoc] [BUILD_DIR]

Builds inputs of 1, 10 and 100 MB from samples/*.txt in a temporary directory, runs each
command on each with its output to /dev/null, and measures wall time (time.perf_counter
around the process) and peak RSS (the child's own ru_maxrss from os.wait4). Prints a table
and then the targets with PASS or FAIL. Exits 0 whatever the targets say; 2 when it cannot
run (no kbrief or utf8_floor in BUILD_DIR, no samples).
"""

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
MB = 1_000_000
TIMEOUT_S = 1800  # one run; a superlinear stage on 100 MB shows as a timeout, not a hang


def die(message):
    print(f"run.sh: {message}", file=sys.stderr)
    sys.exit(2)


# --- Inputs ---------------------------------------------------------------------------


def sample_texts():
    """The samples as the benchmarks join them: each ends with one blank line."""
    paths = sorted((REPO / "samples").glob("*.txt"))
    if not paths:
        die(f"no samples in {REPO / 'samples'}")
    return [p.read_bytes().rstrip(b"\r\n") + b"\n\n" for p in paths]


def write_concatenation(path, samples, size):
    """Whole samples, in order and repeated, until the file reaches `size` bytes."""
    unit = b"".join(samples)
    with open(path, "wb") as out:
        written = 0
        while written < size:
            out.write(unit)
            written += len(unit)
    return path.stat().st_size


def write_batch(directory, samples, count):
    """`count` sample-sized briefs in subdirectories of 100; every 50th is 2-4 samples joined.
    Returns the total size and the largest file's."""
    directory.mkdir()
    for i in range(count):
        sub = directory / f"d{i // 100:03d}"
        sub.mkdir(exist_ok=True)
        if i % 50 == 49:
            text = b"".join(samples[(i + k) % len(samples)] for k in range(2 + i % 3))
        else:
            text = samples[i % len(samples)]
        (sub / f"brief-{i:05d}.txt").write_bytes(text)
    sizes = [p.stat().st_size for p in directory.rglob("*.txt")]
    return sum(sizes), max(sizes)


# --- Measuring ------------------------------------------------------------------------


class Run:
    def __init__(self, seconds, rss_mb, code, stderr):
        self.seconds, self.rss_mb, self.code, self.stderr = seconds, rss_mb, code, stderr


def run_once(argv):
    """Wall time and peak RSS of one process; output to /dev/null."""
    with tempfile.TemporaryFile() as err:
        start = time.perf_counter()
        proc = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=err)
        timer = threading.Timer(TIMEOUT_S, proc.kill)
        timer.start()
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        timer.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        err.seek(0)
        tail = err.read()[-400:].decode("utf-8", "replace")
    code = "timeout" if seconds >= TIMEOUT_S else proc.returncode
    return Run(seconds, usage.ru_maxrss / 1024, code, tail)


def best_of(argv, repeats, ok_codes=(0,)):
    """The fastest of `repeats` runs (the least disturbed on a shared machine)."""
    runs = [run_once(argv) for _ in range(repeats)]
    bad = [r for r in runs if r.code not in ok_codes]
    if bad:
        return bad[0]
    best = min(runs, key=lambda r: r.seconds)
    best.rss_mb = max(r.rss_mb for r in runs)
    return best


def median_ms(argv, count=20):
    """Median wall time of `count` whole-process runs, after one unmeasured run."""
    subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    times = []
    for _ in range(count):
        start = time.perf_counter()
        subprocess.run(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times), min(times)


# --- Report ---------------------------------------------------------------------------


def fmt_ratio_floor(mbps, floor):
    return f"1/{floor / mbps:.0f}" if mbps and floor else "-"


class Table:
    HEAD = ("command", "input", "seconds", "MB/s", "peak RSS MB", "vs floor", "vs pandoc")

    def __init__(self):
        self.rows = []

    def add(self, command, label, size, run, floor=None, pandoc=None):
        """A row; returns its MB/s, or None when the run failed."""
        if run.code != 0:
            first = run.stderr.strip().split("\n")[0][:100]
            failure = "timeout" if run.code == "timeout" else f"exit {run.code}: {first}"
            self.note(command, label, failure)
            return None
        mbps = size / MB / run.seconds
        vs_floor = "floor" if command == "utf8_floor" else fmt_ratio_floor(mbps, floor)
        vs_pandoc = f"{mbps / pandoc:.0f}x" if pandoc else "-"
        self.rows.append((command, label, f"{run.seconds:.3f}", f"{mbps:.1f}", f"{run.rss_mb:.1f}",
                          vs_floor, vs_pandoc))
        return mbps

    def note(self, command, label, text):
        """A row whose measurements are replaced by a note (a failure, an option missing)."""
        self.rows.append((command, label, text))

    def print(self):
        full = [self.HEAD] + [r for r in self.rows if len(r) == len(self.HEAD)]
        widths = [max(len(str(r[i])) for r in full) for i in range(len(self.HEAD))]
        for i, row in enumerate([self.HEAD] + self.rows):
            print("  ".join(str(c).ljust(w) for c, w in zip(row, widths)).rstrip())
            if i == 0:
                print("  ".join("-" * w for w in widths))


class Targets:
    def __init__(self):
        self.lines = []

    def add(self, verdict, what, detail):
        if verdict is None:
            verdict = "n/a"
        elif verdict is True:
            verdict = "PASS"
        elif verdict is False:
            verdict = "FAIL"
        self.lines.append((verdict, what, detail))

    def print(self):
        width = max(len(w) for _, w, _ in self.lines)
        for verdict, what, detail in self.lines:
            print(f"{verdict:4}  {what.ljust(width)}  {detail}")


# --- The benchmark --------------------------------------------------------------------

COMMANDS = [
    ("kbrief json", ["json"]),
    ("kbrief timeline", ["timeline"]),
    ("kbrief markdown", ["markdown"]),
    ("kbrief check", ["check", "-q", "--fail-on", "never"]),
]


def parse_args():
    parser = argparse.ArgumentParser(prog="bench/run.sh", description=__doc__.split("\n")[0])
    parser.add_argument("build_dir", nargs="?", default=str(REPO / "build"),
                        help="the build directory with kbrief and bench/utf8_floor "
                        "(default: build)")
    parser.add_argument("--quick", action="store_true",
                        help="1 and 10 MB only, a batch of 200 files: a smoke run")
    parser.add_argument("--no-pandoc", action="store_true",
                        help="skip pandoc (also KBRIEF_BENCH_NO_PANDOC=1)")
    return parser.parse_args()


def kbrief_options(kbrief):
    """Whether `kbrief json` has -j and -r (being added; the rows that need them say n/a).
    Only the option list counts, not the examples after it."""
    text = subprocess.run([kbrief, "json", "--help"], capture_output=True, text=True).stdout
    options = text.split("\nExamples:")[0]
    jobs = re.search(r"^\s+(-j\b|--jobs\b)", options, re.M) is not None
    recursive = re.search(r"^\s+(-r\b|--recursive\b)", options, re.M) is not None
    return jobs, recursive


def print_header(kbrief, args):
    version = subprocess.run([kbrief, "--version"], capture_output=True, text=True).stdout.strip()
    commit = subprocess.run(["git", "-C", str(REPO), "log", "-1", "--format=%h %s"],
                            capture_output=True, text=True).stdout.strip()
    print(f"{version} at {commit}", flush=True)
    print(f"{time.strftime('%Y-%m-%d %H:%M:%S %Z')}, {os.cpu_count()} CPUs, "
          f"load {' '.join(f'{x:.2f}' for x in os.getloadavg())}"
          f"{', quick' if args.quick else ''}")
    print("Times are the fastest of 5 runs at 1 MB, 3 at 10 MB and for -j, 1 at 100 MB, for")
    print("pandoc and for the RSS batches; peak RSS is the process's own maximum resident set;")
    print("MB = 10^6 bytes; output goes to /dev/null. pandoc runs on 1 MB only and is compared")
    print("with kbrief at that size.")
    print(flush=True)


def main():
    args = parse_args()
    build = Path(args.build_dir).resolve()
    kbrief, floor_bin = build / "kbrief", build / "bench" / "utf8_floor"
    for binary in (kbrief, floor_bin):
        if not os.access(binary, os.X_OK):
            die(f"{binary} is missing: build with -DKBRIEF_BUILD_BENCH=ON (bench/README.md)")
    skip_pandoc = args.no_pandoc or os.environ.get("KBRIEF_BENCH_NO_PANDOC")
    pandoc = None if skip_pandoc else shutil.which("pandoc")
    has_jobs, has_recursive = kbrief_options(kbrief)
    samples = sample_texts()
    sizes = [1, 10] if args.quick else [1, 10, 100]
    repeats = {1: 5, 10: 3, 100: 1}
    print_header(kbrief, args)

    table, targets = Table(), Targets()
    with tempfile.TemporaryDirectory(prefix="kbrief-bench-") as tmp:
        tmp = Path(tmp)
        floor_mbps, pandoc_mbps, cmd_mbps, cmd_runs, size_bytes = {}, {}, {}, {}, {}
        for mb in sizes:
            path = tmp / f"input-{mb}mb.txt"
            size = write_concatenation(path, samples, mb * MB)
            size_bytes[mb] = size
            label = f"{mb} MB"
            # The input just written is still being flushed to disk: wait for that, and read
            # it once untimed, so that every command reads it from the page cache alike.
            os.sync()
            run_once([str(floor_bin), str(path)])
            run = best_of([str(floor_bin), str(path)], 5)
            floor_mbps[mb] = table.add("utf8_floor", label, size, run)
            # pandoc reads the brief as Markdown at well under 1 MB/s: it runs on 1 MB only,
            # and kbrief is compared with it at that size, never extrapolated.
            if pandoc and mb == 1:
                argv = [pandoc, "-f", "markdown", "-t", "json", "-o", "/dev/null", str(path)]
                run = best_of(argv, 1)
                pandoc_mbps[mb] = table.add("pandoc -f markdown -t json", label, size, run,
                                            floor=floor_mbps[mb])
            for name, argv in COMMANDS:
                run = best_of([str(kbrief)] + argv + [str(path)], repeats[mb])
                cmd_runs[name, mb] = run
                cmd_mbps[name, mb] = table.add(name, label, size, run, floor=floor_mbps[mb],
                                               pandoc=pandoc_mbps.get(mb))
            print(f"  ({label} done)", file=sys.stderr)

        batch = batch_rows(tmp, samples, kbrief, args.quick, has_jobs, has_recursive, table)
        startup = startup_times(kbrief)

    table.print()
    print()
    print("Start-up (median of 20 whole-process runs; min in brackets):")
    for what, (median, low) in startup:
        print(f"  {what}: {median:.1f} ms ({low:.1f} ms)")
    print()
    judge(targets, sizes, size_bytes, floor_mbps, pandoc_mbps, cmd_mbps, cmd_runs, batch, startup,
          has_recursive, bool(pandoc))
    print("Targets:")
    targets.print()
    return 0


def batch_rows(tmp, samples, kbrief, quick, has_jobs, has_recursive, table):
    """-j 1 against -j 2 over a batch, and peak RSS of a small against a large batch."""
    result = {"jobs": {}, "rss": {}, "largest": 0}
    count = 200 if quick else 2000
    jobs_dir = tmp / "batch"
    jobs_bytes, _ = write_batch(jobs_dir, samples, count)
    if has_jobs and has_recursive:
        for j in (1, 2):
            run = best_of([str(kbrief), "json", "-j", str(j), "-r", str(jobs_dir)], 3)
            result["jobs"][j] = run
            table.add(f"kbrief json -j {j} -r", f"{count} files", jobs_bytes, run)
    else:
        table.note("kbrief json -j N -r", f"{count} files", "n/a: option missing")
    for n in (10, 1000 if quick else 10000):
        directory = tmp / f"rss-{n}"
        size, largest = write_batch(directory, samples, n)
        result["largest"] = max(result["largest"], largest)
        if has_recursive:
            argv, name = [str(kbrief), "json", "-r", str(directory)], "kbrief json -r"
        else:  # the files as arguments show the same growth, if any
            files = sorted(str(p) for p in directory.rglob("*.txt"))
            argv, name = [str(kbrief), "json"] + files, "kbrief json FILES (-r missing)"
        run = best_of(argv, 1)
        result["rss"][n] = run
        table.add(name, f"{n} files", size, run)
    return result


def startup_times(kbrief):
    corpus = REPO.parent / "shared" / "corpus" / "kinu-ncg-2024.txt"
    if corpus.exists():
        brief, name = corpus, f"kbrief json {corpus.name} ({corpus.stat().st_size // 1000} KB)"
    else:
        brief = max((REPO / "samples").glob("*.txt"), key=lambda p: p.stat().st_size)
        name = f"kbrief json {brief.name} ({brief.stat().st_size // 1000} KB; no corpus)"
    return [("kbrief --version", median_ms([str(kbrief), "--version"])),
            (name, median_ms([str(kbrief), "json", str(brief)]))]


def judge(targets, sizes, size_bytes, floor_mbps, pandoc_mbps, cmd_mbps, cmd_runs, batch, startup,
          has_recursive, ran_pandoc):
    top, below = sizes[-1], sizes[-2]
    json_top = cmd_mbps.get(("kbrief json", top))
    if json_top and floor_mbps.get(top):
        n = floor_mbps[top] / json_top
        targets.add(n <= 20, f"kbrief json >= 1/20 of the floor ({top} MB)",
                    f"1/{n:.0f} ({json_top:.1f} vs {floor_mbps[top]:.0f} MB/s)")
    else:
        targets.add(False, f"kbrief json >= 1/20 of the floor ({top} MB)", "kbrief json failed")
    if ran_pandoc and pandoc_mbps.get(1) and cmd_mbps.get(("kbrief json", 1)):
        x = cmd_mbps["kbrief json", 1] / pandoc_mbps[1]
        targets.add(x >= 100, "kbrief json >= 100x pandoc (1 MB)",
                    f"{x:.0f}x ({cmd_mbps['kbrief json', 1]:.1f} vs {pandoc_mbps[1]:.2f} MB/s)")
    else:
        targets.add(None, "kbrief json >= 100x pandoc (1 MB)", "pandoc skipped or failed")
    for name, _ in COMMANDS:
        a, b = cmd_runs.get((name, below)), cmd_runs.get((name, top))
        what = f"linear: {name} {top} MB <= 11x {below} MB"
        if a and b and a.code == 0 and b.code == 0:
            scale = size_bytes[top] / size_bytes[below]
            r = b.seconds / a.seconds
            targets.add(r <= 1.1 * scale, what,
                        f"{r:.1f}x ({b.seconds:.2f} s vs {a.seconds:.2f} s)")
        else:
            targets.add(False, what, "a run failed")
    what = "kbrief json -j 2 >= 1.7x -j 1"
    jobs = batch["jobs"]
    if jobs and jobs[1].code == 0 and jobs[2].code == 0:
        x = jobs[1].seconds / jobs[2].seconds
        targets.add(x >= 1.7, what,
                    f"{x:.2f}x ({jobs[1].seconds:.2f} s vs {jobs[2].seconds:.2f} s)")
    else:
        targets.add(None, what, "a run failed" if jobs else "option missing")
    for name, _ in COMMANDS:
        run = cmd_runs.get((name, top))
        limit = 3 * size_bytes[top] / MB + 30
        what = f"peak RSS {name} {top} MB <= 3x input + 30 MB"
        if run and run.code == 0:
            targets.add(run.rss_mb <= limit, what, f"{run.rss_mb:.0f} MB (limit {limit:.0f} MB)")
        else:
            targets.add(False, what, "the run failed")
    (few, small), (many, large) = sorted(batch["rss"].items())
    limit = 3 * batch["largest"] / MB + 30
    what = f"peak RSS batch: {many} files within 10 MB of {few}, <= {limit:.0f} MB"
    if small.code == 0 and large.code == 0:
        ok = large.rss_mb <= limit and large.rss_mb <= small.rss_mb + 10
        targets.add(ok, what, f"{large.rss_mb:.0f} MB vs {small.rss_mb:.0f} MB"
                    + ("" if has_recursive else " (files as arguments: -r missing)"))
    else:
        targets.add(False, what, "a run failed")
    (version_what, (version_ms, _)), (json_what, (json_ms, _)) = startup
    targets.add(version_ms < 5, "start-up: kbrief --version < 5 ms",
                f"{version_ms:.1f} ms (median of 20)")
    targets.add(json_ms < 15, "start-up: kbrief json on a 17 KB brief < 15 ms",
                f"{json_ms:.1f} ms (median of 20; {json_what})")


if __name__ == "__main__":
    sys.exit(main())
