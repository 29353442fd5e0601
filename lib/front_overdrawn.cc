// SPDX-License-Identifier: MIT
// A title drawn twice at one place (a shadow, an outline) in text: lines that repeat each
// other, read back as the one line printed (see front_detail.h).
#include <algorithm>

#include "front_detail.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

// What `acc` and `next` make when `next` is drawn over acc's place: acc itself when `next`
// repeats its start or its end (`whole`), `next` when it repeats all of acc and goes on, and
// acc followed by the rest of `next` when next's start repeats acc's end. An overlap of one
// letter is as likely the next line's own word ("…과" over "과제…"): it counts only when
// `next` opens with a mark that never starts a printed line ("·", ",").
struct Overdraw {
  std::string text;
  bool whole = false;
};

// The longest overlap looked for, in bytes (32 Hangul syllables): the pieces a second drawing
// is cut into are a few words, and a long line is not searched at every length.
constexpr std::size_t kMostOverlap = 96;

std::optional<Overdraw> drawn_over(std::string_view acc, std::string_view next) {
  if (count_code_points(next) >= 2 && (acc.starts_with(next) || acc.ends_with(next)))
    return Overdraw{std::string(acc), true};
  if (count_code_points(acc) >= 2 && next.starts_with(acc))
    return Overdraw{std::string(next), true};
  for (std::size_t k = std::min({acc.size(), next.size(), kMostOverlap}); k > 0; --k) {
    // next's first k bytes, ending at a character boundary, are acc's last k.
    if (k < next.size() && (static_cast<unsigned char>(next[k]) & 0xC0) == 0x80) continue;
    if (!acc.ends_with(next.substr(0, k))) continue;
    char32_t first = code_point_at(next, 0);
    bool mark = !is_letter(first) && !is_ascii_digit(first) && !is_space(first);
    if (count_code_points(next.substr(0, k)) < 2 && !mark) return std::nullopt;
    return Overdraw{std::string(acc) + std::string(next.substr(k)), false};
  }
  return std::nullopt;
}

// Calls `group(begin, end, text)` for each printed line of lines[0, size): a run of lines
// that overdraw each other, one of them repeating a whole piece, or a line alone.
template <typename Group>
void printed_lines(const std::vector<std::string_view>& lines, Group group) {
  std::size_t k = 0;
  while (k < lines.size()) {
    std::string acc(trim(lines[k]));
    bool repeated = false;
    std::size_t end = k + 1;
    for (; end < lines.size(); ++end) {
      std::optional<Overdraw> o = drawn_over(acc, trim(lines[end]));
      if (!o) break;
      acc = std::move(o->text);
      repeated = repeated || o->whole;
    }
    // Lines that only overlap, none repeating another, are lines of their own.
    if (!repeated) {
      end = k + 1;
      acc = std::string(trim(lines[k]));
    }
    group(k, end, acc);
    k = end;
  }
}

}  // namespace

std::vector<bool> overdrawn_joins(const std::vector<std::string_view>& lines) {
  std::vector<bool> joins(lines.size(), false);
  printed_lines(lines, [&](std::size_t begin, std::size_t end, const std::string&) {
    for (std::size_t k = begin + 1; k < end; ++k) joins[k] = true;
  });
  return joins;
}

std::string join_overdrawn(const std::vector<std::string_view>& lines) {
  std::string out;
  printed_lines(lines, [&](std::size_t, std::size_t, const std::string& text) {
    if (!out.empty()) out += ' ';
    out += text;
  });
  return out;
}

}  // namespace kbrief::detail
