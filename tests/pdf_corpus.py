#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Every corpus PDF through `kbrief text`: no failure, and its line count beside pdftotext's
(default mode) for the same file, printed per file. Fails when kbrief cannot read a PDF;
skips (77) without the corpus or without pdftotext (Debian: poppler-utils).

usage: pdf_corpus.py KBRIEF CORPUS_DIR
"""
import glob
import os
import shutil
import subprocess
import sys


def main():
    kbrief, corpus = sys.argv[1:3]
    pdfs = sorted(glob.glob(os.path.join(corpus, "*.pdf")))
    if not pdfs:
        print(f"SKIP: no PDF in {corpus!r}")
        return 77
    pdftotext = shutil.which("pdftotext")
    failures = 0
    print(f"{'file':34} {'pages':>5} {'kbrief':>7} {'pdftotext':>9}  (lines)")
    for pdf in pdfs:
        p = subprocess.run([kbrief, "text", pdf], capture_output=True)
        if p.returncode != 0:
            failures += 1
            print(f"FAIL {pdf}: exit {p.returncode}: {p.stderr.decode(errors='replace')}")
            continue
        text = p.stdout.decode("utf-8")
        ours = text.count("\n")
        theirs = "-"
        if pdftotext:
            q = subprocess.run([pdftotext, pdf, "-"], capture_output=True)
            theirs = q.stdout.decode("utf-8", errors="replace").count("\n")
        print(f"{os.path.basename(pdf):34} {text.count(chr(12)):5} {ours:7} {theirs:>9}")
    print(f"{len(pdfs) - failures}/{len(pdfs)} PDFs read")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
