// SPDX-License-Identifier: MIT
// kbrief timeline: the dated statements of briefs as one event timeline (CSV or JSON Lines).
#include <kbrief/document.h>
#include <kbrief/pipeline.h>
#include <kbrief/timeline.h>

#include <algorithm>
#include <memory>

#include "commands.h"
#include "help_text.h"
#include "options.h"
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
  add_choice(sub, "--format", cmd->format, "Output format: csv (default) or jsonl",
             {{"csv", Format::csv}, {"jsonl", Format::jsonl}});
  add_choice(sub, "--origin", cmd->origin,
             "Which dates: all (default), body (paragraphs, headings, lists, tables) or footnote",
             {{"all", OriginFilter::all},
              {"body", OriginFilter::body},
              {"footnote", OriginFilter::footnote}});
  add_ref_date_option(sub, cmd->options.reference_date);
  add_decode_options(sub, cmd->io.decoding);
  sub.add_flag("--sort", cmd->sort,
               "Sort the rows of all inputs together by date (reads every input first)");
  sub.footer(kTimelineHelp);
  return [cmd] { return run_timeline(*cmd); };
}

}  // namespace kbrief::cli
