// SPDX-License-Identifier: MIT
#include "kbrief/check.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>

#include "boxes.h"
#include "check_detail.h"
#include "unicode.h"

namespace kbrief {
namespace {

constexpr RuleInfo kRules[] = {
    {"footnote-sequence", "footnotes", Severity::error,
     "Footnote definitions are numbered 1, 2, 3, … with no gap, repeat or restart.",
     "notes 1) 2) 4) (3 is missing)", "notes 1) 2) 3)"},
    {"footnote-undefined", "footnotes", Severity::error,
     "A footnote reference, or a marker glued to a word, has a definition.",
     "강조했다.7) with no note 7)", "강조했다.7) … 7) 통일부, 『통일백서』, 2024."},
    {"footnote-unused", "footnotes", Severity::warning,
     "Every footnote definition is referenced in the text.", "note 5) that no marker 5) points to",
     "…밝혔다.5) … 5) 출처"},
    {"footnote-order", "footnotes", Severity::warning,
     "Footnotes are first referenced in the order of their numbers.", "…했다.2) … 밝혔다.1)",
     "…했다.1) … 밝혔다.2)"},
    {"footnote-stranded", "footnotes", Severity::info,
     "A footnote marker stands on a line of its own (the extractor split it from its word); "
     "kbrief attaches it to the text before it.",
     "a line holding only 3)", "밝혔다.3)"},
    {"list-sequence", "lists", Severity::error,
     "Numbered items and headings count up by one, without gaps, repeats or restarts.",
     "① 지침, ② 보안, ④ 훈련", "① 지침, ② 보안, ③ 훈련"},
    {"list-style", "lists", Severity::warning, "The items of one list share one marker style.",
     "1. 조직 / 2. 예산 / 3) 인력", "1. 조직 / 2. 예산 / 3. 인력"},
    {"unbalanced-pair", "punctuation", Severity::error,
     "Quotes and brackets open and close in pairs, properly nested, within a paragraph or "
     "footnote: “ ” ‘ ’ 「 」 ｢ ｣ 『 』 《 》 〈 〉 ( ) [ ].",
     "「국방백서 발간 (2024", "「국방백서」 발간 (2024)"},
    {"mixed-quotes", "punctuation", Severity::warning,
     "A document uses straight quotes or curly quotes, not both.", "\"억제\"와 “대응”",
     "“억제”와 “대응”"},
    {"spacing", "spacing", Severity::warning,
     "One space between words and after a sentence; none before . , ) and none inside a "
     "number.",
     "있다.그러나  이는 20 24 개 .", "있다. 그러나 이는 2024개."},
    {"date-format", "dates", Severity::warning,
     "Numeric dates are written one way throughout the document.", "2024.2.14. … 2024-02-15",
     "2024.2.14. … 2024.2.15."},
    {"date-invalid", "dates", Severity::error, "Dates exist in the calendar.", "2023.2.30., 13월",
     "2023.2.28., 12월"},
    {"date-future", "dates", Severity::warning,
     "A dated citation is not later than the document's publication date (or the reference date "
     "given).",
     "(검색일: 2025.3.1.) in a brief of 2024.2.22.", "(검색일: 2024.2.20.)"},
    {"date-weekday", "dates", Severity::warning, "A written weekday matches its date.",
     "2023.12.15.(목)", "2023.12.15.(금)"},
    {"characters", "characters", Severity::warning,
     "No private-use or control characters, (cid:N) or U+FFFD left by PDF fonts, and one "
     "width for each bracket.",
     "U+F0A0 around 동아일보; ｢ and 「 in one brief", "동아일보; 「 throughout"},
    {"unreadable-page", "characters", Severity::warning,
     "Every character of a PDF page can be read: its fonts map their glyphs to Unicode (a page "
     "whose fonts give U+FFFD is named, with how many characters were lost).",
     "page 3: 212 of its 1480 characters read as U+FFFD", "page 3 read whole"},
    {"paragraph-end", "structure", Severity::warning,
     "A paragraph ends with sentence-final punctuation (or a nominal ending such as 함, 음).",
     "… 강화할 필요가 있다", "… 강화할 필요가 있다."},
    {"heading-period", "structure", Severity::warning, "Headings do not end with a period.",
     "1. 추진 배경.", "1. 추진 배경"},
    {"url-broken", "structure", Severity::warning, "A URL is not broken by a space.",
     "https://www.example.go.kr/ board/view.do", "https://www.example.go.kr/board/view.do"},
    {"empty-page", "structure", Severity::warning,
     "Every page has text besides running headers, footers and page numbers.",
     "a page holding only its page number", "a page with its text"},
};

}  // namespace

std::span<const RuleInfo> check_rules() {
  return kRules;
}

const RuleInfo* find_rule(std::string_view id) {
  for (const RuleInfo& r : kRules)
    if (r.id == id) return &r;
  return nullptr;
}

std::optional<SeverityLevel> parse_severity_level(std::string_view text) {
  if (text == "error") return SeverityLevel{Severity::error};
  if (text == "warning") return SeverityLevel{Severity::warning};
  if (text == "info") return SeverityLevel{Severity::info};
  if (text == "off") return SeverityLevel{std::nullopt};
  return std::nullopt;
}

std::optional<Severity> RuleSettings::severity(std::string_view id) const {
  if (auto it = overrides_.find(id); it != overrides_.end()) return it->second;
  const RuleInfo* rule = find_rule(id);
  return rule ? std::optional<Severity>(rule->severity) : std::nullopt;
}

bool RuleSettings::set(std::string_view id, std::optional<Severity> severity) {
  if (!find_rule(id)) return false;
  overrides_[std::string(id)] = severity;
  if (severity) chosen_[std::string(id)] = *severity;
  return true;
}

bool RuleSettings::enable(std::string_view id) {
  const RuleInfo* rule = find_rule(id);
  if (!rule) return false;
  auto it = chosen_.find(id);
  overrides_[std::string(id)] = it != chosen_.end() ? it->second : rule->severity;
  return true;
}

std::optional<RuleChangeError> RuleSettings::apply(const RuleChanges& changes) {
  using Kind = RuleChangeError::Kind;
  for (const std::string& change : changes.levels) {
    std::size_t eq = change.find('=');
    auto level =
        eq == std::string::npos ? std::nullopt : parse_severity_level(change.substr(eq + 1));
    if (!level) return RuleChangeError{Kind::malformed_level, change};
    if (!set(change.substr(0, eq), level->severity))
      return RuleChangeError{Kind::unknown_rule, change.substr(0, eq)};
  }
  for (const std::string& id : changes.disabled)
    if (!disable(id)) return RuleChangeError{Kind::unknown_rule, id};
  for (const std::string& id : changes.enabled)
    if (!enable(id)) return RuleChangeError{Kind::unknown_rule, id};
  return std::nullopt;
}

namespace detail {

void Findings::at(std::string_view rule, Position where, std::string message, std::size_t length) {
  const RuleInfo* info = find_rule(rule);
  out_.push_back({info ? info->severity : Severity::warning, std::string(rule), std::move(message),
                  where.line, where.column, length});
}

void Findings::at_source(std::string_view rule, std::uint32_t line, std::uint32_t offset,
                         std::string message, std::uint32_t end) {
  // Columns count the text as read: so does the span.
  const DecodedText& d = doc_.decoded;
  std::size_t from = d.source_offset(offset), to = end > offset ? d.source_offset(end) : from;
  at(rule, positions_.at(line, offset), std::move(message),
     count_code_points(std::string_view(d.as_read()).substr(from, to - from)));
}

void Findings::in_text(std::string_view rule, const std::vector<TextPiece>& pieces,
                       std::uint32_t offset, std::string message, std::size_t length) {
  at(rule, positions_.in(pieces, offset), std::move(message), length);
}

std::string_view source_line(const Document& doc, std::uint32_t line) {
  const Line& l = doc.line_table.lines[line];
  return std::string_view(doc.decoded.text).substr(l.begin, l.end - l.begin);
}

std::string_view line_text(const Document& doc, std::uint32_t line) {
  const LineInfo& info = doc.layout.lines[line];
  return std::string_view(doc.decoded.text)
      .substr(info.text_begin, info.text_end - info.text_begin);
}

std::string_view line_text_with_tail(const Document& doc, std::uint32_t line) {
  const LineInfo& info = doc.layout.lines[line];
  if (info.tail == TailKind::none) return line_text(doc, line);
  // The stored span ends before the tail; the tail runs to the line's last non-space.
  std::uint32_t end = doc.line_table.lines[line].end;
  return trim_end(
      std::string_view(doc.decoded.text).substr(info.text_begin, end - info.text_begin));
}

void check_sequence(const std::vector<NumberedItem>& items, int first, std::string_view rule,
                    std::string_view what, const std::function<std::string(int)>& describe,
                    Findings& out) {
  int expected = first;
  for (std::size_t i = 0; i < items.size(); ++i) {
    const NumberedItem& item = items[i];
    int n = item.ordinal;
    auto report = [&](std::string message) {
      out.at(rule, item.where, std::move(message), count_code_points(item.label));
    };
    if (n == expected) {
      expected = n + 1;
      continue;
    }
    // One wrong label: the next item goes on from the number this one should have had.
    bool next_fits = i + 1 < items.size() && items[i + 1].ordinal == expected + 1;
    if (next_fits) {
      report(fmt::format("{} {} should be {}", what, item.label, describe(expected)));
      ++expected;
      continue;
    }
    if (i == 0)
      report(fmt::format("{} starts at {}; expected {}", what, item.label, describe(expected)));
    else if (n == expected - 1)
      report(fmt::format("{} {} repeats the number before it", what, item.label));
    else if (n < expected)
      report(fmt::format("{} {} restarts the numbering after {}; expected {}", what, item.label,
                         describe(expected - 1), describe(expected)));
    else if (n == expected + 1)
      report(fmt::format("{} {} follows {}: {} is missing", what, item.label,
                         describe(expected - 1), describe(expected)));
    else
      report(fmt::format("{} {} follows {}: {} to {} are missing", what, item.label,
                         describe(expected - 1), describe(expected), describe(n - 1)));
    expected = n + 1;
  }
}

}  // namespace detail

std::vector<Diagnostic> check_document(const Document& doc, const RuleSettings& settings) {
  detail::Findings findings(doc);
  for (const Diagnostic& d : doc.diagnostics)
    if (find_rule(d.rule)) findings.at(d.rule, {d.line, d.column}, d.message, d.length);
  detail::check_footnotes(findings);
  detail::check_lists(findings);
  detail::check_pairs(findings);
  detail::check_spacing(findings);
  detail::check_characters(findings);
  detail::check_dates(findings);
  detail::check_structure(findings);

  std::vector<Diagnostic> out;
  for (Diagnostic& d : findings.list()) {
    std::optional<Severity> severity = settings.severity(d.rule);
    if (!severity) continue;
    d.severity = *severity;
    out.push_back(std::move(d));
  }
  std::stable_sort(out.begin(), out.end(), [](const Diagnostic& a, const Diagnostic& b) {
    return std::tie(a.line, a.column, a.rule) < std::tie(b.line, b.column, b.rule);
  });
  detail::place_on_pages(doc, out);
  return out;
}

}  // namespace kbrief
