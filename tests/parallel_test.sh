#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# parallel_test.sh KBRIEF SOURCE_DIR: the README's scale-out recipe with GNU parallel (run
# here on this machine's cores rather than -S hosts): JSON Lines records cut into several
# blocks, each through its own kbrief process, give exactly what one process gives.
set -euo pipefail
kbrief=$1 src=$2
command -v parallel > /dev/null || { echo "FAIL: GNU parallel is missing (Debian package parallel)"; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# 200 records: every sample 50 times over, each with its own id.
python3 - "$src/samples" > "$work/records.jsonl" << 'PY'
import json, pathlib, sys
samples = sorted(pathlib.Path(sys.argv[1]).glob("*.txt"))
for i in range(50):
    for s in samples:
        print(json.dumps({"id": f"{s.stem}-{i}", "text": s.read_text(encoding="utf-8")},
                         ensure_ascii=False))
PY

"$kbrief" json --input-format jsonl < "$work/records.jsonl" > "$work/one.jsonl"
# 64 KB blocks: the records make several, so several kbrief processes run at once.
blocks=$(parallel --will-cite --pipe --block 64k wc -l < "$work/records.jsonl" | wc -l)
[ "$blocks" -ge 4 ] || { echo "FAIL: the records made only $blocks blocks"; exit 1; }
parallel --will-cite --pipe --block 64k --keep-order -j 2 "$kbrief" json --input-format jsonl \
  < "$work/records.jsonl" > "$work/many.jsonl"

[ "$(wc -l < "$work/one.jsonl")" -eq 200 ] || { echo "FAIL: one process wrote $(wc -l < "$work/one.jsonl") lines"; exit 1; }
if ! cmp -s "$work/one.jsonl" "$work/many.jsonl"; then
  echo "FAIL: $blocks blocks through GNU parallel differ from one process:"
  diff <(cut -c1-200 "$work/one.jsonl") <(cut -c1-200 "$work/many.jsonl") | head -20
  exit 1
fi
echo "GNU parallel: $blocks blocks of 200 records, byte-identical to one process"
