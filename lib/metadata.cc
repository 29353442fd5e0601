// SPDX-License-Identifier: MIT
#include "metadata.h"

#include <algorithm>

#include "front_detail.h"
#include "layout_detail.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

// A title line without the note stars glued to its words' ends ("DNAS* 기술" -> "DNAS 기술"):
// a star there marks a note on the word, as on an author's name, and is no part of the title.
std::string without_note_stars(std::string_view t) {
  std::string out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (t[i] == '*' && i > 0 && t[i - 1] != ' ' && t[i - 1] != '*') {
      std::size_t end = i;
      while (end < t.size() && t[end] == '*') ++end;
      if (end == t.size() || t[end] == ' ') {
        i = end - 1;
        continue;
      }
    }
    out += t[i];
  }
  return out;
}

// "ⓒKINU 2024" -> "KINU".
std::optional<std::string> copyright_holder(std::string_view c) {
  for (std::string_view sign : {std::string_view("\u24D2"), std::string_view("\u00A9")})
    if (c.starts_with(sign)) c.remove_prefix(sign.size());
  std::string out;
  std::size_t i = 0;
  while (i < c.size()) {
    while (i < c.size() && c[i] == ' ') ++i;
    std::size_t j = c.find(' ', i);
    if (j == std::string_view::npos) j = c.size();
    std::string_view word = c.substr(i, j - i);
    bool year = !word.empty() && std::all_of(word.begin(), word.end(),
                                             [](char ch) { return ch >= '0' && ch <= '9'; });
    if (!word.empty() && !year) {
      if (!out.empty()) out += ' ';
      out.append(word);
    }
    i = j;
  }
  if (out.empty()) return std::nullopt;
  return out;
}

// "ⓒKINU 2024" -> 2024: a four-digit year standing alone, from 1900 to 2100.
std::optional<int> copyright_year(std::string_view s) {
  for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
    bool four = true;
    for (std::size_t k = 0; k < 4; ++k) four = four && is_ascii_digit(s[i + k]);
    bool alone =
        (i == 0 || !is_ascii_digit(s[i - 1])) && (i + 4 == s.size() || !is_ascii_digit(s[i + 4]));
    int year = four ? std::stoi(std::string(s.substr(i, 4))) : 0;
    if (four && alone && year >= 1900 && year <= 2100) return year;
  }
  return std::nullopt;
}

// A copyright notice at a line's end (or alone on a line) belongs to the metadata.
void read_copyrights(std::string_view text, const LineTable& table, const Layout& layout,
                     Metadata& meta) {
  for (std::uint32_t i = 0; i < table.lines.size(); ++i) {
    if (layout.lines[i].tail != TailKind::copyright) continue;
    std::string_view tail = trim(
        text.substr(layout.lines[i].tail_begin, table.lines[i].end - layout.lines[i].tail_begin));
    std::string copyright = without_zero_width(tail);
    if (!meta.copyright) meta.copyright = copyright;
    meta.sources.push_back({"copyright", std::move(copyright), i});
  }
}

// The publisher named by a colophon field outside the body ("발행처 I 국회입법조사처" in a
// running footer, "발행처ㅣ국회예산정책처 발행인ㅣ…" on the closing page): the first one.
std::optional<std::string> colophon_publisher(std::string_view text, const LineTable& table,
                                              const Layout& layout) {
  for (std::uint32_t i = 0; i < table.lines.size(); ++i) {
    LineRole role = layout.lines[i].role;
    if (role != LineRole::back_matter && role != LineRole::furniture) continue;
    std::string clean = without_zero_width(line_text(text, table, layout, i));
    if (auto org = field_value(clean, kPublisherKey)) return std::string(*org);
  }
  return std::nullopt;
}

}  // namespace

FrontMatter read_front_matter(std::string_view text, const LineTable& table, const Layout& layout,
                              const Blocks& segments) {
  auto line = [&](std::uint32_t i) { return line_text(text, table, layout, i); };
  FrontMatter out;
  for (std::uint32_t l : segments.front_matter)
    out.lines.push_back({without_zero_width(line(l)), l});
  Metadata& meta = out.metadata;
  std::vector<std::string> title_lines;
  for (const MetaLine& m : segments.metadata) {
    std::string t = without_zero_width(line(m.line));
    if (!m.page_furniture) meta.sources.push_back({std::string(to_string(m.field)), t, m.line});
    switch (m.field) {
      case MetaField::title:  // its lines joined below
        title_lines.push_back(without_note_stars(t));
        break;
      case MetaField::author:  // read with the byline: segments.authors
        break;
      default:
        if (!meta.issue) meta.issue = m.issue;
        if (!meta.publication_date) meta.publication_date = m.publication_date;
        if (!meta.organization) meta.organization = m.organization;
        break;
    }
  }
  // The title's lines joined by spaces, lines drawn over each other read once.
  if (!title_lines.empty())
    meta.title =
        join_overdrawn(std::vector<std::string_view>(title_lines.begin(), title_lines.end()));
  meta.authors = segments.authors;
  read_copyrights(text, table, layout, meta);
  if (meta.copyright) meta.copyright_year = copyright_year(*meta.copyright);
  if (!meta.organization) meta.organization = colophon_publisher(text, table, layout);
  if (!meta.organization && meta.copyright) meta.organization = copyright_holder(*meta.copyright);
  std::sort(meta.sources.begin(), meta.sources.end(),
            [](const MetadataSource& a, const MetadataSource& b) { return a.line < b.line; });
  if (!meta.title)
    out.diagnostics.push_back(
        {Severity::info, "title-missing", "no title found on the first page", 1, 1});
  return out;
}

}  // namespace kbrief::detail
