// SPDX-License-Identifier: MIT
// kbrief check: formatting findings for CI (text, JSON, GitHub annotations, SARIF).
#include <fmt/format.h>
#include <kbrief/check.h>
#include <kbrief/check_report.h>
#include <kbrief/document.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>

#include "commands.h"
#include "run.h"

namespace kbrief::cli {
namespace {

enum class Format { text, json, github, sarif };
enum class FailOn { error, warning, never };
enum class Colour { automatic, always, never };

struct CheckCommand {
  CommonOptions io;
  Format format = Format::text;
  FailOn fail_on = FailOn::error;
  Colour colour = Colour::automatic;
  std::vector<std::string> disabled, enabled, severities;
  bool list_rules = false;
  bool quiet = false;
  DocumentOptions options;
};

// --severity RULE=LEVEL, then --disable, then --enable (which wins, so a rule that the
// configuration file turns off can be turned back on for one run).
std::optional<std::string> make_settings(const CheckCommand& cmd, RuleSettings& settings) {
  auto unknown = [](std::string_view id) {
    return fmt::format("unknown rule '{}'; 'kbrief check --list-rules' lists them", id);
  };
  for (const std::string& s : cmd.severities) {
    std::size_t eq = s.find('=');
    auto level = eq == std::string::npos ? std::nullopt : parse_severity_level(s.substr(eq + 1));
    if (!level)
      return fmt::format(
          "--severity takes RULE=LEVEL with LEVEL error, warning, info or off; got '{}'", s);
    if (!settings.set(s.substr(0, eq), level->severity)) return unknown(s.substr(0, eq));
  }
  for (const std::string& id : cmd.disabled)
    if (!settings.disable(id)) return unknown(id);
  for (const std::string& id : cmd.enabled)
    if (!settings.enable(id)) return unknown(id);
  return std::nullopt;
}

bool use_colour(Colour colour, bool to_stdout) {
  if (colour != Colour::automatic) return colour == Colour::always;
  const char* no_colour = std::getenv("NO_COLOR");
  return !(no_colour && *no_colour) && to_stdout && isatty(STDOUT_FILENO);
}

std::string summary(const FindingCounts& n, std::size_t unreadable) {
  auto count = [](std::size_t k, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", k, k == 1 ? one : many);
  };
  return fmt::format(
      "kbrief check: {} checked: {}, {}, {}{}\n", count(n.files, "file", "files"),
      count(n.errors, "error", "errors"), count(n.warnings, "warning", "warnings"),
      count(n.infos, "info", "info"),
      unreadable ? fmt::format("; {} not read", count(unreadable, "file", "files")) : "");
}

// One file's findings, and its part of a text or GitHub report, made while its document is at
// hand.
struct Checked {
  FileFindings file;
  std::string part;
};

int run_check(const CheckCommand& cmd) {
  RuleSettings settings;
  if (auto err = make_settings(cmd, settings)) {
    print_error(*err);
    return kUsage;
  }
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
  if (!cmd.quiet) std::fputs(summary(counts, run.failed_inputs()).c_str(), stderr);
  std::optional<Severity> threshold = cmd.fail_on == FailOn::error     ? Severity::error
                                      : cmd.fail_on == FailOn::warning ? Severity::warning
                                                                       : std::optional<Severity>();
  if (threshold && counts.at_least(*threshold) > 0) run.note(kFindings);
  return run.finish();
}

}  // namespace

Runner check_command(CLI::App& sub) {
  auto cmd = std::make_shared<CheckCommand>();
  add_input_options(sub, cmd->io.inputs);
  sub.add_option("--format", cmd->format,
                 "Output: text (default), json, github (Actions annotations) or sarif")
      ->transform(CLI::CheckedTransformer(std::map<std::string, Format>{{"text", Format::text},
                                                                        {"json", Format::json},
                                                                        {"github", Format::github},
                                                                        {"sarif", Format::sarif}})
                      .description(""))
      ->type_name("text|json|github|sarif");
  sub.add_option("--fail-on", cmd->fail_on,
                 "Exit 1 when a finding is at least this severe: error (default), warning or "
                 "never")
      ->transform(
          CLI::CheckedTransformer(std::map<std::string, FailOn>{{"error", FailOn::error},
                                                                {"warning", FailOn::warning},
                                                                {"never", FailOn::never}})
              .description(""))
      ->type_name("error|warning|never");
  sub.add_option("--disable", cmd->disabled, "Turn a rule off (repeat, or separate with commas)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->type_name("RULE");
  sub.add_option("--enable", cmd->enabled,
                 "Turn a rule back on (e.g. one the configuration file disables)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->type_name("RULE");
  sub.add_option("--severity", cmd->severities,
                 "Set a rule's severity: RULE=error|warning|info|off (repeatable)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->type_name("RULE=LEVEL");
  sub.add_flag("--list-rules", cmd->list_rules,
               "List the rules with their severities and a bad and a good example");
  sub.add_option("-o,--output", cmd->io.output,
                 "Write the report to FILE (replaced only when complete)")
      ->type_name("FILE");
  sub.add_option("--color", cmd->colour,
                 "Colour the text report: auto (default: on a terminal "
                 "unless NO_COLOR is set), always or never")
      ->transform(CLI::CheckedTransformer(std::map<std::string, Colour>{{"auto", Colour::automatic},
                                                                        {"always", Colour::always},
                                                                        {"never", Colour::never}})
                      .description(""))
      ->type_name("auto|always|never");
  sub.add_flag("-q,--quiet", cmd->quiet, "No summary line on standard error");
  add_ref_date_option(sub, cmd->options.reference_date);
  add_decode_options(sub, cmd->io.decoding);
  sub.footer(R"(Findings:
  text    brief.txt:12:5: error: message [rule]     (line and column count code points),
          then the line, and carets under the stretch the finding covers
  json    [{"file", "line", "column", "severity", "rule", "message"}, ...]
  github  ::error file=brief.txt,line=12,col=5,title=rule::message
  sarif   SARIF 2.1.0, for code-scanning upload
  A summary line goes to standard error: files checked, findings by severity.

Configuration:
  Options may also come from .kbrief.toml, found in the working directory or the nearest
  parent that has one (or --config FILE). Its [check] table takes the long option names:
    [check]
    fail-on = "warning"
    disable = ["heading-period"]
    severity = ["mixed-quotes=error", "spacing=info"]
  An option given on the command line replaces the file's value for that option.

Examples:
  kbrief check brief.txt
  kbrief check --fail-on warning briefs/*.txt
  kbrief check --format github briefs/*.txt          annotations in a GitHub Actions job
  kbrief check --format sarif -o kbrief.sarif briefs/*.txt
  kbrief check --format json brief.txt | jq 'group_by(.rule) | map({(.[0].rule): length}) | add'
  kbrief check --disable spacing,paragraph-end --severity date-future=error brief.txt
  kbrief check --list-rules

Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; 2 usage error
(an unknown rule, a bad option) or an input that cannot be read; 3 an input that
is not usable text (invalid bytes without --lossy, a binary file, an encoding not detected
with confidence). In a batch, bad files are reported and skipped, and the exit code is the
highest any file earned.)");
  return [cmd] { return run_check(*cmd); };
}

}  // namespace kbrief::cli
