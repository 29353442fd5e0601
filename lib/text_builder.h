// SPDX-License-Identifier: MIT
// Builds an element's clean text from its lines: joins wrapped lines, writes each run of
// whitespace as one space (zero-width characters are left out), leaves out markers, and records
// where every run of the text came from (TextPiece) so positions can be traced back to the input.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "kbrief/document.h"

namespace kbrief::detail {

// Absolute byte range of line i's trimmed text, its tail (copyright, end mark) excluded: the
// span the layout stored (LineInfo::text_begin/text_end), empty at the line's start when the
// line has no text.
struct LineRange {
  std::uint32_t begin = 0, end = 0;
};
LineRange trimmed_range(std::string_view text, const LineTable& table, const Layout& layout,
                        std::uint32_t i);

class TextBuilder {
 public:
  explicit TextBuilder(std::string_view source) : source_(source) {}
  // Appends source bytes [begin, end) of line `line`, whitespace runs as single spaces; a run
  // of zero-width characters only (is_zero_width) is left out.
  void append(std::uint32_t begin, std::uint32_t end, std::uint32_t line);
  // Appends one space unless the text is empty or already ends with one.
  void space();
  // Appends a separator that is not from the source (a newline between list items).
  void separator(char c);
  std::uint32_t size() const { return static_cast<std::uint32_t>(text_.size()); }
  const std::string& text() const { return text_; }
  // Removes a trailing space (an element never ends with one).
  void trim_end();
  // The text and pieces are kept by the document for its lifetime: without spare capacity.
  std::string take_text() {
    text_.shrink_to_fit();
    return std::move(text_);
  }
  std::vector<TextPiece> take_pieces() {
    pieces_.shrink_to_fit();
    return std::move(pieces_);
  }

 private:
  std::string_view source_;
  std::string text_;
  std::vector<TextPiece> pieces_;
};

}  // namespace kbrief::detail
