// SPDX-License-Identifier: MIT
// Formatting checks over a Document: the rules `kbrief check` runs for CI.
//
//   kbrief::Document doc = kbrief::build_document(std::move(text), "brief.txt");
//   kbrief::RuleSettings settings;                      // every rule at its default severity
//   settings.set("spacing", kbrief::Severity::error);   // or std::nullopt to turn it off
//   for (const kbrief::Diagnostic& f : kbrief::check_document(doc, settings)) …
//
// Each rule has a kebab-case id ("footnote-undefined"), a default severity, and a bad and a good
// example that `kbrief check --list-rules` and the README show. Findings carry the 1-based
// line and column (code points, as read) of the character to fix.
#pragma once

#include <map>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "kbrief/document.h"

namespace kbrief {

struct RuleInfo {
  std::string_view id;
  std::string_view group;  // "footnotes", "lists", "punctuation", …
  Severity severity;       // the default
  std::string_view summary;
  std::string_view bad, good;  // one-line examples
};

// Every rule, grouped, in the order the documentation lists them.
std::span<const RuleInfo> check_rules();
const RuleInfo* find_rule(std::string_view id);

// Which rules run, at which severity. Unknown ids are refused by `set`/`disable` so a typo
// in a configuration never silently turns a rule off.
// A rule's level as written in settings: a severity, or off (no severity).
struct SeverityLevel {
  std::optional<Severity> severity;
};
// "error", "warning", "info" or "off"; nothing for anything else.
std::optional<SeverityLevel> parse_severity_level(std::string_view text);

// Changes to the rules' settings as a user writes them, in a configuration or on a command
// line: a level for a rule ("spacing=error"; the level error, warning, info or off), rules
// turned off, and rules turned back on.
struct RuleChanges {
  std::vector<std::string> levels;  // "RULE=LEVEL"
  std::vector<std::string> disabled, enabled;
};

// A change refused, and the text at fault: the whole "RULE=LEVEL" when its level is not one,
// the id when it names no rule.
struct RuleChangeError {
  enum class Kind { malformed_level, unknown_rule } kind;
  std::string text;
};

class RuleSettings {
 public:
  // The rule's severity, or nothing when it is off.
  std::optional<Severity> severity(std::string_view id) const;
  // Returns false when `id` names no rule.
  bool set(std::string_view id, std::optional<Severity> severity);
  bool disable(std::string_view id) { return set(id, std::nullopt); }
  // Back on, at the severity set before (its default unless `set` said otherwise).
  bool enable(std::string_view id);
  // The levels, then the rules turned off, then those turned back on (which wins: a rule
  // that a configuration turns off can be turned back on for one run). Stops at the first
  // change refused.
  std::optional<RuleChangeError> apply(const RuleChanges& changes);

 private:
  std::map<std::string, std::optional<Severity>, std::less<>> overrides_;
  std::map<std::string, Severity, std::less<>> chosen_;  // severities set, for enable()
};

// Runs every enabled rule. The document's own diagnostics that are rules (footnote-undefined,
// footnote-unused, date-invalid, date-weekday, …) are included at the configured severity.
// Findings are ordered by line, column and rule id.
std::vector<Diagnostic> check_document(const Document& doc, const RuleSettings& settings = {});

}  // namespace kbrief
