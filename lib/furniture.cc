// SPDX-License-Identifier: MIT
// Page furniture: what repeats on the pages rather than belonging to the brief's text.
#include <algorithm>
#include <map>
#include <optional>
#include <string>

#include "layout_detail.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

// A running head on every other page is one on three such pages at least: fewer may be a
// section's label that happens to stand at two pages' tops.
constexpr std::size_t kFacingHeadPages = 3;

void mark(Layout& layout, std::size_t i, FurnitureKind kind) {
  layout.lines[i].role = LineRole::furniture;
  layout.lines[i].furniture = kind;
}

bool is_extractor_note(std::string_view t) {
  if (t.size() < 3 || t.front() != '[' || t.back() != ']') return false;
  std::string_view inner = t.substr(1, t.size() - 2);
  return inner.find_first_of("[]") == std::string_view::npos && count_code_points(inner) <= 30;
}

// Notes of page-marked text: "[바닥글]" introduces the page's footer; the others ("[왼쪽 단]",
// "[오른쪽 단]", "[머리: …]") say a new column or region starts.
void mark_extractor_notes(std::string_view text, const LineTable& table, Layout& layout) {
  bool in_footer = false;
  bool column_pending = false;
  for (std::size_t i = 0; i < table.lines.size(); ++i) {
    LineInfo& info = layout.lines[i];
    if (info.role == LineRole::furniture && info.furniture == FurnitureKind::page_marker) {
      in_footer = false;
      column_pending = true;
      continue;
    }
    if (info.role != LineRole::content) continue;
    std::string_view t = line_text(text, table, layout, i);
    if (is_extractor_note(t)) {
      mark(layout, i, FurnitureKind::extractor_note);
      in_footer = t.substr(1).starts_with("바닥");
      column_pending = true;
      continue;
    }
    if (in_footer) {
      mark(layout, i, FurnitureKind::running_footer);
      continue;
    }
    if (column_pending) info.column_start = true;
    column_pending = false;
  }
}

bool in_zone(const std::vector<std::size_t>& page_lines, std::size_t k) {
  return k < kHeaderZone || k + kFooterZone >= page_lines.size();
}

// A page number is one to a page. Numbers set alone before a brief's section headings (1, 2,
// 3, … in boxes) can follow the pages for a while, one section to a page; on a page where the
// count goes on — the next number alone on a later line, neither of the two among other
// numbers as a table's or an axis's are — the series counts sections, not pages.
bool counts_on_within_a_page(std::string_view text, const LineTable& table, const Layout& layout,
                             const std::vector<std::vector<std::size_t>>& pages,
                             const std::vector<std::optional<std::size_t>>& chosen) {
  auto number_at = [&](std::size_t p, std::size_t k) {
    return page_number_value(line_text(text, table, layout, pages[p][k]));
  };
  auto among_numbers = [&](std::size_t p, std::size_t k) {
    return (k > 0 && number_at(p, k - 1)) || (k + 1 < pages[p].size() && number_at(p, k + 1));
  };
  for (std::size_t p = 0; p < pages.size(); ++p) {
    if (!chosen[p] || among_numbers(p, *chosen[p])) continue;
    long next = *number_at(p, *chosen[p]) + 1;
    for (std::size_t k = *chosen[p] + 1; k < pages[p].size(); ++k)
      if (number_at(p, k) == next && !among_numbers(p, k)) return true;
  }
  return false;
}

// Page numbers count the pages: a standalone number equal to the page index plus one
// offset on several pages, at a page's top or bottom.
void mark_page_numbers(std::string_view text, const LineTable& table, Layout& layout) {
  auto pages = content_lines_by_page(layout);
  std::map<long, std::size_t> pages_with_offset;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    std::vector<long> seen;
    for (std::size_t k = 0; k < pages[p].size(); ++k) {
      if (!in_zone(pages[p], k)) continue;
      auto v = page_number_value(line_text(text, table, layout, pages[p][k]));
      if (!v) continue;
      long offset = *v - static_cast<long>(p + 1);
      if (std::find(seen.begin(), seen.end(), offset) == seen.end()) {
        seen.push_back(offset);
        ++pages_with_offset[offset];
      }
    }
  }
  long best = 0;
  std::size_t best_count = 0;
  for (auto [offset, count] : pages_with_offset)
    if (count > best_count || (count == best_count && std::labs(offset) < std::labs(best))) {
      best = offset;
      best_count = count;
    }
  if (best_count < 2) return;
  std::vector<std::optional<std::size_t>> chosen(pages.size());
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (std::size_t k = 0; k < pages[p].size(); ++k) {
      auto v = page_number_value(line_text(text, table, layout, pages[p][k]));
      if (!v || *v - static_cast<long>(p + 1) != best) continue;
      if (!chosen[p] || in_zone(pages[p], k)) chosen[p] = k;  // prefer one at the page's edge
    }
  }
  if (counts_on_within_a_page(text, table, layout, pages, chosen)) return;
  for (std::size_t p = 0; p < pages.size(); ++p)
    if (chosen[p]) mark(layout, pages[p][*chosen[p]], FurnitureKind::page_number);
}

void mark_repeated_lines(std::string_view text, const LineTable& table, Layout& layout) {
  auto pages = content_lines_by_page(layout);
  if (pages.size() < 2) return;
  struct Seen {
    std::size_t pages = 0, top = 0, bottom = 0;
    // Pages after the first, by parity: a book sets one running head on its left-hand
    // pages and another (the article's title) on its right-hand ones.
    std::size_t facing[2] = {0, 0};
    std::size_t last_page = static_cast<std::size_t>(-1);
    bool on_first = false;  // seen on page 1
  };
  std::map<std::string, Seen> seen;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (std::size_t k = 0; k < pages[p].size(); ++k) {
      if (!in_zone(pages[p], k)) continue;
      std::string key = repetition_key(line_text(text, table, layout, pages[p][k]));
      if (count_code_points(key) < 2) continue;
      Seen& s = seen[key];
      if (s.last_page != p) {
        ++s.pages;
        s.on_first = s.on_first || p == 0;
        if (p > 0) ++s.facing[p % 2];
      }
      s.last_page = p;
      (k < kHeaderZone ? s.top : s.bottom)++;
    }
  }
  std::size_t needed = running_pages_needed(pages.size());
  // On a brief of four pages or more, a text on two pages only is a running head when the
  // two follow the same pattern: both after page 1 (whose top holds the masthead and title),
  // or both on one side of the spreads. Page 1's title and a later page's section heading
  // that shares its words are neither.
  auto on_every_page = [&](const Seen& s) {
    if (s.pages < needed) return false;
    if (pages.size() < 4 || s.pages > 2 || !s.on_first) return true;
    return s.facing[0] > 0;  // the other page is of page 1's side (pages 3, 5, …)
  };
  // A head on every other page: on half the pages of its side after the first (whose own
  // masthead may repeat the article's title), and on three of them at least.
  auto facing_head = [&](const Seen& s, std::size_t p) {
    std::size_t side_pages = (pages.size() - 1 + (p % 2 == 0 ? 0 : 1)) / 2;
    return p > 0 &&
           s.facing[p % 2] >= std::max<std::size_t>(kFacingHeadPages, (side_pages + 1) / 2);
  };
  for (std::size_t p = 0; p < pages.size(); ++p) {
    for (std::size_t k = 0; k < pages[p].size(); ++k) {
      if (!in_zone(pages[p], k)) continue;
      std::size_t i = pages[p][k];
      if (layout.lines[i].role != LineRole::content) continue;
      auto it = seen.find(repetition_key(line_text(text, table, layout, i)));
      if (it == seen.end() || (!on_every_page(it->second) && !facing_head(it->second, p))) continue;
      mark(layout, i,
           it->second.top >= it->second.bottom ? FurnitureKind::running_header
                                               : FurnitureKind::running_footer);
    }
  }
}

bool has_letter_or_digit(std::string_view t) {
  for (std::size_t i = 0; i < t.size();) {
    char32_t c = next_code_point(t, i);
    if (is_letter(c) || is_ascii_digit(c)) return true;
  }
  return false;
}

// Furniture grows into its neighbourhood at the page's edges: a line held between two
// furniture lines is a sidebar, and a bare rule ("-") next to furniture is decoration.
void grow_furniture(std::string_view text, const LineTable& table, Layout& layout) {
  std::vector<std::vector<std::size_t>> pages(layout.pages);
  for (std::size_t i = 0; i < layout.lines.size(); ++i)
    if (layout.lines[i].role != LineRole::blank) pages[layout.lines[i].page - 1].push_back(i);
  for (const auto& all : pages) {
    auto is_furniture = [&](std::size_t k) {
      return layout.lines[all[k]].role == LineRole::furniture;
    };
    for (std::size_t k = 0; k < all.size(); ++k) {
      std::size_t i = all[k];
      if (layout.lines[i].role != LineRole::content) continue;
      if (k >= kHeaderZone + 2 && k + kFooterZone + 2 < all.size()) continue;  // not at an edge
      bool before = k > 0 && is_furniture(k - 1);
      bool after = k + 1 < all.size() && is_furniture(k + 1);
      if (before && after) {
        mark(layout, i, FurnitureKind::sidebar);
      } else if ((before || after) && !has_letter_or_digit(line_text(text, table, layout, i))) {
        FurnitureKind neighbour = layout.lines[all[before ? k - 1 : k + 1]].furniture;
        mark(layout, i,
             neighbour == FurnitureKind::running_header ? FurnitureKind::running_header
                                                        : FurnitureKind::running_footer);
      }
    }
  }
}

}  // namespace

std::optional<long> page_number_value(std::string_view t) {
  std::size_t i = 0;
  auto skip_dress = [&] {
    while (i < t.size()) {
      std::size_t j = i;
      char32_t c = next_code_point(t, j);
      if (!(is_space(c) || c == '-' || c == 0x2013 || c == 0x2014 || c == 0xB7 || c == '|')) break;
      i = j;
    }
  };
  skip_dress();
  long v = 0;
  std::size_t digits = 0;
  for (; i < t.size() && t[i] >= '0' && t[i] <= '9'; ++i, ++digits)
    if (digits < 4) v = v * 10 + (t[i] - '0');  // more digits are no page number anyway
  if (digits == 0 || digits > 4) return std::nullopt;
  skip_dress();
  if (i < t.size() && t[i] == '/') {  // "3 / 12"
    ++i;
    skip_dress();
    while (i < t.size() && t[i] >= '0' && t[i] <= '9') ++i;
    skip_dress();
  }
  if (i != t.size()) return std::nullopt;
  return v;
}

std::string repetition_key(std::string_view t) {
  // Written through a pointer into a string sized for the whole line, then cut to length.
  std::string key(t.size(), '\0');
  char* out = key.data();
  for (std::size_t i = 0; i < t.size();) {
    auto b = static_cast<unsigned char>(t[i]);
    if (b < 0x80) {
      if (!is_space(b) && !is_ascii_digit(b))
        *out++ = static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b);
      ++i;
      continue;
    }
    std::size_t j = i;
    bool space = leads_hangul_block(b) ? (j += 3, false) : is_space(next_code_point(t, j));
    if (!space) out = std::copy(t.data() + i, t.data() + j, out);
    i = j;
  }
  key.resize(static_cast<std::size_t>(out - key.data()));
  return key;
}

void mark_furniture(std::string_view text, const LineTable& table,
                    const LineGeometryTable& geometry, Layout& layout) {
  if (layout.shape == Shape::page_marked) mark_extractor_notes(text, table, layout);
  mark_page_numbers(text, table, layout);
  mark_repeated_lines(text, table, layout);
  mark_band_furniture(text, table, geometry, layout);
  grow_furniture(text, table, layout);
}

}  // namespace kbrief::detail
