// SPDX-License-Identifier: MIT
// The fast scanners (bytes decided without decoding, eight bytes at a time) against simple
// reference implementations of the same rules, which decode every character: on random text
// built from the characters each fast path treats specially, and on every corpus line.
#include <kbrief/decode.h>
#include <kbrief/lines.h>
#include <unicode/normalizer2.h>

#include <filesystem>
#include <random>

#include "test_support.h"
#include "unicode.h"

namespace kbrief::test {
namespace {

namespace fs = std::filesystem;
using detail::next_code_point;

// Pieces that sit on the fast paths' boundaries: ASCII and its whitespace, line ends and form
// feeds, Hangul (lead bytes 0xEA..0xED) and other characters with those lead bytes, wide,
// zero-width and combining characters, whitespace beyond ASCII, four-byte characters.
const char* const kPieces[] = {
    "a",      "Z",      "7",      " ",      "\t",      "\n",           "\r",     "\r\n",
    "\f",     ".",      "h",      "w",      "http://", "가",           "힣",     "ꀀ",
    "ힰ",     "퟿",    "漢",     "“",      "”",       "\u3000",       "\u00A0", "\u200B",
    "\u2060", "\uFEFF", "\u00AD", "\u0301", "e\u0301", "\u1100\u1161", "😀",      "\u0085",
    "\u2028", "é",
};

std::string random_text(std::mt19937& rng) {
  std::uniform_int_distribution<int> length(0, 40);
  std::uniform_int_distribution<std::size_t> piece(0, std::size(kPieces) - 1);
  std::string s;
  for (int k = length(rng); k > 0; --k) s += kPieces[piece(rng)];
  return s;
}

// Random texts, then every line of every corpus file (when the corpus is present).
std::vector<std::string> inputs() {
  std::mt19937 rng(20261206);
  std::vector<std::string> out;
  for (int k = 0; k < 3000; ++k) out.push_back(random_text(rng));
  if (!corpus_dir().empty())
    for (const auto& e : fs::directory_iterator(corpus_dir())) {
      if (e.path().extension() != ".txt") continue;
      auto text = decode(read_file(e.path().string()));
      if (!text) continue;
      for (const Line& line : split_lines(text->text).lines)
        out.emplace_back(text->text.substr(line.begin, line.end - line.begin));
    }
  return out;
}

std::vector<char32_t> code_points(std::string_view s) {
  std::vector<char32_t> out;
  for (std::size_t i = 0; i < s.size();) out.push_back(next_code_point(s, i));
  return out;
}

TEST(Scanners, DisplayWidthIsTheSumOfEachCharactersWidth) {
  for (const std::string& s : inputs()) {
    int reference = 0;
    for (char32_t c : code_points(s)) reference += detail::code_point_width(c);
    ASSERT_EQ(detail::display_width(s), reference) << s;
  }
}

TEST(Scanners, TrimmingRemovesExactlyTheWhitespaceAtEitherEnd) {
  for (const std::string& s : inputs()) {
    // Reference: each character decoded, with where it starts and ends.
    struct Char {
      std::size_t begin, end;
      bool space;
    };
    std::vector<Char> chars;
    for (std::size_t i = 0; i < s.size();) {
      std::size_t begin = i;
      bool space = detail::is_space(next_code_point(s, i));
      chars.push_back({begin, i, space});
    }
    std::size_t first = 0, last = chars.size();
    while (first < chars.size() && chars[first].space) ++first;
    while (last > first && chars[last - 1].space) --last;
    std::size_t begin = first < chars.size() ? chars[first].begin : s.size();
    std::size_t end = last > first ? chars[last - 1].end : begin;
    std::size_t end_only = chars.size();
    while (end_only > 0 && chars[end_only - 1].space) --end_only;
    std::string_view sv = s;
    ASSERT_EQ(detail::trim(sv), sv.substr(begin, end - begin)) << s;
    ASSERT_EQ(detail::trim_start(sv), sv.substr(begin)) << s;
    ASSERT_EQ(detail::trim_end(sv), sv.substr(0, end_only > 0 ? chars[end_only - 1].end : 0)) << s;
  }
}

TEST(Scanners, LinesSplitAsTheConventionsSay) {
  std::mt19937 rng(7);
  for (int k = 0; k < 3000; ++k) {
    std::string text = random_text(rng) + random_text(rng) + random_text(rng);
    // Reference (CONVENTIONS §2): a line ends at \n, \r\n or a lone \r; form feeds at a line's
    // start belong to no line's text; form feeds after the last line end start no line.
    std::vector<std::pair<std::size_t, std::size_t>> reference;  // [begin, end)
    std::size_t i = 0;
    while (i < text.size()) {
      std::size_t j = i;
      while (j < text.size() && text[j] == '\f') ++j;
      if (j == text.size()) break;
      std::size_t begin = j;
      while (j < text.size() && text[j] != '\n' && text[j] != '\r') ++j;
      reference.emplace_back(begin, j);
      if (j < text.size()) j += text.compare(j, 2, "\r\n") == 0 ? 2 : 1;
      i = j;
    }
    LineTable table = split_lines(text);
    ASSERT_EQ(table.lines.size(), reference.size()) << text;
    for (std::size_t n = 0; n < reference.size(); ++n) {
      EXPECT_EQ(table.lines[n].begin, reference[n].first) << text;
      EXPECT_EQ(table.lines[n].end, reference[n].second) << text;
    }
    EXPECT_EQ(table.form_feeds,
              static_cast<std::uint32_t>(std::count(text.begin(), text.end(), '\f')))
        << text;
  }
}

TEST(Scanners, DecodingNormalisesExactlyAsIcuDoes) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  ASSERT_TRUE(U_SUCCESS(status));
  for (const std::string& s : inputs()) {
    // A byte order mark at the start is no text (decode() drops it).
    std::string_view input = s;
    if (input.starts_with("\uFEFF")) input.remove_prefix(3);
    std::string reference;
    icu::StringByteSink<std::string> sink(&reference);
    nfc->normalizeUTF8(0, input, sink, nullptr, status);
    ASSERT_TRUE(U_SUCCESS(status));
    auto decoded = decode(s);
    ASSERT_TRUE(decoded) << s;
    ASSERT_EQ(decoded->text, reference) << s;
    ASSERT_EQ(decoded->normalized(), reference != input) << s;
  }
}

}  // namespace
}  // namespace kbrief::test
