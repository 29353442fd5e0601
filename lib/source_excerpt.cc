// SPDX-License-Identifier: MIT
#include "source_excerpt.h"

#include <algorithm>
#include <string_view>

#include "unicode.h"

namespace kbrief::detail {
namespace {

constexpr int kTabStop = 8;
constexpr int kContextBefore = 40;  // columns kept before the span when a long line is cut
constexpr std::string_view kCut = "...";
// Code points looked at on either side of a span, whatever their width: a line of characters
// that take no column (zero-width spaces) is quoted in bounded time too.
constexpr int kMostCodePoints = 4 * kExcerptWidth;

bool is_bidi_control(char32_t c) {
  return c == 0x061C || c == 0x200E || c == 0x200F || (c >= 0x202A && c <= 0x202E) ||
         (c >= 0x2066 && c <= 0x2069);
}

// What stands for `c` on the terminal at display column `column`, and its width. Nothing
// invisible that moves the cursor or reorders the line goes out as itself.
int show(char32_t c, int column, std::string* out) {
  if (c == '\t') {
    int n = kTabStop - column % kTabStop;
    if (out) out->append(static_cast<std::size_t>(n), ' ');
    return n;
  }
  char32_t shown = c < 0x20    ? 0x2400 + c  // ␀…␟, a form feed inside the line among them
                   : c == 0x7F ? 0x2421      // ␡
                   : (c >= 0x80 && c <= 0x9F) || is_bidi_control(c) ? 0xFFFD
                                                                    : c;
  if (out) append_utf8(*out, shown);
  // Conjoining vowels and final consonants join the syllable before them (decomposed Hangul
  // as read): no column of their own.
  if ((shown >= 0x1160 && shown <= 0x11FF) || (shown >= 0xD7B0 && shown <= 0xD7FF)) return 0;
  return code_point_width(shown);
}

// Columns a character takes where its place is not known yet: a tab counts its most.
int width_of(char32_t c) {
  return show(c, 0, nullptr);
}

}  // namespace

std::optional<std::pair<std::size_t, std::size_t>> ExcerptMaker::line_span(std::size_t line) {
  if (line != span_line_) {
    span_line_ = line;
    span_ = find_line_span(line);
  }
  return span_;
}

std::optional<std::pair<std::size_t, std::size_t>> ExcerptMaker::find_line_span(std::size_t line) {
  const std::vector<Line>& lines = doc_.line_table.lines;
  if (line == 0 || line > lines.size()) return std::nullopt;
  std::size_t index = line - 1;
  if (lines[index].number != line) {
    if (first_entry_.empty()) {
      first_entry_.assign(lines.size() + 1, UINT32_MAX);
      for (std::size_t k = lines.size(); k-- > 0;)
        if (lines[k].number < first_entry_.size())
          first_entry_[lines[k].number] = static_cast<std::uint32_t>(k);
    }
    if (first_entry_[line] == UINT32_MAX) return std::nullopt;
    index = first_entry_[line];
  }
  const Line& l = lines[index];
  std::string_view text = doc_.decoded.text;
  std::size_t end = text.find_first_of("\r\n", l.origin);
  return std::pair<std::size_t, std::size_t>{l.origin,
                                             end == std::string_view::npos ? text.size() : end};
}

std::optional<Excerpt> ExcerptMaker::at(std::size_t line, std::size_t column, std::size_t length) {
  std::optional<std::pair<std::size_t, std::size_t>> span = line_span(line);
  if (!span) return std::nullopt;
  std::string_view read = doc_.decoded.as_read();
  std::size_t begin = doc_.decoded.source_offset(span->first);
  std::string_view t = read.substr(begin, doc_.decoded.source_offset(span->second) - begin);
  if (line != line_ || column < column_) {
    line_ = line;
    offset_ = 0;
    column_ = 1;
  }
  while (column_ < column && offset_ < t.size()) {
    next_code_point(t, offset_);
    ++column_;
  }
  const std::size_t start = offset_;

  // How far the line reaches on either side of the span's start, up to the width shown.
  std::size_t back = start;
  int width_back = 0;
  for (int n = 0; back > 0 && n < kMostCodePoints; ++n) {
    std::size_t k = back;
    int w = width_of(prev_code_point(t, k));
    if (width_back + w > kExcerptWidth) break;
    width_back += w;
    back = k;
  }
  std::size_t ahead = start;
  int width_ahead = 0;
  for (int n = 0; ahead < t.size() && n < kMostCodePoints; ++n) {
    std::size_t k = ahead;
    int w = show(next_code_point(t, k), 0, nullptr);
    if (width_ahead + w > kExcerptWidth) break;
    width_ahead += w;
    ahead = k;
  }
  std::size_t from = 0;
  if (back > 0 || ahead < t.size() || width_back + width_ahead > kExcerptWidth) {
    // Cut: some context before the span, more when little of the line follows it.
    int before = std::min(width_back, std::max(kContextBefore, kExcerptWidth - width_ahead));
    from = start;
    for (int w = 0, n = 0; from > 0 && n < kMostCodePoints; ++n) {
      std::size_t k = from;
      w += width_of(prev_code_point(t, k));
      if (w > before) break;
      from = k;
    }
  }

  Excerpt e;
  int col = 0;
  if (from > 0) {
    e.text = kCut;
    col = static_cast<int>(kCut.size());
  }
  int caret_at = -1, caret_width = 0;
  std::size_t i = from, counted = 0;
  for (int n = 0; i < t.size(); ++n) {
    if (i == start) caret_at = col;
    std::size_t k = i;
    char32_t c = next_code_point(t, k);
    if (n >= 2 * kMostCodePoints ||
        col - (from > 0 ? static_cast<int>(kCut.size()) : 0) + show(c, col, nullptr) >
            kExcerptWidth) {
      e.text += kCut;
      break;
    }
    int w = show(c, col, &e.text);
    if (i >= start && counted < length) {
      caret_width += w;
      ++counted;
    }
    col += w;
    i = k;
  }
  if (caret_at < 0) caret_at = col;  // the span starts at the line's end
  e.carets.assign(static_cast<std::size_t>(caret_at), ' ');
  e.carets.append(static_cast<std::size_t>(std::max(caret_width, 1)), '^');
  return e;
}

}  // namespace kbrief::detail
