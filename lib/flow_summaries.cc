// SPDX-License-Identifier: MIT
// The first page's summary in the flow: prose set apart before any heading, or a box of
// labelled items, read as summaries once the whole body is read (see flow_detail.h).
#include <algorithm>
#include <iterator>

#include "flow_detail.h"
#include "punctuation.h"
#include "unicode.h"

namespace kbrief::detail {

void Flow::mark_summaries() {
  if (ctx_.layout.pages < 2 || out_.blocks.empty()) return;
  std::uint32_t first_page = ctx_.page(out_.blocks.front().lines.front());
  std::vector<std::size_t> candidates;
  std::size_t k = 0;
  for (; k < out_.blocks.size(); ++k) {
    const BlockLines& b = out_.blocks[k];
    std::uint32_t last = *std::max_element(b.lines.begin(), b.lines.end());
    if (b.type != BlockType::paragraph || ctx_.page(b.lines.front()) != first_page ||
        ctx_.page(last) != first_page)
      break;
    candidates.push_back(k);
  }
  if (candidates.empty() || out_.metadata.empty()) return;
  // A summary box carries no footnote references: prose that cites a note is the body.
  for (std::size_t c : candidates)
    if (cites_a_note(out_.blocks[c])) return;
  if (k < out_.blocks.size()) {
    const BlockLines& next = out_.blocks[k];
    if (next.type != BlockType::heading && ctx_.page(next.lines.front()) == first_page) return;
  }
  for (std::size_t c : candidates) out_.blocks[c].type = BlockType::summary;
}

void Flow::mark_titled_summary() {
  if (ctx_.layout.pages < 2 || out_.blocks.empty() || out_.metadata.empty()) return;
  std::uint32_t first_page = ctx_.page(out_.blocks.front().lines.front());
  auto unnumbered_heading = [](const BlockLines& b) {
    return b.type == BlockType::heading && !b.label.valid();
  };
  std::size_t titles = 0, n = 0;
  for (; n < out_.blocks.size(); ++n) {
    const BlockLines& b = out_.blocks[n];
    if (ctx_.page(b.lines.front()) != first_page) break;
    bool title = titles == n && unnumbered_heading(b);
    if ((!title && b.type != BlockType::paragraph) || cites_a_note(b) ||
        ctx_.page(*std::max_element(b.lines.begin(), b.lines.end())) != first_page)
      return;
    titles += title;
  }
  if (titles == 0 || n == titles || n == out_.blocks.size() ||
      out_.blocks[n].type != BlockType::heading || !out_.blocks[n].label.valid())
    return;
  std::vector<std::uint32_t> title_lines;
  for (std::size_t k = 0; k < titles; ++k)
    title_lines.insert(title_lines.end(), out_.blocks[k].lines.begin(), out_.blocks[k].lines.end());
  BlockLines& first = out_.blocks[titles];
  first.lines.insert(first.lines.begin(), title_lines.begin(), title_lines.end());
  first.title_lines = title_lines.size();
  for (std::size_t k = titles; k < n; ++k) out_.blocks[k].type = BlockType::summary;
  out_.blocks.erase(out_.blocks.begin(), out_.blocks.begin() + static_cast<std::ptrdiff_t>(titles));
}

bool Flow::cites_a_note(const BlockLines& b) const {
  for (std::uint32_t l : b.lines)
    for (const GluedMarker& m : glued_markers(text(l), kFootnoteSequenceDigits))
      if (std::any_of(out_.footnotes.begin(), out_.footnotes.end(),
                      [&](const auto& n) { return n.number == m.number; }))
        return true;
  return false;
}

void Flow::mark_summary_box() {
  if (ctx_.layout.pages < 2 || out_.blocks.empty()) return;
  std::uint32_t first_page = ctx_.page(out_.blocks.front().lines.front());
  std::size_t n = 0, first_items = out_.blocks.size();
  for (; n < out_.blocks.size(); ++n) {
    const BlockLines& b = out_.blocks[n];
    if (ctx_.page(b.lines.front()) != first_page) break;
    if (ctx_.page(*std::max_element(b.lines.begin(), b.lines.end())) != first_page) return;
    if (b.type == BlockType::list)
      first_items = std::min(first_items, n);
    else if (b.type == BlockType::paragraph && ends_with_period(text(b.lines.back())))
      return;  // prose: a box's lines end in nouns and nominal endings ("확인", "수행함")
    else if (b.type != BlockType::paragraph && b.type != BlockType::heading)
      return;
    if ((b.type == BlockType::heading && b.label.valid()) || cites_a_note(b)) return;
  }
  if (first_items >= n || n == out_.blocks.size() || out_.blocks[n].type != BlockType::paragraph)
    return;
  const auto from = static_cast<std::ptrdiff_t>(box_start(first_items));
  const auto to = static_cast<std::ptrdiff_t>(n);
  std::vector<BlockLines> box;
  for (auto k = from; k < to; ++k)
    add_to_box(box, std::move(out_.blocks[static_cast<std::size_t>(k)]));
  out_.blocks.erase(out_.blocks.begin() + from, out_.blocks.begin() + to);
  out_.blocks.insert(out_.blocks.begin() + from, std::make_move_iterator(box.begin()),
                     std::make_move_iterator(box.end()));
}

std::optional<std::uint32_t> Flow::side_label_end(std::uint32_t i) const {
  std::string_view t = text(i);
  std::size_t gap = t.find("   ");
  if (gap == std::string_view::npos || gap == 0 || trim(t.substr(gap)).empty() ||
      count_code_points(t.substr(0, gap)) > kSideLabelLength)
    return std::nullopt;
  return static_cast<std::uint32_t>(gap);
}

std::size_t Flow::box_start(std::size_t first_items) const {
  std::size_t k = first_items;
  auto first_line = [&](std::size_t j) { return out_.blocks[j].lines.front(); };
  auto last_line = [&](std::size_t j) {
    const auto& l = out_.blocks[j].lines;
    return *std::max_element(l.begin(), l.end());
  };
  while (k > 0 && !ctx_.blank_between(last_line(k - 1), first_line(k))) --k;
  if (k > 0 && k < first_items && out_.blocks[k - 1].type == BlockType::heading &&
      ctx_.layout.lines[first_line(k - 1)].indent <= ctx_.layout.lines[first_line(k)].indent)
    --k;
  return k;
}

void Flow::add_to_box(std::vector<BlockLines>& box, BlockLines b) const {
  if (!box.empty() && b.type != BlockType::list && !box.back().items.empty() &&
      !ctx_.blank_between(box.back().lines.back(), b.lines.front())) {
    ListItemLines& item = box.back().items.back();
    item.lines.insert(item.lines.end(), b.lines.begin(), b.lines.end());
    box.back().lines.insert(box.back().lines.end(), b.lines.begin(), b.lines.end());
    return;
  }
  if (box.empty() || (b.type != BlockType::list && !box.back().items.empty())) {
    box.emplace_back().type = BlockType::summary;
    if (auto end = side_label_end(b.lines.front()); end && b.type != BlockType::list) {
      box.back().label = Marker{0, *end, ListStyle::bullet, 0};
    } else if (b.type == BlockType::heading) {
      box.back().lines = std::move(b.lines);
      box.back().title_lines = box.back().lines.size();
      return;
    }
  }
  BlockLines& s = box.back();
  s.lines.insert(s.lines.end(), b.lines.begin(), b.lines.end());
  s.stranded_markers.insert(s.stranded_markers.end(), b.stranded_markers.begin(),
                            b.stranded_markers.end());
  for (ListItemLines& item : b.items) s.items.push_back(std::move(item));
}

}  // namespace kbrief::detail
