// SPDX-License-Identifier: MIT
// A PDF's footnote area, by its geometry: lines set in type clearly smaller than the body's
// and standing below the body on their page. Footnote definitions read this as evidence beside
// the text rules: it confirms a note the text alone cannot vouch for, and it ends a note where
// the body's type comes back. Text input has no geometry, and nothing is at a page's foot.
#pragma once

#include <cstdint>
#include <vector>

#include "blocks_detail.h"

namespace kbrief::detail {

class FootnoteType {
 public:
  explicit FootnoteType(const Ctx& ctx);

  // Whether the lines carry geometry (a PDF input).
  bool known() const { return !foot_.empty(); }
  // Set in type clearly smaller than the body's: a step of a tenth or more below it (9 points
  // under a body of 10), where one size varies by a few hundredths in rounding.
  bool small(std::uint32_t line) const;
  // Small, with no line in the body's type below it on its page that shares its x-range: the
  // footnote area at the foot of a page or of a column.
  bool at_foot(std::uint32_t line) const { return known() && foot_[line]; }
  // Whether `below` carries on the footnote area's text from `above`: both at the foot, in
  // the same type, `below` the next line down on the same page (less than a line's height of
  // space between them).
  bool continues(std::uint32_t above, std::uint32_t below) const;

 private:
  const LineGeometryTable& geometry_;
  float body_size_ = 0;
  std::vector<char> foot_;  // per line
};

}  // namespace kbrief::detail
