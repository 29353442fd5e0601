// SPDX-License-Identifier: MIT
#include "footnote_type.h"

#include <cmath>
#include <map>

#include "body_type.h"

namespace kbrief::detail {
namespace {

bool share_x_range(const LineGeometry& a, const LineGeometry& b) {
  return a.left < b.right && b.left < a.right;
}

}  // namespace

FootnoteType::FootnoteType(const Ctx& ctx) : geometry_(ctx.geometry) {
  if (geometry_.size() != ctx.layout.lines.size()) return;
  BodyType body(geometry_, ctx.content);
  if (!body.known()) return;
  body_size_ = body.size();
  std::map<std::uint32_t, std::vector<std::uint32_t>> body_lines;  // page -> lines
  for (std::uint32_t i : ctx.content)
    if (std::abs(geometry_[i].font_size - body_size_) <= body_size_ * 0.04f)
      body_lines[geometry_[i].page].push_back(i);
  foot_.assign(geometry_.size(), 0);
  for (std::uint32_t i : ctx.content) {
    if (!small(i)) continue;
    const LineGeometry& g = geometry_[i];
    bool body_below = false;
    for (std::uint32_t b : body_lines[g.page])
      if (geometry_[b].top > g.bottom && share_x_range(geometry_[b], g)) body_below = true;
    foot_[i] = !body_below;
  }
}

bool FootnoteType::small(std::uint32_t line) const {
  if (body_size_ <= 0 || line >= geometry_.size()) return false;
  float size = geometry_[line].font_size;
  return size > 0 && size <= body_size_ * 0.92f;
}

bool FootnoteType::continues(std::uint32_t above, std::uint32_t below) const {
  if (!at_foot(above) || !at_foot(below)) return false;
  const LineGeometry &a = geometry_[above], &b = geometry_[below];
  float height = a.bottom - a.top;
  return a.page == b.page && std::abs(a.font_size - b.font_size) <= a.font_size * 0.04f &&
         b.top > a.top && b.top - a.bottom < height;
}

}  // namespace kbrief::detail
