// SPDX-License-Identifier: MIT
// The closing part of each subcommand's --help: what its output looks like, examples and exit
// codes. Kept apart so that a command's file reads as its options and its run; the man page
// (docs/kbrief.1.md) says the same at more length.
#pragma once

namespace kbrief::cli {

inline constexpr char kJsonHelp[] = R"(Examples:
  kbrief json brief.txt                       one JSON object on one line
  kbrief json brief.pdf                       a PDF, read with poppler (source.format "pdf")
  kbrief json --pretty brief.txt              the same, indented
  kbrief json a.txt b.txt | jq -r .metadata.title
  pdftotext brief.pdf - | kbrief json -       read standard input
  kbrief json briefs/*.txt -o out/            out/<name>.jsonl for each input
  kbrief json -r archive/ -j 8 > all.jsonl    every *.txt and *.pdf under archive/, 8 at a time
  find . -name '*.txt' -print0 | kbrief json --files-from - -0 > all.jsonl
  kbrief json --input-format jsonl < records.jsonl     {"id", "text"} in, source.id out
  kbrief json --ref-date 2024-03-01 brief.txt resolve "올해", "지난달" from that day

Exit codes: 0 success; 2 usage error or an input that cannot be read; 3 an input that
is not usable text (invalid bytes without --lossy, a binary file, an encoding not detected
with confidence; a PDF that is encrypted, has no (readable) text layer or is damaged) or a
malformed JSON Lines record. In a batch, bad files are reported and
skipped, and the exit code is the highest any file earned.)";

inline constexpr char kMarkdownHelp[] = R"(Examples:
  kbrief markdown brief.txt                     Markdown on standard output
  kbrief markdown brief.txt -o brief.md         written whole, or not at all
  kbrief markdown briefs/*.txt -o out/          out/<name>.md for each input
  kbrief markdown --wrap 80 brief.txt | pandoc -f markdown -o brief.docx
  kbrief markdown -r archive/ -o out/           out/<name>.md for every *.txt, *.pdf under archive/
  kbrief markdown --input-format jsonl < records.jsonl
                                                one {"id", "markdown"} object per record

Exit codes: 0 success; 2 usage error or an input that cannot be read; 3 an input that
is not usable text (invalid bytes without --lossy, a binary file, an encoding not detected
with confidence; a PDF that is encrypted, has no (readable) text layer or is damaged) or a
malformed JSON Lines record. In a batch, bad files are reported and skipped, and the exit code is
the highest any file earned.)";

inline constexpr char kTimelineHelp[] = R"(Columns:
  file,start,end,value,granularity,mod,expression,resolution,origin,block,line,event
  value is TIMEX3-style (2024-02-14, 2024-02, 2024, 2024-H2, 2024-Q1, start/end for ranges);
  start and end are the first and last day covered, empty when unresolved (XXXX-07).
  Each document's rows are sorted by start, then document order; unresolved rows follow.

Examples:
  kbrief timeline brief.txt                         CSV on standard output
  kbrief timeline briefs/*.txt > events.csv         one header, documents in input order
  kbrief timeline --sort briefs/*.txt -o all.csv    one timeline across the batch
  kbrief timeline -r archive/ > events.csv          every *.txt and *.pdf under archive/, by name
  find . -name '*.txt' -print0 | kbrief timeline --files-from - -0
  kbrief timeline --input-format jsonl < records.jsonl   the file column is each record's id
  kbrief timeline --origin body --format jsonl brief.txt | jq -r .value
  kbrief timeline --ref-date 2024-03-01 brief.txt   count "올해", "지난달" from that day

Exit codes: 0 success; 2 usage error (a bad --ref-date) or an input that cannot be read;
3 an input that
is not usable text (invalid bytes without --lossy, a binary file, an encoding not detected
with confidence; a PDF that is encrypted, has no (readable) text layer or is damaged) or a
malformed JSON Lines record. In a batch, bad files are reported and skipped,
and the exit code is the highest any file earned.)";

inline constexpr char kCheckHelp[] = R"(Findings:
  text    brief.txt:12:5: error: message [rule]     (line and column count code points),
          then the line, and carets under the stretch the finding covers
  json    [{"file", "line", "column", "severity", "rule", "message"}, ...]
  github  ::error file=brief.txt,line=12,col=5,title=rule::message
  sarif   SARIF 2.1.0, for code-scanning upload
  A summary line goes to standard error: files checked, findings by severity.

Configuration:
  Options may also come from .kbrief.toml, found in the working directory or the nearest
  parent that has one (or --config FILE). Its [check] table takes the long option names:
    [check]
    fail-on = "warning"
    disable = ["heading-period"]
    severity = ["mixed-quotes=error", "spacing=info"]
  An option given on the command line replaces the file's value for that option.

Examples:
  kbrief check brief.txt
  kbrief check --fail-on warning briefs/*.txt
  kbrief check --format github briefs/*.txt          annotations in a GitHub Actions job
  kbrief check --format sarif -o kbrief.sarif briefs/*.txt
  kbrief check --format json brief.txt | jq 'group_by(.rule) | map({(.[0].rule): length}) | add'
  kbrief check --disable spacing,paragraph-end --severity date-future=error brief.txt
  kbrief check --list-rules

Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 usage error
(an unknown rule, a bad option) or an input that cannot be read; 3 an input that
is not usable text (invalid bytes without --lossy, a binary file, an encoding not detected
with confidence; a PDF that is encrypted, has no (readable) text layer or is damaged). In a batch, bad
files are reported and skipped, and the exit code is the highest any file earned.)";

inline constexpr char kDatesHelp[] = R"(Fields, one record per expression:
  file,line,column,length,expression,value,start,end,granularity,mod,calendar,resolution,ref_date
  line and column (code points) are where the expression starts, length is in code points;
  value is TIMEX3-style (2024-02-14, 2024-W07, 2024-02, 2024-Q1, 2024-H2, 2024, start/end);
  start and end are the first and last day covered, empty (null) when unresolved (XXXX-07).
  Each line is resolved on its own: a partial date ("17일") follows the last date before it
  on its line, else the reference date; the line's tense chooses past or coming instances.

Examples:
  echo '북한은 지난주 미사일을 발사했다' | kbrief dates --ref-date 2024-02-14 -
  kbrief dates --ref-date 2024-05-01 notes.txt      JSON Lines on standard output
  kbrief dates --format csv minutes/*.txt > dates.csv
  kbrief dates --input-format jsonl < records.jsonl  {"id", "text"} in, file is the id
  kbrief dates -r archive/ -o out/                  out/<name>.jsonl for each input

Exit codes: 0 success; 2 usage error (a bad --ref-date) or an input that cannot be read;
3 an input that is not usable text (invalid bytes without --lossy, a binary file, an
encoding not detected with confidence; a PDF that is encrypted, has no (readable) text layer or is damaged) or a
malformed JSON Lines record. In a batch, bad
files are reported and skipped, and the exit code is the highest any file earned.)";

inline constexpr char kTextHelp[] = R"(What is printed: the text every other command reads, one line per line and a form
feed after each page, as pdftotext writes it. For a PDF (recognised by %PDF-, whatever its
name): its words in reading order, columns found from the page's own gaps, a space between
two words where the PDF has one or the gap shows one, and a blank line where the space above
a line or a change of column ends a block. For a text file: the text decoded to UTF-8 and
normalised to NFC. Line numbers in json, check and timeline output count these lines.

Examples:
  kbrief text brief.pdf                      the text kbrief reads from the PDF
  kbrief text brief.pdf | diff - <(pdftotext brief.pdf -)
  kbrief text --password secret locked.pdf   an encrypted PDF
  kbrief text -r briefs/ -o text/            text/<name>.txt for each *.txt and *.pdf

Exit codes: 0 success; 2 usage error or an input that cannot be read; 3 an input that is
not usable: a PDF that is encrypted (without the right --password), has no (readable) text layer
(scanned: run OCR such as ocrmypdf first) or is damaged or cut short; text with invalid
bytes (without --lossy), a binary file, an encoding not detected with confidence. In a
batch, bad files are reported and skipped, and the exit code is the highest any file
earned.)";

}  // namespace kbrief::cli
