// SPDX-License-Identifier: MIT
#include "kbrief/blocks.h"

#include <algorithm>

#include "blocks_detail.h"
#include "layout_detail.h"
#include "unicode.h"

namespace kbrief {

std::string_view to_string(BlockType type) {
  switch (type) {
    case BlockType::heading:
      return "heading";
    case BlockType::paragraph:
      return "paragraph";
    case BlockType::list:
      return "list";
    case BlockType::summary:
      return "summary";
    case BlockType::table:
      return "table";
    case BlockType::back_matter:
      return "back_matter";
    case BlockType::figure:
      return "figure";
  }
  return "paragraph";
}

std::vector<std::uint32_t> BlockLines::lead_lines() const {
  std::vector<std::uint32_t> in_items;
  for (const auto& item : items)
    in_items.insert(in_items.end(), item.lines.begin(), item.lines.end());
  std::sort(in_items.begin(), in_items.end());
  std::vector<std::uint32_t> lead;
  for (std::size_t k = std::min(title_lines, lines.size()); k < lines.size(); ++k)
    if (!std::binary_search(in_items.begin(), in_items.end(), lines[k])) lead.push_back(lines[k]);
  return lead;
}

std::string_view to_string(ListStyle style) {
  switch (style) {
    case ListStyle::decimal:
      return "decimal";
    case ListStyle::decimal_paren:
      return "decimal-paren";
    case ListStyle::decimal_rparen:
      return "decimal-rparen";
    case ListStyle::hangul:
      return "hangul";
    case ListStyle::hangul_paren:
      return "hangul-paren";
    case ListStyle::circled:
      return "circled";
    case ListStyle::roman:
      return "roman";
    case ListStyle::bullet:
      return "bullet";
  }
  return "bullet";
}

std::string_view to_string(MetaField field) {
  switch (field) {
    case MetaField::title:
      return "title";
    case MetaField::author:
      return "author";
    case MetaField::issue:
      return "issue";
    case MetaField::publication_date:
      return "publication_date";
    case MetaField::organization:
      return "organization";
  }
  return "title";
}

namespace detail {

Ctx::Ctx(std::string_view t, const LineTable& tb, const Layout& l, const LineGeometryTable& g,
         const PdfInfo& i)
    : text(t), table(tb), layout(l), geometry(g), info(i) {
  taken.assign(table.lines.size(), 0);
  for (std::uint32_t i = 0; i < table.lines.size(); ++i)
    if (layout.lines[i].role == LineRole::content && !line(i).empty()) content.push_back(i);
}

bool Ctx::blank_between(std::uint32_t a, std::uint32_t b) const {
  for (std::uint32_t k = a + 1; k < b; ++k)
    if (layout.lines[k].role == LineRole::blank) return true;
  return false;
}

std::vector<std::uint32_t> Ctx::free_lines() const {
  std::vector<std::uint32_t> out;
  for (std::uint32_t i : content)
    if (!taken[i]) out.push_back(i);
  return out;
}

// Each run of back-matter lines, uninterrupted by body lines (blank lines and page furniture
// do not interrupt it), is one block.
void collect_back_matter(const Ctx& ctx, Blocks& out) {
  BlockLines* run = nullptr;
  for (std::uint32_t i = 0; i < ctx.layout.lines.size(); ++i) {
    LineRole role = ctx.layout.lines[i].role;
    if (role == LineRole::content) run = nullptr;
    if (role != LineRole::back_matter || ctx.line(i).empty()) continue;
    if (!run) {
      out.blocks.push_back(BlockLines{});
      run = &out.blocks.back();
      run->type = BlockType::back_matter;
    }
    run->lines.push_back(i);
  }
}

}  // namespace detail

Blocks segment_blocks(std::string_view text, const LineTable& table, const Layout& layout,
                      const LineGeometryTable& geometry, const PdfInfo& info) {
  detail::Ctx ctx(text, table, layout, geometry, info);
  Blocks out;
  detail::find_footnotes(ctx, out);
  detail::find_front(ctx, out);
  detail::segment_flow(ctx, out);
  detail::collect_back_matter(ctx, out);
  std::sort(out.blocks.begin(), out.blocks.end(), [](const BlockLines& a, const BlockLines& b) {
    return *std::min_element(a.lines.begin(), a.lines.end()) <
           *std::min_element(b.lines.begin(), b.lines.end());
  });
  std::sort(out.metadata.begin(), out.metadata.end(),
            [](const MetaLine& a, const MetaLine& b) { return a.line < b.line; });
  std::sort(out.front_matter.begin(), out.front_matter.end());
  return out;
}

}  // namespace kbrief
