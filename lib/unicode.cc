// SPDX-License-Identifier: MIT
#include "unicode.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace kbrief::detail {

void append_utf8(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

std::size_t count_code_points(std::string_view s) {
  std::size_t n = 0;
  for (char ch : s) n += (static_cast<unsigned char>(ch) & 0xC0) != 0x80;
  return n;
}

namespace {
bool is_ascii_space(unsigned char b) {
  return b == ' ' || (b >= 0x09 && b <= 0x0D);
}
}  // namespace

// Both trims step over ASCII whitespace (the indentation of layout text) a byte at a time
// and decode only the characters beyond ASCII.
std::string_view trim_start(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size()) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (!is_ascii_space(b)) break;
      ++i;
      continue;
    }
    if (leads_hangul_block(b)) break;
    std::size_t j = i;
    if (!is_space(next_code_point(s, j))) break;
    i = j;
  }
  return s.substr(i);
}

std::string_view trim_end(std::string_view s) {
  std::size_t i = s.size();
  while (i > 0) {
    auto b = static_cast<unsigned char>(s[i - 1]);
    if (b < 0x80) {
      if (!is_ascii_space(b)) break;
      --i;
      continue;
    }
    if (i >= 3 && leads_hangul_block(static_cast<unsigned char>(s[i - 3])) &&
        (static_cast<unsigned char>(s[i - 2]) & 0xC0) == 0x80)
      break;
    std::size_t j = i;
    if (!is_space(prev_code_point(s, j))) break;
    i = j;
  }
  return s.substr(0, i);
}

std::string_view trim(std::string_view s) {
  return trim_end(trim_start(s));
}

int code_point_width(char32_t c) {
  if (c < 0x1100) {
    if (c < 0x300) return c < 0x20 ? 0 : 1;
  } else if (is_hangul_syllable(c)) {
    return 2;
  }
  int ea = u_getIntPropertyValue(static_cast<UChar32>(c), UCHAR_EAST_ASIAN_WIDTH);
  if (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) return 2;
  int cat = u_charType(static_cast<UChar32>(c));
  if (cat == U_NON_SPACING_MARK || cat == U_ENCLOSING_MARK || cat == U_FORMAT_CHAR) return 0;
  return 1;
}

int display_width(std::string_view s) {
  int w = 0;
  for (std::size_t i = 0; i < s.size();) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {  // ASCII: controls none, the rest one column
      w += b < 0x20 ? 0 : 1;
      ++i;
      continue;
    }
    if (b >= 0xEA && b <= 0xED && i + 2 < s.size()) {
      char32_t c = (char32_t{b} & 0x0F) << 12 |
                   (char32_t{static_cast<unsigned char>(s[i + 1])} & 0x3F) << 6 |
                   (char32_t{static_cast<unsigned char>(s[i + 2])} & 0x3F);
      i += 3;
      w += is_hangul_syllable(c) ? 2 : code_point_width(c);
      continue;
    }
    w += code_point_width(next_code_point(s, i));
  }
  return w;
}

bool is_letter(char32_t c) {
  if (c < 0x80) return is_ascii_alpha(c);
  if (is_hangul_syllable(c)) return true;
  return u_isalpha(static_cast<UChar32>(c));
}

bool has_letter(std::string_view t) {
  for (std::size_t i = 0; i < t.size();)
    if (is_letter(next_code_point(t, i))) return true;
  return false;
}

std::string to_valid_utf8(std::string_view bytes) {
  std::string out;
  out.reserve(bytes.size());
  const auto* s = reinterpret_cast<const std::uint8_t*>(bytes.data());
  const auto length = static_cast<std::int32_t>(std::min<std::size_t>(bytes.size(), INT32_MAX));
  for (std::int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(s, i, length, c);
    append_utf8(out, c < 0 ? U'\uFFFD' : static_cast<char32_t>(c));
  }
  return out;
}

std::string without_zero_width(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (std::size_t i = 0; i < s.size();) {
    std::size_t start = i;
    if (!is_zero_width(next_code_point(s, i))) out.append(s.substr(start, i - start));
  }
  return out;
}

bool skip_space_run(std::string_view s, std::size_t& i) {
  bool spaced = false;
  while (i < s.size()) {
    std::size_t j = i;
    char32_t c = next_code_point(s, j);
    if (!is_space(c)) break;
    spaced = spaced || !is_zero_width(c);
    i = j;
  }
  return spaced;
}

}  // namespace kbrief::detail
