// SPDX-License-Identifier: MIT
// kbrief: command-line entry. Builds the app, registers the subcommands, runs the one given.
#include <fmt/format.h>
#include <kbrief/json.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <functional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "cli_io.h"
#include "commands.h"
#include "config_file.h"

namespace {

// .kbrief.toml in the working directory or the nearest parent that has one.
std::string find_config_file() {
  std::error_code ec;
  std::filesystem::path dir = std::filesystem::current_path(ec);
  if (ec) return {};
  for (;;) {
    std::filesystem::path candidate = dir / ".kbrief.toml";
    if (std::filesystem::is_regular_file(candidate, ec)) return candidate.string();
    if (!dir.has_parent_path() || dir.parent_path() == dir) return {};
    dir = dir.parent_path();
  }
}

// kbrief's version and the versions that decide its output: ICU (decoding, Unicode data,
// sentence breaks, calendars) and the JSON contract. Built with poppler, its version joins.
std::string version_text() {
  char icu[U_MAX_VERSION_STRING_LENGTH], unicode[U_MAX_VERSION_STRING_LENGTH];
  UVersionInfo v;
  u_getVersion(v);
  u_versionToString(v, icu);
  u_getUnicodeVersion(v);
  u_versionToString(v, unicode);
  return fmt::format("kbrief {}\nICU {} (Unicode {})\nJSON schema {}", KBRIEF_VERSION, icu, unicode,
                     kbrief::kJsonSchema);
}

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe shows up as a write error, handled quietly
  kbrief::cli::read_umask();      // before any thread writes a file
  CLI::App app{"kbrief: Korean policy briefs, extracted from PDF to text, as structure"};
  app.name("kbrief");  // in help and usage lines, whatever path it was run by
  app.set_version_flag("--version", std::function<std::string()>(version_text),
                       "Print kbrief's version, with its ICU and JSON schema versions, and exit");
  app.require_subcommand(1);
  app.set_config("--config", find_config_file(),
                 "Read options from this TOML file (default: .kbrief.toml in the working "
                 "directory or the nearest parent with one); [check] holds check's options")
      ->type_name("FILE");
  app.config_formatter(std::make_shared<kbrief::cli::TomlConfig>(app));
  app.allow_config_extras(CLI::config_extras_mode::error);
  app.fallthrough();  // --config may follow the subcommand
  app.footer(R"(Examples:
  kbrief json brief.txt | jq .metadata
  kbrief json --pretty brief.txt
  kbrief markdown brief.txt > brief.md
  kbrief timeline briefs/*.txt > events.csv
  kbrief check --format github briefs/*.txt
  kbrief dates --ref-date 2024-02-14 notes.txt
Run 'kbrief SUBCOMMAND --help' for a subcommand's options.)");
  std::vector<kbrief::cli::Runner> runners{
      kbrief::cli::register_json(app), kbrief::cli::register_markdown(app),
      kbrief::cli::register_timeline(app), kbrief::cli::register_check(app),
      kbrief::cli::register_dates(app)};
  try {
    app.parse(argc, argv);
  } catch (const CLI::ConfigError& e) {
    std::string config = app.get_config_ptr() ? app.get_config_ptr()->as<std::string>() : "";
    // CLI11 words an unknown key as an INI parse failure: say what it is.
    std::string_view what = e.what();
    std::string reason = what.starts_with("INI was not able to parse ")
                             ? fmt::format("unknown option '{}'", what.substr(26))
                             : std::string(what);
    kbrief::cli::print_error("in the configuration file " + config + ": " + reason);
    return kbrief::cli::kUsage;
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kbrief::cli::kSuccess : kbrief::cli::kUsage;
  }
  try {
    for (auto& run : runners) {
      int code = run();
      if (code >= 0) return std::max(code, kbrief::cli::finish_stdout());
    }
  } catch (const std::exception& e) {
    // Whatever escapes a command is a fault of kbrief's, never an abort.
    fmt::print(stderr, "kbrief: internal error: {}\n", e.what());
    return kbrief::cli::kInternal;
  }
  return kbrief::cli::kUsage;
}
