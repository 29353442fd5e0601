#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""A 1,000-page PDF is read page by page in bounded memory: `kbrief json` on a PDF of 100 pages
and on one of the same pages 1,000 times over, each in a process of its own, their peak RSS
compared. The growth must stay within a small multiple of what the larger output holds (the
text and the Document built from it), never what poppler would hold with every page kept. A
property of memory, not of time.

usage: pdf_memory.py KBRIEF
Skips (77) when reportlab or the Nanum fonts are missing (Debian: python3-reportlab fonts-nanum).
"""
import os
import subprocess
import sys
import tempfile

# RSS growth allowed per byte of JSON output growth. kbrief holds the input PDF, the text, the
# Document and the JSON it writes, each growing with the pages: measured, 4.9 bytes of RSS per
# byte of JSON from 100 to 1,000 of these pages (16.3 MB -> 20.3 MB). Poppler's words of a
# page, kept rather than freed once read, cost about 25 KB a page here, some 30 bytes per byte
# of JSON on top (a program reading the same PDF with poppler alone: 13.1 MB freeing each
# page's words, 38.1 MB keeping them; keeping only the pages, 13.5 MB).
GROWTH_PER_OUTPUT_BYTE = 8

LINES = [
    "최근 북한은 핵무력 정책을 법제화하고 전술핵 ",
    "운용 능력을 과시하였다. 이는 한반도 안보 ",
    "환경을 크게 바꾸었다. 2024년 3월 8일 발표된 ",
    "보고서는 이를 상세히 다루고 있다.",
]


def make(path, pages):
    """`pages` pages, each a numbered heading, a paragraph of four lines and a page number, with
    the sample PDFs' canvas and font (which skips, 77, without reportlab or the Nanum fonts)."""
    sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
    from pdf_inputs import draw, new_canvas

    c = new_canvas(path)
    for n in range(1, pages + 1):
        draw(c, 72, 80, f"{n}. 제{n}절 전망", size=13, bold=True)
        for k, line in enumerate(LINES):
            draw(c, 82 if k == 0 else 72, 110 + 16 * k, line)
        draw(c, 290, 800, f"- {n} -", size=9)
        c.showPage()
    c.save()


def peak_rss_kib(args):
    """The peak resident set (KiB) of a process running `args`, from wait4's rusage of it alone,
    and the size of what it wrote. A child starts from its parent's peak (fork copies it, exec
    keeps it), so this process stays lean: reportlab is loaded in another one."""
    with open(os.devnull, "wb") as devnull, tempfile.TemporaryFile() as out:
        p = subprocess.Popen(args, stdout=out, stderr=devnull)
        _, status, usage = os.wait4(p.pid, 0)
        p.returncode = os.waitstatus_to_exitcode(status)
        if p.returncode != 0:
            sys.exit(f"FAIL: {' '.join(args)} exited {p.returncode}")
        return usage.ru_maxrss, out.tell()


def main():
    if sys.argv[1] == "--make":
        make(sys.argv[2], int(sys.argv[3]))
        return 0
    kbrief = os.path.abspath(sys.argv[1])
    with tempfile.TemporaryDirectory() as d:
        small, large = os.path.join(d, "100.pdf"), os.path.join(d, "1000.pdf")
        for path, pages in ((small, 100), (large, 1000)):
            p = subprocess.run([sys.executable, __file__, "--make", path, str(pages)])
            if p.returncode:
                return p.returncode
        floor, _ = peak_rss_kib([sys.executable, "-c", ""])
        # One thread: the pages read one after another, by one poppler document.
        rss_small, out_small = peak_rss_kib([kbrief, "json", "-j", "1", small])
        rss_large, out_large = peak_rss_kib([kbrief, "json", "-j", "1", large])
        # Two: each thread reads every other page with a document of its own, and poppler's
        # document keeps a small object for every page it has opened up to the one asked for
        # (its page tree), so each holds what the one thread's document does, no more.
        rss_small2, _ = peak_rss_kib([kbrief, "json", "-j", "2", small])
        rss_large2, _ = peak_rss_kib([kbrief, "json", "-j", "2", large])
        pdf_small, pdf_large = os.path.getsize(small), os.path.getsize(large)
    growth = (rss_large - rss_small) * 1024
    growth2 = (rss_large2 - rss_small2) * 1024
    output_growth = out_large - out_small
    print(f"100 pages:   PDF {pdf_small:>9,} B, JSON {out_small:>10,} B, peak RSS {rss_small:>7,} KiB")
    print(f"1000 pages:  PDF {pdf_large:>9,} B, JSON {out_large:>10,} B, peak RSS {rss_large:>7,} KiB")
    print(f"RSS growth {growth:,} B = {growth / output_growth:.2f} B per byte of JSON growth "
          f"(allowed {GROWTH_PER_OUTPUT_BYTE}); the measuring process's own floor {floor:,} KiB")
    print(f"with two threads: peak RSS {rss_small2:,} KiB and {rss_large2:,} KiB, growth "
          f"{growth2:,} B (allowed twice the one thread's)")
    if rss_small <= floor:
        print("FAIL: kbrief's peak is not above what a child of this process starts from: "
              "nothing measured")
        return 1
    if growth > GROWTH_PER_OUTPUT_BYTE * output_growth:
        print("FAIL: memory grows faster than the output: pages are kept after they are read")
        return 1
    if growth2 > 2 * growth:
        print("FAIL: with two threads memory grows more than twice as fast: pages are kept")
        return 1
    print("ok   a 1,000-page PDF is read in memory bounded by its output, on one thread or two")
    return 0


if __name__ == "__main__":
    sys.exit(main())
