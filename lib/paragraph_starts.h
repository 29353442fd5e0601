// SPDX-License-Identifier: MIT
// The evidence for paragraph starts that a line's width cannot give: read once over the
// body's flow lines, before the flow is segmented.
#pragma once

#include <cstdint>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "blocks_detail.h"

namespace kbrief::detail {

// The words a document opens its paragraphs with, and how often each opens a certain paragraph
// start and a sentence inside a paragraph.
class OpenerWords {
 public:
  struct Uses {
    int paragraphs = 0;  // opens a certain paragraph start
    int sentences = 0;   // opens a sentence after a sentence's end inside a line
  };
  explicit OpenerWords(std::unordered_map<std::string_view, Uses> uses = {})
      : uses_(std::move(uses)) {}
  // Whether a line of prose with `text` (no list marker) opens with one of them: a word that
  // opens the document's certain paragraph starts more than twice as often as sentences inside
  // its paragraphs, and does so at least twice, or once when it is a connective of the grammar
  // (한편, 둘째 …). Asked only of the lines a sentence's end comes before: reading every line's
  // first word up front would cost more than the few questions.
  bool open(std::string_view text) const;

 private:
  std::unordered_map<std::string_view, Uses> uses_;
};

struct ParagraphStarts {
  // The document indents the first line of its paragraphs (layout text): an indented line
  // after a sentence's end starts a paragraph even where the line before reaches the margin.
  bool indents_first_lines = false;
  // Per position in the flow: the line stands a few columns right of the next line on its
  // page while reaching the margin.
  std::vector<char> indented_start;
  // Per position in the flow, in layout text: the same by a single column or more, which
  // rounding makes of a first-line indent as often as not; it says something together with a
  // blank line above, or where the document's starts are so indented and its continuations
  // are not (`nudges_first_lines`, read as `indents_first_lines` is).
  std::vector<char> nudged_start;
  bool nudges_first_lines = false;
  // Where the document gives neither first-line indentation nor geometry to read: the words
  // that open its own paragraphs (its certain starts, after a short line or a blank line) far
  // more often than sentences inside them. A line opening with one, after a full line that
  // ends a sentence, starts a paragraph as a guess.
  OpenerWords opener_words;
  // Per position in the flow, in the same case: the line opens the next point of a count
  // ("셋째," after "둘째,") whose point before opened a paragraph, with no point of the same
  // count told inside a line in between: it opens one too, however often the document tells
  // other counts' points inside its paragraphs.
  std::vector<char> counted_point_start;
  // Per position in the flow, in the same case: a line reaching the margin after a full line
  // that ends a sentence, yet shorter than the body's full lines by as much as the document's
  // certain first lines are (their indent, which plain text turns into missing width). Read
  // only where the document shows the effect clearly: its certain first lines fall short of
  // the body's width by more than nearly all of its certain continuation lines do.
  std::vector<char> narrow_start;
  // In the same case: how much the width of the body's full lines varies (the columns between
  // the 5th and the 95th percentile of its certain continuation lines' shortfalls); 0 where
  // too few lines show it. Justification sets full lines alike in print, and plain text
  // varies them only by their characters: a line that ends a sentence and falls short of
  // every other line of its paragraph by this much is no full line but the paragraph's last.
  int full_line_spread = 0;
};

ParagraphStarts read_paragraph_starts(const Ctx& ctx, const std::vector<std::uint32_t>& flow);

}  // namespace kbrief::detail
