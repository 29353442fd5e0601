// SPDX-License-Identifier: MIT
// Footnote references linked to their definitions (ids "fn7", "fn7-2", "fnu1"): which note a marker
// in the text refers to while elements are built, and, once they are, which blocks refer to each
// note.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

#include "kbrief/blocks.h"
#include "kbrief/document.h"
#include "kbrief/layout.h"
#include "kbrief/positions.h"

namespace kbrief::detail {

// The numbered footnote definitions of a document, by number and line. A marker refers to
// the next definition with its number after the marker, else the last one: a brief may
// repeat a number, and an archive of briefs in one file repeats "1)" thousands of times.
class FootnoteNumbers {
 public:
  explicit FootnoteNumbers(const std::vector<FootnoteLines>& notes);
  // The id of the note that a marker numbered `number` on line `line` refers to; null when
  // no note has that number. The string lives as long as this index.
  const std::string* resolve(int number, std::uint32_t line) const;
  // The id of the note labelled bare ("1 text") with `number` that a bare marker on `line`
  // refers to: the next such note after the line, on the line's own page; else null.
  const std::string* resolve_bare(int number, std::uint32_t line, const Layout& layout) const;
  bool any_bare() const { return !bare_.empty(); }

 private:
  using Defs = std::map<int, std::vector<std::pair<std::uint32_t, std::string>>>;  // line order
  Defs defs_, bare_;
};

// Fills each note's referenced_by with the ids of the blocks that refer to it, in block
// order, and returns a footnote-unused warning for each numbered note that none refers to.
std::vector<Diagnostic> link_footnotes(const std::vector<Block>& blocks,
                                       std::vector<Footnote>& notes, PositionFinder& positions);

}  // namespace kbrief::detail
