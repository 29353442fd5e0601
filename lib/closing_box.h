// SPDX-License-Identifier: MIT
// Plain pdftotext text (no -layout): the publisher's box at the last page's foot, which the
// extractor read a row at a time with the body's last lines beside it.
#pragma once

#include <string_view>

#include "kbrief/lines.h"

namespace kbrief::detail {

// pdftotext without -layout reads two blocks that stand side by side a row at a time: each
// row's line comes out as a block of its own between blank lines, the left block's line
// before the right one's. Where the publisher's box (a note to readers, in the polite
// register the body does not speak) stands at the right column's foot of the last page,
// beside the left column's last lines, the two come out interleaved after the right column's
// text above the box:
//
//   right column's last block, ending a plain statement
//   (blank) left line (blank) box line (blank) left line (blank) box line ending "-ㅂ니다."
//   (blank) the left column's last lines
//
// Returns `table` with those lines in reading order: the left column's lines before the
// right column's block above the box, then that block, then the box's lines; whole lines
// only, every line kept once. The same table when the last page shows no such rows.
LineTable read_closing_box_rows(std::string_view text, LineTable table);

}  // namespace kbrief::detail
