// SPDX-License-Identifier: MIT
// kbrief markdown: each input as Pandoc-compatible Markdown.
#include <fmt/format.h>
#include <kbrief/document.h>
#include <kbrief/markdown.h>

#include <memory>
#include <nlohmann/json.hpp>

#include "commands.h"
#include "help_text.h"
#include "run.h"

namespace kbrief::cli {
namespace {

struct MarkdownCommand {
  CommonOptions io;
  MarkdownOptions options;
};

int run_markdown(const MarkdownCommand& cmd) {
  bool records = cmd.io.inputs.format == InputFormat::jsonl;
  // Documents one after another: a blank line, then each one's own YAML block, whose "---"
  // separates it from the one before. Records: one {"id", "markdown"} line each.
  Run run(cmd.io, {".md", false, "", records ? "" : "\n"});
  if (!run.ready()) return kUsage;
  run.each_document({}, [&](const Input& in, const Document& doc, Sink& out) {
    std::string markdown;
    // Room for the usual output (at most about the input's size) at once: grown by doubling,
    // a large document's Markdown would momentarily be held three times over.
    markdown.reserve(doc.decoded.text.size() + doc.decoded.text.size() / 4 + 4096);
    write_markdown(doc, markdown, cmd.options);
    if (!records) {
      out.write(std::move(markdown));
      return;
    }
    // The id as it was written (a number keeps its exact digits).
    out.write(fmt::format("{{\"id\":{},\"markdown\":{}}}\n", in.id_json,
                          nlohmann::json(markdown).dump()));
  });
  return run.finish();
}

}  // namespace

Runner markdown_command(CLI::App& sub) {
  auto cmd = std::make_shared<MarkdownCommand>();
  add_io_options(sub, cmd->io,
                 "Write to FILE (one input, or records) or into DIR, one NAME.md per input "
                 "(several inputs)");
  sub.add_flag(
      "--expand-lists", cmd->options.expand_lists,
      "Render inline lists (① … ② …) as an ordered list after the sentence that introduces them");
  sub.add_option(
         "--wrap", cmd->options.wrap,
         "Wrap prose at N display columns (Hangul counts two); 0, the default, keeps a paragraph "
         "on one line")
      ->check(CLI::NonNegativeNumber.description(""))
      ->type_name("N");
  add_decode_options(sub, cmd->io.decoding);
  sub.footer(kMarkdownHelp);
  return [cmd] { return run_markdown(*cmd); };
}

}  // namespace kbrief::cli
