#include "app.h"

#include <memory>

#include "config_file.h"

namespace kbrief::cli {

std::vector<Runner> build_app(CLI::App& app, const std::string& config_file) {
  app.set_version_flag("--version", std::string("kbrief ") + KBRIEF_VERSION);
  app.require_subcommand(1);
  app.set_config("--config", config_file,
                 "Read options from this TOML file (default: .kbrief.toml in the working "
                 "directory or the nearest parent with one); [check] holds check's options");
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
  return {register_json(app), register_markdown(app), register_timeline(app), register_check(app),
          register_dates(app)};
}

}  // namespace kbrief::cli
