// SPDX-License-Identifier: MIT
// The subcommands: each registers its options on the app and returns the function that
// runs it once the command line is parsed (CLI11's subcom_in_files pattern).
#pragma once

#include <CLI/CLI.hpp>
#include <functional>

namespace kbrief::cli {

using Runner = std::function<int()>;

Runner register_json(CLI::App& app);
Runner register_markdown(CLI::App& app);
Runner register_timeline(CLI::App& app);
Runner register_check(CLI::App& app);
Runner register_dates(CLI::App& app);

}  // namespace kbrief::cli
