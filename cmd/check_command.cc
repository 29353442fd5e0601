// SPDX-License-Identifier: MIT
// kbrief check: formatting findings for CI (text, JSON, GitHub annotations, SARIF).
#include <fmt/format.h>
#include <kbrief/check.h>
#include <kbrief/check_report.h>
#include <kbrief/document.h>
#include <kbrief/pipeline.h>

#include <memory>

#include "commands.h"
#include "help_text.h"
#include "options.h"
#include "run.h"

namespace kbrief::cli {
namespace {

enum class Format { text, json, github, sarif };
enum class FailOn { error, warning, never };

struct CheckCommand {
  CommonOptions io;
  Format format = Format::text;
  FailOn fail_on = FailOn::error;
  Colour colour = Colour::automatic;
  RuleChanges rules;
  bool list_rules = false;
  bool quiet = false;
  DocumentOptions options;
};

// The settings say which change they refused; the command line words it in its options.
std::string refusal(const RuleChangeError& e) {
  if (e.kind == RuleChangeError::Kind::malformed_level)
    return fmt::format(
        "--severity takes RULE=LEVEL with LEVEL error, warning, info or off; got '{}'", e.text);
  return fmt::format("unknown rule '{}'; 'kbrief check --list-rules' lists them", e.text);
}

// One file's findings, and its part of a text or GitHub report, made while its document is at
// hand.
struct Checked {
  FileFindings file;
  std::string part;
};

int run_check(const CheckCommand& cmd) {
  RuleSettings settings;
  if (auto refused = settings.apply(cmd.rules)) return print_error(refusal(*refused)), kUsage;
  if (cmd.list_rules) return write_stdout(rules_report(settings)), kSuccess;
  Run run(cmd.io, {.one_file = true});  // one report, whatever the inputs
  if (!run.ready()) return kUsage;
  bool colour = use_colour(cmd.colour, run.to_stdout());
  bool streams = cmd.format == Format::text || cmd.format == Format::github;
  FindingCounts counts;
  std::vector<FileFindings> files;  // for a report written once, at the end
  run.gather<Checked>(
      cmd.options,
      [&](const Input& in, const Document& doc) {
        Checked c{{shown_name(in, doc), check_document(doc, settings)}, {}};
        if (cmd.format == Format::text) c.part = text_report(c.file, doc, colour);
        if (cmd.format == Format::github) c.part = github_report(c.file);
        return c;
      },
      [&](const Input&, Checked& c) {
        counts.add(c.file.findings);
        if (!streams) files.push_back(std::move(c.file));
        // The reader went away: the rest of the batch is not checked.
        return !streams || run.write(c.part);
      });
  if (streams) run.write("");  // -o FILE is written even when no input could be read
  if (cmd.format == Format::json) run.write(json_report(files));
  if (cmd.format == Format::sarif) run.write(sarif_report(files, settings, KBRIEF_VERSION));
  if (!cmd.quiet) fmt::print(stderr, "kbrief check: {}\n", summary(counts, run.failed_inputs()));
  if (cmd.fail_on != FailOn::never &&
      counts.at_least(cmd.fail_on == FailOn::error ? Severity::error : Severity::warning) > 0)
    run.note(kFindings);
  return run.finish();
}

}  // namespace

Runner check_command(CLI::App& sub) {
  auto cmd = std::make_shared<CheckCommand>();
  add_input_options(sub, cmd->io.inputs);
  add_choice(sub, "--format", cmd->format,
             "Output: text (default), json, github (Actions annotations) or sarif",
             {{"text", Format::text},
              {"json", Format::json},
              {"github", Format::github},
              {"sarif", Format::sarif}});
  add_choice(sub, "--fail-on", cmd->fail_on,
             "Exit 1 when a finding is at least this severe: error (default), warning or never",
             {{"error", FailOn::error}, {"warning", FailOn::warning}, {"never", FailOn::never}});
  add_list_option(sub, "--disable", cmd->rules.disabled,
                  "Turn a rule off (repeat, or separate with commas)", "RULE");
  add_list_option(sub, "--enable", cmd->rules.enabled,
                  "Turn a rule back on (e.g. one the configuration file disables)", "RULE");
  add_list_option(sub, "--severity", cmd->rules.levels,
                  "Set a rule's severity: RULE=error|warning|info|off (repeatable)", "RULE=LEVEL");
  sub.add_flag("--list-rules", cmd->list_rules,
               "List the rules with their severities and a bad and a good example");
  sub.add_option("-o,--output", cmd->io.output,
                 "Write the report to FILE (replaced only when complete)")
      ->type_name("FILE");
  add_choice(sub, "--color", cmd->colour,
             "Colour the text report: auto (default: on a terminal unless NO_COLOR is set), "
             "always or never",
             {{"auto", Colour::automatic}, {"always", Colour::always}, {"never", Colour::never}});
  sub.add_flag("-q,--quiet", cmd->quiet, "No summary line on standard error");
  add_ref_date_option(sub, cmd->options.reference_date);
  add_decode_options(sub, cmd->io.decoding);
  sub.footer(kCheckHelp);
  return [cmd] { return run_check(*cmd); };
}

}  // namespace kbrief::cli
