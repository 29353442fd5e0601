// SPDX-License-Identifier: MIT
// kbrief timeline: the dated statements of briefs as one event timeline (CSV or JSON Lines).
#include <kbrief/document.h>
#include <kbrief/timeline.h>

#include <algorithm>
#include <map>
#include <memory>

#include "batch.h"
#include "cli_io.h"
#include "commands.h"

namespace kbrief::cli {
namespace {

enum class Format { csv, jsonl };

struct TimelineCommand {
  InputOptions inputs;
  std::optional<std::string> output;
  Format format = Format::csv;
  OriginFilter origin = OriginFilter::all;
  bool sort = false;
  DocumentOptions options;
  DecodeOptions decoding;
};

void write_row(const TimelineCommand& cmd, const TimelineRow& row, std::string& out) {
  if (cmd.format == Format::csv)
    write_timeline_csv(row, out);
  else
    write_timeline_jsonl(row, out);
}

void write_rows(const TimelineCommand& cmd, const std::vector<TimelineRow>& rows,
                std::string& out) {
  for (const TimelineRow& row : rows) write_row(cmd, row, out);
}

// A document's rows, written out while the document is there (rows point into it).
std::string rows_of(const TimelineCommand& cmd, Input& in, Report& report) {
  std::string out;
  std::optional<Document> doc = load(in, report, cmd.options, cmd.decoding);
  if (doc) write_rows(cmd, timeline_rows(*doc, doc->source.path, cmd.origin), out);
  return out;
}

// Each document's rows as soon as it is read: the output streams, in input order, under
// one CSV header (one per file with -o DIR).
void run_streaming(const TimelineCommand& cmd, Batch& batch, ExitStatus& status) {
  bool header_written = false;
  // One header per output file: each file of -o DIR has its own; standard output and
  // -o FILE get one, before the first document's rows.
  auto header_due = [&] {
    return cmd.format == Format::csv && (!batch.plan.one_stream() || !header_written);
  };
  // One job, one stream: each document's turn comes as soon as it is read, so its rows (most
  // of the input's size for a large brief) go out a megabyte at a time, not held whole.
  unsigned jobs = job_count(cmd.inputs, batch.queue->total());
  bool in_pieces = jobs == 1 && batch.plan.one_stream();
  constexpr std::size_t kPiece = std::size_t{1} << 20;
  run_batch<std::string>(
      *batch.queue, jobs, cmd.inputs, status,
      [&](Input& in, Report& report) {
        if (!in_pieces) return rows_of(cmd, in, report);
        std::string out;
        std::optional<Document> doc = load(in, report, cmd.options, cmd.decoding);
        if (!doc) return out;
        if (header_due()) write_timeline_csv_header(out);
        header_written = true;
        bool open = true;
        for (const TimelineRow& row : timeline_rows(*doc, doc->source.path, cmd.origin)) {
          write_row(cmd, row, out);
          if (out.size() < kPiece) continue;
          if (open) open = batch.plan.deliver(in.index, out, status);
          out.clear();
        }
        return out;  // the last piece, delivered in the document's turn
      },
      [&](const Input& in, std::string& rows) {
        if (!in_pieces && header_due()) {
          std::string header;
          write_timeline_csv_header(header);
          rows.insert(0, header);
        }
        header_written = true;
        return batch.plan.deliver(in.index, rows, status);
      });
}

// A row written out, with what sort_timeline orders it by: the documents are not kept.
struct WrittenRow {
  std::optional<CivilDate> start;  // the first day covered; unresolved rows have none
  std::string text;
};

// --sort: the rows of every document first, then one timeline sorted across them.
void run_sorted(const TimelineCommand& cmd, Batch& batch, ExitStatus& status) {
  std::vector<WrittenRow> rows;
  bool any = false;
  run_batch<std::vector<WrittenRow>>(
      *batch.queue, job_count(cmd.inputs, batch.queue->total()), cmd.inputs, status,
      [&](Input& in, Report& report) {
        std::vector<WrittenRow> written;
        std::optional<Document> doc = load(in, report, cmd.options, cmd.decoding);
        if (!doc) return written;
        for (const TimelineRow& row : timeline_rows(*doc, doc->source.path, cmd.origin)) {
          WrittenRow w;
          if (row.date->date.span) w.start = row.date->date.span->start;
          write_row(cmd, row, w.text);
          written.push_back(std::move(w));
        }
        return written;
      },
      [&](const Input&, std::vector<WrittenRow>& r) {
        any = true;
        rows.insert(rows.end(), std::make_move_iterator(r.begin()),
                    std::make_move_iterator(r.end()));
        return true;
      });
  if (!any) return;
  std::stable_sort(rows.begin(), rows.end(), [](const WrittenRow& a, const WrittenRow& b) {
    return starts_earlier(a.start, b.start);
  });
  std::string out;
  if (cmd.format == Format::csv) write_timeline_csv_header(out);
  for (const WrittenRow& r : rows) out += r.text;
  batch.plan.deliver(0, out, status);
}

int run_timeline(const TimelineCommand& cmd) {
  ExitStatus status;
  Batch batch;
  std::string_view extension = cmd.format == Format::csv ? ".csv" : ".jsonl";
  // One sorted timeline goes to one place: -o names a file here, not a directory.
  if (auto code =
          prepare_batch(cmd.inputs, cmd.output, extension, batch, status, cmd.sort && cmd.output))
    return *code;
  if (cmd.sort)
    run_sorted(cmd, batch, status);
  else
    run_streaming(cmd, batch, status);
  batch.plan.finish(status);
  return status.value();
}

}  // namespace

Runner register_timeline(CLI::App& app) {
  auto cmd = std::make_shared<TimelineCommand>();
  CLI::App* sub = app.add_subcommand(
      "timeline", "List every dated statement of briefs as an event timeline (CSV or JSON Lines)");
  add_input_options(*sub, cmd->inputs);
  sub->add_option("-o,--output", cmd->output,
                  "Write to FILE (one input, or --sort) or into DIR, one NAME.csv per input")
      ->type_name("PATH");
  sub->add_option("--format", cmd->format, "Output format: csv (default) or jsonl")
      ->transform(CLI::CheckedTransformer(
                      std::map<std::string, Format>{{"csv", Format::csv}, {"jsonl", Format::jsonl}})
                      .description(""))
      ->type_name("csv|jsonl");
  sub->add_option("--origin", cmd->origin,
                  "Which dates: all (default), body (paragraphs, headings, lists, tables) or "
                  "footnote")
      ->transform(CLI::CheckedTransformer(
                      std::map<std::string, OriginFilter>{{"all", OriginFilter::all},
                                                          {"body", OriginFilter::body},
                                                          {"footnote", OriginFilter::footnote}})
                      .description(""))
      ->type_name("all|body|footnote");
  add_ref_date_option(*sub, cmd->options.reference_date);
  add_decode_options(*sub, cmd->decoding);
  sub->add_flag("--sort", cmd->sort,
                "Sort the rows of all inputs together by date (reads every input first)");
  sub->footer(R"(Columns:
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
  return [cmd, sub]() -> int { return sub->parsed() ? run_timeline(*cmd) : -1; };
}

}  // namespace kbrief::cli
