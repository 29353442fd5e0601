// SPDX-License-Identifier: MIT
// Stage 2: lines (CONVENTIONS §2).
#include "test_support.h"

namespace kbrief::test {
namespace {

std::vector<std::string> texts(std::string_view text, const LineTable& t) {
  std::vector<std::string> out;
  for (const Line& l : t.lines) out.emplace_back(text.substr(l.begin, l.end - l.begin));
  return out;
}

TEST(LinesTest, AllThreeLineEndsEndALine) {
  std::string s = "a\nb\r\nc\rd";
  LineTable t = split_lines(s);
  EXPECT_EQ(texts(s, t), (std::vector<std::string>{"a", "b", "c", "d"}));
}

TEST(LinesTest, LinesRebuildTheTextExactly) {
  std::string s = "\fa\r\n\r\nb\f c\n\f\fd\n\f";
  LineTable t = split_lines(s);
  std::string rebuilt;
  for (const Line& l : t.lines) rebuilt += s.substr(l.start, l.next - l.start);
  std::size_t tail = t.lines.empty() ? 0 : t.lines.back().next;
  rebuilt += s.substr(tail);
  EXPECT_EQ(rebuilt, s);
  for (std::size_t k = 1; k < t.lines.size(); ++k) EXPECT_EQ(t.lines[k].start, t.lines[k - 1].next);
}

TEST(LinesTest, FormFeedStartsAPageButNoLine) {
  std::string s = "page one\n\fpage two\n\f";
  LineTable t = split_lines(s);
  ASSERT_EQ(t.lines.size(), 2u);
  EXPECT_EQ(texts(s, t)[1], "page two");
  EXPECT_EQ(t.lines[1].leading_form_feeds, 1u);
  EXPECT_EQ(t.form_feeds, 2u);
  EXPECT_FALSE(t.text_after_last_form_feed);
}

TEST(LinesTest, TextAfterTheLastFormFeedIsNoted) {
  LineTable t = split_lines("one\n\ftwo");
  EXPECT_TRUE(t.text_after_last_form_feed);
}

TEST(LinesTest, ColumnsCountCodePointsAfterTheFormFeed) {
  std::string s = "x\n\f가나다";
  auto d = decode(s);
  ASSERT_TRUE(d);
  LineTable t = split_lines(d->text);
  Position p = position_of(*d, t, 1, t.lines[1].begin + 6);  // before 다
  EXPECT_EQ(p.line, 2u);
  EXPECT_EQ(p.column, 3u);
}

TEST(LinesTest, ColumnsCountTheTextAsReadBeforeNfc) {
  std::string s = "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB국";  // 한 as three jamo, then 국
  auto d = decode(s);
  ASSERT_TRUE(d);
  LineTable t = split_lines(d->text);
  Position p = position_of(*d, t, 0, 3);  // 국 in the NFC text
  EXPECT_EQ(p.column, 4u);                // after three code points as read
}

TEST(LinesTest, EmptyTextHasNoLines) {
  LineTable t = split_lines("");
  EXPECT_TRUE(t.lines.empty());
  EXPECT_EQ(t.form_feeds, 0u);
}

}  // namespace
}  // namespace kbrief::test
