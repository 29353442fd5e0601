#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""How far a paragraph's first line falls short of the margin in plain pdftotext text, measured
against where the same document's PDF starts its paragraphs.

Usage: first_line_widths.py KBRIEF CORPUS_DIR

For each CORPUS_DIR/<name>.txt with a <name>.pdf beside it, `kbrief json` reads the PDF, whose
paragraphs (aligned with the text's lines by their first letters) say which lines start one.
A line's width is its display width (Hangul and other wide characters two columns, the rest
one); a line's shortfall is the document's full-line width (the layout's rule: the median of
the densest cluster of widths) minus its own. Only lines that reach the margin (no more than
8% short, no more than 4 columns wide) and open with no marker-like character are measured:

  certain starts   after a short line that ends a sentence
  continuations    after a full line that does not end a sentence
  ambiguous        after a full line that ends with a sentence's punctuation: a start (the PDF
                   starts a paragraph there) or a continuation, which width alone must tell

Per document: the certain starts' median shortfall, the continuations' 95th percentile, and
whether the first exceeds the second (the document shows its indent); then, over the corpus,
the shortfall of the ambiguous lines that start a paragraph and of those that do not, and how
reading a start where the shortfall exceeds the continuations' 95th percentile scores in the
documents that show their indent. The rule is kbrief's (`lib/paragraph_starts.cc`), recomputed
over all of a text's lines, so the counts come close to kbrief's, not equal.
"""
import collections
import json
import os
import re
import subprocess
import sys
import unicodedata

SENTENCE_END = re.compile(r'[.?!][\"”’)\]」』]*$')
NOMINAL_END = re.compile(r'(다|음|함|됨|임)$')
MARKER = re.compile(r'^([-–·•◦○●■□◎※*▶▷>]|\(?[0-9]+[.)]|\(?[가-하][.)]|[①-⑳])')


def width(text):
    w = 0
    for c in text:
        if ord(c) < 0x20 or unicodedata.category(c) in ('Mn', 'Me', 'Cf'):
            continue
        w += 2 if unicodedata.east_asian_width(c) in ('W', 'F') else 1
    return w


def squeeze(text):
    return ''.join(c for c in unicodedata.normalize('NFC', text) if not c.isspace())


def typical_width(widths):
    w = sorted(x for x in widths if x >= 10)
    if not w:
        return 0
    p90 = w[len(w) * 9 // 10]
    w = [x for x in w if x >= p90 // 2]
    best, lo = (0, 0, 0), 0
    for hi in range(len(w)):
        while w[lo] < w[hi] - max(4, w[hi] * 8 // 100):
            lo += 1
        if hi - lo + 1 >= best[0]:
            best = (hi - lo + 1, lo, hi)
    return w[(best[1] + best[2]) // 2]


def pdf_starts(kbrief, pdf, lines):
    """Indices of the text's lines where the PDF's paragraphs start."""
    joined, line_at = '', {}
    for i, line in enumerate(lines):
        line_at[len(joined)] = i
        joined += squeeze(line)
    doc = json.loads(subprocess.run([kbrief, 'json', pdf], capture_output=True, check=True).stdout)
    starts, last = set(), 0
    for b in doc['blocks']:
        key = squeeze(b['text'])[:12] if b['type'] == 'paragraph' else ''
        if len(key) < 6:
            continue
        at = joined.find(key, last)
        at = at if at >= 0 else joined.find(key)
        if at >= 0:
            last = at + 1
            if at in line_at:
                starts.add(line_at[at])
    return starts


def percentile(values, share):
    values = sorted(values)
    return values[min(len(values) - 1, len(values) * share // 100)]


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    kbrief, corpus = argv[1], argv[2]
    ambiguous = {True: collections.Counter(), False: collections.Counter()}
    score = collections.Counter()
    print(f'{"document":26} {"width":>5} {"starts":>6} {"median":>6} {"contin.":>7} {"95th":>4}',
          ' shows')
    for name in sorted(os.listdir(corpus)):
        base = name[:-len('.txt')]
        pdf = os.path.join(corpus, base + '.pdf')
        if not name.endswith('.txt') or name.endswith('.layout.txt') or not os.path.exists(pdf):
            continue
        with open(os.path.join(corpus, name), encoding='utf-8') as f:
            lines = [l.replace('\f', '').strip() for l in re.split(r'\r\n|\n|\r', f.read())]
        truth = pdf_starts(kbrief, pdf, lines)
        widths = [width(l) for l in lines]
        full = typical_width(widths)
        limit = full - (full * 8 + 99) // 100
        text = [i for i, l in enumerate(lines) if l]
        starts, continued, open_question = [], [], []
        for before, line in zip(text, text[1:]):
            if widths[line] < limit or widths[line] > full + 4 or MARKER.match(lines[line]):
                continue
            shortfall = full - widths[line]
            ends = SENTENCE_END.search(lines[before]) or NOMINAL_END.search(lines[before])
            if ends and widths[before] < limit:
                starts.append(shortfall)
            elif not ends and widths[before] >= limit:
                continued.append(shortfall)
            elif SENTENCE_END.search(lines[before]) and widths[before] >= limit:
                open_question.append((shortfall, line in truth))
        for shortfall, is_start in open_question:
            ambiguous[is_start][max(-3, min(shortfall, 9))] += 1
        if len(starts) < 4 or len(continued) < 20:
            print(f'{base:26} {full:5} {len(starts):6} {"":6} {len(continued):7}')
            continue
        median, usual = percentile(starts, 50), percentile(continued, 95)
        shows = median > usual
        print(f'{base:26} {full:5} {len(starts):6} {median:6} {len(continued):7} {usual:4}',
              ' yes' if shows else '')
        if shows:
            score['documents'] += 1
            for shortfall, is_start in open_question:
                if shortfall > usual:
                    score['true starts' if is_start else 'false starts'] += 1
                elif is_start:
                    score['starts missed'] += 1
    print('\nshortfall of ambiguous lines (columns; -3 and 9 gather those beyond):')
    for is_start in (True, False):
        counts = ambiguous[is_start]
        print(f'  {"starts" if is_start else "continuations":13} ({sum(counts.values())}):',
              ' '.join(f'{k}:{counts[k]}' for k in sorted(counts)))
    print('documents showing their indent:', dict(score))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
