// SPDX-License-Identifier: MIT
// kbrief dates: the date engine on its own, without the brief model. Reads plain text line
// by line and writes each date expression it finds, resolved against --ref-date (default:
// today), as JSON Lines or CSV.
#include <kbrief/decode.h>
#include <kbrief/timeline.h>

#include <ctime>
#include <map>
#include <memory>

#include "commands.h"
#include "run.h"

namespace kbrief::cli {
namespace {

enum class Format { jsonl, csv };

struct DatesCommand {
  CommonOptions io;
  Format format = Format::jsonl;
  std::optional<CivilDate> ref_date;  // default: today, in local time
};

CivilDate today() {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  return {local.tm_year + 1900, local.tm_mon + 1, local.tm_mday};
}

int run_dates(const DatesCommand& cmd) {
  bool csv = cmd.format == Format::csv;
  std::string header;
  if (csv) write_line_dates_csv_header(header);
  Run run(cmd.io, {csv ? ".csv" : ".jsonl", false, header});
  if (!run.ready()) return kUsage;
  ReferenceDate ref{cmd.ref_date.value_or(today()), false, cmd.ref_date ? "ref-date" : "today"};
  std::string ref_value = reference_value(ref);
  run.each_text([&](const Input& in, const DecodedText& text, Sink& out) {
    std::string records;
    for (const LineDate& d : line_dates(text, split_lines(text.text), ref)) {
      if (csv)
        write_line_date_csv(in.name, d, ref_value, records);
      else
        write_line_date_jsonl(in.name, d, ref_value, records);
    }
    out.write(std::move(records));
  });
  return run.finish();
}

}  // namespace

Runner dates_command(CLI::App& sub) {
  auto cmd = std::make_shared<DatesCommand>();
  add_io_options(sub, cmd->io,
                 "Write to FILE (one input, or records) or into DIR, one NAME.jsonl (or "
                 "NAME.csv) per input");
  sub.add_option("--format", cmd->format, "Output format: jsonl (default) or csv")
      ->transform(CLI::CheckedTransformer(
                      std::map<std::string, Format>{{"jsonl", Format::jsonl}, {"csv", Format::csv}})
                      .description(""))
      ->type_name("jsonl|csv");
  add_ref_date_option(sub, cmd->ref_date)
      ->description(
          "Resolve relative dates (\"올해\", \"지난주\", \"3월 8일\") from this day, YYYY-MM-DD "
          "(default: today); every record states it as ref_date");
  add_decode_options(sub, cmd->io.decoding);
  sub.footer(R"(Fields, one record per expression:
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
encoding not detected with confidence) or a malformed JSON Lines record. In a batch, bad
files are reported and skipped, and the exit code is the highest any file earned.)");
  return [cmd] { return run_dates(*cmd); };
}

}  // namespace kbrief::cli
