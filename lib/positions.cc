// SPDX-License-Identifier: MIT
#include "kbrief/positions.h"

#include <algorithm>

#include "unicode.h"

namespace kbrief {

Position PositionFinder::in(const std::vector<TextPiece>& pieces, std::uint32_t offset) {
  if (pieces.empty()) return {};
  auto it =
      std::upper_bound(pieces.begin(), pieces.end(), offset,
                       [](std::uint32_t off, const TextPiece& p) { return off < p.text_begin; });
  const TextPiece& p = it == pieces.begin() ? pieces.front() : *std::prev(it);
  // Walk the piece's source and its text side by side: whitespace runs became one space.
  std::string_view src =
      std::string_view(decoded_.text).substr(p.source_begin, p.source_end - p.source_begin);
  std::uint32_t text_pos = p.text_begin;
  std::size_t i = 0;
  // The piece is recognised by what it holds too: a vector of pieces may have been freed and
  // another built at the same address since.
  if (piece_.piece == &p && piece_.source == p.source_begin && piece_.text == p.text_begin &&
      piece_.text_pos <= offset) {
    i = piece_.i;  // further along the piece asked last
    text_pos = piece_.text_pos;
  }
  while (i < src.size() && text_pos < offset) {
    std::size_t j = i;
    if (detail::is_space(detail::next_code_point(src, j))) {
      j = i;
      // A run of zero-width characters only is no space in the text (TextBuilder).
      if (detail::skip_space_run(src, j)) text_pos += 1;
    } else {
      text_pos += static_cast<std::uint32_t>(j - i);
    }
    i = j;
  }
  if (std::size_t j = i; !detail::skip_space_run(src, j)) i = j;
  piece_ = {&p, p.source_begin, p.text_begin, i, text_pos};
  return at(p.line, p.source_begin + i);
}

Position PositionFinder::at(std::size_t line_index, std::size_t offset) {
  return position_of(decoded_, lines_, line_index, offset, &line_);
}

}  // namespace kbrief
