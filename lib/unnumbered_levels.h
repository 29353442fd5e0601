// SPDX-License-Identifier: MIT
// Levels of unnumbered headings where no type size ranks them (text input): read from where
// each heading stands among the headings before it, and from the shape the document gives a
// kind of heading. Private to segmentation.
//
//   UnnumberedLevels levels;
//   int above = 1;
//   levels.right_under("Sub A", above);   // 2: a heading right under another is its sub-heading
//   levels.after_text("Sub B", 1);        // 2: after text, a sibling of the sub-heading before
//   levels.right_under("Sub C", above);   // 2, and `above` (Sub B's level) becomes 1: a heading
//                                         // with a sub-heading right under it is a section
//   levels.after_text("| Part |", 2);     // 3: a framed kind met first opens under the last
//   levels.after_text("| Part 2 |", 1);   // 3: and keeps its level wherever it comes back
#pragma once

#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace kbrief::detail {

class UnnumberedLevels {
 public:
  // The level of an unnumbered heading `t` with text between it and the last heading, whose
  // level is `last_level` (0 when there is none). A heading after the text of a plain
  // sub-heading is that sub-heading's sibling: the document opens its sections with their
  // first sub-heading right under the section's heading, and its next sub-headings follow
  // text. After any other heading it opens a section, at level 1.
  int after_text(std::string_view t, int last_level);
  // Whether the last heading's level was guessed so, a sibling by position alone.
  bool guessed() const { return guessed_; }
  // The level of an unnumbered heading `t` set right under another heading at `above_level`
  // (`above_numbered` when that one has a number): one level deeper. When the heading above
  // was only guessed a sibling by after_text(), having a sub-heading shows it a section:
  // `above_level` becomes its level one up, and the caller sets it.
  int right_under(std::string_view t, int& above_level, bool above_numbered);
  // A block other than a heading starts (`paragraph` when it is one). A sub-heading's text
  // starts with a paragraph; one whose first block is a list, a table or a figure heads no
  // run of sub-headings (a table's legend read as headings).
  void block_starts(bool paragraph);
  // A heading placed by other evidence (its number, its type size, a lead-in): a run of
  // plain sub-headings ends there.
  void other_heading();

 private:
  // A framed heading's level: the level its frame took when first met, else `fresh`.
  int framed_level(const std::string& frame, int fresh);
  int sub_level_ = 0;         // the last heading's level when it is a plain sub-heading, else 0
  bool guessed_ = false;      // the last heading took sub_level_ from after_text()
  bool first_block_ = false;  // no block has started since the last heading
  std::vector<std::pair<std::string, int>> frames_;  // each frame met first, with its level
};

// The levels of a document's unnumbered top-level headings from the blank lines set below
// each (`space_below[k]`, 0 where none follow: that says nothing). Where the headings show
// exactly two spacings, each under two headings or more, the page sets its sections' headings
// apart by more space than their sub-headings': a heading with the smaller space after one
// with the larger is a sub-heading. One level per heading, 1 or 2.
std::vector<int> levels_by_space_below(const std::vector<int>& space_below);

// The ornament a heading's text is framed in ("| 정부 |", "■ 결론 ■"): the marks before its
// first letter or digit when the same marks follow its last, none a quote or a bracket; empty
// otherwise.
std::string heading_frame(std::string_view t);

}  // namespace kbrief::detail
