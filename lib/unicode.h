// SPDX-License-Identifier: MIT
// Internal UTF-8 and character-class helpers shared by the stages.
//
// All functions take text that has already been validated as UTF-8 (decode() guarantees
// this for everything downstream of it); they never check for malformed sequences.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace kbrief::detail {

// Eight bytes at a time: the scanners that look for a few ASCII bytes in long texts skip
// the words that hold none of them.
inline std::uint64_t load8(const char* p) {
  std::uint64_t w;
  std::memcpy(&w, p, sizeof w);
  return w;
}
constexpr std::uint64_t kEachByte = 0x0101010101010101ULL;
// Whether some byte of `w` is zero (exact: no false positives).
constexpr bool has_zero_byte(std::uint64_t w) {
  return ((w - kEachByte) & ~w & (kEachByte * 0x80)) != 0;
}
// Whether some byte of `w` equals `b`.
constexpr bool has_byte(std::uint64_t w, unsigned char b) {
  return has_zero_byte(w ^ (kEachByte * b));
}

// Number of bytes of the UTF-8 sequence whose lead byte is `lead`.
constexpr int sequence_length(unsigned char lead) {
  return lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
}
// Decodes the code point starting at s[i] and advances i past it. Inline: every stage
// walks its text with it, a code point at a time.
constexpr char32_t next_code_point(std::string_view s, std::size_t& i) {
  auto b0 = static_cast<unsigned char>(s[i]);
  if (b0 < 0x80) {
    ++i;
    return b0;
  }
  int n = sequence_length(b0);
  char32_t c = b0 & (n == 2 ? 0x1F : n == 3 ? 0x0F : 0x07);
  for (int k = 1; k < n && i + k < s.size(); ++k)
    c = (c << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
  i += n;
  return c;
}
// Decodes the code point ending just before s[i] and moves i back to its first byte.
constexpr char32_t prev_code_point(std::string_view s, std::size_t& i) {
  do {
    --i;
  } while (i > 0 && (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80);
  std::size_t j = i;
  return next_code_point(s, j);
}
// Moves `i` past the run of code points from s[i] on that satisfy `belongs`; returns how
// many there were.
template <class Belongs>
constexpr std::size_t skip_run(std::string_view s, std::size_t& i, Belongs belongs) {
  std::size_t n = 0;
  while (i < s.size()) {
    std::size_t k = i;
    if (!belongs(next_code_point(s, k))) break;
    i = k;
    ++n;
  }
  return n;
}
// Code point at s[i] without advancing.
constexpr char32_t code_point_at(std::string_view s, std::size_t i) {
  return next_code_point(s, i);
}
void append_utf8(std::string& out, char32_t c);

std::size_t count_code_points(std::string_view s);

// Bytes that may not be UTF-8 (a file name): each ill-formed sequence replaced by U+FFFD.
// The only function here that takes unvalidated bytes.
std::string to_valid_utf8(std::string_view bytes);

// Whitespace, everywhere in kbrief (trimming, the nothing-lost comparison): Unicode White_Space
// plus U+200B..U+200D, U+2060 and U+FEFF.
inline bool is_space(char32_t c) {
  if (c < 0x80) return c == ' ' || (c >= 0x09 && c <= 0x0D);
  switch (c) {
    case 0x85:
    case 0xA0:
    case 0x1680:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x205F:
    case 0x3000:
    case 0x200B:
    case 0x200C:
    case 0x200D:
    case 0x2060:
    case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}
// The whitespace of is_space() that takes no width: U+200B..U+200D, U+2060 and U+FEFF.
// Element text leaves these out (a run of them is no space between words).
constexpr bool is_zero_width(char32_t c) {
  return (c >= 0x200B && c <= 0x200D) || c == 0x2060 || c == 0xFEFF;
}
// `s` without its is_zero_width() characters.
std::string without_zero_width(std::string_view s);
// Moves `i` past the run of is_space() characters at s[i]; whether the run holds one that
// is not zero-width, and so is one space in element text.
bool skip_space_run(std::string_view s, std::size_t& i);

// The position of the first is_space() character at or after s[i] (s.size() when none).
// Bytes that cannot start a whitespace character (ASCII letters and punctuation, Hangul
// and the rest of U+A000..U+DFFF) are passed over without decoding.
inline std::size_t find_space(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    auto b = static_cast<unsigned char>(s[i]);
    if (b < 0x80) {
      if (b == ' ' || (b >= 0x09 && b <= 0x0D)) return i;
      ++i;
    } else if (b >= 0xEA && b <= 0xED) {
      i += 3;
    } else {
      std::size_t j = i;
      if (is_space(next_code_point(s, j))) return i;
      i = j;
    }
  }
  return s.size();
}
// Trims is_space() characters from both ends.
std::string_view trim(std::string_view s);
std::string_view trim_end(std::string_view s);
std::string_view trim_start(std::string_view s);
// The text before the first ASCII space, and after the last: the whole of `s` when it has none.
inline std::string_view first_word(std::string_view s) {
  return s.substr(0, s.find(' '));
}
inline std::string_view last_word(std::string_view s) {
  std::size_t space = s.rfind(' ');
  return space == std::string_view::npos ? s : s.substr(space + 1);
}

// Display columns by ICU East Asian Width: Wide and Fullwidth take two columns, combining
// marks and format characters none, everything else one.
int code_point_width(char32_t c);
int display_width(std::string_view s);

constexpr bool is_hangul_syllable(char32_t c) {
  return c >= 0xAC00 && c <= 0xD7A3;
}
// Whether UTF-8 byte `b` leads a three-byte character from U+A000 to U+DFFF (0xEA..0xED):
// Hangul syllables and a few rarer blocks, never whitespace, punctuation or a bracket, so that
// a scan may pass over the character's three bytes without decoding it.
inline bool leads_hangul_block(unsigned char b) {
  return b >= 0xEA && b <= 0xED;
}
inline bool is_ascii_digit(char32_t c) {
  return c >= '0' && c <= '9';
}
inline bool is_ascii_alpha(char32_t c) {
  return (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
}
inline bool is_circled_number(char32_t c) {
  return c >= 0x2460 && c <= 0x2473;
}  // ①..⑳
// Index of the final consonant (jongseong) of a Hangul syllable, 0 when it has none.
inline int hangul_final(char32_t c) {
  return is_hangul_syllable(c) ? (c - 0xAC00) % 28 : -1;
}
// Letters of any script (ICU alphabetic), Hangul included.
bool is_letter(char32_t c);
// Whether `t` (UTF-8) holds a letter anywhere.
bool has_letter(std::string_view t);
// Opening and closing punctuation that wraps words: brackets and quotes.

}  // namespace kbrief::detail
