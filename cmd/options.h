// SPDX-License-Identifier: MIT
// The shapes of option the subcommands share, defined once so that every --help shows them
// alike: a choice among words (--format, --origin, --fail-on, --color), a list of words that
// may be repeated or separated with commas (--disable), and --color's own rule.
#pragma once

#include <CLI/CLI.hpp>
#include <initializer_list>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace kbrief::cli {

// `name` takes one of `choices`' words, stored as its value. --help shows the words in the
// order given ("text|json|github|sarif"); the help text says which is the default.
template <class T>
CLI::Option* add_choice(CLI::App& sub, const std::string& name, T& target, const std::string& help,
                        std::initializer_list<std::pair<std::string, T>> choices) {
  std::string words;
  for (const auto& [word, value] : choices) words += (words.empty() ? "" : "|") + word;
  return sub.add_option(name, target, help)
      ->transform(CLI::CheckedTransformer(std::map<std::string, T>(choices.begin(), choices.end()))
                      .description(""))
      ->type_name(words);
}

// `name` takes words, repeated or separated with commas: "--disable a,b --disable c".
CLI::Option* add_list_option(CLI::App& sub, const std::string& name,
                             std::vector<std::string>& target, const std::string& help,
                             const std::string& type_name);

// --color auto|always|never.
enum class Colour { automatic, always, never };
// Whether to colour: `automatic` colours a terminal on standard output unless NO_COLOR is set
// (no-color.org).
bool use_colour(Colour colour, bool to_stdout);

}  // namespace kbrief::cli
