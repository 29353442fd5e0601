// SPDX-License-Identifier: MIT
// kbrief timeline: the dated statements of briefs as one event timeline (CSV or JSON Lines).
#include <kbrief/document.h>
#include <kbrief/timeline.h>

#include <algorithm>
#include <map>
#include <memory>

#include "commands.h"
#include "run.h"

namespace kbrief::cli {
namespace {

enum class Format { csv, jsonl };

struct TimelineCommand {
  CommonOptions io;
  Format format = Format::csv;
  OriginFilter origin = OriginFilter::all;
  bool sort = false;
  DocumentOptions options;
};

void write_row(const TimelineCommand& cmd, const TimelineRow& row, std::string& out) {
  if (cmd.format == Format::csv)
    write_timeline_csv(row, out);
  else
    write_timeline_jsonl(row, out);
}

// --sort: the rows of every document, written out with the first day they are sorted by
// (the documents are not kept), then one timeline across them.
void run_sorted(const TimelineCommand& cmd, Run& run) {
  std::vector<WrittenRow> rows;
  bool any = false;
  run.gather<std::vector<WrittenRow>>(
      cmd.options,
      [&](const Input&, const Document& doc) {
        std::vector<WrittenRow> written;
        for (const TimelineRow& row : timeline_rows(doc, doc.source.path, cmd.origin))
          write_row(cmd, row, written.emplace_back(row).text);
        return written;
      },
      [&](const Input&, std::vector<WrittenRow>& r) {
        any = true;
        std::move(r.begin(), r.end(), std::back_inserter(rows));
        return true;
      });
  if (!any) return;
  sort_timeline(rows);
  std::string out;
  if (cmd.format == Format::csv) write_timeline_csv_header(out);
  for (const WrittenRow& r : rows) out += r.text;
  run.write(out);
}

int run_timeline(const TimelineCommand& cmd) {
  std::string header;
  if (cmd.format == Format::csv && !cmd.sort) write_timeline_csv_header(header);
  // One sorted timeline goes to one place: -o names a file there, not a directory.
  Run run(cmd.io, {cmd.format == Format::csv ? ".csv" : ".jsonl", cmd.sort, header});
  if (!run.ready()) return kUsage;
  if (cmd.sort) {
    run_sorted(cmd, run);
    return run.finish();
  }
  run.each_document(cmd.options, [&](const Input&, const Document& doc, Sink& out) {
    std::string rows;
    for (const TimelineRow& row : timeline_rows(doc, doc.source.path, cmd.origin)) {
      write_row(cmd, row, rows);
      if (rows.size() < 4096) continue;
      out.write(rows);
      rows.clear();
    }
    out.write(rows);
  });
  return run.finish();
}

}  // namespace

Runner timeline_command(CLI::App& sub) {
  auto cmd = std::make_shared<TimelineCommand>();
  add_io_options(sub, cmd->io,
                 "Write to FILE (one input, or --sort) or into DIR, one NAME.csv per input");
  sub.add_option("--format", cmd->format, "Output format: csv (default) or jsonl")
      ->transform(CLI::CheckedTransformer(
                      std::map<std::string, Format>{{"csv", Format::csv}, {"jsonl", Format::jsonl}})
                      .description(""))
      ->type_name("csv|jsonl");
  sub.add_option("--origin", cmd->origin,
                 "Which dates: all (default), body (paragraphs, headings, lists, tables) or "
                 "footnote")
      ->transform(CLI::CheckedTransformer(
                      std::map<std::string, OriginFilter>{{"all", OriginFilter::all},
                                                          {"body", OriginFilter::body},
                                                          {"footnote", OriginFilter::footnote}})
                      .description(""))
      ->type_name("all|body|footnote");
  add_ref_date_option(sub, cmd->options.reference_date);
  add_decode_options(sub, cmd->io.decoding);
  sub.add_flag("--sort", cmd->sort,
               "Sort the rows of all inputs together by date (reads every input first)");
  sub.footer(R"(Columns:
  file,start,end,value,granularity,mod,expression,resolution,origin,block,line,event
  value is TIMEX3-style (2024-02-14, 2024-02, 2024, 2024-H2, 2024-Q1, start/end for ranges);
  start and end are the first and last day covered, empty when unresolved (XXXX-07).
  Each document's rows are sorted by start, then document order; unresolved rows follow.

Examples:
  kbrief timeline brief.txt                         CSV on standard output
  kbrief timeline briefs/*.txt > events.csv         one header, documents in input order
  kbrief timeline --sort briefs/*.txt -o all.csv    one timeline across the batch
  kbrief timeline -r archive/ > events.csv          every *.txt under archive/, in name order
  find . -name '*.txt' -print0 | kbrief timeline --files-from - -0
  kbrief timeline --input-format jsonl < records.jsonl   the file column is each record's id
  kbrief timeline --origin body --format jsonl brief.txt | jq -r .value
  kbrief timeline --ref-date 2024-03-01 brief.txt   count "올해", "지난달" from that day

Exit codes: 0 success; 2 usage error (a bad --ref-date) or an input that cannot be read;
3 an input that
is not usable text (invalid bytes without --lossy, a binary file, an encoding not detected
with confidence) or a malformed JSON Lines record. In a batch, bad files are reported and skipped,
and the exit code is the highest any file earned.)");
  return [cmd] { return run_timeline(*cmd); };
}

}  // namespace kbrief::cli
