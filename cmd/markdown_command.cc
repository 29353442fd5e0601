// kbrief markdown: each input as Pandoc-compatible Markdown.
#include <kbrief/document.h>
#include <kbrief/markdown.h>

#include <memory>

#include "cli_io.h"
#include "commands.h"

namespace kbrief::cli {
namespace {

struct MarkdownCommand {
  std::vector<std::string> inputs;
  std::optional<std::string> output;
  MarkdownOptions options;
  DecodeOptions decoding;
};

int run_markdown(const MarkdownCommand& cmd) {
  ExitStatus status;
  OutputPlan plan;
  if (auto err = OutputPlan::make(cmd.output, cmd.inputs, ".md", plan)) {
    print_error(*err);
    return kUsage;
  }
  bool written = false;
  for (std::size_t k = 0; k < cmd.inputs.size(); ++k) {
    std::optional<Document> doc = load_document(cmd.inputs[k], status, {}, cmd.decoding);
    if (!doc) continue;
    std::string out;
    // Documents concatenated on standard output: a blank line, then each one's own YAML
    // block, whose "---" separates it from the one before.
    if (written && plan.to_stdout()) out += '\n';
    write_markdown(*doc, out, cmd.options);
    if (!plan.deliver(k, out, status)) return status.value();  // standard output closed
    written = true;
  }
  return status.value();
}

}  // namespace

Runner register_markdown(CLI::App& app) {
  auto cmd = std::make_shared<MarkdownCommand>();
  CLI::App* sub =
      app.add_subcommand("markdown", "Render briefs as clean, Pandoc-compatible Markdown");
  sub->add_option("files", cmd->inputs, "Brief text files; - reads standard input")->required();
  sub->add_option("-o,--output", cmd->output,
                  "Write to FILE (one input) or into DIR, one NAME.md per input (several inputs)");
  sub->add_flag(
      "--expand-lists", cmd->options.expand_lists,
      "Render inline lists (① … ② …) as an ordered list after the sentence that introduces them");
  sub->add_option(
         "--wrap", cmd->options.wrap,
         "Wrap prose at N display columns (Hangul counts two); 0, the default, keeps a paragraph "
         "on one line")
      ->check(CLI::NonNegativeNumber);
  add_decode_options(*sub, cmd->decoding);
  sub->footer(R"(Examples:
  kbrief markdown brief.txt                     Markdown on standard output
  kbrief markdown brief.txt -o brief.md         written whole, or not at all
  kbrief markdown briefs/*.txt -o out/          out/<name>.md for each input
  kbrief markdown --wrap 80 brief.txt | pandoc -f markdown -o brief.docx

Exit codes: 0 success; 2 usage error or an input that cannot be read; 3 an input that
is not usable text (invalid bytes without --lossy, a binary file, an encoding not detected
with confidence). In a batch, bad files are reported and skipped, and the exit code is
the highest any file earned.)");
  return [cmd, sub]() -> int { return sub->parsed() ? run_markdown(*cmd) : -1; };
}

}  // namespace kbrief::cli
