#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""kbrief timeline over a batch, read back by Python's csv module (a real consumer).

Builds 1,000 briefs from the samples (and the corpus, when present), then checks that:
- one call over all of them gives the same CSV as each file alone, concatenated under one
  header (CONVENTIONS §7), and --sort gives the same rows sorted by start;
- every record has the 12 columns, each document's rows come sorted by start with
  unresolved rows last, and --format jsonl carries the same rows.
Usage: timeline_batch.py KBRIEF SAMPLES_DIR [CORPUS_DIR]
"""
import concurrent.futures
import csv
import io
import json
import os
import pathlib
import subprocess
import sys
import tempfile

HEADER = ["file", "start", "end", "value", "granularity", "mod", "expression", "resolution",
          "origin", "block", "line", "event"]
COUNT = 1000


def run(kbrief, args):
    r = subprocess.run([kbrief, "timeline", *args], capture_output=True)
    if r.returncode != 0:
        sys.exit(f"kbrief timeline {' '.join(args[:3])}... exited {r.returncode}: "
                 f"{r.stderr.decode(errors='replace')}")
    return r.stdout.decode("utf-8")


def records(text):
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert rows and rows[0] == HEADER, f"bad header: {rows[:1]}"
    for row in rows[1:]:
        assert len(row) == len(HEADER), f"{len(row)} fields: {row}"
    return rows[1:]


def timeline_key(row):
    return (row[1] == "", row[1])


def main():
    kbrief, samples = sys.argv[1], pathlib.Path(sys.argv[2])
    sources = sorted(samples.glob("*.txt"))
    if len(sys.argv) > 3 and pathlib.Path(sys.argv[3]).is_dir():
        sources += sorted(pathlib.Path(sys.argv[3]).glob("*.txt"))
    with tempfile.TemporaryDirectory() as tmp:
        paths = []
        for k in range(COUNT):
            path = os.path.join(tmp, f"brief-{k:04}.txt")
            pathlib.Path(path).write_bytes(sources[k % len(sources)].read_bytes())
            paths.append(path)

        together = run(kbrief, paths)
        with concurrent.futures.ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            alone = list(pool.map(lambda p: run(kbrief, [p]), paths))
        header_line = ",".join(HEADER) + "\r\n"
        expected = header_line + "".join(a[len(header_line):] for a in alone)
        assert together == expected, "one call differs from the files alone, concatenated"

        rows = records(together)
        assert rows, "no dates at all in the batch"
        by_file = {}
        for row in rows:
            by_file.setdefault(row[0], []).append(row)
        for file, file_rows in by_file.items():
            keys = [timeline_key(r) for r in file_rows]
            assert keys == sorted(keys), f"{file}: rows not sorted by start"

        sorted_rows = records(run(kbrief, ["--sort", *paths]))
        assert sorted_rows == sorted(rows, key=timeline_key), "--sort differs from a stable sort"

        jsonl = run(kbrief, ["--format", "jsonl", *paths[:len(sources)]])
        objects = [json.loads(line) for line in jsonl.splitlines()]
        csv_rows = records(run(kbrief, paths[:len(sources)]))
        assert len(objects) == len(csv_rows)
        for obj, row in zip(objects, csv_rows):
            as_csv = [obj["file"], obj["start"] or "", obj["end"] or "", obj["value"],
                      obj["granularity"], obj["mod"] or "", obj["expression"], obj["resolution"],
                      obj["origin"], obj["block"], str(obj["line"]), obj["event"]]
            assert as_csv == row, f"jsonl {as_csv} != csv {row}"
    print(f"{COUNT} briefs from {len(sources)} sources: {len(rows)} rows, "
          f"{len(by_file)} files with dates; batch == files alone; --sort and jsonl agree")


if __name__ == "__main__":
    main()
