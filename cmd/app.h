// SPDX-License-Identifier: MIT
// The kbrief command line as main() parses it: the app's options, its configuration file and
// its subcommands. The fuzz targets parse arbitrary command lines and configuration files
// with the very same app.
#pragma once

#include <CLI/CLI.hpp>
#include <string>
#include <vector>

#include "commands.h"

namespace kbrief::cli {

// Sets up `app` (version flag, --config read as TOML from `config_file` by default, footer)
// and registers every subcommand; returns their runners, in the order they are tried once
// the command line is parsed. `app` must outlive the runners.
std::vector<Runner> build_app(CLI::App& app, const std::string& config_file);

}  // namespace kbrief::cli
