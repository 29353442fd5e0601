// SPDX-License-Identifier: MIT
// kbrief: command-line entry. Builds the app, registers the subcommands, runs the one given.
#include <fmt/format.h>

#include <algorithm>
#include <csignal>
#include <filesystem>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "app.h"
#include "cli_io.h"

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

}  // namespace

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe shows up as a write error, handled quietly
  kbrief::cli::read_umask();      // before any thread writes a file
  CLI::App app{"kbrief: Korean policy briefs, extracted from PDF to text, as structure"};
  std::vector<kbrief::cli::Runner> runners = kbrief::cli::build_app(app, find_config_file());
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
