// SPDX-License-Identifier: MIT
// .kbrief.toml, read as TOML: each subcommand takes its options from its own table
// ([check], [json], ...) and fails only on that table's mistakes.
#pragma once

#include <CLI/CLI.hpp>
#include <istream>
#include <string>
#include <vector>

namespace kbrief::cli {

// CLI11's reader of configuration files, replaced by a TOML parser (multi-line arrays,
// comments, every TOML form). Only the table of the subcommand being run is handed to CLI11,
// so a mistake in [check] never breaks `kbrief json`. A file that is not TOML is an error
// naming its line and column.
class TomlConfig : public CLI::Config {
 public:
  explicit TomlConfig(const CLI::App& app) : app_(app) {}
  std::string to_config(const CLI::App*, bool, bool, std::string) const override { return {}; }
  std::vector<CLI::ConfigItem> from_config(std::istream& input) const override;

 private:
  const CLI::App& app_;
};

}  // namespace kbrief::cli
