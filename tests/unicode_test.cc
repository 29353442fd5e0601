// SPDX-License-Identifier: MIT
// Character classes and display widths shared by the stages.
#include "unicode.h"

#include "test_support.h"

namespace kbrief::test {
namespace {

using namespace kbrief::detail;

TEST(UnicodeTest, HangulTakesTwoColumnsLatinOne) {
  EXPECT_EQ(display_width("한미 NCG"), 2 + 2 + 1 + 3);
  EXPECT_EQ(display_width("（）"), 4);     // fullwidth forms
  EXPECT_EQ(display_width("‘’“”·①"), 6);   // ambiguous width counts as one
  EXPECT_EQ(display_width("e\u0301"), 1);  // a combining mark takes none
}

TEST(UnicodeTest, WhitespaceFollowsTheConventions) {
  for (char32_t c : {U' ', U'\t', U'\f', U'\u00A0', U'\u3000', U'\u200B', U'\u2060', U'\uFEFF'})
    EXPECT_TRUE(is_space(c));
  for (char32_t c : {U'a', U'가', U'·', U'\u00AD'}) EXPECT_FALSE(is_space(c));
}

TEST(UnicodeTest, TrimRemovesUnicodeSpaceBothEnds) {
  EXPECT_EQ(trim("\u3000 가나 \u00A0"), "가나");
  EXPECT_EQ(trim("   "), "");
}

TEST(UnicodeTest, CodePointsRoundTrip) {
  std::string s = "a가😀";
  std::size_t i = 0;
  std::u32string cps;
  while (i < s.size()) cps += next_code_point(s, i);
  EXPECT_EQ(cps, U"a가😀");
  std::string back;
  for (char32_t c : cps) append_utf8(back, c);
  EXPECT_EQ(back, s);
  EXPECT_EQ(count_code_points(s), 3u);
}

TEST(UnicodeTest, HangulFinalConsonant) {
  EXPECT_EQ(hangul_final(U'함'), 16);  // ㅁ
  EXPECT_EQ(hangul_final(U'다'), 0);
}

}  // namespace
}  // namespace kbrief::test
