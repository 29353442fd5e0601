// SPDX-License-Identifier: MIT
#include "text_builder.h"

#include "unicode.h"

namespace kbrief::detail {

LineRange trimmed_range(std::string_view /*text*/, const LineTable& table, const Layout& layout,
                        std::uint32_t i) {
  const LineInfo& info = layout.lines[i];
  if (info.text_begin == info.text_end) return {table.lines[i].begin, table.lines[i].begin};
  return {info.text_begin, info.text_end};
}

void TextBuilder::append(std::uint32_t begin, std::uint32_t end, std::uint32_t line) {
  if (begin >= end) return;
  pieces_.push_back({size(), begin, end, line});
  std::string_view s = source_.substr(begin, end - begin);
  // Characters between spaces are appended a run at a time.
  for (std::size_t run = 0; run < s.size();) {
    std::size_t space = find_space(s, run);
    text_.append(s.substr(run, space - run));
    if (space >= s.size()) break;
    // A zero-width character is left out: it separated no words on the page.
    if (!is_zero_width(next_code_point(s, space)) && !text_.empty() && text_.back() != ' ')
      text_ += ' ';
    run = space;
  }
}

void TextBuilder::space() {
  if (!text_.empty() && text_.back() != ' ' && text_.back() != '\n') text_ += ' ';
}

void TextBuilder::separator(char c) {
  trim_end();
  text_ += c;
}

void TextBuilder::trim_end() {
  while (!text_.empty() && text_.back() == ' ') text_.pop_back();
}

}  // namespace kbrief::detail
