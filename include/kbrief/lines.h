// SPDX-License-Identifier: MIT
// Stage 2 of the pipeline: text -> lines.
//
// A line ends at "\n", "\r\n" or a lone "\r"; lines are numbered from 1. A form feed is a
// page break, never text: pdftotext writes it at the start of a page's first line, which
// keeps its own number, and that line's text (and its columns) start after it. A form feed
// after the last line end starts no line.
//
// Invariant: the lines' [start, next) ranges tile the text exactly, so the lines rebuild it
// byte for byte. A table that read_columns (kbrief/columns.h) put in reading order holds
// pieces of lines instead: each piece keeps its line's number and the byte its columns count
// from.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "kbrief/decode.h"

namespace kbrief {

struct Line {
  std::uint32_t start = 0;               // first byte of the line, leading form feeds included
  std::uint32_t begin = 0;               // first byte of the line's text, after leading form feeds
  std::uint32_t end = 0;                 // one past the text's last byte, before the terminator
  std::uint32_t next = 0;                // first byte of the next line (end plus the terminator)
  std::uint16_t leading_form_feeds = 0;  // page breaks just before this line's text
  std::uint16_t inner_form_feeds = 0;    // form feeds inside the text (treated as spaces)
  // The line's 1-based number in the input and the byte its columns count from (its text's
  // first byte): index + 1 and `begin` for a whole line; a piece of a line set in columns
  // keeps its line's, so that positions stay those of the input as read.
  std::uint32_t number = 0;
  std::uint32_t origin = 0;
  // A margin label's line, which read_columns found set beside the body text: the first of
  // its label or one that goes on with it ("지역 자율형" / "주요 내용"); none for any other.
  enum class MarginLabel : std::uint8_t { none, first, continued };
  MarginLabel margin_label = MarginLabel::none;
};

struct LineTable {
  std::vector<Line> lines;
  std::uint32_t form_feeds = 0;  // all form feeds, including one after the last line end
  // Whether anything but whitespace follows the last form feed: the page count is the form
  // feed count, plus one if text follows the last form feed (pdftotext writes a form feed
  // after every page, the last one included).
  bool text_after_last_form_feed = false;
};

// Where a line read from a PDF stands on its page, for the stages that weigh geometry as
// evidence (a text input has none). Lengths are PDF points (1/72 inch), x from the page's left
// edge, y from its top edge (as the page is shown, its rotation applied).
struct LineGeometry {
  std::uint32_t page = 0;     // 1-based
  float left = 0, right = 0;  // the first word's left edge, the last word's right edge
  // The words' highest top and lowest bottom: poppler's word boxes run from the font's ascent
  // to its descent, so `bottom` is the baseline plus the descent, and the difference of two
  // lines' bottoms in one font is their baseline pitch.
  float top = 0, bottom = 0;
  float font_size = 0;  // the size most of the line's characters are set in
  bool bold = false;    // most of its characters are in a bold font (by the font's name)
  // The line's last word has a space after it (poppler's has_space_after()), which would be
  // the wrap cue of the double-spaced text shape. Poppler 22.12 sets it only between the words
  // of a line it assembles, never on a line's last word: it is false on every line of the 34
  // corpus PDFs, and of a sample drawn with a space glyph at each wrap. Where a reader does
  // give it on enough lines, the layout obeys it as the wrap cue (Layout::wrap_cues).
  bool space_after = false;
  // The line opens with kbrief's stand-in bullet (kLostMarker), not with a character of the
  // text layer: a control character opened the line's first word, right before its text, as a
  // marker does (a Hancom export's U+0007, the tab after a bullet it drew as a graphic).
  bool marker_stand_in = false;
  bool blank = false;  // a blank line kbrief put where the space above a line says a block ends
  // A label the page sets in its margin beside the body's lines (see Line::margin_label, which
  // the pipeline fills from it for a PDF's lines).
  Line::MarginLabel margin_label = Line::MarginLabel::none;
};

// One LineGeometry per line of the LineTable, in the same order; empty for text input.
using LineGeometryTable = std::vector<LineGeometry>;

// Splits text into lines. Never fails; an empty text has no lines.
LineTable split_lines(std::string_view text);

// A 1-based line and column (code points, as read) for messages and diagnostics.
struct Position {
  std::size_t line = 0;
  std::size_t column = 0;
};

// A place on a line whose column is known, kept by a caller that asks for many positions:
// counting on from it gives the same column as counting from the line's start, so positions
// asked in reading order cost only the distance between them.
struct ColumnMark {
  std::size_t line_index = SIZE_MAX;  // no place known yet
  std::size_t read_offset = 0;        // byte offset in decoded.as_read()
  std::size_t column = 1;
};

// Position of byte `offset` of `decoded.text`, which lies on line index `line_index`: the one
// line/column rule: lines count from 1 (the line's `number`), columns from 1 (from its `origin`).
// Columns count code points of the text as read, before NFC, and start after a leading form feed;
// an offset before the line's text is column 1. With `mark`, counting starts at the mark when it
// lies on the same line at or before the offset, and the mark moves to the position returned.
Position position_of(const DecodedText& decoded, const LineTable& table, std::size_t line_index,
                     std::size_t offset, ColumnMark* mark = nullptr);

}  // namespace kbrief
