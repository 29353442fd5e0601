// SPDX-License-Identifier: MIT
#include "config_file.h"

#include <fmt/format.h>
#include <toml++/toml.h>

#include <iterator>

namespace kbrief::cli {
namespace {

// A TOML value as the text CLI11 would take on the command line. Each type is read as
// itself: toml++'s converting value<T>() would turn a float out of an integer's range
// ("2e24") into an integer, which is undefined behaviour.
std::string as_text(const toml::node& value) {
  if (auto s = value.value_exact<std::string>()) return *s;
  if (auto b = value.value_exact<bool>()) return *b ? "true" : "false";
  if (auto i = value.value_exact<std::int64_t>()) return std::to_string(*i);
  if (auto d = value.value_exact<double>()) return fmt::format("{}", *d);
  throw CLI::ConfigError(fmt::format("line {}: a table or a date where an option's value belongs",
                                     value.source().begin.line));
}

CLI::ConfigItem item(std::vector<std::string> parents, std::string_view key,
                     const toml::node& value) {
  CLI::ConfigItem out;
  out.parents = std::move(parents);
  out.name = std::string(key);
  if (const toml::array* list = value.as_array())
    for (const toml::node& element : *list) out.inputs.push_back(as_text(element));
  else
    out.inputs.push_back(as_text(value));
  return out;
}

}  // namespace

std::vector<CLI::ConfigItem> TomlConfig::from_config(std::istream& input) const {
  std::string text{std::istreambuf_iterator<char>(input), std::istreambuf_iterator<char>()};
  toml::table file;
  try {
    file = toml::parse(text);
  } catch (const toml::parse_error& e) {
    throw CLI::ConfigError(
        fmt::format("{}:{}: {}", e.source().begin.line, e.source().begin.column, e.description()));
  }
  std::vector<CLI::App*> running = app_.get_subcommands();
  std::vector<CLI::ConfigItem> items;
  for (const auto& [key, value] : file) {
    const toml::table* table = value.as_table();
    if (!table) {  // a key outside any table: no option of kbrief itself is read from here
      items.push_back(item({}, key.str(), value));
      continue;
    }
    bool mine = false;
    for (const CLI::App* sub : running) mine = mine || sub->get_name() == key.str();
    if (!mine) continue;  // another subcommand's table: its mistakes are not this run's
    for (const auto& [name, setting] : *table)
      items.push_back(item({std::string(key.str())}, name.str(), setting));
  }
  return items;
}

}  // namespace kbrief::cli
