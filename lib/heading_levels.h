// SPDX-License-Identifier: MIT
// Heading levels from numbering: which level a numbered heading takes, given the numbered
// headings before it and the unnumbered heading it may stand under. Private to segmentation.
//
//   HeadingLevels levels;
//   levels.level_for(roman_1, "Ⅰ.");      // 1: the first kind opens level 1
//   levels.level_for(decimal_1, "1.");    // 2: a new kind opens the next level
//   levels.level_for(roman_2, "Ⅱ.");      // 1: it continues Ⅰ.'s count
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "kbrief/blocks.h"

namespace kbrief::detail {

// A stack of the numbering kinds open above the current heading. A heading takes the level
// of the nearest open kind it continues (its next number, or the same bullet), else of the
// nearest open kind of its style, else opens a new level. Each kind's entries are also
// indexed by position, so that an archive of thousands of briefs in one file, whose stack
// grows with every brief, is searched only among the heading's own kind.
class HeadingLevels {
 public:
  // The level of a heading numbered `m` (printed `label`). `under` is the level of an
  // unnumbered heading set right above it, 0 when there is none: a kind that opens there
  // opens under that heading, and a kind opened under an unnumbered heading of that level
  // before starts its count again at 1 under the new one, at the same level (sections
  // whose numbered sub-headings each count from 1).
  int level_for(const Marker& m, std::string_view label, int under = 0);
  // Whether numbered marker `m` (not a bullet) is the next number of the innermost open
  // entry of its kind: the count of the document's headings goes on with it.
  bool continues(const Marker& m) const;
  // Whether the document has numbered a heading above in numbered marker `m`'s kind, open
  // or closed (a section's "(1)" comes after the next section's number closed the "(n)" of
  // the one before).
  bool numbers_with(const Marker& m) const;

 private:
  struct Entry {
    int ordinal;
    std::string kind;
    int level;
  };
  // Kinds: the style, and for bullets the bullet itself.
  static std::string kind_key(const Marker& m, std::string_view label);
  // Entry k's level for the heading: the kinds above it close.
  int reuse(std::size_t k, const Marker& m);
  // Closes the kinds open at `level` or deeper.
  void close_from(int level);
  std::vector<Entry> stack_;
  std::unordered_map<std::string, std::vector<std::size_t>> kinds_;  // positions, ascending
  std::unordered_set<std::string> used_;                             // kinds ever numbered
};

}  // namespace kbrief::detail
