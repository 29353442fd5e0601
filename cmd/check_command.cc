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

#include "batch.h"
#include "cli_io.h"
#include "commands.h"

namespace kbrief::cli {
namespace {

enum class Format { text, json, github, sarif };
enum class FailOn { error, warning, never };
enum class Colour { automatic, always, never };

struct CheckCommand {
  InputOptions inputs;
  std::optional<std::string> output;
  Format format = Format::text;
  FailOn fail_on = FailOn::error;
  Colour colour = Colour::automatic;
  std::vector<std::string> disabled, enabled, severities;
  bool list_rules = false;
  bool quiet = false;
  DocumentOptions options;
  DecodeOptions decoding;
};

// --severity RULE=LEVEL, then --disable, then --enable (which wins, so a rule that the
// configuration file turns off can be turned back on for one run).
std::optional<std::string> make_settings(const CheckCommand& cmd, RuleSettings& settings) {
  auto unknown = [](std::string_view id) {
    return fmt::format("unknown rule '{}'; 'kbrief check --list-rules' lists them", id);
  };
  for (const std::string& s : cmd.severities) {
    std::size_t eq = s.find('=');
    std::optional<SeverityLevel> level =
        eq == std::string::npos ? std::nullopt : parse_severity_level(s.substr(eq + 1));
    if (!level)
      return fmt::format(
          "--severity takes RULE=LEVEL with LEVEL error, warning, info or off; "
          "got '{}'",
          s);
    if (!settings.set(s.substr(0, eq), level->severity)) return unknown(s.substr(0, eq));
  }
  for (const std::string& id : cmd.disabled)
    if (!settings.disable(id)) return unknown(id);
  for (const std::string& id : cmd.enabled)
    if (!settings.enable(id)) return unknown(id);
  return std::nullopt;
}

bool use_colour(const CheckCommand& cmd, bool to_stdout) {
  if (cmd.colour != Colour::automatic) return cmd.colour == Colour::always;
  const char* no_colour = std::getenv("NO_COLOR");
  if (no_colour && *no_colour) return false;
  return to_stdout && isatty(STDOUT_FILENO);
}

struct Tally {
  std::size_t files = 0, errors = 0, warnings = 0, infos = 0;
  void add(const std::vector<Diagnostic>& findings) {
    ++files;
    for (const Diagnostic& d : findings)
      ++(d.severity == Severity::error     ? errors
         : d.severity == Severity::warning ? warnings
                                           : infos);
  }
  bool fails(FailOn fail_on) const {
    return (fail_on == FailOn::error && errors > 0) ||
           (fail_on == FailOn::warning && errors + warnings > 0);
  }
  std::string summary(std::size_t unreadable) const {
    auto n = [](std::size_t k, std::string_view one, std::string_view many) {
      return fmt::format("{} {}", k, k == 1 ? one : many);
    };
    std::string s = fmt::format("kbrief check: {} checked: {}, {}, {}", n(files, "file", "files"),
                                n(errors, "error", "errors"), n(warnings, "warning", "warnings"),
                                n(infos, "info", "info"));
    if (unreadable) s += fmt::format("; {} not read", n(unreadable, "file", "files"));
    return s + "\n";
  }
};

int run_check(const CheckCommand& cmd) {
  RuleSettings settings;
  if (auto err = make_settings(cmd, settings)) {
    print_error(*err);
    return kUsage;
  }
  if (cmd.list_rules) {
    write_stdout(rules_report(settings));
    return kSuccess;
  }
  if (auto err = check_input_options(cmd.inputs)) {
    print_error(*err);
    return kUsage;
  }
  ExitStatus status;
  // -o - is standard output, like no -o.
  const std::optional<std::string> output =
      cmd.output && *cmd.output != "-" ? cmd.output : std::nullopt;
  bool records = cmd.inputs.format == InputFormat::jsonl;
  std::vector<std::string> paths = records ? cmd.inputs.files : expand_paths(cmd.inputs, status);
  if (records && paths.empty()) paths.push_back("-");
  if (output)
    if (auto err = refuse_overwriting(*output, paths)) {
      print_error(*err);
      return kUsage;
    }

  bool colour = use_colour(cmd, !output);
  bool streams = cmd.format == Format::text || cmd.format == Format::github;
  std::unique_ptr<InputQueue> queue =
      records ? record_queue(std::move(paths)) : path_queue(std::move(paths));
  Tally tally;
  std::vector<FileFindings> files;
  std::string held;  // the whole report, when it goes to a file or is one document
  bool stdout_open = true;
  BatchCounts counts = run_batch<std::optional<FileFindings>>(
      *queue, job_count(cmd.inputs, queue->total()), cmd.inputs, status,
      [&](Input& in, Report& report) -> std::optional<FileFindings> {
        std::optional<Document> doc = load(in, report, cmd.options, cmd.decoding);
        if (!doc) return std::nullopt;
        // Standard input is "<stdin>" in findings, as in every other message.
        bool from_stdin = !in.text && in.name == "-";
        return FileFindings{from_stdin ? "<stdin>" : doc->source.path,
                            check_document(*doc, settings)};
      },
      [&](const Input&, std::optional<FileFindings>& file) {
        tally.add(file->findings);
        if (!streams) {
          files.push_back(std::move(*file));
          return true;
        }
        std::string part =
            cmd.format == Format::text ? text_report(*file, colour) : github_report(*file);
        if (output) {
          held += part;
          return true;
        }
        // The reader went away (or the output failed): the rest of the batch is not checked.
        stdout_open = write_stdout(part);
        return stdout_open;
      });
  if (cmd.format == Format::json) held = json_report(files);
  if (cmd.format == Format::sarif) held = sarif_report(files, settings, KBRIEF_VERSION);
  if (output) {
    if (auto err = write_atomically(*output, held)) {
      print_error(*err);
      status.note(kUsage);
    }
  } else if (!streams && stdout_open) {
    write_stdout(held);
  }
  if (!cmd.quiet) std::fputs(tally.summary(counts.failed).c_str(), stderr);
  if (tally.fails(cmd.fail_on)) status.note(kFindings);
  return status.value();
}

}  // namespace

Runner register_check(CLI::App& app) {
  auto cmd = std::make_shared<CheckCommand>();
  CLI::App* sub = app.add_subcommand(
      "check",
      "Report formatting problems in briefs (footnotes, lists, quotes, spacing, dates, "
      "characters, structure) for CI");
  add_input_options(*sub, cmd->inputs);
  sub->add_option("--format", cmd->format,
                  "Output: text (default), json, github (Actions annotations) or sarif")
      ->transform(CLI::CheckedTransformer(std::map<std::string, Format>{{"text", Format::text},
                                                                        {"json", Format::json},
                                                                        {"github", Format::github},
                                                                        {"sarif", Format::sarif}})
                      .description(""))
      ->type_name("text|json|github|sarif");
  sub->add_option("--fail-on", cmd->fail_on,
                  "Exit 1 when a finding is at least this severe: error (default), warning or "
                  "never")
      ->transform(
          CLI::CheckedTransformer(std::map<std::string, FailOn>{{"error", FailOn::error},
                                                                {"warning", FailOn::warning},
                                                                {"never", FailOn::never}})
              .description(""))
      ->type_name("error|warning|never");
  sub->add_option("--disable", cmd->disabled, "Turn a rule off (repeat, or separate with commas)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->type_name("RULE");
  sub->add_option("--enable", cmd->enabled,
                  "Turn a rule back on (e.g. one the configuration file disables)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->type_name("RULE");
  sub->add_option("--severity", cmd->severities,
                  "Set a rule's severity: RULE=error|warning|info|off (repeatable)")
      ->delimiter(',')
      ->allow_extra_args(false)
      ->type_name("RULE=LEVEL");
  sub->add_flag("--list-rules", cmd->list_rules,
                "List the rules with their severities and a bad and a good example");
  sub->add_option("-o,--output", cmd->output,
                  "Write the report to FILE (replaced only when complete)")
      ->type_name("FILE");
  sub->add_option("--color", cmd->colour,
                  "Colour the text report: auto (default: on a terminal "
                  "unless NO_COLOR is set), always or never")
      ->transform(CLI::CheckedTransformer(std::map<std::string, Colour>{{"auto", Colour::automatic},
                                                                        {"always", Colour::always},
                                                                        {"never", Colour::never}})
                      .description(""))
      ->type_name("auto|always|never");
  sub->add_flag("-q,--quiet", cmd->quiet, "No summary line on standard error");
  add_ref_date_option(*sub, cmd->options.reference_date);
  add_decode_options(*sub, cmd->decoding);
  sub->footer(R"(Findings:
  text    brief.txt:12:5: error: message [rule]     (line and column count code points)
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
  return [cmd, sub]() -> int { return sub->parsed() ? run_check(*cmd) : -1; };
}

}  // namespace kbrief::cli
