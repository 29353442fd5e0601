// SPDX-License-Identifier: MIT
// The evidence for paragraph starts that a line's width cannot give: read once over the
// body's flow lines, before the flow is segmented.
#pragma once

#include <cstdint>
#include <vector>

#include "blocks_detail.h"

namespace kbrief::detail {

struct ParagraphStarts {
  // The document indents the first line of its paragraphs (layout text): an indented line
  // after a sentence's end starts a paragraph even where the line before reaches the margin.
  bool indents_first_lines = false;
  // Per position in the flow: the line stands a few columns right of the next line on its
  // page while reaching the margin.
  std::vector<char> indented_start;
};

ParagraphStarts read_paragraph_starts(const Ctx& ctx, const std::vector<std::uint32_t>& flow);

}  // namespace kbrief::detail
