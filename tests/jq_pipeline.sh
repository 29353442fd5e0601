#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# A real consumer: the pipelines users write with jq must work on kbrief's output.
set -euo pipefail
kbrief=$1 samples=$2
files=("$samples"/*.txt)
out=$("$kbrief" json "${files[@]}")
# One JSON document per line, one per input.
[ "$(printf '%s\n' "$out" | jq -c . | wc -l)" -eq "${#files[@]}" ]
# Every document has the schema tag and a block list.
printf '%s\n' "$out" | jq -e -s 'all(.[]; .schema == "kbrief/1" and (.blocks | type == "array"))' > /dev/null
# Paragraph sentences' offsets cut their text out of the paragraph (code points).
printf '%s\n' "$out" | jq -e -s '
  [.[].blocks[] | select(.type == "paragraph") | . as $p | .sentences[]
   | . as $s | ($p.text | explode | .[$s.start:$s.end] | implode) == $s.text]
  | length > 0 and all' > /dev/null
# Footnote references point at footnotes that name the block back.
printf '%s\n' "$out" | jq -e -s '
  [.[] | . as $d | .blocks[] | . as $b | .footnote_refs[]?
   | . as $r | any($d.footnotes[]; .id == $r.id and (.referenced_by | index($b.id) != null))]
  | length > 0 and all' > /dev/null
echo "jq pipeline: ${#files[@]} documents checked"
