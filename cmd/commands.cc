// SPDX-License-Identifier: MIT
#include "commands.h"

namespace kbrief::cli {
namespace {

constexpr Command kCommands[] = {
    {"json", "Segment briefs and print their structure as JSON (one object per line)",
     json_command},
    {"markdown", "Render briefs as clean, Pandoc-compatible Markdown", markdown_command},
    {"timeline", "List every dated statement of briefs as an event timeline (CSV or JSON Lines)",
     timeline_command},
    {"check",
     "Report formatting problems in briefs (footnotes, lists, quotes, spacing, dates, "
     "characters, structure) for CI",
     check_command},
    {"dates", "Find and resolve the date expressions of plain text, line by line", dates_command},
    {"text",
     "Print the text kbrief reads from briefs (a PDF's text layer in reading order), whose lines "
     "the other commands' line numbers count",
     text_command},
};

}  // namespace

std::span<const Command> commands() {
  return kCommands;
}

}  // namespace kbrief::cli
