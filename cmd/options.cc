// SPDX-License-Identifier: MIT
#include "options.h"

#include <unistd.h>

#include <cstdlib>

namespace kbrief::cli {

CLI::Option* add_list_option(CLI::App& sub, const std::string& name,
                             std::vector<std::string>& target, const std::string& help,
                             const std::string& type_name) {
  return sub.add_option(name, target, help)
      ->delimiter(',')
      ->allow_extra_args(false)
      ->type_name(type_name);
}

bool use_colour(Colour colour, bool to_stdout) {
  if (colour != Colour::automatic) return colour == Colour::always;
  const char* no_colour = std::getenv("NO_COLOR");
  return !(no_colour && *no_colour) && to_stdout && isatty(STDOUT_FILENO);
}

}  // namespace kbrief::cli
