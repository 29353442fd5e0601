// SPDX-License-Identifier: MIT
// The subcommands, in one table: each has a name, a one-line description, and a function that
// adds its options to its CLI::App and returns what runs it once the command line is parsed
// (CLI11's subcom_in_files pattern; ninja's tool table).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>
#include <span>
#include <string_view>

namespace kbrief::cli {

// Runs a parsed subcommand; returns its exit code.
using Runner = std::function<int()>;

struct Command {
  std::string_view name;
  std::string_view description;
  Runner (*add_options)(CLI::App& sub);
};

// Every subcommand, in the order --help lists them.
std::span<const Command> commands();

Runner json_command(CLI::App& sub);
Runner markdown_command(CLI::App& sub);
Runner timeline_command(CLI::App& sub);
Runner check_command(CLI::App& sub);
Runner dates_command(CLI::App& sub);
Runner text_command(CLI::App& sub);

}  // namespace kbrief::cli
