#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Real readers of `kbrief markdown`: Pandoc and cmark-gfm must read back the document model.

For every brief given (files, or the .txt files of directories), unwrapped and with --wrap 60,
Pandoc parses the Markdown
(`-f markdown -t json`) and its tree is compared with `kbrief json`: the title, as many
headers, paragraphs, list items and notes, the same plain text per block, and each note
attached exactly where its reference stood with the definition's text. cmark-gfm with the
footnotes extension must render every note. Exit status 0 when all agree.
"""
import json, os, re, subprocess, sys

def run(cmd, data=None):
    return subprocess.run(cmd, input=data, capture_output=True, check=True).stdout

def unlink(text):
    """An autolink renders as its address, without the angle brackets."""
    return re.sub(r'<(https?://[^ <>]+)>', r'\1', text)

class Flattener:
    """Plain text of Pandoc inlines; notes are recorded with the text offset where they stand."""
    def __init__(self):
        self.text, self.notes, self.problems = '', [], []
    def inlines(self, xs):
        for x in xs:
            t, c = x['t'], x.get('c')
            if t == 'Str': self.text += c
            elif t in ('Space', 'SoftBreak'): self.text += ' '
            elif t == 'LineBreak': self.text += '\n'
            elif t == 'Link': self.inlines(c[1])
            elif t == 'Strong': self.inlines(c)  # a summary's title
            elif t == 'Quoted':  # `smart` reads curly quotes as quotes; they render as themselves
                double = c[0]['t'] == 'DoubleQuote'
                self.text += '“' if double else '‘'
                self.inlines(c[1])
                self.text += '”' if double else '’'
            elif t == 'Note':
                inner = Flattener()
                inner.blocks(c)
                self.notes.append((len(self.text), inner.text))
                self.problems += inner.problems
            else:
                self.problems.append(f'unexpected {t} in {self.text[-30:]!r}')
                if isinstance(c, list) and c and isinstance(c[-1], list): self.inlines(c[-1])
    def blocks(self, bs):
        for b in bs:
            if b['t'] in ('Para', 'Plain'): self.inlines(b['c'])
            else: self.problems.append(f'unexpected block {b["t"]} in a note')

def items_of(block, out):
    """Top-level and nested list items, in order: (level, inlines)."""
    def walk(lst, level):
        items = lst['c'][1] if lst['t'] == 'OrderedList' else lst['c']
        for item in items:
            for b in item:
                if b['t'] in ('Plain', 'Para'): out.append((level, b['c']))
                elif b['t'] in ('BulletList', 'OrderedList'): walk(b, level + 1)
    walk(block, 1)

def flat_items(items):
    """kbrief's nested items (each with its sub-items in "items") in document order."""
    out = []
    for item in items:
        out.append(item)
        out += flat_items(item.get('items', []))
    return out

def check_items(b, model_items, blocks, k, problems):
    """The model's items against the Markdown lists from blocks[k]; returns the next k."""
    # consecutive Markdown lists (ordered and bullet runs) make up one model list
    want_items = flat_items(model_items)
    items = []
    while k < len(blocks) and blocks[k]['t'] in ('BulletList', 'OrderedList') and len(items) < len(want_items):
        items_of(blocks[k], items); k += 1
    if len(items) != len(want_items):
        problems.append(f'{b["id"]}: {len(items)} items != {len(want_items)}')
        return k
    for (level, inl), item in zip(items, want_items):
        f = Flattener(); f.inlines(inl)
        text = f.text
        label = item['label']
        if not re.fullmatch(r'\d+[.)]|-|•|·|\*|‐|–', label):
            text = text[len(label) + 1:] if text.startswith(label + ' ') else '<label lost>' + text
        if text != unlink(item['text']) or level != item['level']:
            problems.append(f'{b["id"]} item {label}: {text!r} (level {level}) != {item["text"]!r} (level {item["level"]})')
        problems += f.problems
    return k

def check(kbrief, path, options=()):
    doc = json.loads(run([kbrief, 'json', path]))
    md = run([kbrief, 'markdown', *options, path])
    tree = json.loads(run(['pandoc', '-f', 'markdown', '-t', 'json'], md))
    problems = []
    meta_title = tree['meta'].get('title')
    if doc['metadata']['title'] is not None:
        f = Flattener()
        f.inlines(meta_title['c'] if meta_title else [])
        if f.text != doc['metadata']['title']: problems.append(f'title {f.text!r} != {doc["metadata"]["title"]!r}')
    notes = {n['id']: unlink(n['text']) for n in doc['footnotes']}
    blocks = [b for b in tree['blocks']]
    k = 0
    # Back matter follows the body, after a thematic break.
    body = [b for b in doc['blocks'] if b['type'] != 'back_matter']
    back = [b for b in doc['blocks'] if b['type'] == 'back_matter']
    for b in body + back:
        if b is (back[0] if back else None):
            if k < len(blocks) and blocks[k]['t'] == 'HorizontalRule':
                k += 1
            else:
                problems.append(f'{b["id"]}: no thematic break before the back matter')
        if k >= len(blocks):
            problems.append(f'{b["id"]}: missing from Pandoc\'s tree'); break
        got = blocks[k]
        if b['type'] == 'heading':
            k += 1
            f = Flattener(); f.inlines(got['c'][2] if got['t'] == 'Header' else [])
            want = (b['label'] + ' ' if b['label'] else '') + b['text']
            if got['t'] != 'Header' or f.text != want: problems.append(f'{b["id"]}: {got["t"]} {f.text!r} != {want!r}')
            problems += f.problems
        elif b['type'] == 'list':
            k = check_items(b, b['items'], blocks, k, problems)
        elif b['type'] == 'summary' and (b['title'] or b['items']):
            # the title in bold before the lead, then the items as a list
            lead = unlink(b['text'][:b['items'][0]['start']] if b['items'] else b['text']).rstrip()
            want = ' '.join(t for t in (b['title'], lead) if t)
            if want:
                f = Flattener(); f.inlines(got['c'] if got['t'] == 'Para' else [])
                if got['t'] != 'Para' or f.text != want:
                    problems.append(f'{b["id"]}: {got["t"]} {f.text[:60]!r}… != {want[:60]!r}…')
                problems += f.problems
                k += 1
            if b['items']:
                k = check_items(b, b['items'], blocks, k, problems)
        else:
            k += 1
            f = Flattener(); f.inlines(got['c'] if got['t'] == 'Para' else [])
            want = unlink(b['text'])
            if b['type'] in ('table', 'figure', 'back_matter'):  # kept as lines: one hard line break between non-empty lines
                want = '\n'.join(l for l in [b.get('caption') or ''] + want.split('\n') if l)
            if got['t'] != 'Para' or f.text != want:
                problems.append(f'{b["id"]}: {got["t"]} {f.text[:60]!r}… != {want[:60]!r}…')
                continue
            problems += f.problems
            # A table's or figure's caption is written before its text, to which offsets point.
            shift = len(b['caption']) + 1 if b['type'] in ('table', 'figure') and b.get('caption') else 0
            refs = [(shift + len(unlink(b['text'][:r['offset']])), r['id']) for r in b.get('footnote_refs', [])]
            if len(refs) != len(f.notes):
                problems.append(f'{b["id"]}: {len(f.notes)} notes != {len(refs)} references')
            for (at, nid), (got_at, got_text) in zip(refs, f.notes):
                if at != got_at: problems.append(f'{b["id"]}: note {nid} at {got_at}, reference at {at}')
                if got_text != notes[nid]: problems.append(f'{b["id"]}: note {nid} text {got_text[:50]!r} != {notes[nid][:50]!r}')
    if k != len(blocks): problems.append(f'{len(blocks) - k} extra blocks in Pandoc\'s tree')
    # cmark-gfm: every referenced note rendered.
    html = run(['cmark-gfm', '-e', 'footnotes', '-t', 'html'], md).decode()
    referenced = sum(1 for n in doc['footnotes'] if n['referenced_by'])
    rendered = len(re.findall(r'<li id="fn-', html))
    if rendered != referenced: problems.append(f'cmark-gfm rendered {rendered} notes, {referenced} referenced')
    return problems

def main():
    kbrief, targets = sys.argv[1], sys.argv[2:]
    files = []
    for t in targets:
        if os.path.isdir(t): files += sorted(os.path.join(t, f) for f in os.listdir(t) if f.endswith('.txt'))
        elif os.path.exists(t): files.append(t)
    if not files:
        print('no briefs to check (is ../shared/corpus present?)'); return 77
    bad = 0
    for path in files:
        # one paragraph per line, and wrapped: the reader must see the same document
        problems = check(kbrief, path) + [f'--wrap 60: {p}' for p in check(kbrief, path, ('--wrap', '60'))]
        print(f'{os.path.basename(path)}: {"ok" if not problems else f"{len(problems)} problems"}')
        for p in problems[:10]: print('   ', p)
        bad += bool(problems)
    print(f'{len(files) - bad}/{len(files)} round-trip through Pandoc and cmark-gfm')
    return 1 if bad else 0

if __name__ == '__main__':
    sys.exit(main())
