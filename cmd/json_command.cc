// SPDX-License-Identifier: MIT
// kbrief json: each input as one JSON document (JSON Lines on standard output).
#include <kbrief/document.h>
#include <kbrief/json.h>

#include <memory>

#include "commands.h"
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
  sub.footer(R"(Examples:
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
  return [cmd] { return run_json(*cmd); };
}

}  // namespace kbrief::cli
