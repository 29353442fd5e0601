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
  // The body's size is the one most of the text is set in, each line counted by its width in
  // its own ems (about its characters): a brief of many tables has more lines in the cells'
  // small type than in the body's, but its cells are short. Of equals, the smaller (headings
  // are fewer and larger).
  std::map<long, float> ems_per_size;
  std::size_t bold = 0, counted = 0;
  for (std::uint32_t i : lines) {
    if (i >= geometry.size() || geometry[i].blank || geometry[i].font_size <= 0) continue;
    const LineGeometry& g = geometry[i];
    ems_per_size[size_key(g.font_size)] += std::max(g.right - g.left, g.font_size) / g.font_size;
  }
  if (ems_per_size.empty()) return;
  auto most = std::max_element(ems_per_size.begin(), ems_per_size.end(),
                               [](const auto& a, const auto& b) { return a.second < b.second; });
  size_ = static_cast<float>(most->first) / 10;
  for (std::uint32_t i : lines) {
    if (i >= geometry.size() || size_key(geometry[i].font_size) != most->first) continue;
    ++counted;
    bold += geometry[i].bold;
  }
  body_bold_ = 2 * bold > counted;
  std::map<Type, HeadingType> first_of_type;
  std::map<Type, std::size_t> lines_per_type;
  for (std::uint32_t i : lines) {
    if (!prominent(i)) continue;
    first_of_type.try_emplace(type_of(i), HeadingType{type_of(i), i});
    ++lines_per_type[type_of(i)];
  }
  for (const auto& [type, count] : lines_per_type)
    if (count >= 2) heading_types_.push_back(first_of_type.at(type));
}

BodyType::Type BodyType::type_of(std::uint32_t line) const {
  return Type{size_key(geometry_[line].font_size), geometry_[line].bold};
}

bool BodyType::prominent(std::uint32_t line) const {
  if (!known() || line >= geometry_.size()) return false;
  const LineGeometry& g = geometry_[line];
  return larger(g.font_size) || (g.bold && !body_bold_ && g.font_size * kTypeStep >= size_);
}

bool BodyType::smaller(std::uint32_t line) const {
  if (!known() || line >= geometry_.size()) return false;
  float size = geometry_[line].font_size;
  return size > 0 && size * kTypeStep < size_;
}

bool BodyType::body_sized(std::uint32_t line) const {
  if (!known() || line >= geometry_.size()) return false;
  return !larger(geometry_[line].font_size) && !smaller(line);
}

bool BodyType::same_larger_type(std::uint32_t a, std::uint32_t b) const {
  if (!known() || a >= geometry_.size() || b >= geometry_.size()) return false;
  const Type ta = type_of(a), tb = type_of(b);
  return larger(geometry_[a].font_size) && ta.size == tb.size && ta.bold == tb.bold;
}

int BodyType::rank(std::uint32_t line) const {
  Type own = type_of(line);
  return static_cast<int>(
      std::count_if(heading_types_.begin(), heading_types_.end(),
                    [&](const HeadingType& t) { return t.first_line <= line && own < t.type; }));
}

}  // namespace kbrief::detail
