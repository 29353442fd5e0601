// SPDX-License-Identifier: MIT
// A finding's source line as a terminal shows it, with a caret line under the finding's span
// (the text report of `kbrief check`, in the manner of gcc, rustc and ninja):
//
//       3 | 강조했다.7) 이어서
//         |          ^^
//
// Carets count display columns: a wide character (Hangul) takes two, a tab is shown as the
// spaces to the next multiple of 8, a control character as its Unicode control picture
// (U+2400…), so the caret stands under the span whatever the terminal's tab stops. A line
// wider than kExcerptWidth columns is cut around the span, with "..." where it was cut.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "kbrief/document.h"

namespace kbrief::detail {

constexpr int kExcerptWidth = 100;

struct Excerpt {
  std::string text;    // the line (or the part of it shown), as read
  std::string carets;  // spaces, then at least one '^'; no trailing space
};

// Quotes the lines of one document. Asked in order of line and column (as findings are
// sorted), it walks each line once, however many findings a line has.
class ExcerptMaker {
 public:
  explicit ExcerptMaker(const Document& doc) : doc_(doc) {}
  // The line `line` (1-based) with carets under `length` code points from `column` (1-based,
  // as read; 0: a point, one caret). Nothing when the line is not in the document.
  std::optional<Excerpt> at(std::size_t line, std::size_t column, std::size_t length);

 private:
  // Bytes [begin, end) of the text of input line `line` (1-based), all of it also when the line
  // table holds it as pieces read in columns. The last span is kept: a line with many findings
  // is searched for its end once.
  std::optional<std::pair<std::size_t, std::size_t>> line_span(std::size_t line);
  std::optional<std::pair<std::size_t, std::size_t>> find_line_span(std::size_t line);

  const Document& doc_;
  std::size_t span_line_ = 0;  // the line of span_ (0: none yet)
  std::optional<std::pair<std::size_t, std::size_t>> span_;
  // Per input line number, the index of its first entry in the line table, read once when a
  // table entry does not stand at its own number (columns were read).
  std::vector<std::uint32_t> first_entry_;
  std::size_t line_ = 0;    // the line the cursor is on (1-based; 0: none yet)
  std::size_t offset_ = 0;  // byte of the line's text the cursor is at
  std::size_t column_ = 1;  // its column
};

}  // namespace kbrief::detail
