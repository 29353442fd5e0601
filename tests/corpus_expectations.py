#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""kbrief's structure measured against what the corpus documents' printed pages show.

Usage: corpus_expectations.py KBRIEF CORPUS_DIR EXPECTATIONS_DIR [--floor FILE] [--write-floor FILE]
                              [--no-pdf]

Each EXPECTATIONS_DIR/<name>.json (format: one JSON object per document, recorded by eye from
the rendered PDF pages) is compared with `kbrief json` on CORPUS_DIR/<name>.txt, on
CORPUS_DIR/<name>.layout.txt and on the PDF itself, CORPUS_DIR/<name>.pdf, each that exists.
A document absent from the corpus is skipped. The PDFs are left out with --no-pdf, or when
this kbrief was built without PDF support (it says so on the first PDF).

One FIELD CHECK is one of these fourteen questions, asked once per document and shape (plain
`.txt`, `.layout.txt` or `.pdf`), worth one point when the answer is yes:

  title        metadata.title equals the expected title
  authors      metadata.authors[].name are exactly the expected names (no more, no fewer)
  org          metadata.organization equals the expected organisation (both null counts)
  issue        metadata.issue equals the expected issue (both null counts)
  date         metadata.publication_date equals the expected date (both null counts)
  pages        source.pages equals the expected page count
  headings     every expected heading is found, in order, with its level, and kbrief found
               no other heading; found = kbrief's label + text equals the printed heading, or,
               when kbrief has no label, its text equals the printed heading without its
               number (a number printed apart or as a graphic often never reaches the label)
  paragraphs   the number of `paragraph` blocks equals the expected count
  footnotes    the number of footnotes[] equals the expected count
  lists        the number of `list` blocks equals the expected count
  figures      the number of `figure` blocks (none before that block type exists) equals it
  tables       the number of `table` blocks equals it
  body_end     the body's last block ends with the expected last words: the last paragraph
               or list block that starts before the back matter (or the last one when there
               is no back matter)
  back_matter  with an expected start: the back matter (the `back_matter` blocks and the end
               mark, page_furniture of kind back-matter, joined in line order) contains it;
               with null: there is none

Texts are compared in NFC with all whitespace removed; body_end and back_matter compare
letters and digits only (kbrief drops footnote markers and may split end marks off).
Partial figures are printed for information and score nothing: authors found/expected,
headings matched/expected, levels right among the matched, headings kbrief found beyond them,
and every count as kbrief's/expected.

The test fails when a shape's total of correct field checks falls below the floor file's
number for that shape (lines `<shape> <count>`, shapes txt, layout and pdf), and says to raise
the floor when above. After the lines of each file, a table sets each document's shapes side by
side (correct checks, and the fields where the PDF and the plain text disagree), and another
gives each field's total per shape.
Exit 77 (ctest's skip code) when the corpus directory is absent.
"""
import json
import os
import re
import subprocess
import sys
import unicodedata

SHAPES = (('txt', '.txt'), ('layout', '.layout.txt'), ('pdf', '.pdf'))
TEXT_SHAPES = ('txt', 'layout')
FIELDS = ('title', 'authors', 'org', 'issue', 'date', 'pages', 'headings', 'paragraphs', 'footnotes',
          'lists', 'figures', 'tables', 'body_end', 'back_matter')
BACK_MATTER_TYPES = ('back_matter',)
# A heading's number as printed: 1, 01, 1., 1), (1), Ⅱ., 가., (가)
HEADING_NUMBER = re.compile(r'^(\(?[0-9]+[.)]?|\(?[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]+[.)]?|\(?[가-하][.)])\s+')


def squeeze(text):
    """NFC without any whitespace, None kept."""
    if text is None:
        return None
    return ''.join(c for c in unicodedata.normalize('NFC', text) if not c.isspace())


def letters(text):
    """Letters and digits only: punctuation, symbols and private-use glyphs dropped."""
    return ''.join(c for c in unicodedata.normalize('NFC', text or '') if unicodedata.category(c)[0] in 'LN')


def lcs_pairs(expected, found, same):
    """Index pairs of a longest order-preserving match of items for which same() holds."""
    n, m = len(expected), len(found)
    table = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            table[i][j] = (table[i + 1][j + 1] + 1 if same(expected[i], found[j])
                           else max(table[i + 1][j], table[i][j + 1]))
    pairs, i, j = [], 0, 0
    while i < n and j < m:
        if same(expected[i], found[j]):
            pairs.append((i, j))
            i, j = i + 1, j + 1
        elif table[i + 1][j] >= table[i][j + 1]:
            i += 1
        else:
            j += 1
    return pairs


def same_heading(want, got):
    """The printed heading and kbrief's: label and text together, or the text alone when the
    number did not reach kbrief's label (a number printed apart, or drawn as a graphic)."""
    printed = squeeze(want['text'])
    if squeeze((got.get('label') or '') + got.get('text', '')) == printed:
        return True
    unnumbered = HEADING_NUMBER.sub('', want['text'], count=1)
    return not got.get('label') and unnumbered != want['text'] and squeeze(got.get('text', '')) == squeeze(unnumbered)


def back_matter(doc):
    """(first line, joined text) of the back matter, or (None, '') when there is none."""
    parts = [(f['line'], f['text']) for f in doc.get('page_furniture', []) if f.get('kind') == 'back-matter']
    parts += [(b['lines'][0], b['text']) for b in doc.get('blocks', []) if b.get('type') in BACK_MATTER_TYPES]
    parts.sort()
    if not parts:
        return None, ''
    return parts[0][0], ''.join(text for _, text in parts)


def body_end(doc, back_start):
    body = [b for b in doc.get('blocks', []) if b.get('type') in ('paragraph', 'list')]
    if back_start is not None:
        body = [b for b in body if b['lines'][0] < back_start]
    return body[-1]['text'] if body else ''


def count(doc, block_type):
    return sum(1 for b in doc.get('blocks', []) if b.get('type') == block_type)


def compare(doc, want):
    """({field: bool}, [printed parts]) for one kbrief document against its expectations."""
    meta = doc.get('metadata', {})
    ok, shown = {}, []

    def mark(field, good, label=None):
        ok[field] = bool(good)
        shown.append(f"{label or field} {'✓' if good else '✗'}")

    mark('title', squeeze(meta.get('title')) == squeeze(want['title']))
    names = [squeeze(a.get('name')) for a in meta.get('authors', [])]
    wanted = [squeeze(n) for n in want['authors']]
    found = sum(1 for n in wanted if n in names)
    ok['authors'] = sorted(names) == sorted(wanted)
    shown.append(f'authors {found}/{len(wanted)}' + ('' if len(names) <= found else f' (+{len(names) - found})'))
    mark('org', squeeze(meta.get('organization')) == squeeze(want['organisation']))
    mark('issue', squeeze(meta.get('issue')) == squeeze(want['issue']))
    mark('date', meta.get('publication_date') == want['publication_date'])
    mark('pages', doc.get('source', {}).get('pages') == want['pages'])

    got_headings = [b for b in doc.get('blocks', []) if b.get('type') == 'heading']
    pairs = lcs_pairs(want['headings'], got_headings, same_heading)
    levels = sum(1 for i, j in pairs if want['headings'][i]['level'] == got_headings[j].get('level'))
    ok['headings'] = len(pairs) == len(want['headings']) == len(got_headings) and levels == len(pairs)
    extra = len(got_headings) - len(pairs)
    shown.append(f'headings {len(pairs)}/{len(want["headings"])} (levels {levels}/{len(pairs)})'
                 + (f' +{extra}' if extra else ''))

    for field, block_type in (('paragraphs', 'paragraph'), ('footnotes', None), ('lists', 'list'),
                              ('figures', 'figure'), ('tables', 'table')):
        got = len(doc.get('footnotes', [])) if block_type is None else count(doc, block_type)
        ok[field] = got == want[field]
        shown.append(f'{field} {got}/{want[field]}')

    back_start, back_text = back_matter(doc)
    mark('body_end', letters(body_end(doc, back_start)).endswith(letters(want['body_end'])), 'body-end')
    if want['back_matter'] is None:
        mark('back_matter', back_start is None, 'back-matter')
    else:
        mark('back_matter', letters(want['back_matter']) in letters(back_text), 'back-matter')
    return ok, shown


class PdfUnsupported(Exception):
    """This kbrief was built without PDF support."""


def run_kbrief(kbrief, path):
    # Run beside the file, so that relative names given on the command line still work.
    result = subprocess.run([os.path.abspath(kbrief), 'json', os.path.basename(path)],
                            capture_output=True, text=True, cwd=os.path.dirname(os.path.abspath(path)), env=dict(os.environ, LC_ALL='C.UTF-8'))
    if result.returncode != 0:
        if 'KBRIEF_PDF' in result.stderr:
            raise PdfUnsupported()
        raise RuntimeError(result.stderr.strip().splitlines()[-1] if result.stderr.strip() else
                           f'exit {result.returncode}')
    return json.loads(result.stdout)


def read_floor(path):
    floor = {}
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.split('#', 1)[0].split()
            if len(line) == 2:
                floor[line[0]] = int(line[1])
    return floor


def option(args, name):
    if name not in args:
        return None
    i = args.index(name)
    value = args[i + 1]
    del args[i:i + 2]
    return value


def measure(kbrief, corpus, expectations, shapes):
    """Runs kbrief over every document's shapes, printing a line per file: (right, checked,
    per_document, missing), right[shape][field] a count, per_document[name][shape] the
    {field: bool} of that file."""
    names = sorted(f[:-5] for f in os.listdir(expectations) if f.endswith('.json'))
    right = {shape: {f: 0 for f in FIELDS} for shape, _ in shapes}
    checked = {shape: 0 for shape, _ in shapes}
    per_document, missing = {}, []
    for name in names:
        with open(os.path.join(expectations, name + '.json'), encoding='utf-8') as f:
            want = json.load(f)
        present = [(shape, os.path.join(corpus, name + suffix)) for shape, suffix in shapes
                   if os.path.exists(os.path.join(corpus, name + suffix))]
        if not present:
            missing.append(name)
        for shape, path in present:
            try:
                ok, shown = compare(run_kbrief(kbrief, path), want)
            except PdfUnsupported:
                print(f'{os.path.basename(path)}: this kbrief does not read PDFs: PDFs skipped')
                shapes = [s for s in shapes if s[0] != 'pdf']
                right.pop('pdf', None)
                checked.pop('pdf', None)
                continue
            except (RuntimeError, json.JSONDecodeError) as error:
                ok, shown = {f: False for f in FIELDS}, [f'kbrief failed: {error}']
            checked[shape] += 1
            per_document.setdefault(name, {})[shape] = ok
            for field in FIELDS:
                right[shape][field] += ok[field]
            print(f'{os.path.basename(path):35} ' + ' '.join(shown))
    if missing:
        print(f'not in the corpus, skipped: {" ".join(missing)}')
    return right, checked, per_document


def print_side_by_side(per_document, shapes):
    """Each document's correct checks per shape, and the fields where the PDF and the plain
    text disagree (+: right on the PDF only, -: right on the text only)."""
    print()
    print(f'{"document":28} ' + ' '.join(f'{s:>6}' for s in shapes) + '  pdf against txt')
    for name, by_shape in per_document.items():
        cells = [f'{sum(by_shape[s].values()):>3}/{len(FIELDS)}' if s in by_shape else '     -'
                 for s in shapes]
        differ = ''
        if 'pdf' in by_shape and 'txt' in by_shape:
            differ = ' '.join(('+' if by_shape['pdf'][f] else '-') + f for f in FIELDS
                              if by_shape['pdf'][f] != by_shape['txt'][f])
        print(f'{name:28} ' + ' '.join(f'{c:>6}' for c in cells) + f'  {differ}')


def print_totals(right, checked):
    """Each field's total per shape, each shape's total, and the text shapes' together."""
    shapes = [s for s in right if checked[s]]
    print()
    print(f'{"field":12} ' + ' '.join(f'{s:>9}' for s in shapes))
    for field in FIELDS:
        print(f'{field:12} ' + ' '.join(f'{right[s][field]:>4}/{checked[s]:<4}' for s in shapes))
    totals = {s: sum(right[s].values()) for s in shapes}
    print(f'{"total":12} ' + ' '.join(f'{totals[s]:>4}/{checked[s] * len(FIELDS):<4}' for s in shapes))
    print()
    for s in shapes:
        possible = checked[s] * len(FIELDS)
        print(f'{s:7} {totals[s]}/{possible} field checks ({100 * totals[s] / possible:.1f}%)')
    text = [s for s in shapes if s in TEXT_SHAPES]
    text_right = sum(totals[s] for s in text)
    text_possible = sum(checked[s] for s in text) * len(FIELDS)
    if text_possible:
        print(f'text (txt and layout) {text_right}/{text_possible} ({100 * text_right / text_possible:.1f}%)')
    return totals


def main(args):
    floor_path, write_path = option(args, '--floor'), option(args, '--write-floor')
    shapes = list(SHAPES)
    if '--no-pdf' in args:
        args.remove('--no-pdf')
        shapes = [s for s in shapes if s[0] != 'pdf']
    if len(args) != 3:
        print(__doc__.split('\n\n')[1], file=sys.stderr)
        return 2
    kbrief, corpus, expectations = args
    if not os.path.isdir(corpus):
        print(f'corpus directory {corpus} is absent: nothing to measure, skipped')
        return 77
    right, checked, per_document = measure(kbrief, corpus, expectations, shapes)
    print_side_by_side(per_document, [s for s, _ in shapes if s in checked])
    totals = print_totals(right, checked)

    if write_path:
        with open(write_path, 'w', encoding='utf-8') as f:
            f.write('# corpus.expectations: correct field checks per shape that must not be lost\n'
                    '# (tests/corpus_expectations.py --write-floor rewrites this file)\n')
            for shape in totals:
                f.write(f'{shape} {totals[shape]}\n')
        print(f'floor written to {write_path}')
    status = 0
    if floor_path:
        floor = read_floor(floor_path)
        for shape, total in totals.items():
            if total < floor.get(shape, 0):
                print(f'FAIL: {shape}: {total} correct field checks, below the floor of {floor[shape]}')
                status = 1
            elif total > floor.get(shape, 0):
                print(f'{shape}: {total} correct field checks, above the floor of {floor.get(shape, 0)}: '
                      f'raise the floor ({floor_path})')
    return status


if __name__ == '__main__':
    sys.exit(main(sys.argv[1:]))
