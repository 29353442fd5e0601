// SPDX-License-Identifier: MIT
// kbrief markdown: each input as Pandoc-compatible Markdown.
#include <fmt/format.h>
#include <kbrief/document.h>
#include <kbrief/markdown.h>

#include <memory>
#include <nlohmann/json.hpp>

#include "batch.h"
#include "cli_io.h"
#include "commands.h"

namespace kbrief::cli {
namespace {

struct MarkdownCommand {
  InputOptions inputs;
  std::optional<std::string> output;
  MarkdownOptions options;
  DecodeOptions decoding;
};

// A record's Markdown as one JSON Lines object, {"id": ..., "markdown": "..."}, so that
// each record in gives one line out.
std::string markdown_record(const Input& in, const std::string& markdown) {
  // The id as it was written (a number keeps its exact digits).
  return fmt::format("{{\"id\":{},\"markdown\":{}}}\n", in.id_json,
                     nlohmann::json(markdown).dump());
}

int run_markdown(const MarkdownCommand& cmd) {
  ExitStatus status;
  Batch batch;
  if (auto code = prepare_batch(cmd.inputs, cmd.output, ".md", batch, status)) return *code;
  bool records = cmd.inputs.format == InputFormat::jsonl;
  bool written = false;
  run_batch<std::string>(
      *batch.queue, job_count(cmd.inputs, batch.queue->total()), cmd.inputs, status,
      [&](Input& in, Report& report) {
        std::string out;
        std::optional<Document> doc = load(in, report, {}, cmd.decoding);
        if (!doc) return out;
        // Room for the usual output (at most about the input's size) at once: grown by
        // doubling, a large document's Markdown would momentarily be held three times over.
        out.reserve(doc->decoded.text.size() + doc->decoded.text.size() / 4 + 4096);
        write_markdown(*doc, out, cmd.options);
        if (records) return markdown_record(in, out);
        return out;  // moved, not copied as a conditional expression would
      },
      [&](const Input& in, std::string& out) {
        // Documents concatenated on standard output: a blank line, then each one's own YAML
        // block, whose "---" separates it from the one before.
        if (written && !records && batch.plan.to_stdout() && !write_stdout("\n")) return false;
        written = true;
        return batch.plan.deliver(in.index, out, status);
      });
  batch.plan.finish(status);
  return status.value();
}

}  // namespace

Runner register_markdown(CLI::App& app) {
  auto cmd = std::make_shared<MarkdownCommand>();
  CLI::App* sub =
      app.add_subcommand("markdown", "Render briefs as clean, Pandoc-compatible Markdown");
  add_input_options(*sub, cmd->inputs);
  sub->add_option("-o,--output", cmd->output,
                  "Write to FILE (one input, or records) or into DIR, one NAME.md per input "
                  "(several inputs)")
      ->type_name("PATH");
  sub->add_flag(
      "--expand-lists", cmd->options.expand_lists,
      "Render inline lists (① … ② …) as an ordered list after the sentence that introduces them");
  sub->add_option(
         "--wrap", cmd->options.wrap,
         "Wrap prose at N display columns (Hangul counts two); 0, the default, keeps a paragraph "
         "on one line")
      ->check(CLI::NonNegativeNumber.description(""))
      ->type_name("N");
  add_decode_options(*sub, cmd->decoding);
  sub->footer(R"(Examples:
  kbrief markdown brief.txt                     Markdown on standard output
  kbrief markdown brief.txt -o brief.md         written whole, or not at all
  kbrief markdown briefs/*.txt -o out/          out/<name>.md for each input
  kbrief markdown --wrap 80 brief.txt | pandoc -f markdown -o brief.docx
  kbrief markdown -r archive/ -o out/           out/<name>.md for every *.txt under archive/
  kbrief markdown --input-format jsonl < records.jsonl
                                                one {"id", "markdown"} object per record

Exit codes: 0 success; 2 usage error or an input that cannot be read; 3 an input that
is not usable text (invalid bytes without --lossy, a binary file, an encoding not detected
with confidence) or a malformed JSON Lines record. In a batch, bad files are reported and skipped, and the exit code is
the highest any file earned.)");
  return [cmd, sub]() -> int { return sub->parsed() ? run_markdown(*cmd) : -1; };
}

}  // namespace kbrief::cli
