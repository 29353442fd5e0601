// SPDX-License-Identifier: MIT
// Levels of unnumbered headings in text: by position among the headings before them, and by
// the ornament a kind of heading is framed in.
#include "unnumbered_levels.h"

#include <gtest/gtest.h>

namespace kbrief::detail {
namespace {

TEST(UnnumberedLevelsTest, HeadingAfterTheTextOfASubHeadingIsItsSibling) {
  UnnumberedLevels levels;
  levels.other_heading();
  int above = 1;
  EXPECT_EQ(levels.right_under("Sub A", above, false), 2);
  EXPECT_EQ(above, 1);
  levels.block_starts(true);
  EXPECT_EQ(levels.after_text("Sub B", 2), 2);
  EXPECT_TRUE(levels.guessed());
  levels.block_starts(true);
  EXPECT_EQ(levels.after_text("Sub C", 2), 2);
}

TEST(UnnumberedLevelsTest, GuessedSiblingWithASubHeadingRightUnderItIsASection) {
  UnnumberedLevels levels;
  int above = 1;
  levels.right_under("Sub A", above, false);
  levels.block_starts(true);
  EXPECT_EQ(levels.after_text("Section B", 2), 2);
  above = 2;
  EXPECT_EQ(levels.right_under("Sub B1", above, false), 2);
  EXPECT_EQ(above, 1);
  EXPECT_FALSE(levels.guessed());
}

TEST(UnnumberedLevelsTest, HeadingAfterTextWithoutASubHeadingBeforeOpensASection) {
  UnnumberedLevels levels;
  EXPECT_EQ(levels.after_text("Section", 0), 1);
  EXPECT_FALSE(levels.guessed());
  int above = 1;
  levels.right_under("Sub", above, false);
  levels.other_heading();  // a numbered heading
  EXPECT_EQ(levels.after_text("Next section", 2), 1);
}

TEST(UnnumberedLevelsTest, CountedOrNumberedSectionsStartNoRunOfSubHeadings) {
  UnnumberedLevels levels;
  int above = 1;
  EXPECT_EQ(levels.right_under("첫째, 제도를 정비한다.", above, false), 2);
  levels.block_starts(true);
  EXPECT_EQ(levels.after_text("Next section", 2), 1);
  above = 1;
  EXPECT_EQ(levels.right_under("Sub", above, true), 2);  // under "1. Section"
  levels.block_starts(true);
  EXPECT_EQ(levels.after_text("Next section", 2), 1);
}

TEST(UnnumberedLevelsTest, SubHeadingWhoseFirstBlockIsNoParagraphStartsNoRun) {
  UnnumberedLevels levels;
  int above = 1;
  levels.right_under("Legend", above, false);
  levels.block_starts(false);  // a list or a table
  levels.block_starts(true);
  EXPECT_EQ(levels.after_text("Next section", 2), 1);
}

TEST(UnnumberedLevelsTest, FramedKindOpensUnderTheLastHeadingAndKeepsItsLevel) {
  UnnumberedLevels levels;
  EXPECT_EQ(levels.after_text("| Part one |", 1), 2);
  EXPECT_EQ(levels.after_text("| Part two |", 3), 2);
  EXPECT_EQ(levels.after_text("Plain section", 3), 1);
}

TEST(UnnumberedLevelsTest, LessSpaceBelowThanTheSectionsHeadingsMakesASubHeading) {
  EXPECT_EQ(levels_by_space_below({2, 1, 1, 2, 0, 1, 2}), (std::vector<int>{1, 2, 2, 1, 1, 2, 1}));
  // Before the first section heading, the smaller space says nothing.
  EXPECT_EQ(levels_by_space_below({1, 2, 1, 2}), (std::vector<int>{1, 1, 2, 1}));
}

TEST(UnnumberedLevelsTest, SpaceBelowRanksNothingWithoutTwoConsistentSpacings) {
  EXPECT_EQ(levels_by_space_below({2, 2, 1, 2}), (std::vector<int>{1, 1, 1, 1}));  // one 1
  EXPECT_EQ(levels_by_space_below({3, 1, 2, 3, 1, 2}), (std::vector<int>(6, 1)));  // three
  EXPECT_EQ(levels_by_space_below({1, 1, 1}), (std::vector<int>(3, 1)));
  EXPECT_EQ(levels_by_space_below({}), std::vector<int>{});
}

TEST(UnnumberedLevelsTest, FrameIsTheSameOrnamentOnBothSidesAndNoQuote) {
  EXPECT_EQ(heading_frame("| 정부 |"), "|");
  EXPECT_EQ(heading_frame("■ 결론 ■"), "■");
  EXPECT_EQ(heading_frame("결론"), "");
  EXPECT_EQ(heading_frame("무엇인가?"), "");
  EXPECT_EQ(heading_frame("| 정부"), "");
  EXPECT_EQ(heading_frame("｢가상법｣"), "");  // a quoted title
  EXPECT_EQ(heading_frame("“인용”"), "");
  EXPECT_EQ(heading_frame("|||"), "");
}

}  // namespace
}  // namespace kbrief::detail
