// SPDX-License-Identifier: MIT
// kbrief json: each input as one JSON document (JSON Lines on standard output).
#include <kbrief/document.h>
#include <kbrief/json.h>
#include <kbrief/pipeline.h>

#include <memory>

#include "commands.h"
#include "help_text.h"
#include "run.h"

namespace kbrief::cli {
namespace {

struct JsonCommand {
  CommonOptions io;
  bool pretty = false;
  DocumentOptions options;
};

int run_json(const JsonCommand& cmd) {
  if (cmd.pretty && cmd.io.inputs.format == InputFormat::jsonl) {
    print_error("--pretty would break the JSON Lines that --input-format jsonl writes");
    return kUsage;
  }
  Run run(cmd.io, {".jsonl"});
  if (!run.ready()) return kUsage;
  run.each_document(cmd.options, [&](const Input&, const Document& doc, Sink& out) {
    write_json(doc, out.writer(), JsonOptions{cmd.pretty});
    out.write("\n");
  });
  return run.finish();
}

}  // namespace

Runner json_command(CLI::App& sub) {
  auto cmd = std::make_shared<JsonCommand>();
  add_io_options(sub, cmd->io,
                 "Write to FILE (one input, or records) or into DIR, one NAME.jsonl per input "
                 "(several inputs)");
  sub.add_flag("--pretty", cmd->pretty, "Indent the JSON over several lines");
  add_ref_date_option(sub, cmd->options.reference_date);
  add_decode_options(sub, cmd->io.decoding);
  sub.footer(kJsonHelp);
  return [cmd] { return run_json(*cmd); };
}

}  // namespace kbrief::cli
