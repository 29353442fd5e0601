// SPDX-License-Identifier: MIT
// Date rules: date-format (numeric dates written one way throughout) and date-future (a
// dated citation after the publication date or the reference date given). date-invalid and date-weekday
// come from the document's dates stage.
#include <fmt/format.h>

#include <algorithm>

#include "check_detail.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

// How a numeric date is written: "2024.2.14.", "2024. 02. 14", "2024-02-14", "24/2/14".
// Padding and the trailing dot are unknown (nullopt) where the date cannot show them.
struct NumericForm {
  char separator = '.';
  bool spaced = false;  // a space after each separator
  bool long_year = true;
  std::optional<bool> padded;        // "02" for 2; unknown when month and day have two digits
  std::optional<bool> trailing_dot;  // '.' dates only; unknown at the end of a text
  int year = 0, month = 0, day = 0;
};

std::optional<NumericForm> numeric_form(std::string_view e, bool at_text_end) {
  NumericForm f;
  std::size_t i = 0;
  auto digits = [&](int& value) {
    std::size_t start = i;
    while (i < e.size() && is_ascii_digit(static_cast<unsigned char>(e[i])))
      value = value * 10 + (e[i++] - '0');
    return i - start;
  };
  std::size_t year_digits = digits(f.year);
  if (year_digits != 4 && year_digits != 2) return std::nullopt;
  f.long_year = year_digits == 4;
  if (i >= e.size() || (e[i] != '.' && e[i] != '-' && e[i] != '/')) return std::nullopt;
  f.separator = e[i++];
  f.spaced = i < e.size() && e[i] == ' ';
  if (f.spaced) ++i;
  std::size_t month_digits = digits(f.month);
  if (month_digits == 0 || month_digits > 2 || i >= e.size() || e[i] != f.separator)
    return std::nullopt;
  ++i;
  if (f.spaced != (i < e.size() && e[i] == ' ')) return std::nullopt;
  if (f.spaced) ++i;
  std::size_t day_digits = digits(f.day);
  if (day_digits == 0 || day_digits > 2) return std::nullopt;
  bool dot = i < e.size() && e[i] == '.';
  if (dot) ++i;
  if (i != e.size()) return std::nullopt;
  if (f.month < 10 || f.day < 10)
    f.padded = (f.month < 10 && month_digits == 2) || (f.day < 10 && day_digits == 2);
  if (f.separator == '.' && !(dot && at_text_end)) f.trailing_dot = dot;
  return f;
}

std::string render(const NumericForm& style, const NumericForm& date) {
  bool pad = style.padded.value_or(false);
  std::string sep =
      style.spaced ? fmt::format("{} ", style.separator) : std::string(1, style.separator);
  std::string year =
      style.long_year ? fmt::format("{:04}", date.year) : fmt::format("{:02}", date.year % 100);
  return fmt::format("{}{}{}{}{}{}", year, sep,
                     pad ? fmt::format("{:02}", date.month) : std::to_string(date.month), sep,
                     pad ? fmt::format("{:02}", date.day) : std::to_string(date.day),
                     style.separator == '.' && style.trailing_dot.value_or(true) ? "." : "");
}

// The value most dates agree on; the first seen wins a tie.
template <typename T>
std::optional<T> majority(const std::vector<std::optional<T>>& values) {
  std::vector<std::pair<T, int>> counts;
  for (const auto& v : values) {
    if (!v) continue;
    auto it = std::find_if(counts.begin(), counts.end(), [&](auto& c) { return c.first == *v; });
    if (it == counts.end())
      counts.push_back({*v, 1});
    else
      ++it->second;
  }
  if (counts.empty()) return std::nullopt;
  auto best = counts.begin();
  for (auto it = counts.begin(); it != counts.end(); ++it)
    if (it->second > best->second) best = it;
  return best->first;
}

struct Written {
  NumericForm form;
  const DateMention* mention;
};

void check_formats(Findings& out) {
  const Document& doc = out.doc();
  std::vector<Written> dates;
  auto collect = [&](const std::string& text, const std::vector<DateMention>& mentions) {
    for (const DateMention& m : mentions) {
      std::string_view rest = trim(std::string_view(text).substr(m.offset + m.length));
      if (auto f = numeric_form(m.expression, rest.empty())) dates.push_back({*f, &m});
    }
  };
  for (const Block& b : doc.blocks) collect(b.text, b.dates);
  for (const Footnote& f : doc.footnotes) collect(f.text, f.dates);
  if (dates.size() < 2) return;

  std::vector<std::optional<char>> separators;
  std::vector<std::optional<bool>> spaced, long_years, padded, dots;
  for (const Written& w : dates) {
    separators.push_back(w.form.separator);
    spaced.push_back(w.form.spaced);
    long_years.push_back(w.form.long_year);
    padded.push_back(w.form.padded);
    if (w.form.separator == '.') dots.push_back(w.form.trailing_dot);
  }
  NumericForm style;
  style.separator = *majority(separators);
  style.spaced = *majority(spaced);
  style.long_year = *majority(long_years);
  style.padded = majority(padded);
  style.trailing_dot = majority(dots);

  for (const Written& w : dates) {
    const NumericForm& f = w.form;
    bool differs = f.separator != style.separator || f.spaced != style.spaced ||
                   f.long_year != style.long_year ||
                   (f.padded && style.padded && *f.padded != *style.padded) ||
                   (f.separator == '.' && style.separator == '.' && f.trailing_dot &&
                    style.trailing_dot && *f.trailing_dot != *style.trailing_dot);
    if (!differs) continue;
    out.at("date-format", {w.mention->line, w.mention->column},
           fmt::format("date {} is written unlike the document's other dates; write it {}",
                       w.mention->expression, render(style, f)),
           count_code_points(w.mention->expression));
  }
}

void check_future(Findings& out) {
  const Document& doc = out.doc();
  const auto& ref = doc.metadata.reference_date;
  if (!ref || ref->year_only || (ref->source != "ref-date" && ref->source != "publication-date"))
    return;
  std::string_view against =
      ref->source == "ref-date" ? "the reference date given" : "the publication date";
  for (const Footnote& f : doc.footnotes)
    for (const DateMention& m : f.dates) {
      const ResolvedDate& d = m.date;
      if (!d.span || d.resolution != DateResolution::absolute ||
          d.span->granularity != Granularity::day || !(d.span->start > ref->date))
        continue;
      out.at("date-future", {m.line, m.column},
             fmt::format("citation dated {} is after {} ({}); check the date", d.value, against,
                         reference_value(*ref)),
             count_code_points(m.expression));
    }
}

}  // namespace

void check_dates(Findings& out) {
  check_formats(out);
  check_future(out);
}

}  // namespace kbrief::detail
