// SPDX-License-Identifier: MIT
// kbrief json: each input as one JSON document (JSON Lines on standard output).
#include <kbrief/document.h>
#include <kbrief/json.h>

#include <memory>

#include "batch.h"
#include "cli_io.h"
#include "commands.h"

namespace kbrief::cli {
namespace {

struct JsonCommand {
  InputOptions inputs;
  std::optional<std::string> output;
  bool pretty = false;
  DocumentOptions options;
  DecodeOptions decoding;
};

int run_json(const JsonCommand& cmd) {
  if (cmd.pretty && cmd.inputs.format == InputFormat::jsonl) {
    print_error("--pretty would break the JSON Lines that --input-format jsonl writes");
    return kUsage;
  }
  ExitStatus status;
  Batch batch;
  if (auto code = prepare_batch(cmd.inputs, cmd.output, ".jsonl", batch, status)) return *code;
  unsigned jobs = job_count(cmd.inputs, batch.queue->total());
  // One job, one stream: each document's turn comes as soon as it is read, so its JSON (a
  // few times the input's size) goes out in pieces instead of being held whole.
  bool in_pieces = jobs == 1 && batch.plan.one_stream();
  run_batch<std::string>(
      *batch.queue, jobs, cmd.inputs, status,
      [&](Input& in, Report& report) {
        std::string out;
        std::optional<Document> doc = load(in, report, cmd.options, cmd.decoding);
        if (!doc) return out;
        if (in_pieces) {
          bool open = true;
          write_json(
              *doc,
              [&](std::string_view piece) {
                if (open) open = batch.plan.deliver(in.index, piece, status);
              },
              JsonOptions{cmd.pretty});
        } else {
          write_json(*doc, out, JsonOptions{cmd.pretty});
        }
        out += '\n';
        return out;
      },
      [&](const Input& in, std::string& out) { return batch.plan.deliver(in.index, out, status); });
  batch.plan.finish(status);
  return status.value();
}

}  // namespace

Runner register_json(CLI::App& app) {
  auto cmd = std::make_shared<JsonCommand>();
  CLI::App* sub = app.add_subcommand(
      "json", "Segment briefs and print their structure as JSON (one object per line)");
  add_input_options(*sub, cmd->inputs);
  sub->add_option(
         "-o,--output", cmd->output,
         "Write to FILE (one input, or records) or into DIR, one NAME.jsonl per input (several "
         "inputs)")
      ->type_name("PATH");
  sub->add_flag("--pretty", cmd->pretty, "Indent the JSON over several lines");
  add_ref_date_option(*sub, cmd->options.reference_date);
  add_decode_options(*sub, cmd->decoding);
  sub->footer(R"(Examples:
  kbrief json brief.txt                       one JSON object on one line
  kbrief json --pretty brief.txt              the same, indented
  kbrief json a.txt b.txt | jq -r .metadata.title
  pdftotext brief.pdf - | kbrief json -       read standard input
  kbrief json briefs/*.txt -o out/            out/<name>.jsonl for each input
  kbrief json -r archive/ -j 8 > all.jsonl    every *.txt under archive/, 8 at a time
  find . -name '*.txt' -print0 | kbrief json --files-from - -0 > all.jsonl
  kbrief json --input-format jsonl < records.jsonl     {"id", "text"} in, source.id out
  kbrief json --ref-date 2024-03-01 brief.txt resolve "올해", "지난달" from that day

Exit codes: 0 success; 2 usage error or an input that cannot be read; 3 an input that
is not usable text (invalid bytes without --lossy, a binary file, an encoding not detected
with confidence) or a malformed JSON Lines record. In a batch, bad files are reported and
skipped, and the exit code is the highest any file earned.)");
  return [cmd, sub]() -> int { return sub->parsed() ? run_json(*cmd) : -1; };
}

}  // namespace kbrief::cli
