// SPDX-License-Identifier: MIT
#include "body_type.h"

#include <algorithm>
#include <cmath>
#include <map>

namespace kbrief::detail {

long BodyType::size_key(float size) const {
  return std::lround(size * 10);
}

BodyType::BodyType(const LineGeometryTable& geometry, const std::vector<std::uint32_t>& lines)
    : geometry_(geometry) {
  if (geometry.empty()) return;
  // The body's size is the one most lines are set in; of equals, the smaller (headings are
  // fewer and larger).
  std::map<long, std::size_t> lines_per_size;
  std::size_t bold = 0, counted = 0;
  for (std::uint32_t i : lines) {
    if (i >= geometry.size() || geometry[i].blank || geometry[i].font_size <= 0) continue;
    ++lines_per_size[size_key(geometry[i].font_size)];
  }
  if (lines_per_size.empty()) return;
  auto most = std::max_element(lines_per_size.begin(), lines_per_size.end(),
                               [](const auto& a, const auto& b) { return a.second < b.second; });
  size_ = static_cast<float>(most->first) / 10;
  for (std::uint32_t i : lines) {
    if (i >= geometry.size() || size_key(geometry[i].font_size) != most->first) continue;
    ++counted;
    bold += geometry[i].bold;
  }
  body_bold_ = 2 * bold > counted;
  for (const auto& [key, count] : lines_per_size)
    if (larger(static_cast<float>(key) / 10)) prominent_sizes_.push_back(key);
  std::reverse(prominent_sizes_.begin(), prominent_sizes_.end());
}

bool BodyType::prominent(std::uint32_t line) const {
  if (!known() || line >= geometry_.size()) return false;
  const LineGeometry& g = geometry_[line];
  return larger(g.font_size) || (g.bold && !body_bold_ && g.font_size * 1.1f >= size_);
}

int BodyType::rank(std::uint32_t line) const {
  long key = size_key(geometry_[line].font_size);
  auto at = std::find(prominent_sizes_.begin(), prominent_sizes_.end(), key);
  return static_cast<int>(at - prominent_sizes_.begin());
}

}  // namespace kbrief::detail
