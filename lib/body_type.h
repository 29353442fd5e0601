// SPDX-License-Identifier: MIT
// The body's typical type in a PDF, read once from its lines' geometry: the yardstick every
// geometric cue is measured against (an indent in ems of the body's size, a heading larger or
// bolder than the body), never a fixed coordinate or size.
#pragma once

#include <cstdint>
#include <vector>

#include "kbrief/lines.h"

namespace kbrief::detail {

class BodyType {
 public:
  // Over the given lines (the body's content lines); `geometry` empty for text input.
  BodyType(const LineGeometryTable& geometry, const std::vector<std::uint32_t>& lines);

  // Whether the lines carry geometry at all (a PDF input).
  bool known() const { return size_ > 0; }
  // The size most body characters are set in, in points: the body's em.
  float size() const { return size_; }
  const LineGeometry& of(std::uint32_t line) const { return geometry_[line]; }
  // Set apart from the body by its type: clearly larger, or bold where the body is not.
  bool prominent(std::uint32_t line) const;
  // Where a prominent line ranks among the document's prominent type: 0 for its largest size,
  // bold type at the body's size after every larger size.
  int rank(std::uint32_t line) const;

 private:
  // A size is "larger" by a tenth of the body's: type sizes step by a point or more.
  bool larger(float size) const { return size > size_ * 1.1f; }
  long size_key(float size) const;

  const LineGeometryTable& geometry_;
  float size_ = 0;
  bool body_bold_ = false;
  std::vector<long> prominent_sizes_;  // distinct larger sizes (tenths of a point), largest first
};

}  // namespace kbrief::detail
