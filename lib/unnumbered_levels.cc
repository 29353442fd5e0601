// SPDX-License-Identifier: MIT
#include "unnumbered_levels.h"

#include <algorithm>

#include "blocks_detail.h"
#include "morphology.h"
#include "punctuation.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

bool frames_text(char32_t c) {
  return !is_space(c) && !is_letter(c) && !is_ascii_digit(c);
}

}  // namespace

std::string heading_frame(std::string_view t) {
  t = trim(t);
  std::size_t begin = 0;
  while (begin < t.size()) {
    std::size_t at = begin;
    char32_t c = next_code_point(t, at);
    if (!frames_text(c) && !is_space(c)) break;
    begin = at;
  }
  std::size_t end = t.size();
  while (end > begin) {
    std::size_t at = end;
    char32_t c = prev_code_point(t, at);
    if (!frames_text(c) && !is_space(c)) break;
    end = at;
  }
  std::string_view lead = trim(t.substr(0, begin));
  std::string_view tail = trim(t.substr(end));
  // The same marks on both sides, none of them a quote or a bracket: an ornament. A quote's
  // or a bracket's pair around the whole text quotes a title ("｢…법｣"), which any heading may.
  if (lead.empty() || lead != tail || end <= begin) return {};
  for (std::size_t i = 0; i < lead.size();) {
    char32_t c = next_code_point(lead, i);
    if (is_opening_mark(c) || is_closing_mark(c)) return {};
  }
  return std::string(lead);
}

int UnnumberedLevels::after_text(std::string_view t, int last_level) {
  int sibling = sub_level_;
  other_heading();
  if (std::string frame = heading_frame(t); !frame.empty())
    return framed_level(frame, last_level + 1);
  // A counted point ("둘째, …") goes on with its own count, which counted_headings reads.
  if (sibling == 0 || ordinal_count(t) != 0) return 1;
  guessed_ = true;
  sub_level_ = sibling;
  return sibling;
}

int UnnumberedLevels::right_under(std::string_view t, int& above_level, bool above_numbered) {
  if (guessed_ && above_level > 1) --above_level;
  int level = above_level + 1;
  other_heading();
  if (std::string frame = heading_frame(t); !frame.empty()) return framed_level(frame, level);
  if (!above_numbered && ordinal_count(t) == 0) sub_level_ = level;
  return level;
}

void UnnumberedLevels::block_starts(bool paragraph) {
  if (first_block_ && !paragraph) sub_level_ = 0;
  first_block_ = false;
}

void UnnumberedLevels::other_heading() {
  sub_level_ = 0;
  guessed_ = false;
  first_block_ = true;
}

int UnnumberedLevels::framed_level(const std::string& frame, int fresh) {
  for (const auto& [seen, level] : frames_)
    if (seen == frame) return level;
  frames_.emplace_back(frame, fresh);
  return fresh;
}

std::vector<int> levels_by_space_below(const std::vector<int>& space_below) {
  std::vector<int> levels(space_below.size(), 1);
  std::vector<std::pair<int, int>> spacings;  // each space met, and how many headings have it
  for (int space : space_below) {
    if (space == 0) continue;
    auto seen = std::find_if(spacings.begin(), spacings.end(),
                             [&](const auto& s) { return s.first == space; });
    if (seen == spacings.end())
      spacings.emplace_back(space, 1);
    else
      ++seen->second;
  }
  if (spacings.size() != 2 || spacings[0].second < 2 || spacings[1].second < 2) return levels;
  int larger = std::max(spacings[0].first, spacings[1].first);
  bool section_open = false;
  for (std::size_t k = 0; k < space_below.size(); ++k) {
    if (space_below[k] == larger) section_open = true;
    if (space_below[k] != 0 && space_below[k] < larger && section_open) levels[k] = 2;
  }
  return levels;
}

void level_by_space_below(const Ctx& ctx, std::vector<BlockLines>& blocks) {
  if (ctx.layout.double_spaced) return;  // a blank line after every line says nothing
  constexpr int kMostSpace = 3;          // blank lines counted below a heading
  std::vector<BlockLines*> headings;
  std::vector<int> space_below;
  for (std::size_t h = 0; h < blocks.size(); ++h) {
    BlockLines& b = blocks[h];
    // A counted point keeps its count's level; a heading with a sub-heading right under it
    // heads a section by position.
    if (b.type != BlockType::heading || b.label.valid() || b.level != 1 ||
        ordinal_count(ctx.line(b.lines.front())) != 0 ||
        (h + 1 < blocks.size() && blocks[h + 1].type == BlockType::heading))
      continue;
    int space = 0;
    for (std::size_t k = b.lines.back() + 1; k < ctx.layout.lines.size() && space < kMostSpace &&
                                             ctx.layout.lines[k].role == LineRole::blank;
         ++k)
      ++space;
    headings.push_back(&b);
    space_below.push_back(space);
  }
  std::vector<int> levels = levels_by_space_below(space_below);
  for (std::size_t k = 0; k < headings.size(); ++k) headings[k]->level = levels[k];
}

}  // namespace kbrief::detail
