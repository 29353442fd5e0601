// SPDX-License-Identifier: MIT
// Positions in the input of what a Document holds: the 1-based line and column (code points of
// the line as read, before NFC, counted after a leading form feed) of a byte of the decoded
// text or of an element's clean text.
//
//   kbrief::PositionFinder positions(doc);
//   for (const kbrief::Block& b : doc.blocks)
//     report(positions.in(b.pieces, b.text.find("…")));
//
// One finder serves one pass over one document, in one thread. It remembers where its last
// answer was found, and a question further along the same line or piece goes on from there:
// thousands of positions asked in text order on one long line cost the line's length once,
// not once each. Questions in any other order are answered correctly, from the line's start.
// A finder refers to the document's decoded text and line table, which must outlive it.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "kbrief/document.h"
#include "kbrief/lines.h"

namespace kbrief {

class PositionFinder {
 public:
  explicit PositionFinder(const Document& doc) : PositionFinder(doc.decoded, doc.line_table) {}
  PositionFinder(const DecodedText& decoded, const LineTable& lines)
      : decoded_(decoded), lines_(lines) {}

  // Byte `offset` of an element's text, traced back through its pieces. Zero-width
  // characters left out of the text stand before the character asked for. Empty pieces (an
  // element without text) give line 0, column 0.
  Position in(const std::vector<TextPiece>& pieces, std::uint32_t offset);
  // Byte `offset` of the decoded text, which lies on line index `line_index` (0-based); an
  // offset before the line's text is its first column.
  Position at(std::size_t line_index, std::size_t offset);
  // The first column of line index `line_index`: where a line-long finding stands.
  Position start_of(std::size_t line_index) { return at(line_index, 0); }

 private:
  const DecodedText& decoded_;
  const LineTable& lines_;
  // Where the last answers were found.
  struct PieceCursor {
    const TextPiece* piece = nullptr;         // which piece, and what it held:
    std::size_t source = 0, text = 0, i = 0;  // source_begin, text_begin; i bytes walked
    std::uint32_t text_pos = 0;               // the text offset reached
  };
  ColumnMark line_;
  PieceCursor piece_;
};

}  // namespace kbrief
