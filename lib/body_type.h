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
  // One type is larger than another by more than a twenty-fifth of its size: the yardstick
  // of every comparison of type sizes.
  static constexpr float kTypeStep = 1.04f;
  // Over the given lines (the body's content lines); `geometry` empty for text input.
  BodyType(const LineGeometryTable& geometry, const std::vector<std::uint32_t>& lines);

  // Whether the lines carry geometry at all (a PDF input).
  bool known() const { return size_ > 0; }
  // The size most body characters are set in, in points: the body's em.
  float size() const { return size_; }
  const LineGeometry& of(std::uint32_t line) const { return geometry_[line]; }
  // Set apart from the body by its type: clearly larger, or bold where the body is not.
  bool prominent(std::uint32_t line) const;
  // Set clearly smaller than the body (a table's cells, a boxed excerpt, a note).
  bool smaller(std::uint32_t line) const;
  // Set in the body's size: neither larger nor smaller.
  bool body_sized(std::uint32_t line) const;
  // Where a prominent line ranks among the document's heading types (a size and weight that
  // sets apart at least two lines) met before it in reading order: the number of them above
  // its own, larger or, at its size, bold where it is not. A type of one line (a cover's
  // banner) ranks without counting itself, and type first met later (a back cover's
  // advertisement) does not count.
  int rank(std::uint32_t line) const;
  // Whether lines a and b are set in one type (size and weight) larger than the body's: a
  // heading's type that a table's cells, in the body's size or smaller, do not share.
  bool same_larger_type(std::uint32_t a, std::uint32_t b) const;

 private:
  // A size is "larger" by a twenty-fifth of the body's: type sizes step by half a point or
  // more (11 over a body of 10.5), while one size varies by a tenth of a point in rounding.
  bool larger(float size) const { return size > size_ * kTypeStep; }
  long size_key(float size) const;
  struct Type {
    long size;  // tenths of a point
    bool bold;
    bool operator<(const Type& o) const { return size != o.size ? size < o.size : bold < o.bold; }
  };
  Type type_of(std::uint32_t line) const;

  const LineGeometryTable& geometry_;
  float size_ = 0;
  bool body_bold_ = false;
  struct HeadingType {
    Type type;
    std::uint32_t first_line;
  };
  std::vector<HeadingType> heading_types_;  // prominent types of two lines or more
};

}  // namespace kbrief::detail
