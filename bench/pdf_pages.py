#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Pages per second: `kbrief json brief.pdf` against `pdftotext brief.pdf - | kbrief json -`.

Usage: bench/pdf_pages.py [--runs N] KBRIEF PDF_DIR

Runs both paths over every *.pdf in PDF_DIR (the corpus: ../shared/corpus), in the same run,
alternating them file by file so that a busy machine slows both alike, output to /dev/null.
Each path's time for a file is the least of N runs (default 5): wall time around the whole
process or pipeline, and CPU time (user + system of every process it ran, from
RUSAGE_CHILDREN). Pages are the PDF's own count (`source.pages` of kbrief's JSON). Prints
one line per file and the totals in pages per second, then PASS when the direct path is not
slower than the pipeline in wall time, else FAIL. Exits 0 whatever it finds; 2 when it
cannot run (no kbrief, no pdftotext, no PDFs).
"""

import argparse
import json
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path


def die(message):
    print(f"pdf_pages.py: {message}", file=sys.stderr)
    sys.exit(2)


def timed(command, shell=False):
    """Wall and CPU seconds of one run of `command` (a list, or a shell pipeline string)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, shell=shell, stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        die(f"{command} failed ({done.returncode}): {done.stderr.decode(errors='replace')}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("kbrief")
    parser.add_argument("pdf_dir")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    kbrief = str(Path(args.kbrief).resolve())
    if not Path(kbrief).is_file():
        die(f"no kbrief at {args.kbrief}")
    if shutil.which("pdftotext") is None:
        die("pdftotext is not installed (Debian: poppler-utils)")
    pdfs = sorted(Path(args.pdf_dir).glob("*.pdf"))
    if not pdfs:
        die(f"no PDFs in {args.pdf_dir}")

    totals = {"pages": 0, "direct": [0.0, 0.0], "piped": [0.0, 0.0]}
    print(f"{'file':32} {'pages':>5} {'direct ms':>10} {'piped ms':>10} "
          f"{'direct cpu':>10} {'piped cpu':>10}")
    for pdf in pdfs:
        meta = subprocess.run([kbrief, "json", str(pdf)], capture_output=True)
        if meta.returncode != 0:
            die(f"kbrief json {pdf} failed: {meta.stderr.decode(errors='replace')}")
        pages = json.loads(meta.stdout)["source"]["pages"]
        direct = [kbrief, "json", str(pdf)]
        piped = f"pdftotext '{pdf}' - | '{kbrief}' json -"
        best = {"direct": [float("inf")] * 2, "piped": [float("inf")] * 2}
        for _ in range(args.runs):
            for name, run in (("direct", lambda: timed(direct)),
                              ("piped", lambda: timed(piped, shell=True))):
                wall, cpu = run()
                best[name] = [min(best[name][0], wall), min(best[name][1], cpu)]
        totals["pages"] += pages
        for name in ("direct", "piped"):
            totals[name] = [t + b for t, b in zip(totals[name], best[name])]
        print(f"{pdf.name:32} {pages:5} {best['direct'][0] * 1e3:10.1f} "
              f"{best['piped'][0] * 1e3:10.1f} {best['direct'][1] * 1e3:10.1f} "
              f"{best['piped'][1] * 1e3:10.1f}")

    pages = totals["pages"]
    direct_wall, direct_cpu = totals["direct"]
    piped_wall, piped_cpu = totals["piped"]
    print(f"\n{len(pdfs)} PDFs, {pages} pages, least of {args.runs} runs each")
    print(f"direct  kbrief json brief.pdf               {pages / direct_wall:8.1f} pages/s wall"
          f"  {pages / direct_cpu:8.1f} pages/s of CPU")
    print(f"piped   pdftotext brief.pdf - | kbrief json - {pages / piped_wall:6.1f} pages/s wall"
          f"  {pages / piped_cpu:8.1f} pages/s of CPU")
    verdict = "PASS" if direct_wall <= piped_wall else "FAIL"
    print(f"{verdict}: the direct path is {'not slower' if verdict == 'PASS' else 'slower'} "
          f"({direct_wall:.3f} s against {piped_wall:.3f} s)")


if __name__ == "__main__":
    main()
