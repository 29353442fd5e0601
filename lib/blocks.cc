// SPDX-License-Identifier: MIT
#include "kbrief/blocks.h"

#include <algorithm>

#include "blocks_detail.h"
#include "layout_detail.h"
#include "markers.h"
#include "punctuation.h"
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
    case ListStyle::compound:
      return "compound";
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

Ctx::LineFacts& Ctx::facts(std::uint32_t i) const {
  if (facts_.empty()) facts_.resize(table.lines.size());
  return facts_[i];
}

const std::optional<Marker>& Ctx::marker(std::uint32_t i) const {
  LineFacts& f = facts(i);
  if (!(f.known & kMarker)) {
    f.marker = line_marker(line(i));
    f.known |= kMarker;
  }
  return f.marker;
}

bool Ctx::ends_sentence(std::uint32_t i) const {
  LineFacts& f = facts(i);
  if (!(f.known & kEndsSentence)) {
    f.ends_sentence = detail::ends_sentence(line(i));
    f.known |= kEndsSentence;
  }
  return f.ends_sentence;
}

bool Ctx::ends_statement(std::uint32_t i) const {
  LineFacts& f = facts(i);
  if (!(f.known & kEndsStatement)) {
    // A statement is a sentence's end first: the cached answer spares most lines the rest.
    f.ends_statement = ends_sentence(i) && detail::ends_statement(line(i));
    f.known |= kEndsStatement;
  }
  return f.ends_statement;
}

bool Ctx::bracket_open(std::uint32_t i) const {
  LineFacts& f = facts(i);
  if (!(f.known & kBracketOpen)) {
    f.bracket_open = has_unclosed_bracket(line(i));
    f.known |= kBracketOpen;
  }
  return f.bracket_open;
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
// do not interrupt it), is one block. A references heading under the article's dates is a
// heading at the level of the body's sections.
void collect_back_matter(const Ctx& ctx, Blocks& out) {
  int top_level = 0;
  for (const BlockLines& b : out.blocks)
    if (b.type == BlockType::heading && (top_level == 0 || b.level < top_level))
      top_level = b.level;
  BlockLines* run = nullptr;
  for (std::uint32_t i = 0; i < ctx.layout.lines.size(); ++i) {
    LineRole role = ctx.layout.lines[i].role;
    if (role == LineRole::content) run = nullptr;
    if (role != LineRole::back_matter || ctx.line(i).empty()) continue;
    if (i == ctx.layout.references_heading) {
      BlockLines& heading = out.blocks.emplace_back();
      heading.type = BlockType::heading;
      heading.level = std::max(top_level, 1);
      heading.lines.push_back(i);
      run = nullptr;
      continue;
    }
    if (!run) {
      out.blocks.push_back(BlockLines{});
      run = &out.blocks.back();
      run->type = BlockType::back_matter;
    }
    run->lines.push_back(i);
  }
}

// Blocks in the order of their first lines: each block's first line found once, each block
// moved once (a block is large: sorting the blocks themselves moved them many times).
void order_by_first_line(std::vector<BlockLines>& blocks) {
  std::vector<std::pair<std::uint32_t, std::size_t>> order;
  order.reserve(blocks.size());
  for (std::size_t b = 0; b < blocks.size(); ++b)
    order.emplace_back(*std::min_element(blocks[b].lines.begin(), blocks[b].lines.end()), b);
  std::sort(order.begin(), order.end());
  std::vector<BlockLines> ordered;
  ordered.reserve(blocks.size());
  for (const auto& [first, b] : order) ordered.push_back(std::move(blocks[b]));
  blocks = std::move(ordered);
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
  detail::order_by_first_line(out.blocks);
  std::sort(out.metadata.begin(), out.metadata.end(),
            [](const MetaLine& a, const MetaLine& b) { return a.line < b.line; });
  std::sort(out.front_matter.begin(), out.front_matter.end());
  return out;
}

}  // namespace kbrief
