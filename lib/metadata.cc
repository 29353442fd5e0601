// SPDX-License-Identifier: MIT
#include "metadata.h"

#include <algorithm>

#include "front_detail.h"
#include "layout_detail.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

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

std::string strip_name(std::string_view n) {
  std::string out;
  for (char ch : n)
    if (ch != ' ' && ch != '*') out += ch;
  return out;
}

// "김민성(통일연구원 연구위원)": name, affiliation and position in one line.
Author parenthesised_author(std::string_view t, std::size_t open) {
  Author a;
  a.name = strip_name(t.substr(0, open));
  std::string_view inner = trim(t.substr(open + 1, t.size() - open - 2));
  std::size_t space = inner.rfind(' ');
  if (space != std::string_view::npos) {
    a.affiliation = std::string(trim(inner.substr(0, space)));
    a.position = std::string(inner.substr(space + 1));
  } else if (!inner.empty()) {
    a.affiliation = std::string(inner);
  }
  return a;
}

// A byline's lines: names, each alone or with its affiliation, and e-mail addresses and
// affiliations given to the authors in order.
std::vector<Author> read_authors(const std::vector<std::string_view>& lines) {
  std::vector<Author> authors;
  auto next_without = [&](auto member) -> Author* {
    for (auto& a : authors)
      if (!(a.*member)) return &a;
    return authors.empty() ? nullptr : &authors.back();
  };
  for (std::string_view t : lines) {
    std::size_t open = t.find('(');
    if (open != std::string_view::npos && t.back() == ')' && is_name(trim(t.substr(0, open)))) {
      authors.push_back(parenthesised_author(t, open));
    } else if (is_name(t)) {
      authors.push_back(Author{strip_name(t), {}, {}, {}});
    } else if (is_email(t)) {
      if (Author* a = next_without(&Author::email)) a->email = std::string(t);
    } else if (std::size_t space = t.find(' ');
               space != std::string_view::npos && is_compact_name(t.substr(0, space)) &&
               authors.size() < 8 && (authors.empty() || authors.back().affiliation)) {
      authors.push_back(
          Author{std::string(t.substr(0, space)), std::string(trim(t.substr(space + 1))), {}, {}});
    } else if (Author* a = next_without(&Author::affiliation)) {
      a->affiliation = std::string(t);
    }
  }
  return authors;
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

}  // namespace

FrontMatter read_front_matter(std::string_view text, const LineTable& table, const Layout& layout,
                              const Blocks& segments) {
  auto line = [&](std::uint32_t i) { return line_text(text, table, layout, i); };
  FrontMatter out;
  for (std::uint32_t l : segments.front_matter)
    out.lines.push_back({without_zero_width(line(l)), l});
  Metadata& meta = out.metadata;
  std::vector<std::string_view> author_lines;
  for (const MetaLine& m : segments.metadata) {
    std::string t = without_zero_width(line(m.line));
    meta.sources.push_back({std::string(to_string(m.field)), t, m.line});
    switch (m.field) {
      case MetaField::title:  // its lines joined by spaces
        if (!meta.title) meta.title.emplace();
        if (!meta.title->empty()) *meta.title += ' ';
        *meta.title += t;
        break;
      case MetaField::author:
        author_lines.push_back(line(m.line));
        break;
      default:
        if (!meta.issue) meta.issue = m.issue;
        if (!meta.publication_date) meta.publication_date = m.publication_date;
        if (!meta.organization) meta.organization = m.organization;
        break;
    }
  }
  meta.authors = read_authors(author_lines);
  read_copyrights(text, table, layout, meta);
  if (!meta.organization && meta.copyright) meta.organization = copyright_holder(*meta.copyright);
  std::sort(meta.sources.begin(), meta.sources.end(),
            [](const MetadataSource& a, const MetadataSource& b) { return a.line < b.line; });
  if (!meta.title)
    out.diagnostics.push_back(
        {Severity::info, "title-missing", "no title found on the first page", 1, 1});
  return out;
}

}  // namespace kbrief::detail
