// SPDX-License-Identifier: MIT
// Between lines and layout, for text input: lines set side by side -> lines in reading order.
//
// pdftotext -layout writes a page as it looks: two columns share each line, a margin label
// ("논의 배경") stands on the first line of the body text beside it, a table sits beside a
// column. read_columns finds, page by page, the gutters that separate them: a run of
// consecutive lines that all leave the same two or more character positions blank, with text on
// both sides, at least one side of it prose (lines of nearly one width, as a justified column
// sets them). Each line of such a run is cut at the gutter; the pieces are read a column at a
// time, top to bottom, the left column before the right, and a column is searched again for
// gutters of its own. Nothing fixed: every boundary is where the page's own whitespace is.
//
// The pieces keep their line's number and the byte their columns count from
// (Line::number, Line::origin), so that every position still names the input as read. Pieces
// tile no longer the text, but every character of it is in exactly one piece.
#pragma once

#include <string_view>

#include "kbrief/lines.h"

namespace kbrief {

// `table` (from split_lines over `text`) in reading order; the same table when no page has
// columns.
LineTable read_columns(std::string_view text, const LineTable& table);

}  // namespace kbrief
