// SPDX-License-Identifier: MIT
// Internal pieces of the check stage: where findings are collected, and the rule families,
// each in its own file (check_footnotes.cc, check_lists.cc, check_text.cc, check_dates.cc,
// check_structure.cc). check.cc runs them and applies the settings.
#pragma once

#include <cstdint>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "kbrief/check.h"
#include "kbrief/document.h"
#include "kbrief/positions.h"

namespace kbrief::detail {

// Collects findings at their default severity; the driver applies the settings afterwards.
class Findings {
 public:
  explicit Findings(const Document& doc) : doc_(doc), positions_(doc) {}
  // `length`: the code points the finding covers from `where` on its line (0: a point).
  void at(std::string_view rule, Position where, std::string message, std::size_t length = 0);
  // Over bytes [offset, end) of decoded.text, on line index `line` (end 0: a point).
  void at_source(std::string_view rule, std::uint32_t line, std::uint32_t offset,
                 std::string message, std::uint32_t end = 0);
  // At byte `offset` of an element's clean text, over `length` of its code points.
  void in_text(std::string_view rule, const std::vector<TextPiece>& pieces, std::uint32_t offset,
               std::string message, std::size_t length = 0);
  const Document& doc() const { return doc_; }
  // Where line index `line`'s first character stands (a label's, a marker's place).
  Position line_start(std::uint32_t line) {
    return positions_.at(line, doc_.layout.lines[line].text_begin);
  }
  // One finder for the whole pass: the rules ask in text order, element after element.
  PositionFinder& positions() { return positions_; }
  std::vector<Diagnostic>& list() { return out_; }

 private:
  const Document& doc_;
  PositionFinder positions_;
  std::vector<Diagnostic> out_;
};

// Line index `line`'s text in decoded.text: no terminator, no leading form feed.
std::string_view source_line(const Document& doc, std::uint32_t line);
// The line's text as the layout stored it: no whitespace around it, and its tail (a copyright
// notice, an end mark) left out, as segmentation read it.
std::string_view line_text(const Document& doc, std::uint32_t line);
// The same with its tail: all a reader sees on the line.
std::string_view line_text_with_tail(const Document& doc, std::uint32_t line);

// One numbered sequence (footnote definitions, a list's items, headings of one level):
// reports gaps, repeats and restarts. A single wrong label ("① ② ④ ④ ⑤": the first ④ should
// be ③) is one finding, not one for every item after it.
// Whether the list and structure rules count `label`'s number: a numbered style, printed with
// its mark. A lone number set over a heading ("3" on a line of its own) is decimal to the
// segmentation, but the rules have never counted it (they used to re-read the label with the
// line-start grammar, which wants "3." or "3)"), and still do not.
inline bool counts_as_numbered(const Label& label) {
  if (label.style == ListStyle::decimal) return label.text.ends_with('.');
  return label.style != ListStyle::bullet;
}

struct NumberedItem {
  int ordinal = 0;
  std::string label;  // as printed, for messages
  Position where;
};
// `describe(n)` prints ordinal n in the sequence's own style ("③", "3)", "다."); `first` is
// the ordinal the sequence should start at (1, or where an interrupted list left off).
void check_sequence(const std::vector<NumberedItem>& items, int first, std::string_view rule,
                    std::string_view what, const std::function<std::string(int)>& describe,
                    Findings& out);

void check_footnotes(Findings& out);
void check_lists(Findings& out);
void check_pairs(Findings& out);
void check_spacing(Findings& out);
void check_characters(Findings& out);
void check_dates(Findings& out);
void check_structure(Findings& out);

}  // namespace kbrief::detail
