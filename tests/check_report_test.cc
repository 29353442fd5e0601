// SPDX-License-Identifier: MIT
// kbrief check's text report: each finding's source line, and a caret line under its span
// that lines up in a terminal (wide Hangul, tabs, a span at the line's end, an empty line,
// a line too long to quote whole).
#include <kbrief/check_report.h>

#include <string>

#include "test_support.h"

namespace kbrief::test {
namespace {

// The text report of one finding at `line`:`column`, `length` code points long.
std::string report(std::string text, std::size_t line, std::size_t column, std::size_t length) {
  Document doc = document_from(std::move(text), "brief.txt");
  Diagnostic d{Severity::warning, "spacing", "message", line, column, length};
  return text_report(FileFindings{"brief.txt", {d}}, doc, false);
}

std::string header(std::size_t line, std::size_t column) {
  return "brief.txt:" + std::to_string(line) + ":" + std::to_string(column) +
         ": warning: message [spacing]\n";
}

TEST(TextReport, CaretsStandUnderAnAsciiSpan) {
  EXPECT_EQ(report("one two three\n", 1, 5, 3), header(1, 5) +
                                                    "    1 | one two three\n"
                                                    "      |     ^^^\n");
}

TEST(TextReport, HangulTakesTwoColumnsEach) {
  // "7)" after four syllables and a period: display column 9.
  EXPECT_EQ(report("강조했다.7) 이어서\n", 1, 6, 2), header(1, 6) +
                                                         "    1 | 강조했다.7) 이어서\n"
                                                         "      |          ^^\n");
  // A span of Hangul is two carets a syllable.
  EXPECT_EQ(report("가나 다라\n", 1, 4, 2), header(1, 4) +
                                                "    1 | 가나 다라\n"
                                                "      |      ^^^^\n");
}

TEST(TextReport, TabIsShownAsSpacesToTheNextStop) {
  EXPECT_EQ(report("a\tb\n", 1, 3, 1), header(1, 3) +
                                           "    1 | a       b\n"
                                           "      |         ^\n");
  // A span over the tab covers all the columns it takes.
  EXPECT_EQ(report("ab\tc\n", 1, 3, 1), header(1, 3) +
                                            "    1 | ab      c\n"
                                            "      |   ^^^^^^\n");
}

TEST(TextReport, SpanAtTheLineEndGetsOneCaretAfterTheLastCharacter) {
  EXPECT_EQ(report("있다\n", 1, 3, 0), header(1, 3) +
                                           "    1 | 있다\n"
                                           "      |     ^\n");
  // A span said to run past the line ends with it.
  EXPECT_EQ(report("abc\ndef\n", 1, 2, 10), header(1, 2) +
                                                "    1 | abc\n"
                                                "      |  ^^\n");
}

TEST(TextReport, EmptyLineHasNoTrailingSpace) {
  EXPECT_EQ(report("a\n\nb\n", 2, 1, 0), header(2, 1) +
                                             "    2 |\n"
                                             "      | ^\n");
}

TEST(TextReport, ControlCharactersAreShownAsTheirPictures) {
  EXPECT_EQ(report("a\x1b[2Jb\n", 1, 2, 1), header(1, 2) +
                                                "    1 | a\u241b[2Jb\n"
                                                "      |  ^\n");
}

TEST(TextReport, LongLineIsCutAroundTheSpan) {
  std::string line(300, 'x');
  line[199] = 'Y';  // column 200
  std::string out = report(line + "\n", 1, 200, 1);
  std::size_t text = out.find("    1 | ") + 8;
  std::size_t carets = out.find("      | ") + 8;
  std::string shown = out.substr(text, out.find('\n', text) - text);
  std::string under = out.substr(carets, out.find('\n', carets) - carets);
  EXPECT_TRUE(shown.starts_with("...")) << out;
  EXPECT_TRUE(shown.ends_with("...")) << out;
  EXPECT_LE(shown.size(), 106u) << out;
  ASSERT_EQ(under.back(), '^');
  EXPECT_EQ(shown[under.size() - 1], 'Y') << out;
}

TEST(TextReport, WideLineNumbersWidenTheGutter) {
  std::string text;
  for (int i = 0; i < 123456; ++i) text += "\n";
  text += "x\n";
  EXPECT_EQ(report(text, 123457, 1, 1), header(123457, 1) +
                                            "123457 | x\n"
                                            "       | ^\n");
}

TEST(TextReport, FindingsOutsideTheDocumentHaveNoExcerpt) {
  EXPECT_EQ(report("a\n", 7, 1, 1), header(7, 1));
}

}  // namespace
}  // namespace kbrief::test
