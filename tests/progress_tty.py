#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""The progress line: on standard error when it is a terminal and the run is a batch; never
with --no-progress, for a single file, or when standard error is a pipe; and standard output
is the same either way.

usage: progress_tty.py KBRIEF SAMPLES_DIR"""
import os
import pty
import subprocess
import sys
import tempfile


def run(kbrief, args, tty):
    """Runs kbrief with stderr on a pseudo-terminal (tty) or a pipe; returns (code, out, err)."""
    if not tty:
        p = subprocess.run([kbrief] + args, capture_output=True)
        return p.returncode, p.stdout, p.stderr
    master, slave = pty.openpty()
    p = subprocess.Popen([kbrief] + args, stdout=subprocess.PIPE, stderr=slave)
    os.close(slave)
    err = b""
    out = p.stdout.read()
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the terminal's other end closed: the process has ended
            break
        if not chunk:
            break
        err += chunk
    os.close(master)
    return p.wait(), out, err


def main():
    kbrief, samples = sys.argv[1], sys.argv[2]
    texts = [open(os.path.join(samples, f), "rb").read()
             for f in sorted(os.listdir(samples)) if f.endswith(".txt")]
    failures = []
    with tempfile.TemporaryDirectory() as d:
        for k in range(400):
            with open(os.path.join(d, f"{k:04}.txt"), "wb") as f:
                f.write(texts[k % len(texts)])
        code, piped_out, piped_err = run(kbrief, ["json", "-r", d], tty=False)
        if code != 0 or piped_err != b"":
            failures.append(f"piped: exit {code}, stderr {piped_err[:200]!r}")
        code, out, err = run(kbrief, ["json", "-r", d], tty=True)
        if code != 0 or out != piped_out:
            failures.append(f"tty: exit {code}, standard output differs: {out == piped_out}")
        if b"kbrief: " not in err or b"/400 files" not in err or b"MB/s" not in err:
            failures.append(f"tty: no progress line in {err[:300]!r}")
        if not err.endswith(b"\r\x1b[K"):
            failures.append(f"tty: the progress line is not cleared at the end: {err[-80:]!r}")
        code, out, err = run(kbrief, ["json", "--no-progress", "-r", d], tty=True)
        if err != b"" or out != piped_out:
            failures.append(f"--no-progress on a tty: stderr {err[:200]!r}")
        one = os.path.join(d, "0000.txt")
        code, out, err = run(kbrief, ["json", one], tty=True)
        if err != b"":
            failures.append(f"a single file on a tty: stderr {err[:200]!r}")
    for f in failures:
        print("FAIL:", f)
    print("progress: ok" if not failures else f"progress: {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
