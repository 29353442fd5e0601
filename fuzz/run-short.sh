#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Runs every kbrief fuzz target for a fixed time from a fresh seed corpus. Builds nothing.
#
#   fuzz/run-short.sh BUILD_DIR [SECONDS_PER_TARGET]      (default 60 seconds)
#
# Seeds: samples/*.txt plus small inputs written below, copied into a temporary directory
# (the repository is never written to). Crash reproducers and the crashing run's log go to
# $KBRIEF_FUZZ_ARTIFACTS/<target>/ (default /tmp/fuzz-crashes). Exits 1 when any target
# crashes, fails an invariant, leaks or times out; 2 on a usage error.
#
# KBRIEF_FUZZ_KEEP_GOING=1 runs each target with -fork=1 -ignore_crashes=1: it keeps fuzzing
# past a known crash and saves every crash it meets (exec/s is lower: jobs restart).
set -u -o pipefail

usage() { echo "usage: $0 BUILD_DIR [SECONDS_PER_TARGET]" >&2; exit 2; }
[[ $# -ge 1 && $# -le 2 ]] || usage
build_dir=$1
seconds=${2:-60}
[[ $seconds =~ ^[1-9][0-9]*$ ]] || usage
root=$(cd "$(dirname "$0")/.." && pwd)
fuzz_dir=$build_dir/fuzz
artifacts=${KBRIEF_FUZZ_ARTIFACTS:-/tmp/fuzz-crashes}
targets=(fuzz_decode fuzz_segment fuzz_pipeline_json fuzz_dates fuzz_markdown_escape
         fuzz_records fuzz_config fuzz_options)
# The PDF reader's target exists only in a build with PDF support (KBRIEF_PDF).
[[ -x $fuzz_dir/fuzz_pdf ]] && targets+=(fuzz_pdf)

for t in "${targets[@]}"; do
  [[ -x $fuzz_dir/$t ]] || { echo "$fuzz_dir/$t is missing: build with -DKBRIEF_FUZZ=ON first" >&2; exit 2; }
done
shopt -s nullglob
samples=("$root"/samples/*.txt)
[[ ${#samples[@]} -gt 0 ]] || { echo "no samples/*.txt under $root" >&2; exit 2; }

work=$(mktemp -d "${TMPDIR:-/tmp}/kbrief-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT

# --- Seeds -----------------------------------------------------------------------------

# Writes argument 2 (printf format, so \xNN and \n work) to file argument 1.
seed() { printf -- "$2" > "$1"; }

# Shared by the pipeline targets and fuzz_dates: small briefs and odd shapes.
base=$work/seeds-text
mkdir -p "$base"
cp "${samples[@]}" "$base/"
seed "$base/empty" ''
seed "$base/blank" '   \n\n \t \n'
seed "$base/line-ends" 'a\r\nb\rc\n\fd\n\f'
seed "$base/markers" '1)\n2)\n3) 정의\n'
seed "$base/end-mark" 'ⓒ\n// 끝 //\n'
seed "$base/brackets" '(((((\n)))))\n「「「\n'
seed "$base/table" '<표 1> 캡션\n* 출처: 없음\n'
seed "$base/page-marked" '=== PDF 1쪽 / 2 ===\n제목\n본문이다.1)\n\n1) 주석 2024. 2. 14.\n=== PDF 2쪽 / 2 ===\n- 2 -\n'
# A summary box's item read from a label and a line across a page break (its label is counted).
seed "$base/summary-item" '-\fE\n[\nB'
seed "$base/lists" 'Ⅰ. 서론\n1. 배경\n가. 현황\n◎ 첫째\n - 하위\n① 지침, ② 보안 절차를 포함하여\n'
seed "$base/dates" '지난 12월 15일, 올해 상반기, 2024년 3분기 말, \x2723.12.18., 1970년대, 음력 8월 15일(추석), 동년 7월, 이듬해 초, 사흘 후, 12/15(금), 2023.2.30., 13월, 2024.3.~2025.2.\n'
seed "$base/invalid-utf8" '가나\xff다\xc3\n\xed\xa0\x80라\xf4\x90\x80\x80\n'
seed "$base/utf16le-bom" '\xff\xfe\x00\xac\x98\xb0\n\x00'
seed "$base/utf16be-bom" '\xfe\xff\xac\x00\xb0\x98\x00\n'
seed "$base/nfd" '\xe1\x84\x80\xe1\x85\xa1 e\xcc\x81\n'
printf '연안 재난 대응 체계 개편의 과제와 전망\n발행일 2024년 3월 8일\n지난 7월 발표했다.\n' |
  iconv -f UTF-8 -t EUC-KR > "$base/euc-kr" 2>/dev/null || rm -f "$base/euc-kr"

# fuzz_decode: the first byte picks the encoding (bits 0-2) and lossy (bit 3).
decode_seeds=$work/seeds-decode
mkdir -p "$decode_seeds"
for f in "$base"/*; do
  name=$(basename "$f")
  for sel in 00 01 02 03 04 08 09 0a 0b 0c; do
    { printf "\x$sel"; cat "$f"; } > "$decode_seeds/$sel-$name"
  done
done

# fuzz_markdown_escape: the first byte's bit 0 is line_start.
md_seeds=$work/seeds-markdown
mkdir -p "$md_seeds"
i=0
for s in '1. 항목' '(1) 항목' '#. x' 'iv) 로마' '- 목록' '+ 더하기' '= 밑줄' ': 정의' \
         '<https://example.re.kr/a_b>' '<http://x y>' 'a -- b --- c ... d .. e' \
         'pp. 112 e.g. 그리고 Dr.' '‘작은’ “큰” 따옴표' '*강조* _밑줄_ `코드` [링크](u) \\ & < > # | ~ ^ $ @ { } " '"'" \
         '2024. 2. 14.' '## 제목'; do
  printf '\x01%s' "$s" > "$md_seeds/ls-$i"
  printf '\x00%s' "$s" > "$md_seeds/in-$i"
  i=$((i + 1))
done
cp "${samples[@]}" "$md_seeds/"

# fuzz_records: one JSON Lines line each.
record_seeds=$work/seeds-records
mkdir -p "$record_seeds"
i=0
for s in '{"id":"a","text":"가나다."}' '{"id":7,"text":""}' '{"id":1e400,"text":"x"}' \
         '{"id":18446744073709551616000,"text":"x"}' '{"id":-0.50,"text":"\u0000\ud7a3"}' \
         '{"text":"y","id":"b","id":"c","extra":[1,{"id":2}]}' '{"id":null,"text":"x"}' \
         '{"id":"a","text":["x"]}' '[1,2]' '"id"' '{"id":"\ud800","text":"x"}' '{"id":"a",' \
         '{"id":"a","text":"x"} trailing' $'{"id":"a","text":"x"}\r\n'; do
  printf '%s' "$s" > "$record_seeds/r-$i"
  i=$((i + 1))
done

# fuzz_config: byte 0 picks the subcommand (0 json, 1 markdown, 2 timeline, 3 check, 4 dates).
config_seeds=$work/seeds-config
mkdir -p "$config_seeds"
seed "$config_seeds/check" '\x03[check]\nfail-on = "warning"\ndisable = ["spacing",\n  "date-future", # comment\n]\n'
seed "$config_seeds/json" '\x00[json]\npretty = true\njobs = 2\n[check]\nno-such = 1\n'
seed "$config_seeds/timeline" '\x02[timeline]\nref-date = "2024-02-14"\nsort = true\n'
seed "$config_seeds/dates" '\x04[dates]\nref-date = 2024-02-14\n'
seed "$config_seeds/top-level" '\x01lossy = true\n[markdown]\nencoding = "EUC-KR"\n'
seed "$config_seeds/nested" '\x03[check.rules]\nspacing = "error"\n[[check]]\nx = 1.5e3\n'
seed "$config_seeds/not-toml" '\x00[json\n= = =\n"\xff"\n'
# A float no integer holds, which a converting read turned into undefined behaviour.
seed "$config_seeds/huge-float" '\x00[json]\njobs = 2e24\n'

# fuzz_options: arguments separated by newlines.
option_seeds=$work/seeds-options
mkdir -p "$option_seeds"
seed "$option_seeds/json" 'json\n--pretty\n-j\n2\n-o\nout\n-'
seed "$option_seeds/check" 'check\n--format\nsarif\n--fail-on\nwarning\n--disable\nspacing\n-'
seed "$option_seeds/timeline" 'timeline\n--sort\n--ref-date\n2024-02-14\n-r\n--glob\n*.txt\n.'
seed "$option_seeds/dates" 'dates\n--ref-date=0001-01-01\n-'
seed "$option_seeds/records" 'markdown\n--input-format\njsonl\n--files-from\nlist\n-0'
seed "$option_seeds/help" 'check\n--help'
seed "$option_seeds/version" '--version'
seed "$option_seeds/bad" 'json\n-j\nabc\n--max-size\n99999999999999999999T\n--no-such'

# Dictionaries: libFuzzer wants non-ASCII bytes as \xNN.
dict_entry() { printf '"'; printf '%s' "$1" | od -An -v -tx1 | tr -s ' \n' ' ' | sed 's/^ //; s/ $//; s/ /\\x/g; s/^/\\x/'; printf '"\n'; }
text_dict=$work/text.dict
for w in 년 월 일 지난 오는 올해 작년 내년 지난달 분기 상반기 하반기 초 중순 말 음력 추석 설날 \
         동년 이듬해 전 후 사흘 년대 '~' '.' ' ' 주체 '(금)' '(水)' 했다 예정 '1)' '*' ① ② Ⅰ. \
         가. ◎ □ ○ ※ ⓒ '// 끝 //' '=== PDF ' 쪽 '[왼쪽 단]' '[바닥글]' '- 1 -' '<표 1>' 발행일 \
         '출처:' 연구위원 $'\f' $'\r\n' $'\n'; do
  dict_entry "$w"
done > "$text_dict"
record_dict=$work/records.dict
for w in '{' '}' '[' ']' '"id"' '"text"' ':' ',' '"' '\u' '\ud800' 'null' 'true' '1e400' '-0.0'; do
  dict_entry "$w"
done > "$record_dict"
config_dict=$work/config.dict
for w in '[check]' '[json]' '[markdown]' '[timeline]' '[dates]' '[[' ']]' ' = ' '"' "'''" '"""' \
         '#' ',' '{' '}' 'true' 'false' 'inf' 'nan' '1979-05-27T07:32:00Z' '0x1F' '1_000' \
         fail-on disable enable pretty jobs ref-date sort format lossy encoding max-size quiet $'\n'; do
  dict_entry "$w"
done > "$config_dict"
option_dict=$work/options.dict
for w in json markdown timeline check dates '--help' '--version' '--config' '--pretty' '-o' '-j' \
         '-r' '--glob' '--files-from' '-0' '--input-format' jsonl '--lossy' '--encoding' \
         '--max-size' '--ref-date' '--sort' '--format' sarif github '--fail-on' '--disable' \
         '--enable' '--quiet' '--no-progress' '-' '--' '=' $'\n'; do
  dict_entry "$w"
done > "$option_dict"
md_dict=$work/markdown.dict
for w in '<https://' '<http://' '>' '--' '...' '‘' '’' '“' '”' '1.' '(1)' '#.' '\' '`' '*' '_' \
         '[' ']' '&' '"' "'" ' '; do
  dict_entry "$w"
done > "$md_dict"

# --- Runs --------------------------------------------------------------------------------

export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=0:symbolize=1:detect_leaks=1}
# poppler keeps fontconfig's configuration until exit (fuzz_pdf): suppressed, see the file.
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$root/tests/sanitizer/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

failed=()
summary=()
for t in "${targets[@]}"; do
  case $t in
    fuzz_decode)          seeds=$decode_seeds; max_len=65536; dict=$text_dict ;;
    fuzz_segment|fuzz_pipeline_json) seeds=$base; max_len=65536; dict=$text_dict ;;
    fuzz_dates)           seeds=$base; max_len=4096; dict=$text_dict ;;
    fuzz_markdown_escape) seeds=$md_seeds; max_len=4096; dict=$md_dict ;;
    fuzz_records)         seeds=$record_seeds; max_len=4096; dict=$record_dict ;;
    fuzz_config)          seeds=$config_seeds; max_len=4096; dict=$config_dict ;;
    fuzz_options)         seeds=$option_seeds; max_len=1024; dict=$option_dict ;;
  esac
  corpus=$work/corpus-$t
  mkdir -p "$corpus" "$artifacts/$t"
  cp "$seeds"/* "$corpus/"
  log=$work/$t.log
  echo "== $t: ${seconds}s, -max_len=$max_len, $(ls "$corpus" | wc -l) seeds"
  mode=()
  [[ ${KBRIEF_FUZZ_KEEP_GOING:-0} == 1 ]] && mode=(-fork=1 -ignore_crashes=1)
  "$fuzz_dir/$t" "$corpus" "${mode[@]}" -max_total_time="$seconds" -max_len="$max_len" \
    -timeout=30 -rss_limit_mb=2560 -dict="$dict" -print_final_stats=1 \
    -artifact_prefix="$artifacts/$t/" > "$log" 2>&1
  rc=$?
  cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1)
  if [[ ${#mode[@]} -gt 0 ]]; then
    # Fork mode reports "#N: cov: … exec/s R oom/timeout/crash: a/b/c time: …" per job.
    last=$(grep -E '^#[0-9]+: cov:' "$log" | tail -1)
    execs=$(sed -nE 's/^#([0-9]+):.*/\1/p' <<< "$last")
    rate=$(sed -nE 's/.*exec\/s ([0-9]+).*/\1/p' <<< "$last")
    problems=$(sed -nE 's/.*oom\/timeout\/crash: ([0-9]+\/[0-9]+\/[0-9]+).*/\1/p' <<< "$last")
    [[ -n $problems && $problems != 0/0/0 && $rc -eq 0 ]] && rc=1
    cov="$cov oom/timeout/crash: ${problems:-?}"
  else
    execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
    rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  fi
  if [[ $rc -ne 0 ]]; then
    failed+=("$t")
    cp "$log" "$artifacts/$t/run-$(date +%Y%m%d-%H%M%S).log"
    echo "!! $t exited with $rc; the end of its log:"
    grep -E '^(==[0-9]+==ERROR|==== KBRIEF_FUZZ_ASSERT|SUMMARY|.*runtime error|artifact_prefix|Test unit written)' "$log" | head -20
    tail -n 40 "$log"
    summary+=("$(printf '%-22s CRASHED (exit %s) after %s executions (%s exec/s) %s; reproducers in %s' \
      "$t" "$rc" "${execs:-?}" "${rate:-?}" "$cov" "$artifacts/$t/")")
  else
    summary+=("$(printf '%-22s executions %-10s exec/s %-7s %s' "$t" "${execs:-?}" "${rate:-?}" "$cov")")
    rmdir "$artifacts/$t" 2>/dev/null || true
  fi
done

echo
echo "== Summary (${seconds}s per target)"
printf '%s\n' "${summary[@]}"
if [[ ${#failed[@]} -gt 0 ]]; then
  echo "FAILED: ${failed[*]}"
  exit 1
fi
