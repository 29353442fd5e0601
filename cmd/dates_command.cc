// SPDX-License-Identifier: MIT
// kbrief dates: the date engine on its own, without the brief model. Reads plain text line
// by line and writes each date expression it finds, resolved against --ref-date (default:
// today), as JSON Lines or CSV.
#include <kbrief/decode.h>
#include <kbrief/timeline.h>

#include <ctime>
#include <memory>

#include "commands.h"
#include "help_text.h"
#include "options.h"
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
  add_choice(sub, "--format", cmd->format, "Output format: jsonl (default) or csv",
             {{"jsonl", Format::jsonl}, {"csv", Format::csv}});
  add_ref_date_option(sub, cmd->ref_date)
      ->description(
          "Resolve relative dates (\"올해\", \"지난주\", \"3월 8일\") from this day, YYYY-MM-DD "
          "(default: today); every record states it as ref_date");
  add_decode_options(sub, cmd->io.decoding);
  sub.footer(kDatesHelp);
  return [cmd] { return run_dates(*cmd); };
}

}  // namespace kbrief::cli
