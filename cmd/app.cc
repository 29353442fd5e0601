// SPDX-License-Identifier: MIT
#include "app.h"

#include <fmt/format.h>
#include <kbrief/json.h>
#include <unicode/uchar.h>
#include <unicode/uversion.h>

#include <functional>
#include <memory>

#include "config_file.h"

namespace kbrief::cli {
namespace {

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
                     kJsonSchema);
}

}  // namespace

std::vector<Runner> build_app(CLI::App& app, const std::string& config_file) {
  app.name("kbrief");  // in help and usage lines, whatever path it was run by
  app.set_version_flag("--version", std::function<std::string()>(version_text),
                       "Print kbrief's version, with its ICU and JSON schema versions, and exit");
  app.require_subcommand(1);
  app.set_config("--config", config_file,
                 "Read options from this TOML file (default: .kbrief.toml in the working "
                 "directory or the nearest parent with one); [check] holds check's options")
      ->type_name("FILE");
  app.config_formatter(std::make_shared<TomlConfig>(app));
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
  std::vector<Runner> runners;
  for (const Command& command : commands()) {
    CLI::App* sub = app.add_subcommand(std::string(command.name), std::string(command.description));
    Runner run = command.add_options(*sub);
    runners.push_back([sub, run]() -> int { return sub->parsed() ? run() : -1; });
  }
  return runners;
}

}  // namespace kbrief::cli
