// SPDX-License-Identifier: MIT
// kbrief text: the text kbrief reads from each input, the lines every other command's line
// numbers count: a PDF's text layer in reading order, or a text file decoded and normalised.
#include <memory>

#include "commands.h"
#include "help_text.h"
#include "run.h"

namespace kbrief::cli {
namespace {

struct TextCommand {
  CommonOptions io;
};

int run_text(const TextCommand& cmd) {
  Run run(cmd.io, {".txt"});
  if (!run.ready()) return kUsage;
  run.each_text(
      [&](const Input&, const DecodedText& text, Sink& out) { out.write(std::string(text.text)); });
  return run.finish();
}

}  // namespace

Runner text_command(CLI::App& sub) {
  auto cmd = std::make_shared<TextCommand>();
  add_io_options(sub, cmd->io,
                 "Write to FILE (one input, or records) or into DIR, one NAME.txt per input "
                 "(several inputs)");
  add_decode_options(sub, cmd->io.decoding);
  sub.footer(kTextHelp);
  return [cmd] { return run_text(*cmd); };
}

}  // namespace kbrief::cli
