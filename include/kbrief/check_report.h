// SPDX-License-Identifier: MIT
// Emitters for `kbrief check` findings: plain text for people, JSON for scripts, GitHub
// Actions annotations, and SARIF 2.1.0 for code-scanning services.
//
// Text and GitHub reports are written file by file as a batch goes; JSON and SARIF hold the
// whole batch in one document, so they are written once at the end.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kbrief/check.h"

namespace kbrief {

struct FileFindings {
  std::string path;  // as messages name the file: "<stdin>" for standard input
  std::vector<Diagnostic> findings;
};

// How many findings there are of each severity, over one file or a batch.
struct FindingCounts {
  std::size_t files = 0, errors = 0, warnings = 0, infos = 0;
  void add(const std::vector<Diagnostic>& findings);  // one more file's
  // Findings at `severity` or more severe.
  std::size_t at_least(Severity severity) const;
};

// "3 files checked: 1 error, 2 warnings, 0 info", and "; 1 file not read" when `unread` files
// could not be checked.
std::string summary(const FindingCounts& counts, std::size_t unread);

// Each finding as "brief.txt:12:5: error: message [rule]", then the line of `source` (the
// document the findings are about) it points at, as read, and a caret line under its span:
//
//   brief.txt:3:6: error: footnote marker 7) has no definition [footnote-undefined]
//       3 | 강조했다.7) 이어서
//         |          ^^
//
// Carets are placed by display columns, as a terminal shows the line: Hangul and other wide
// characters take two, a tab is shown as spaces to the next multiple of 8, a control
// character as its Unicode picture (␛); a line over 100 columns is cut around the span, with
// "..." where it was cut. With `colour`, ANSI colours for the severity, the rule and the
// carets.
std::string text_report(const FileFindings& file, const Document& source, bool colour);

// Every rule by group: its id, its level under `settings`, what it checks, and a bad and a
// good example.
std::string rules_report(const RuleSettings& settings);

// "::error file=brief.txt,line=12,col=5,title=rule::message" per line (GitHub Actions
// workflow commands; info findings become notices).
std::string github_report(const FileFindings& file);

// A JSON array of {file, line, column, severity, rule, message}, one line each.
std::string json_report(const std::vector<FileFindings>& files);

// A SARIF 2.1.0 log: one run, the rules as reportingDescriptors (their severities as
// configured), one result per finding, columns in Unicode code points; a finding that covers
// part of its line has the region's endColumn (one past its last character).
std::string sarif_report(const std::vector<FileFindings>& files, const RuleSettings& settings,
                         std::string_view version);

}  // namespace kbrief
