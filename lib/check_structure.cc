// SPDX-License-Identifier: MIT
// Structure rules: paragraph-end, heading-period and empty-page.
#include <fmt/format.h>

#include <map>

#include "check_detail.h"
#include "markers.h"
#include "punctuation.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

// Offset of the last code point of `t`.
std::uint32_t last_character(std::string_view t) {
  std::size_t i = t.size();
  if (i > 0) prev_code_point(t, i);
  return static_cast<std::uint32_t>(i);
}

void check_paragraph_ends(Findings& out) {
  const auto& blocks = out.doc().blocks;
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    const Block& b = blocks[k];
    if (b.type != BlockType::paragraph && b.type != BlockType::summary) continue;
    // A summary box's section is a label, a lead and items, none of them sentences.
    if (!b.title.empty() || !b.items.empty()) continue;
    std::string_view t = trim_end(b.text);
    if (t.empty() || ends_sentence(t) || ends_with_period(t)) continue;
    // A paragraph that introduces the list or table after it may end in a colon.
    bool introduces = k + 1 < blocks.size() &&
                      (blocks[k + 1].type == BlockType::list || is_region(blocks[k + 1].type));
    if (t.back() == ':' && introduces) continue;
    std::uint32_t last = last_character(t);
    out.in_text("paragraph-end", b.pieces, last,
                fmt::format("paragraph {} ends in '{}' without a sentence's final punctuation; "
                            "end it with '.' (or join it to the text it belongs to)",
                            b.id, t.substr(last)),
                1);
  }
}

bool ends_in_one_period(std::string_view t) {
  return !t.empty() && t.back() == '.' && !t.ends_with("..");
}

// Headings, and one-line paragraphs that are headings but for their period: labelled in a
// style the document's headings use, with the number after the last such heading's
// ("Ⅲ. 시사점." after "Ⅱ. …"). The period is what kept them from being read as headings.
void check_heading_periods(Findings& out) {
  const Document& doc = out.doc();
  std::map<ListStyle, int> last_heading;  // each heading style's latest number
  for (const Block& b : doc.blocks) {
    if (b.type == BlockType::heading) {
      if (counts_as_numbered(b.label)) last_heading[b.label.style] = b.label.ordinal;
      std::string_view t = trim_end(b.text);
      if (ends_in_one_period(t))
        out.in_text("heading-period", b.pieces, static_cast<std::uint32_t>(t.size() - 1),
                    fmt::format("heading {} ends with a period; remove it", b.id), 1);
      continue;
    }
    if (b.type != BlockType::paragraph || b.source_lines.size() != 1) continue;
    std::string_view t = trim_end(b.text);
    auto m = line_marker(t);
    if (!m || !ends_in_one_period(t)) continue;
    auto it = last_heading.find(m->style);
    if (it == last_heading.end() || m->ordinal != it->second + 1) continue;
    it->second = m->ordinal;
    out.in_text("heading-period", b.pieces, static_cast<std::uint32_t>(t.size() - 1),
                fmt::format("heading {} ends with a period; remove it", t.substr(0, m->end)), 1);
  }
}

bool is_page_furniture_only(FurnitureKind k) {
  return k == FurnitureKind::running_header || k == FurnitureKind::running_footer ||
         k == FurnitureKind::page_number || k == FurnitureKind::page_marker ||
         k == FurnitureKind::extractor_note;
}

void check_empty_pages(Findings& out) {
  const Document& doc = out.doc();
  std::size_t pages = doc.source.pages;
  if (pages == 0 || doc.line_table.lines.empty()) return;
  std::vector<char> has_text(pages + 1, 0);
  std::vector<std::int64_t> first_line(pages + 1, -1);
  for (std::uint32_t l = 0; l < doc.layout.lines.size(); ++l) {
    const LineInfo& info = doc.layout.lines[l];
    if (info.page == 0 || info.page > pages) continue;
    if (first_line[info.page] < 0) first_line[info.page] = l;
    if (info.role == LineRole::content || info.role == LineRole::back_matter ||
        (info.role == LineRole::furniture && !is_page_furniture_only(info.furniture)))
      has_text[info.page] = 1;
  }
  for (std::size_t p = 1; p <= pages; ++p) {
    if (has_text[p]) continue;
    // A page without lines of its own is reported where the next page starts.
    std::int64_t line = first_line[p];
    for (std::size_t q = p + 1; line < 0 && q <= pages; ++q) line = first_line[q];
    if (line < 0) line = static_cast<std::int64_t>(doc.line_table.lines.size()) - 1;
    auto l = static_cast<std::uint32_t>(line);
    out.at_source("empty-page", l, doc.line_table.lines[l].begin,
                  fmt::format("page {} has no text besides running headers, footers or page "
                              "numbers",
                              p));
  }
}

}  // namespace

void check_structure(Findings& out) {
  check_paragraph_ends(out);
  check_heading_periods(out);
  check_empty_pages(out);
}

}  // namespace kbrief::detail
