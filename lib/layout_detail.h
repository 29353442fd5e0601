// SPDX-License-Identifier: MIT
// Internal pieces of the layout stage, shared by layout.cc and furniture.cc.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kbrief/layout.h"

namespace kbrief::detail {

// The trimmed text of line `i`, its tail excluded: a view of the span analyse_layout stored
// (LineInfo::text_begin/text_end), never a fresh trim. The table is not needed any more; it
// stays in the signature so that every caller reads a line the same way.
// Inline: segmentation asks for lines all the time, and the answer is a lookup.
inline std::string_view line_text(std::string_view text, const LineTable& /*table*/,
                                  const Layout& layout, std::size_t i) {
  const LineInfo& info = layout.lines[i];
  return text.substr(info.text_begin, info.text_end - info.text_begin);
}

// A page marker of another extractor: "=== PDF 3쪽 / 4 ===" (trimmed).
bool is_page_marker(std::string_view t);

// Where running headers and footers stand: among the first kHeaderZone or the last
// kFooterZone content lines of a page; and on how many of a document's `pages` pages their
// text must stand there to be one: most of them, and two at least.
inline constexpr std::size_t kHeaderZone = 3;
inline constexpr std::size_t kFooterZone = 4;
inline std::size_t running_pages_needed(std::size_t pages) {
  return pages < 3 ? 2 : (pages + 1) / 2;
}

// Indices of the content lines of each page (index 0 is page 1).
std::vector<std::vector<std::size_t>> content_lines_by_page(const Layout& layout);

// Marks running headers and footers, page numbers, sidebars and extractor furniture; a PDF's
// `geometry` (empty for text input) adds what repeats in the pages' top and bottom bands.
void mark_furniture(std::string_view text, const LineTable& table,
                    const LineGeometryTable& geometry, Layout& layout);
// What furniture.cc reads of a line, shared with furniture_bands.cc:
// a page number alone on a line, possibly dressed ("- 3 -", "3 / 12"), and its value;
std::optional<long> page_number_value(std::string_view t);
// the text a running header or footer keeps from page to page (digits and spaces removed,
// ASCII lower-cased).
std::string repetition_key(std::string_view t);
// Marks, in a PDF, the lines that repeat in the same band at the top or bottom of most pages,
// beyond the body's lines: the same text, or a number that changes from page to page.
void mark_band_furniture(std::string_view text, const LineTable& table,
                         const LineGeometryTable& geometry, Layout& layout);
// Marks end marks and everything after them as back matter, and copyright tails; a PDF's
// `geometry` (empty for text input) tells a note set in smaller type than the body's.
void mark_back_matter(std::string_view text, const LineTable& table,
                      const LineGeometryTable& geometry, Layout& layout);

}  // namespace kbrief::detail
