#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# bash_completion_test.sh KBRIEF SOURCE_DIR: source completions/kbrief.bash as bash would
# load it, check `complete -p kbrief`, then ask for completions as <TAB> does: commands,
# options, option values (also after --option=), rule names (from kbrief itself) and files.
set -uo pipefail
kbrief=$1 src=$2
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
ln -s "$kbrief" "$bin/kbrief"
PATH=$bin:$PATH
cd "$src" || exit 1

# shellcheck source=../completions/kbrief.bash
source completions/kbrief.bash
failures=0
spec=$(complete -p kbrief 2>&1)
if [[ $spec != "complete -F _kbrief kbrief" ]]; then
  echo "FAIL: complete -p kbrief says: $spec"
  failures=$((failures + 1))
fi

# expect "WORDS ON THE LINE" "EXPECTED COMPLETIONS": the last word is the one being completed
# (an empty last word completes after a space).
expect() {
  local line=$1 want=$2 got
  read -r -a COMP_WORDS <<< "$line"
  [[ $line == *" " ]] && COMP_WORDS+=("")
  COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
  COMP_LINE=$line COMP_POINT=${#line}
  COMPREPLY=()
  _kbrief kbrief "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD - 1]}"
  got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | tr '\n' ' ' | sed 's/ $//')
  if [[ $got != "$want" ]]; then
    echo "FAIL: '$line<TAB>' gave '$got', expected '$want'"
    failures=$((failures + 1))
  fi
}

expect "kbrief ch" "check"
expect "kbrief " "check dates json markdown text timeline"
expect "kbrief --config x.toml m" "markdown"
expect "kbrief --v" "--version"
expect "kbrief json --pr" "--pretty"
expect "kbrief markdown --ex" "--expand-lists"
expect "kbrief check --fail" "--fail-on"
expect "kbrief check --format " "github json sarif text"
expect "kbrief timeline --format " "csv jsonl"
expect "kbrief dates --format j" "jsonl"
expect "kbrief check --fail-on w" "warning"
expect "kbrief check --color " "always auto never"
expect "kbrief timeline --origin f" "footnote"
expect "kbrief json --input-format " "jsonl text"
expect "kbrief check --format = s" "sarif"
expect "kbrief check --disable spa" "spacing"
expect "kbrief check --severity date-f" "date-format date-future"
expect "kbrief json samples/pdftotext-crlf.t" "samples/pdftotext-crlf.txt"
expect "kbrief json -o samples/numbered-lists.j" "samples/numbered-lists.json"
expect "kbrief json --ref-date " ""

if ((failures)); then exit 1; fi
echo "bash completion: complete -p and every case as expected"
