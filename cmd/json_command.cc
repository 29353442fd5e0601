// kbrief json: each input as one JSON document (JSON Lines on standard output).
#include <kbrief/document.h>
#include <kbrief/json.h>

#include <memory>

#include "cli_io.h"
#include "commands.h"

namespace kbrief::cli {
namespace {

struct JsonCommand {
  std::vector<std::string> inputs;
  std::optional<std::string> output;
  bool pretty = false;
  DocumentOptions options;
  DecodeOptions decoding;
};

int run_json(const JsonCommand& cmd) {
  ExitStatus status;
  OutputPlan plan;
  if (auto err = OutputPlan::make(cmd.output, cmd.inputs, ".jsonl", plan)) {
    print_error(*err);
    return kUsage;
  }
  for (std::size_t k = 0; k < cmd.inputs.size(); ++k) {
    std::optional<Document> doc = load_document(cmd.inputs[k], status, cmd.options, cmd.decoding);
    if (!doc) continue;
    std::string out;
    write_json(*doc, out, JsonOptions{cmd.pretty});
    out += '\n';
    if (!plan.deliver(k, out, status)) return status.value();  // standard output closed
  }
  return status.value();
}

}  // namespace

Runner register_json(CLI::App& app) {
  auto cmd = std::make_shared<JsonCommand>();
  CLI::App* sub = app.add_subcommand(
      "json", "Segment briefs and print their structure as JSON (one object per line)");
  sub->add_option("files", cmd->inputs, "Brief text files; - reads standard input")->required();
  sub->add_option(
      "-o,--output", cmd->output,
      "Write to FILE (one input) or into DIR, one NAME.jsonl per input (several inputs)");
  sub->add_flag("--pretty", cmd->pretty, "Indent the JSON over several lines");
  add_ref_date_option(*sub, cmd->options.reference_date);
  add_decode_options(*sub, cmd->decoding);
  sub->footer(R"(Examples:
  kbrief json brief.txt                       one JSON object on one line
  kbrief json --pretty brief.txt              the same, indented
  kbrief json a.txt b.txt | jq -r .metadata.title
  pdftotext brief.pdf - | kbrief json -       read standard input
  kbrief json briefs/*.txt -o out/            out/<name>.jsonl for each input
  kbrief json --ref-date 2024-03-01 brief.txt resolve "올해", "지난달" from that day

Exit codes: 0 success; 2 usage error or an input that cannot be read; 3 an input that
is not usable text (invalid bytes without --lossy, a binary file, an encoding not detected
with confidence). In a batch, bad files are reported and skipped, and the exit code is
the highest any file earned.)");
  return [cmd, sub]() -> int { return sub->parsed() ? run_json(*cmd) : -1; };
}

}  // namespace kbrief::cli
