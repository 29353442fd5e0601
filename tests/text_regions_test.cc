// SPDX-License-Identifier: MIT
// Tables, boxes and notes in text input, where no type size tells a region's cells from the
// body's prose: the region's own source note, lines wider than the body's, the numbering of
// the notes.
#include <gtest/gtest.h>

#include "test_support.h"

namespace kbrief::test {
namespace {

// A body line as wide as full(k) that ends a sentence, so that prose reads as finished.
std::string full_sentence(int k) {
  return full(k).substr(0, full(k).size() - 3) + "다.";
}

// A line set in smaller type, as a boxed excerpt's: wider than the body's full lines.
std::string wide(int k) {
  return full(k) + " 작은 글자로 더 길게 이어지는";
}

// A survey's items set as a table, each as wide as the body's lines and each ending its
// sentence: prose by its width, cells by the source note the region ends with.
TEST(TextRegionsTest, TableRunsOverFullLinesToTheSourceNoteAhead) {
  Document doc = document_from(pages(
      {{full(1), "끝이다.", "<표 1> 가상 설문", "단계", full_sentence(2), full_sentence(3),
        "짧은 항목도 끝난다.", full_sentence(4), "자료: 가상 기관(2024).", full(5), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "table", "paragraph"}));
  EXPECT_TRUE(doc.blocks[1].text.ends_with("자료: 가상 기관(2024).")) << doc.blocks[1].text;
  EXPECT_TRUE(nothing_lost(doc));
}

// Without a note ahead, a full line under the cells is the prose after the table.
TEST(TextRegionsTest, FullLineEndsATableThatHasNoNoteAhead) {
  Document doc =
      document_from(pages({{full(1), "끝이다.", "<표 1> 가상 설문", "단계", "준비", full(2),
                            "끝이다.", "<그림 1> 가상 추이", "자료: 가상 기관(2024)."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "table", "paragraph", "figure"}));
  EXPECT_EQ(doc.blocks[1].text, "단계\n준비");
}

// A boxed excerpt of a law under its caption, set in smaller type: its lines run wider than
// the body's, and each article's last line, shorter, is the wrap of the wide line above it.
TEST(TextRegionsTest, LinesWiderThanTheBodyAndTheirWrapsStayInTheBox) {
  Document doc = document_from(pages(
      {{full(1), full(2), full(3), "끝이다.", "<표 1> 가상 법령", "「가상법」(2024. 2. 1. 개정)",
        wide(4), "목적으로 한다.", wide(5), full(6) + "을 정한다.", full(7), full(8), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "table", "paragraph"}));
  EXPECT_TRUE(doc.blocks[1].text.ends_with("을 정한다.")) << doc.blocks[1].text;
  EXPECT_TRUE(nothing_lost(doc));
}

// "주1:" is a table's note as "주:" is; its wrapped lines, no blank line between, go with it.
TEST(TextRegionsTest, NumberedNoteAndItsWrapCloseTheTable) {
  Document doc = document_from(pages({{full(1), "끝이다.", "<표 1> 가상 통계", "구분", "2024",
                                       "주1: " + full(2), "수록하였다.", full(3), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "table", "paragraph"}));
  EXPECT_TRUE(doc.blocks[1].text.ends_with("수록하였다.")) << doc.blocks[1].text;
  EXPECT_TRUE(nothing_lost(doc));
}

// A table's cells hold a list: an item as wide as prose, right under two items of the same
// bullet, is one more of them; the prose after a blank line ends the table.
TEST(TextRegionsTest, WideItemOfTheCellsListStaysInTheTable) {
  Document doc =
      document_from(pages({{full(1), "끝이다.", "<표 1> 가상 과제", "구분", "", "∙ 첫째 과제",
                            "∙ 둘째 과제", "∙ " + full(2), "", full(3), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "table", "paragraph"}));
  EXPECT_NE(doc.blocks[1].text.find(full(2)), std::string::npos) << doc.blocks[1].text;
  EXPECT_TRUE(nothing_lost(doc));
}

}  // namespace
}  // namespace kbrief::test
