# SPDX-License-Identifier: MIT
# bash completion for kbrief(1): commands, each command's options, the values of --format,
# --fail-on, --color, --origin, --input-format and --encoding, rule names, and files.
# Installed as share/bash-completion/completions/kbrief, loaded on first use of kbrief.

_kbrief_files() {
  if declare -F _filedir > /dev/null; then
    _filedir
  else
    compopt -o filenames 2> /dev/null
    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
  fi
}

_kbrief_rules() {
  # `kbrief check --list-rules` gives each rule a line: two spaces, name, default severity.
  "${COMP_WORDS[0]}" check --list-rules 2> /dev/null |
    sed -n 's/^  \([a-z][a-z0-9-]*\)  *\(error\|warning\|info\|off\)\b.*/\1/p'
}

_kbrief() {
  local cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD - 1]}
  # --option=value: bash splits at '=', so the option is two words back.
  if [[ $cur == = ]]; then
    prev=${COMP_WORDS[COMP_CWORD - 1]} cur=
  elif [[ $prev == = && $COMP_CWORD -ge 2 ]]; then
    prev=${COMP_WORDS[COMP_CWORD - 2]}
  fi

  local commands="json markdown timeline check dates text"
  local cmd="" i
  for ((i = 1; i < COMP_CWORD; i++)); do
    case ${COMP_WORDS[i]} in
      json | markdown | timeline | check | dates | text)
        cmd=${COMP_WORDS[i]}
        break
        ;;
      --config) ((i++)) ;;
    esac
  done

  local values=""
  case $prev in
    --config | --files-from | -o | --output)
      _kbrief_files
      return
      ;;
    --format)
      case $cmd in
        check) values="text json github sarif" ;;
        timeline) values="csv jsonl" ;;
        dates) values="jsonl csv" ;;
      esac
      ;;
    --fail-on) values="error warning never" ;;
    --color) values="auto always never" ;;
    --origin) values="all body footnote" ;;
    --input-format) values="text jsonl" ;;
    --encoding) values="auto UTF-8 UTF-16LE UTF-16BE UTF-32LE UTF-32BE EUC-KR CP949" ;;
    --disable | --enable | --severity) values=$(_kbrief_rules) ;;
    --glob | -j | --jobs | --max-size | --ref-date | --wrap | --password)
      return # a value of the user's own
      ;;
  esac
  if [[ -n $values ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$values" -- "$cur")
    return
  fi

  local inputs="-r --recursive --glob --files-from -0 --null --input-format -j --jobs
    --no-progress --encoding --max-size --lossy --password -h --help --config"
  local options
  case $cmd in
    "")
      options="-h --help --version --config"
      if [[ $cur != -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
        return
      fi
      ;;
    json) options="$inputs -o --output --pretty --ref-date" ;;
    markdown) options="$inputs -o --output --expand-lists --wrap" ;;
    timeline) options="$inputs -o --output --format --origin --ref-date --sort" ;;
    check)
      options="$inputs --format --fail-on --disable --enable --severity --list-rules
        -o --output --color -q --quiet --ref-date"
      ;;
    dates) options="$inputs -o --output --format --ref-date" ;;
    text) options="$inputs -o --output" ;;
  esac
  if [[ $cur == -* ]]; then
    mapfile -t COMPREPLY < <(compgen -W "$options" -- "$cur")
  else
    _kbrief_files
  fi
}

complete -F _kbrief kbrief
