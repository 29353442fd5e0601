// kbrief timeline: the dated statements of briefs as one event timeline (CSV or JSON Lines).
#include <kbrief/document.h>
#include <kbrief/timeline.h>

#include <map>
#include <memory>

#include "cli_io.h"
#include "commands.h"

namespace kbrief::cli {
namespace {

enum class Format { csv, jsonl };

struct TimelineCommand {
  std::vector<std::string> inputs;
  std::optional<std::string> output;
  Format format = Format::csv;
  OriginFilter origin = OriginFilter::all;
  bool sort = false;
  DocumentOptions options;
  DecodeOptions decoding;
};

void write_rows(const TimelineCommand& cmd, const std::vector<TimelineRow>& rows,
                std::string& out) {
  for (const TimelineRow& row : rows) {
    if (cmd.format == Format::csv)
      write_timeline_csv(row, out);
    else
      write_timeline_jsonl(row, out);
  }
}

// Each document's rows as soon as it is read: the output streams, in input order, under
// one CSV header (one per file with -o DIR).
int run_streaming(const TimelineCommand& cmd, OutputPlan& plan) {
  ExitStatus status;
  bool header_written = false;
  for (std::size_t k = 0; k < cmd.inputs.size(); ++k) {
    std::optional<Document> doc = load_document(cmd.inputs[k], status, cmd.options, cmd.decoding);
    if (!doc) continue;
    std::string out;
    if (cmd.format == Format::csv && (!plan.to_stdout() || !header_written))
      write_timeline_csv_header(out);
    header_written = true;
    write_rows(cmd, timeline_rows(*doc, cmd.inputs[k], cmd.origin), out);
    if (!plan.deliver(k, out, status)) return status.value();  // standard output closed
  }
  return status.value();
}

// --sort: every document first, then one timeline sorted across them.
int run_sorted(const TimelineCommand& cmd, OutputPlan& plan) {
  ExitStatus status;
  std::vector<Document> docs;
  docs.reserve(cmd.inputs.size());
  std::vector<TimelineRow> rows;
  for (std::size_t k = 0; k < cmd.inputs.size(); ++k) {
    std::optional<Document> doc = load_document(cmd.inputs[k], status, cmd.options, cmd.decoding);
    if (doc) docs.push_back(std::move(*doc));
  }
  for (const Document& doc : docs) {
    std::vector<TimelineRow> r = timeline_rows(doc, doc.source.path, cmd.origin);
    rows.insert(rows.end(), r.begin(), r.end());
  }
  sort_timeline(rows);
  if (docs.empty()) return status.value();
  std::string out;
  if (cmd.format == Format::csv) write_timeline_csv_header(out);
  write_rows(cmd, rows, out);
  plan.deliver(0, out, status);
  return status.value();
}

int run_timeline(const TimelineCommand& cmd) {
  OutputPlan plan;
  std::string_view extension = cmd.format == Format::csv ? ".csv" : ".jsonl";
  if (cmd.sort && cmd.output && cmd.inputs.size() > 1) {
    // One sorted timeline goes to one place: -o names a file here, not a directory.
    if (auto err = OutputPlan::make(cmd.output, {cmd.inputs.front()}, extension, plan)) {
      print_error(*err);
      return kUsage;
    }
  } else if (auto err = OutputPlan::make(cmd.output, cmd.inputs, extension, plan)) {
    print_error(*err);
    return kUsage;
  }
  return cmd.sort ? run_sorted(cmd, plan) : run_streaming(cmd, plan);
}

}  // namespace

Runner register_timeline(CLI::App& app) {
  auto cmd = std::make_shared<TimelineCommand>();
  CLI::App* sub = app.add_subcommand(
      "timeline", "List every dated statement of briefs as an event timeline (CSV or JSON Lines)");
  sub->add_option("files", cmd->inputs, "Brief text files; - reads standard input")->required();
  sub->add_option("-o,--output", cmd->output,
                  "Write to FILE (one input, or --sort) or into DIR, one NAME.csv per input");
  sub->add_option("--format", cmd->format, "Output format: csv (default) or jsonl")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, Format>{{"csv", Format::csv}, {"jsonl", Format::jsonl}}));
  sub->add_option("--origin", cmd->origin,
                  "Which dates: all (default), body (paragraphs, headings, lists, tables) or "
                  "footnote")
      ->transform(CLI::CheckedTransformer(
          std::map<std::string, OriginFilter>{{"all", OriginFilter::all},
                                              {"body", OriginFilter::body},
                                              {"footnote", OriginFilter::footnote}}));
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
  kbrief timeline --origin body --format jsonl brief.txt | jq -r .value
  kbrief timeline --ref-date 2024-03-01 brief.txt   count "올해", "지난달" from that day

Exit codes: 0 success; 2 usage error (a bad --ref-date) or an input that cannot be read;
3 an input that
is not usable text (invalid bytes without --lossy, a binary file, an encoding not detected
with confidence). In a batch, bad files are reported and skipped,
and the exit code is the highest any file earned.)");
  return [cmd, sub]() -> int { return sub->parsed() ? run_timeline(*cmd) : -1; };
}

}  // namespace kbrief::cli
