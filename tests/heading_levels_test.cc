// SPDX-License-Identifier: MIT
// Heading levels from numbering, alone and under unnumbered headings.
#include "heading_levels.h"

#include <gtest/gtest.h>

namespace kbrief::detail {
namespace {

Marker numbered(ListStyle style, int ordinal) {
  return Marker{0, 2, style, ordinal};
}

TEST(HeadingLevelsTest, EachNewKindOpensTheNextLevelAndAContinuationReturnsToItsOwn) {
  HeadingLevels levels;
  EXPECT_EQ(levels.level_for(numbered(ListStyle::roman, 1), "Ⅰ."), 1);
  EXPECT_EQ(levels.level_for(numbered(ListStyle::decimal, 1), "1."), 2);
  EXPECT_EQ(levels.level_for(numbered(ListStyle::hangul, 1), "가."), 3);
  EXPECT_EQ(levels.level_for(numbered(ListStyle::decimal, 2), "2."), 2);
  EXPECT_EQ(levels.level_for(numbered(ListStyle::roman, 2), "Ⅱ."), 1);
}

TEST(HeadingLevelsTest, AKindOpenedRightUnderAnUnnumberedHeadingGoesBelowIt) {
  HeadingLevels levels;
  EXPECT_EQ(levels.level_for(numbered(ListStyle::decimal_paren, 1), "(1)", 2), 3);
  EXPECT_EQ(levels.level_for(numbered(ListStyle::decimal_paren, 2), "(2)"), 3);
}

TEST(HeadingLevelsTest, CountRestartingUnderTheNextUnnumberedSubHeadingStaysAtItsLevel) {
  HeadingLevels levels;
  levels.level_for(numbered(ListStyle::decimal_paren, 1), "(1)", 2);
  levels.level_for(numbered(ListStyle::decimal_paren, 2), "(2)");
  EXPECT_EQ(levels.level_for(numbered(ListStyle::decimal_paren, 1), "(1)", 2), 3);
  EXPECT_EQ(levels.level_for(numbered(ListStyle::decimal_paren, 2), "(2)"), 3);
}

TEST(HeadingLevelsTest, CountRestartingWithoutAnUnnumberedHeadingAboveGoesDeeper) {
  HeadingLevels levels;
  levels.level_for(numbered(ListStyle::decimal_paren, 1), "(1)");
  levels.level_for(numbered(ListStyle::decimal_paren, 2), "(2)");
  EXPECT_EQ(levels.level_for(numbered(ListStyle::decimal_paren, 1), "(1)"), 2);
}

TEST(HeadingLevelsTest, UnnumberedHeadingClosesTheKindsOpenAtItsLevelOrDeeper) {
  HeadingLevels levels;
  levels.level_for(numbered(ListStyle::roman, 1), "Ⅰ.");
  levels.level_for(numbered(ListStyle::decimal, 1), "1.");
  levels.level_for(numbered(ListStyle::hangul, 1), "가.");
  // An unnumbered level-2 heading, then a new kind right under it.
  EXPECT_EQ(levels.level_for(numbered(ListStyle::decimal_paren, 1), "(1)", 2), 3);
  EXPECT_EQ(levels.level_for(numbered(ListStyle::roman, 2), "Ⅱ."), 1);
}

TEST(HeadingLevelsTest, TheNextNumberOfAnOpenKindContinuesIt) {
  HeadingLevels levels;
  levels.level_for(numbered(ListStyle::roman, 1), "Ⅰ.");
  levels.level_for(numbered(ListStyle::decimal, 1), "1.");
  EXPECT_TRUE(levels.continues(numbered(ListStyle::roman, 2)));
  EXPECT_TRUE(levels.continues(numbered(ListStyle::decimal, 2)));
  EXPECT_FALSE(levels.continues(numbered(ListStyle::roman, 3)));
  EXPECT_FALSE(levels.continues(numbered(ListStyle::hangul, 1)));
  EXPECT_FALSE(levels.continues(Marker{0, 1, ListStyle::bullet, 0}));
}

}  // namespace
}  // namespace kbrief::detail
