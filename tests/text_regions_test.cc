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

// A note's own numbered list, between its definition and the next note's: the first note's.
TEST(TextRegionsTest, LinesBetweenTwoNotesOfABlockAreTheFirstNotes) {
  Document doc = document_from(
      pages({{full(1), "뜻한다.1) " + full(2), "끝난다.2)", "1) 사전은 다음과 같이 정의한다.",
              "1. 첫째 뜻이다.", "2. 둘째 뜻이다.", "2) 가상 기관, 2023.12.16."},
             {full(3), "끝이다."}}));
  ASSERT_EQ(doc.footnotes.size(), 2u);
  EXPECT_TRUE(doc.footnotes[0].text.ends_with("둘째 뜻이다.")) << doc.footnotes[0].text;
  EXPECT_EQ(types(doc), (std::vector<std::string>{"paragraph", "paragraph"}));
  EXPECT_TRUE(nothing_lost(doc));
}

// A note set at a page's foot in the middle of a body sentence, which goes on on the next
// page: the lines after it to the page's end are the note's (the first page aside, whose
// title the text may set after its notes).
TEST(TextRegionsTest, NoteThatCutsASentenceShortKeepsTheRestOfItsPage) {
  Document doc = document_from(pages({{full(4), "마친다."},
                                      {full(1), full(2) + "1)", "1) 다음 조항을 말한다.",
                                       "제2조(정의) 가상 조항이다.", "1. 가상 대상"},
                                      {"이어지는 문장이 끝난다.", full(3), "끝이다."}}));
  ASSERT_EQ(doc.footnotes.size(), 1u);
  EXPECT_EQ(doc.footnotes[0].text, "다음 조항을 말한다. 제2조(정의) 가상 조항이다. 1. 가상 대상");
  EXPECT_EQ(types(doc), (std::vector<std::string>{"paragraph", "paragraph", "paragraph"}));
  EXPECT_TRUE(nothing_lost(doc));
}

}  // namespace
}  // namespace kbrief::test
