// SPDX-License-Identifier: MIT
// kbrief::escape_markdown on valid UTF-8 (the first byte's bit 0 is `line_start`).
//
// The escaper (lib/markdown.cc) only ever inserts a backslash: before ASCII punctuation and
// before the curly quotes U+2018, U+2019, U+201C, U+201D; an autolink "<https://…>" is
// copied as it stands. So reading the output back — an autolink verbatim, a backslash and
// the character after it as that character — must give the input exactly, no backslash may
// be left dangling, and no character the escaper always escapes may appear unescaped
// (except '#' inside a line-initial list marker such as "#." or "(#)", which it leaves).
#include <fmt/format.h>
#include <kbrief/markdown.h>

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_support.h"

namespace {

bool ascii_punctuation(char c) {
  return (c >= '!' && c <= '/') || (c >= ':' && c <= '@') || (c >= '[' && c <= '`') ||
         (c >= '{' && c <= '~');
}

// lib/markdown.cc's always_escaped().
bool always_escaped(char c) {
  return std::string_view("\\`*_[]<>#|~^$@&{}\"'").find(c) != std::string_view::npos;
}

bool alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool curly_quote(std::string_view s, std::size_t i) {
  return i + 2 < s.size() && s[i] == '\xE2' && s[i + 1] == '\x80' &&
         (s[i + 2] == '\x98' || s[i + 2] == '\x99' || s[i + 2] == '\x9C' || s[i + 2] == '\x9D');
}

// lib/markdown.cc's autolink_length(): "<http://…>" or "<https://…>", no space or '<' inside.
std::size_t autolink_length(std::string_view s) {
  if (!s.starts_with("<http://") && !s.starts_with("<https://")) return 0;
  std::size_t close = s.find('>');
  if (close == std::string_view::npos) return 0;
  if (s.substr(1, close - 1).find_first_of(" <") != std::string_view::npos) return 0;
  return close + 1;
}

std::string show(std::string_view s) {
  std::string out;
  for (unsigned char c : s.substr(0, 200))
    out +=
        c >= 0x20 && c < 0x7F ? std::string(1, static_cast<char>(c)) : fmt::format("\\x{:02X}", c);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const bool line_start = (data[0] & 1) != 0;
  std::string_view in(reinterpret_cast<const char*>(data) + 1, size - 1);
  if (!kbrief::fuzz::valid_utf8(in)) return 0;

  const std::string out = kbrief::escape_markdown(in, line_start);
  const std::string context =
      fmt::format("line_start {}\n     in:  {}\n     out: {}", line_start, show(in), show(out));
  KBRIEF_FUZZ_ASSERT(kbrief::fuzz::valid_utf8(out), "output is not UTF-8; " + context);

  // Where a line-initial ordered-list marker ends: "\(" , letters/digits/'#', then "\." or "\)".
  std::size_t marker_end = 0;
  if (line_start) {
    std::size_t k = std::string_view(out).starts_with("\\(") ? 2 : 0;
    while (k < out.size() && (alnum(out[k]) || out[k] == '#')) ++k;
    if (k + 1 < out.size() && out[k] == '\\' && (out[k + 1] == '.' || out[k + 1] == ')'))
      marker_end = k;
  }
  if (line_start && !in.empty() && std::string_view("-+=:").find(in[0]) != std::string_view::npos)
    KBRIEF_FUZZ_ASSERT(out.size() >= 2 && out[0] == '\\',
                       "a line-initial block opener is not escaped; " + context);

  std::string back;
  back.reserve(in.size());
  char raw_prev = 0, raw_prev2 = 0;  // the last two characters written without a backslash
  for (std::size_t j = 0; j < out.size();) {
    if (std::size_t n = out[j] == '<' ? autolink_length(std::string_view(out).substr(j)) : 0) {
      back.append(out, j, n);
      j += n;
      raw_prev = raw_prev2 = 0;
      continue;
    }
    if (out[j] == '\\') {
      KBRIEF_FUZZ_ASSERT(j + 1 < out.size(), "a backslash ends the output; " + context);
      if (ascii_punctuation(out[j + 1])) {
        back += out[j + 1];
        j += 2;
      } else {
        KBRIEF_FUZZ_ASSERT(curly_quote(out, j + 1),
                           fmt::format("a backslash at byte {} escapes nothing; {}", j, context));
        back.append(out, j + 1, 3);
        j += 4;
      }
      raw_prev = raw_prev2 = 0;
      continue;
    }
    char c = out[j];
    KBRIEF_FUZZ_ASSERT(!always_escaped(c) || (c == '#' && j < marker_end),
                       fmt::format("'{}' at byte {} is not escaped; {}", c, j, context));
    KBRIEF_FUZZ_ASSERT(!curly_quote(out, j),
                       fmt::format("a curly quote at byte {} is not escaped; {}", j, context));
    // `smart` would read "--" as a dash and "..." as an ellipsis.
    KBRIEF_FUZZ_ASSERT(!(c == '-' && raw_prev == '-'),
                       fmt::format("unescaped \"--\" at byte {}; {}", j, context));
    KBRIEF_FUZZ_ASSERT(!(c == '.' && raw_prev == '.' && raw_prev2 == '.'),
                       fmt::format("unescaped \"...\" at byte {}; {}", j, context));
    raw_prev2 = raw_prev;
    raw_prev = c;
    back += c;
    ++j;
  }
  KBRIEF_FUZZ_ASSERT(back == in, "unescaped output differs from the input; " + context +
                                     "\n     back: " + show(back));
  return 0;
}
