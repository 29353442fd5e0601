#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Paragraph starts kbrief finds in plain pdftotext text, measured against the same document's
`-layout` text.

Usage: paragraph_starts.py KBRIEF CORPUS_DIR [--list]

For each CORPUS_DIR/<name>.txt that has a <name>.layout.txt beside it, `kbrief json` reads both.
Layout text shows where paragraphs really start (first lines are indented), so the paragraph
starts kbrief finds there are the reference; starts kbrief only guessed there (a
`paragraph-start-guessed` diagnostic on the paragraph's first line) are left out of it.

A start is named by its paragraph's first 20 letters and digits (NFC; whitespace, punctuation and
footnote markers left out), which aligns the two shapes by text. Only text that is paragraph text
in both shapes is counted: a plain-text start counts when its name occurs inside the layout's
paragraphs, a layout start when its name occurs inside the plain text's paragraphs.

  precision  plain-text starts that are layout starts, of those counted
  recall     layout starts that are plain-text starts, of those counted
  guesses    plain-text starts kbrief guessed (`paragraph-start-guessed`), and how many of them
             are layout starts

--list prints every guess with its verdict (`start` when the layout starts a paragraph there,
`inside` when the layout's paragraph runs on, `other` when the text is no layout paragraph's).
"""
import json
import os
import subprocess
import sys
import unicodedata

RULE = 'paragraph-start-guessed'
KEY_LENGTH = 20


def letters(text):
    return ''.join(c for c in unicodedata.normalize('NFC', text or '') if unicodedata.category(c)[0] in 'LN')


def read(kbrief, path):
    out = subprocess.run([kbrief, 'json', path], capture_output=True, check=True).stdout
    doc = json.loads(out)
    guessed_lines = {d['line'] for d in doc.get('diagnostics', []) if d['rule'] == RULE}
    paragraphs = [b for b in doc['blocks'] if b['type'] == 'paragraph']
    starts = []  # (key, guessed)
    for b in paragraphs:
        key = letters(b['text'])[:KEY_LENGTH]
        if len(key) == KEY_LENGTH:
            starts.append((key, b['lines'][0] in guessed_lines))
    universe = ''.join(letters(b['text']) for b in paragraphs)
    return starts, universe


def main(argv):
    if len(argv) < 3:
        print(__doc__, file=sys.stderr)
        return 2
    kbrief, corpus = argv[1], argv[2]
    listing = '--list' in argv[3:]
    totals = {'p_hit': 0, 'p_all': 0, 'r_hit': 0, 'r_all': 0, 'guesses': 0, 'right': 0}
    print(f'{"document":28} {"precision":>13} {"recall":>13} {"guesses right":>14}')
    for name in sorted(os.listdir(corpus)):
        if not name.endswith('.layout.txt'):
            continue
        base = name[:-len('.layout.txt')]
        plain_path = os.path.join(corpus, base + '.txt')
        if not os.path.exists(plain_path):
            continue
        plain, plain_text = read(kbrief, plain_path)
        layout, layout_text = read(kbrief, os.path.join(corpus, name))
        reference = {key for key, guessed in layout if not guessed}
        p_hit = p_all = r_hit = r_all = guesses = right = 0
        plain_keys = {key for key, _ in plain}
        for key, guessed in plain:
            verdict = 'start' if key in reference else ('inside' if key in layout_text else 'other')
            if verdict != 'other':
                p_all += 1
                p_hit += verdict == 'start'
            if guessed:
                guesses += 1
                right += verdict == 'start'
                if listing:
                    print(f'  {base}: {verdict:6} {key}')
        for key in reference:
            if key in plain_text:
                r_all += 1
                r_hit += key in plain_keys
        print(f'{base:28} {p_hit:5}/{p_all:<5} {r_hit:5}/{r_all:<5} {right:6}/{guesses:<5}')
        for field, value in (('p_hit', p_hit), ('p_all', p_all), ('r_hit', r_hit), ('r_all', r_all),
                             ('guesses', guesses), ('right', right)):
            totals[field] += value

    def share(a, b):
        return f'{100.0 * a / b:.1f}%' if b else 'n/a'

    print(f'precision {totals["p_hit"]}/{totals["p_all"]} = {share(totals["p_hit"], totals["p_all"])}, '
          f'recall {totals["r_hit"]}/{totals["r_all"]} = {share(totals["r_hit"], totals["r_all"])}, '
          f'guesses right {totals["right"]}/{totals["guesses"]} = {share(totals["right"], totals["guesses"])}')
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv))
