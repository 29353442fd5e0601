// SPDX-License-Identifier: MIT
#include "kbrief/lines.h"

#include <algorithm>

#include "unicode.h"

namespace kbrief {

LineTable split_lines(std::string_view text) {
  LineTable table;
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    Line line;
    line.start = static_cast<std::uint32_t>(i);
    std::size_t j = i;
    while (j < n && text[j] == '\f') ++j;
    line.leading_form_feeds = static_cast<std::uint16_t>(j - i);
    table.form_feeds += static_cast<std::uint32_t>(j - i);
    if (j == n) break;  // form feeds after the last line end start no line
    line.begin = static_cast<std::uint32_t>(j);
    line.origin = line.begin;
    line.number = static_cast<std::uint32_t>(table.lines.size() + 1);
    while (j < n) {
      // Eight bytes at a time while they hold no line end and no form feed.
      if (j + 8 <= n) {
        std::uint64_t w = detail::load8(text.data() + j);
        if (!detail::has_byte(w, '\n') && !detail::has_byte(w, '\r') &&
            !detail::has_byte(w, '\f')) {
          j += 8;
          continue;
        }
      }
      if (text[j] == '\n' || text[j] == '\r') break;
      if (text[j] == '\f') ++line.inner_form_feeds;
      ++j;
    }
    table.form_feeds += line.inner_form_feeds;
    line.end = static_cast<std::uint32_t>(j);
    if (j < n) j += (text[j] == '\r' && j + 1 < n && text[j + 1] == '\n') ? 2 : 1;
    line.next = static_cast<std::uint32_t>(j);
    table.lines.push_back(line);
    i = j;
  }
  // Whether non-space text follows the last form feed.
  std::size_t last_ff = text.rfind('\f');
  std::string_view tail = last_ff == std::string_view::npos ? text : text.substr(last_ff + 1);
  table.text_after_last_form_feed = !detail::trim(tail).empty();
  return table;
}

Position position_of(const DecodedText& decoded, const LineTable& table, std::size_t line_index,
                     std::size_t offset, ColumnMark* mark) {
  const Line& line = table.lines[line_index];
  std::string_view read = decoded.as_read();
  std::size_t from = decoded.source_offset(line.origin);
  std::size_t to = std::max(from, decoded.source_offset(offset));
  std::size_t column = 1;
  if (mark && mark->line_index == line_index && mark->read_offset <= to) {
    from = mark->read_offset;  // further along the line than the place asked last
    column = mark->column;
  }
  column += detail::count_code_points(read.substr(from, to - from));
  if (mark) *mark = ColumnMark{line_index, to, column};
  return Position{line.number, column};
}

}  // namespace kbrief
