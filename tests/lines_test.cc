// SPDX-License-Identifier: MIT
// Stage 2: lines (CONVENTIONS §2).
#include <algorithm>

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

TEST(LinesTest, ColumnMarkGivesTheColumnsCountedFromTheLineStart) {
  // Decomposed jamo (changed by NFC), a form feed, wide and zero-width characters.
  std::string s = "\xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB국 가\u200B나 abc\n\f둘째 줄 e\u0301x\r\n셋";
  auto d = decode(s);
  ASSERT_TRUE(d);
  LineTable t = split_lines(d->text);
  ColumnMark mark;
  // Forwards, backwards and across lines: the mark must never change a column.
  for (int pass = 0; pass < 2; ++pass) {
    for (std::size_t l = 0; l < t.lines.size(); ++l) {
      std::vector<std::size_t> offsets;
      for (std::size_t o = t.lines[l].start; o <= t.lines[l].end; ++o)
        if (o == d->text.size() || (d->text[o] & 0xC0) != 0x80) offsets.push_back(o);
      if (pass == 1) std::reverse(offsets.begin(), offsets.end());
      for (std::size_t o : offsets) {
        Position plain = position_of(*d, t, l, o);
        Position marked = position_of(*d, t, l, o, &mark);
        EXPECT_EQ(marked.line, plain.line);
        EXPECT_EQ(marked.column, plain.column) << "line " << l + 1 << ", byte " << o;
      }
    }
  }
}

}  // namespace
}  // namespace kbrief::test
