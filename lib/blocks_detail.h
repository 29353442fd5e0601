// SPDX-License-Identifier: MIT
// Internal pieces of the block stage, shared by its passes: footnotes.cc (definitions and
// their extent), front.cc (metadata, front matter and the title), flow*.cc (headings,
// paragraphs, lists, figures and tables; flow_detail.h). Each pass takes the lines it recognises
// out of the flow.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "kbrief/blocks.h"
#include "layout_detail.h"

namespace kbrief::detail {

struct Ctx {
  std::string_view text;
  const LineTable& table;
  const Layout& layout;
  // A PDF's lines' geometry, one per line; empty for text input.
  const LineGeometryTable& geometry;
  // A PDF's Info dictionary; empty for text input.
  const PdfInfo& info;
  std::vector<std::uint32_t> content;  // lines with text of their own, in reading order
  std::vector<char> taken;             // per line: already part of an element

  Ctx(std::string_view t, const LineTable& tb, const Layout& l, const LineGeometryTable& g,
      const PdfInfo& i);
  // The line's trimmed text, a tail (copyright, end mark) excluded: the layout's stored span.
  std::string_view line(std::uint32_t i) const { return line_text(text, table, layout, i); }
  int width(std::uint32_t i) const { return layout.lines[i].width; }
  std::uint32_t page(std::uint32_t i) const { return layout.lines[i].page; }
  bool is_short(std::uint32_t i) const { return width(i) < layout.short_line_limit(); }
  // Whether a blank line lies between lines a < b; in double-spaced text this means nothing.
  bool blank_between(std::uint32_t a, std::uint32_t b) const;
  // Content lines not yet taken, in reading order.
  std::vector<std::uint32_t> free_lines() const;

  // What segmentation asks of the same line many times, read from its text once, when
  // first asked: the marker it opens with (line_marker), whether it ends a sentence
  // (ends_sentence), a statement (ends_statement), whether it leaves a bracket open
  // (has_unclosed_bracket).
  const std::optional<Marker>& marker(std::uint32_t i) const;
  bool ends_sentence(std::uint32_t i) const;
  bool ends_statement(std::uint32_t i) const;
  bool bracket_open(std::uint32_t i) const;

 private:
  enum Known : std::uint8_t {
    kMarker = 1,
    kEndsSentence = 2,
    kEndsStatement = 4,
    kBracketOpen = 8
  };
  struct LineFacts {
    std::uint8_t known = 0;  // Known bits: which facts below have been read
    bool ends_sentence = false, ends_statement = false, bracket_open = false;
    std::optional<Marker> marker;
  };
  LineFacts& facts(std::uint32_t i) const;
  mutable std::vector<LineFacts> facts_;
};

// A table's or figure's source or note line: "* 출처: …", "※ 자료: …", "주: …", "주1: …" (a
// word of one to four syllables, perhaps numbered, and a colon after the mark).
bool is_table_note(std::string_view t);

void find_footnotes(Ctx& ctx, Blocks& out);
void find_front(Ctx& ctx, Blocks& out);
void segment_flow(Ctx& ctx, Blocks& out);
void collect_back_matter(const Ctx& ctx, Blocks& out);

// Counted headings (counted_headings.cc), over the flow's blocks in reading order:
// a section's points set as one-line paragraphs that count 첫째, 둘째, … (from 1, at least
// two), each followed by a paragraph of its own, become headings one level under the heading
// above them;
void promote_counted_leads(const Ctx& ctx, std::vector<BlockLines>& blocks);
// an unnumbered heading whose level was guessed the sibling of the sub-heading before it
// (BlockLines::level_guessed) opens a section at level 1 when the heading before it counts a
// point; every guess is then settled;
void settle_guessed_levels(const Ctx& ctx, std::vector<BlockLines>& blocks);
// in text, unnumbered level-1 headings set apart by less space below than the document's
// section headings are their sub-headings (levels_by_space_below);
void level_by_space_below(const Ctx& ctx, std::vector<BlockLines>& blocks);
// an unnumbered heading that goes on with the count of the counted heading before it ("두
// 번째, …" after "첫 번째, …") takes that heading's level.
void level_counted_headings(const Ctx& ctx, std::vector<BlockLines>& blocks);
// A list of one numbered item on one line, no sentence finished, whose number goes on with
// the numbered headings of its style ("(3)" after the heading "(2)"), or that the next heading
// of its style goes on with ("(1)" before the heading "(2)"), is one of those headings.
void promote_counted_items(const Ctx& ctx, std::vector<BlockLines>& blocks);

}  // namespace kbrief::detail
