// SPDX-License-Identifier: MIT
// Stage 4 and its results in the document: headings, paragraphs, lists, tables, footnotes,
// front matter, each from small briefs in the extracted shapes.
#include <fmt/format.h>

#include "blocks_detail.h"
#include "front_detail.h"
#include "test_support.h"
#include "unicode.h"

namespace kbrief::test {
namespace {

TEST(BlocksTest, ParagraphEndsAtAShortLineThatEndsASentence) {
  Document doc = document_from(
      pages({{full(1), full(2), "짧게 끝나는 마지막 줄이다.", full(3), "두 번째 문단도 끝난다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "paragraph"}));
  EXPECT_EQ(doc.blocks[0].first_line, 0u);
  EXPECT_EQ(doc.blocks[0].last_line, 2u);
  EXPECT_TRUE(nothing_lost(doc));
}

TEST(BlocksTest, FullLineEndingASentenceDoesNotEndTheParagraph) {
  std::string full_sentence = full(1).substr(0, full(1).size() - std::string("고").size()) + "다.";
  Document doc = document_from(pages({{full_sentence, full(2), "끝나는 줄이다."}}));
  EXPECT_EQ(doc.blocks.size(), 1u);
}

// Layout text: first lines of paragraphs indented a few columns past the body's margin.
TEST(BlocksTest, IndentedFirstLineStartsAParagraphAfterAFullLineEndingASentence) {
  auto body = [](int k) { return "    " + full(k); };
  auto first = [](int k) { return "        " + full(k); };
  std::string full_sentence = body(9).substr(0, body(9).size() - std::string("고").size()) + "다.";
  Document doc = document_from(
      pages({{first(1), body(2), "    짧게 끝나는 첫 문단이다.", first(3), body(4),
              "    짧게 끝나는 둘째 문단이다.", first(5), body(6), "    짧게 끝나는 셋째 문단이다.",
              first(7), body(8), full_sentence, first(10), body(11), "    끝나는 줄이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>(5, "paragraph")));
  EXPECT_EQ(doc.blocks[3].last_line, 11u);
  EXPECT_EQ(doc.blocks[4].first_line, 12u);
  EXPECT_TRUE(nothing_lost(doc));
}

// Layout text rounds a first-line indent to one column as often as not: one column, with a
// blank line above and a full line ending a sentence before it, starts a paragraph; the
// blank line alone, or the column alone, does not.
TEST(BlocksTest, OneColumnIndentAfterABlankLineStartsAParagraph) {
  std::string full_sentence = full(9).substr(0, full(9).size() - std::string("고").size()) + "다.";
  auto paragraphs = [&](bool blank, bool nudged) {
    std::vector<std::string> lines = {full(1), full_sentence};
    if (blank) lines.push_back("");
    lines.push_back((nudged ? " " : "") + full(2));
    lines.push_back(full(3));
    lines.push_back("끝나는 줄이다.");
    return types(document_from(pages({lines}))).size();
  };
  EXPECT_EQ(paragraphs(true, true), 2u);
  EXPECT_EQ(paragraphs(true, false), 1u);
  EXPECT_EQ(paragraphs(false, true), 1u);
}

// A sentence whose period was left out ends its paragraph all the same where three signs
// meet: its line ends short, a blank line stands under it, and the next line is indented as
// the document indents first lines. Without the blank line the text runs on.
TEST(BlocksTest, ShortLineLackingItsPeriodEndsAParagraphBeforeAnIndentedLineSetApart) {
  auto body = [](int k) { return "    " + full(k); };
  auto first = [](int k) { return "        " + full(k); };
  auto paragraphs = [&](bool blank) {
    std::vector<std::string> lines = {
        first(1),
        body(2),
        "    짧게 끝나는 첫 문단이다.",
        first(3),
        body(4),
        "    짧게 끝나는 둘째 문단이다.",
        first(5),
        body(6),
        "    짧게 끝나는 셋째 문단이다.",
        first(7),
        "    이 줄은 문장을 끝낸다. " + full(8).substr(std::string("가나 ").size()),
        "    마침표 없이 끝나는 줄이 있다"};
    if (blank) lines.push_back("");
    lines.insert(lines.end(), {first(10), body(11), "    끝나는 줄이다."});
    return types(document_from(pages({lines}))).size();
  };
  EXPECT_EQ(paragraphs(true), 5u);
  EXPECT_EQ(paragraphs(false), 4u);
}

// A document that indents its first lines by a single column (as layout text rounds a small
// indent) and never its other lines: the column marks a start even after a full line that
// ends a sentence, with no blank line between.
TEST(BlocksTest, DocumentIndentingFirstLinesOneColumnMarksStartsByIt) {
  std::string full_sentence = full(9).substr(0, full(9).size() - std::string("고").size()) + "다.";
  auto first = [](int k) { return " " + full(k); };
  Document doc = document_from(
      pages({{first(1), full(2), "짧게 끝나는 첫 문단이다.", first(3), full(4),
              "짧게 끝나는 둘째 문단이다.", first(5), full(6), "짧게 끝나는 셋째 문단이다.",
              first(7), full(8), full_sentence, first(10), full(11), "끝나는 줄이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>(5, "paragraph")));
  EXPECT_EQ(doc.blocks[4].first_line, 12u);
}

// Where indented lines also continue paragraphs, indentation says nothing about starts.
// `indented_alike(between)` is such a page: a paragraph, then one whose full line ending a
// sentence is followed by `between` lines and an indented line.
std::string indented_alike(const std::vector<std::string>& between) {
  std::string full_sentence = full(9).substr(0, full(9).size() - std::string("고").size()) + "다.";
  std::vector<std::string> lines;
  for (int k = 0; k < 30; ++k) lines.push_back((k % 2 ? "  " : "      ") + full(k));
  lines.push_back("  짧게 끝나는 문단이다.");
  lines.push_back("      " + full(40));
  lines.push_back("  " + full_sentence);
  lines.insert(lines.end(), between.begin(), between.end());
  lines.push_back("      " + full(41));
  lines.push_back("  끝나는 줄이다.");
  return pages({lines});
}

TEST(BlocksTest, IndentationThatDoesNotMarkStartsJoinsNothingApart) {
  Document doc = document_from(indented_alike({}));
  ASSERT_EQ(types(doc), (std::vector<std::string>(2, "paragraph")));
}

// There, an indented line after a blank line does start a paragraph: the blank line and the
// indentation together say what neither says alone.
TEST(BlocksTest, IndentedLineAfterABlankLineStartsAParagraph) {
  Document doc = document_from(indented_alike({""}));
  ASSERT_EQ(types(doc), (std::vector<std::string>(3, "paragraph")));
  EXPECT_EQ(doc.blocks[2].first_line, 34u);
  EXPECT_TRUE(nothing_lost(doc));
}

// Plain text without indentation: a full line ending a sentence, then a line opening with a
// word the document opens its paragraphs with. `opens(word, k)` is body line k with its first
// word replaced; `closes(k)` is body line k ending a sentence at the margin.
std::string opens(std::string_view word, int k) {
  std::string line = full(k);
  return std::string(word) + line.substr(line.find(' '));
}
std::string closes(int k) {
  return full(k).substr(0, full(k).size() - std::string("고").size()) + "다.";
}

const Diagnostic* find_rule(const Document& doc, std::string_view rule) {
  for (const Diagnostic& d : doc.diagnostics)
    if (d.rule == rule) return &d;
  return nullptr;
}

TEST(BlocksTest, ConnectiveThatOpensTheDocumentsParagraphsStartsOneAfterAFullLine) {
  Document doc =
      document_from(pages({{full(1), "짧게 끝나는 첫 문단이다.", opens("한편,", 2), full(3),
                            closes(4), opens("한편,", 5), full(6), "끝나는 줄이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>(3, "paragraph")));
  EXPECT_EQ(doc.blocks[1].first_line, 2u);
  EXPECT_EQ(doc.blocks[1].last_line, 4u);
  EXPECT_EQ(doc.blocks[2].first_line, 5u);
  const Diagnostic* guess = find_rule(doc, "paragraph-start-guessed");
  ASSERT_NE(guess, nullptr);
  EXPECT_EQ(guess->severity, Severity::info);
  EXPECT_EQ(guess->line, 6u);
  EXPECT_EQ(guess->column, 1u);
  EXPECT_EQ(guess->message,
            "paragraph break guessed: the line before reaches the margin and ends a sentence, "
            "and this line opens with a word that opens other paragraphs of the document");
  EXPECT_TRUE(nothing_lost(doc));
}

// The grammar alone is no evidence: a connective the document never opens a paragraph with
// goes on with the paragraph, as does one that opens more sentences inside paragraphs.
TEST(BlocksTest, ConnectiveTheDocumentDoesNotOpenParagraphsWithStartsNone) {
  Document unseen =
      document_from(pages({{full(1), "짧게 끝나는 첫 문단이다.", full(2), full(3), closes(4),
                            opens("한편,", 5), full(6), "끝나는 줄이다."}}));
  EXPECT_EQ(types(unseen), (std::vector<std::string>(2, "paragraph")));
  EXPECT_EQ(find_rule(unseen, "paragraph-start-guessed"), nullptr);

  std::string inside_sentences =
      "그는 말했다. 따라서 줄은 본문의 한 줄을 채우기 위해 쓴 것으로 폭이 일정한 줄이고";
  Document inside = document_from(
      pages({{full(1), "짧게 끝나는 첫 문단이다.", opens("따라서", 2), inside_sentences,
              inside_sentences, closes(4), opens("따라서", 5), full(6), "끝나는 줄이다."}}));
  EXPECT_EQ(types(inside), (std::vector<std::string>(2, "paragraph")));
}

// The ordinal adverbs are one count: "첫째" opening a paragraph is evidence for "둘째".
TEST(BlocksTest, OrdinalAfterAnOrdinalThatOpenedAParagraphStartsOne) {
  Document doc = document_from(pages({{full(1), "짧게 끝나는 첫 문단이다.", opens("첫째,", 2),
                                       closes(3), opens("둘째,", 4), "끝나는 줄이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>(3, "paragraph")));
  EXPECT_EQ(doc.blocks[2].first_line, 4u);
  ASSERT_NE(find_rule(doc, "paragraph-start-guessed"), nullptr);
  EXPECT_EQ(find_rule(doc, "paragraph-start-guessed")->line, 5u);
}

// The points of one count open alike: where "둘째" opened a paragraph, "셋째" after a full line
// that ends a sentence opens one too, though the document tells other counts' points inside
// its paragraphs as often as it opens paragraphs with them. A point of the same count told
// inside a line in between says the count goes on inside a paragraph.
TEST(BlocksTest, NextPointOfACountThatOpensParagraphsStartsOneAfterAFullLine) {
  auto told = [](std::string_view point, std::string_view end) {
    return fmt::format("그는 말했다. {} 줄은 본문의 한 줄을 채우기 위해 쓴 것으로 폭이 일정한 줄{}",
                       point, end);
  };
  auto brief = [&](const std::string& before_third) {
    return document_from(
        pages({{full(1), "짧게 끝나는 첫 문단이다.", told("첫째,", "이고"), told("둘째,", "이고"),
                "짧게 끝나는 둘째 문단이다.", opens("첫째,", 5), "짧게 끝나는 셋째 문단이다.",
                opens("둘째,", 7), before_third, opens("셋째,", 9), "끝나는 줄이다."}}));
  };
  Document doc = brief(closes(8));
  ASSERT_EQ(types(doc), (std::vector<std::string>(5, "paragraph")));
  EXPECT_EQ(doc.blocks[4].first_line, 9u);
  ASSERT_NE(find_rule(doc, "paragraph-start-guessed"), nullptr);
  EXPECT_EQ(find_rule(doc, "paragraph-start-guessed")->line, 10u);
  EXPECT_TRUE(nothing_lost(doc));

  Document inside = brief(told("셋째,", "이다."));
  EXPECT_EQ(types(inside), (std::vector<std::string>(4, "paragraph")));
}

// A word of the text, no connective, is learnt once it opens two certain starts.
TEST(BlocksTest, WordOpeningTwoOfTheDocumentsParagraphsStartsOneAfterAFullLine) {
  auto brief = [](int certain_starts) {
    std::vector<std::string> lines;
    for (int k = 0; k < certain_starts; ++k) {
      lines.push_back(full(10 * k));
      lines.push_back("짧게 끝나는 " + std::to_string(k + 1) + "번째 문단이다.");
      lines.push_back(opens("본고는", 10 * k + 1));
    }
    for (std::string line : {closes(50), opens("본고는", 51), std::string("끝나는 줄이다.")})
      lines.push_back(line);
    return document_from(pages({lines}));
  };
  Document twice = brief(2);
  ASSERT_EQ(types(twice), (std::vector<std::string>(4, "paragraph")));
  EXPECT_EQ(twice.blocks[3].first_line, 7u);
  ASSERT_NE(find_rule(twice, "paragraph-start-guessed"), nullptr);
  EXPECT_EQ(find_rule(twice, "paragraph-start-guessed")->line, 8u);

  Document once = brief(1);
  EXPECT_EQ(types(once), (std::vector<std::string>(2, "paragraph")));
}

// Plain text of a justified brief that indents its first lines: the indent survives only as
// missing width, a first line holding a syllable or two fewer than a full line. `narrow(k)` is
// body line k two syllables short; `brief(first, tail)` is five paragraphs of six lines each,
// every one ended by a short line that ends a sentence and opened by `first(k)`, then `tail`.
std::string narrow(int k) {
  return full(k).substr(0, full(k).size() - std::string("이고").size());
}

std::string brief_opened_by(std::string (*first)(int), const std::vector<std::string>& tail) {
  std::vector<std::string> lines;
  for (int p = 0; p < 5; ++p) {
    lines.push_back(first(10 * p));
    for (int k = 1; k <= 5; ++k) lines.push_back(full(10 * p + k));
    lines.push_back("짧게 끝나는 " + std::to_string(p + 1) + "번째 문단이다.");
  }
  lines.insert(lines.end(), tail.begin(), tail.end());
  return pages({lines});
}

TEST(BlocksTest, LineShortOfTheMarginAsTheDocumentsFirstLinesStartsAParagraphAfterAFullLine) {
  Document doc =
      document_from(brief_opened_by(narrow, {narrow(60), full(61), closes(62), narrow(63), full(64),
                                             closes(65), full(66), "끝나는 줄이다."}));
  ASSERT_EQ(types(doc), (std::vector<std::string>(7, "paragraph")));
  EXPECT_EQ(doc.blocks[5].first_line, 35u);
  EXPECT_EQ(doc.blocks[6].first_line, 38u);
  EXPECT_EQ(doc.blocks[6].last_line, 42u);
  // Width says it where nothing marks the start: a guess, said at the start's line.
  const Diagnostic* guessed = find_rule(doc, "paragraph-start-guessed");
  ASSERT_NE(guessed, nullptr);
  EXPECT_EQ(guessed->line, 39u);  // 1-based: block 6's first line
  EXPECT_EQ(guessed->message,
            "paragraph break guessed: the line before reaches the margin and ends a sentence, "
            "and this line falls short of the margin as the document's first lines do");
  EXPECT_TRUE(nothing_lost(doc));
}

// A document whose certain first lines run as wide as its other lines shows no indent: a
// line short of the margin after a full line that ends a sentence goes on with its paragraph.
TEST(BlocksTest, LineShortOfTheMarginStartsNoneWhereFirstLinesAreFull) {
  Document doc = document_from(
      brief_opened_by(full, {full(60), closes(61), narrow(62), full(63), "끝나는 줄이다."}));
  EXPECT_EQ(types(doc), (std::vector<std::string>(6, "paragraph")));
}

// A nominal ending at the margin ("… 포함") is as often a word the line wraps: only a
// sentence's punctuation there lets the next line's width start a paragraph.
TEST(BlocksTest, LineShortOfTheMarginAfterANominalEndingStartsNone) {
  std::string nominal = full(60).substr(0, full(60).size() - std::string("줄이고").size()) + "포함";
  Document doc = document_from(
      brief_opened_by(narrow, {narrow(59), nominal, narrow(61), full(62), "끝나는 줄이다."}));
  EXPECT_EQ(types(doc), (std::vector<std::string>(6, "paragraph")));
}

// Plain text of a justified brief: full lines differ in width only by their characters, here
// by a column (a comma). A line that ends a sentence and falls short of every other line of
// its paragraph by that much or more is no full line but the paragraph's last, though it
// reaches the margin by the layout's measure; one as wide as the narrowest goes on.
TEST(BlocksTest, LineEndingASentenceNarrowerThanItsParagraphByMoreThanFullLinesVaryEndsIt) {
  auto wide = [](int k) {
    std::string line = full(k);
    return line.replace(line.find("유지되도록"), std::string("유지되도록").size(), "유지되도록,");
  };
  auto brief = [&](const std::string& last) {
    std::vector<std::string> lines;
    for (int p = 0; p < 4; ++p) {
      lines.push_back(full(10 * p));
      for (int k = 1; k <= 5; ++k) lines.push_back(k % 2 ? wide(10 * p + k) : full(10 * p + k));
      lines.push_back("짧게 끝나는 " + std::to_string(p + 1) + "번째 문단이다.");
    }
    for (std::string line :
         {full(50), wide(51), full(52), wide(53), last, full(55), std::string("끝나는 줄이다.")})
      lines.push_back(line);
    return document_from(pages({lines}));
  };
  std::string narrower = closes(54);  // two columns short of the narrowest: "한 " left out
  narrower.erase(narrower.find("한 "), std::string("한 ").size());
  Document doc = brief(narrower);
  ASSERT_EQ(types(doc), (std::vector<std::string>(6, "paragraph")));
  EXPECT_EQ(doc.blocks[4].last_line, 32u);
  EXPECT_EQ(doc.blocks[5].first_line, 33u);
  EXPECT_TRUE(nothing_lost(doc));

  std::string as_narrow = closes(54);  // as wide as the narrowest: one space left out
  as_narrow.erase(as_narrow.rfind(' '), 1);
  EXPECT_EQ(types(brief(as_narrow)).size(), 5u);
}

TEST(BlocksTest, ParagraphContinuesAcrossPageBreakAndFurniture) {
  Document doc = document_from(pages({{"Review Series", full(1), full(2), "1"},
                                      {"Review Series", full(3), "여기서 끝난다.", "2"}}));
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_EQ(doc.blocks[0].pages, (std::vector<std::uint32_t>{1, 2}));
  EXPECT_EQ(doc.page_furniture.size(), 4u);
  EXPECT_TRUE(nothing_lost(doc));
}

TEST(BlocksTest, ShortLineWithoutSentenceEndAfterFinishedTextIsAHeading) {
  Document doc = document_from(
      pages({{"정책적 고려사항", full(1), "문단이 끝난다.", "향후 과제", full(2), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"heading", "paragraph", "heading", "paragraph"}));
  EXPECT_EQ(doc.blocks[0].text, "정책적 고려사항");
  EXPECT_EQ(doc.blocks[0].level, 1);
}

// A table's source note that reading order set apart from its table, after finished text:
// short and without a sentence end, yet opened by a note's label.
TEST(BlocksTest, ShortLineOpenedByANotesLabelIsNoHeading) {
  Document doc = document_from(pages(
      {{full(1), "문단이 끝난다.", "자료: 가상 기관(2020), 가상 보고서", full(2), "끝이다."}}));
  EXPECT_TRUE(blocks_of(doc, BlockType::heading).empty());
  EXPECT_TRUE(nothing_lost(doc));
}

TEST(BlocksTest, ShortLineOfAnUnfinishedSentenceIsNeitherHeadingNorParagraphEnd) {
  Document doc = document_from(pages({{full(1), "문장의 나머지 부분", full(2), "끝이다."}}));
  EXPECT_EQ(types(doc), (std::vector<std::string>{"paragraph"}));
}

TEST(BlocksTest, NumberedHeadingsTakeLevelsFromTheirNumbering) {
  Document doc = document_from(
      pages({{"Ⅰ. 서론", full(1), "끝이다.", "1. 배경", full(2), "끝이다.", "가. 세부", full(3),
              "끝이다.", "2. 목적", full(4), "끝이다.", "Ⅱ. 본론", full(5), "끝이다."}}));
  std::vector<std::pair<std::string, int>> headings;
  for (const Block* b : blocks_of(doc, BlockType::heading))
    headings.emplace_back(b->label.text + " " + b->text, b->level);
  EXPECT_EQ(headings,
            (std::vector<std::pair<std::string, int>>{
                {"Ⅰ. 서론", 1}, {"1. 배경", 2}, {"가. 세부", 3}, {"2. 목적", 2}, {"Ⅱ. 본론", 1}}));
}

// A numbered line as wide as a full line, whose next number comes as a short heading after
// prose of its own, opens the document's heading numbering: a heading, not a list item that
// takes the paragraph after it. One that runs to the margin takes its wrapped end with it.
TEST(BlocksTest, AWideNumberedLineWhoseNextNumberIsAHeadingIsAHeading) {
  std::string wide = "(1) " + full(1).substr(0, full(1).size() - std::string("고").size());
  Document doc = document_from(pages({{full(2),
                                       "끝이다.",
                                       "",
                                       wide,
                                       "",
                                       full(3),
                                       "끝이다.",
                                       "",
                                       "(2) 짧은 제목",
                                       "",
                                       full(4),
                                       "끝이다.",
                                       "",
                                       wide,
                                       "그 제목의 끝",
                                       "",
                                       full(5),
                                       "끝이다.",
                                       "",
                                       "(2) 다른 제목",
                                       "",
                                       full(6),
                                       "끝이다."}}));
  EXPECT_EQ(types(doc),
            (std::vector<std::string>{"paragraph", "heading", "paragraph", "heading", "paragraph",
                                      "heading", "paragraph", "heading", "paragraph"}));
  EXPECT_EQ(doc.blocks[5].first_line, 13u);
  EXPECT_EQ(doc.blocks[5].last_line, 14u);
  EXPECT_TRUE(nothing_lost(doc));
}

// Items numbered one after the other stay a list, however wide their lines.
TEST(BlocksTest, WideNumberedItemsOneAfterTheOtherStayAList) {
  std::string wide = full(1).substr(0, full(1).size() - std::string("고").size());
  Document doc =
      document_from(pages({{full(2), "끝이다.", "", "(1) " + wide, "(2) 짧은 항목", "", full(3),
                            "끝이다.", "", "(2) 짧은 제목", "", full(4), "끝이다."}}));
  ASSERT_FALSE(blocks_of(doc, BlockType::list).empty());
  EXPECT_EQ(blocks_of(doc, BlockType::list)[0]->items.size(), 2u);
}

// Headings as wide as full lines, each after prose of its own: each opens the numbering for
// the next, and the last goes on with it.
TEST(BlocksTest, WideNumberedHeadingsNumberEachOther) {
  std::string wide = full(1).substr(0, full(1).size() - std::string("고").size());
  Document doc = document_from(
      pages({{full(2), "끝이다.", "", "(1) " + wide, full(3), "끝이다.", "", "(2) " + wide, full(4),
              "끝이다.", "", "(3) " + wide, full(5), "끝이다."}}));
  std::vector<std::string> labels;
  for (const Block* b : blocks_of(doc, BlockType::heading)) labels.push_back(b->label.text);
  EXPECT_EQ(labels, (std::vector<std::string>{"(1)", "(2)", "(3)"}));
  EXPECT_TRUE(blocks_of(doc, BlockType::list).empty());
}

// Plain text may read a page's right column before the end of its left one, and with it a
// numbered heading before the one it follows: lines that stand apart as the document's
// numbered headings do and number 1 to 3 between them on their page are all headings.
TEST(BlocksTest, HeadingsThatCompleteTheirPagesCountOutOfOrderAreHeadings) {
  // Lines of their own, each once: a line repeated on two pages is furniture.
  auto wide = [](int k) { return full(k).substr(0, full(k).size() - std::string("고").size()); };
  auto headings_with_last = [&](const std::string& last) {
    Document doc = document_from(pages(
        {{full(2), "끝이다.", "", "(1) " + wide(11), full(3), "마친다.", "", "(2) " + wide(12),
          full(4), "닫는다."},
         {"다음 절의 제목", "", "(1) " + wide(13), full(5), "그친다.", "", last + " " + wide(14),
          full(6), "멈춘다.", "", "(2) " + wide(15), full(7), "맺는다."}}));
    std::vector<std::string> labels;
    for (const Block* b : blocks_of(doc, BlockType::heading)) labels.push_back(b->label.text);
    return labels;
  };
  EXPECT_EQ(headings_with_last("(3)"),
            (std::vector<std::string>{"(1)", "(2)", "", "(1)", "(3)", "(2)"}));
  // A count the page leaves with a gap is no such evidence.
  std::vector<std::string> gap = headings_with_last("(4)");
  EXPECT_EQ(std::count(gap.begin(), gap.end(), "(4)"), 0);
  // Under numbered sections too: the second section's number closed the first one's "(n)",
  // whose style the document numbers its headings in all the same.
  Document numbered = document_from(
      pages({{"1. 앞 절의 제목", "", "(1) " + wide(11), full(3), "마친다.", "", "(2) " + wide(12),
              full(4), "닫는다."},
             {"2. 다음 절의 제목", "", "(1) " + wide(13), full(5), "그친다.", "", "(3) " + wide(14),
              full(6), "멈춘다.", "", "(2) " + wide(15), full(7), "맺는다."}}));
  std::vector<std::string> labels;
  for (const Block* b : blocks_of(numbered, BlockType::heading)) labels.push_back(b->label.text);
  EXPECT_EQ(labels, (std::vector<std::string>{"1.", "(1)", "(2)", "2.", "(1)", "(3)", "(2)"}));
}

// A Hangul letter's marker as wide as prose may be a wrapped sentence's end ("있" + "다. "):
// going on with the headings' count is not enough for it.
TEST(BlocksTest, AWideHangulMarkerAfterAHeadingOfItsCountIsNoHeading) {
  std::string wide = full(1).substr(0, full(1).size() - std::string("고").size());
  Document doc = document_from(pages({{full(2), "끝이다.", "", "가. 짧은 제목", "", full(3),
                                       "끝이다.", "", "나. " + wide, full(4), "끝이다."}}));
  std::vector<std::string> labels;
  for (const Block* b : blocks_of(doc, BlockType::heading)) labels.push_back(b->label.text);
  EXPECT_EQ(labels, (std::vector<std::string>{"가."}));
}

// A short line that ends its page's text after finished prose, where the page's last note is
// unfinished, is that note's end set in the next column: no heading with nothing under it.
TEST(BlocksTest, AShortLineEndingThePageEndsItsUnfinishedNote) {
  Document doc =
      document_from(pages({{full(1), "끝이다.1)", "", "1) 가상의 각주가 다음 단으로 이어지는", "",
                            full(2), "정리하고자 한다.", "", "각주의 마지막 부분"},
                           {full(3), "끝이다."}}));
  EXPECT_TRUE(blocks_of(doc, BlockType::heading).empty());
  ASSERT_EQ(doc.footnotes.size(), 1u);
  EXPECT_TRUE(doc.footnotes[0].text.ends_with("각주의 마지막 부분")) << doc.footnotes[0].text;
  EXPECT_TRUE(nothing_lost(doc));
}

TEST(BlocksTest, RestartedNumberingGoesDeeperAndAnOuterCountReturns) {
  // Sections 1 and 2, then 1 to 3 under section 2: the next "3." can only be section 3.
  Document doc = document_from(
      pages({{"1. 첫째 장", full(1), "끝이다.", "2. 둘째 장", "1. 첫 절", full(2), "끝이다.",
              "2. 둘째 절", full(3), "끝이다.", "3. 셋째 절", full(4), "끝이다.", "3. 셋째 장",
              full(5), "끝이다.", "1. 다시 첫 절", full(6), "끝이다."}}));
  std::vector<int> levels;
  for (const Block* b : blocks_of(doc, BlockType::heading)) levels.push_back(b->level);
  EXPECT_EQ(levels, (std::vector<int>{1, 1, 2, 2, 2, 1, 2}));
}

TEST(BlocksTest, NumberedHeadingsRightUnderAnUnnumberedSubHeadingGoBelowIt) {
  Document doc =
      document_from(pages({{full(1), "끝이다.", "정책적 고려사항", "세부 과제", "(1) 첫 과제",
                            full(2), "끝이다.", "(2) 둘째 과제", full(3), "끝이다."}}));
  std::vector<int> levels;
  for (const Block* b : blocks_of(doc, BlockType::heading)) levels.push_back(b->level);
  EXPECT_EQ(levels, (std::vector<int>{1, 2, 3, 3}));
}

TEST(BlocksTest, OneLineLeadsThatCountASectionsPointsAreItsSubHeadings) {
  Document doc =
      document_from(pages({{full(1), "끝이다.", "정책 과제", "첫째, 제도를 정비한다.", full(2),
                            "끝이다.", "둘째, 인력을 늘린다.", full(3), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "heading", "heading", "paragraph",
                                                  "heading", "paragraph"}));
  EXPECT_EQ(doc.blocks[2].text, "첫째, 제도를 정비한다.");
  EXPECT_EQ(doc.blocks[1].level, 1);
  EXPECT_EQ(doc.blocks[2].level, 2);
  EXPECT_EQ(doc.blocks[4].level, 2);
}

TEST(BlocksTest, OneLineLeadWhoseCountGoesOnInProseStaysAParagraph) {
  // "둘째" opens a paragraph of several lines: the count runs through prose, not headings.
  Document doc = document_from(pages({{full(1), "끝이다.", "첫째, 제도를 정비한다.", full(2),
                                       "끝이다.", "둘째, " + full(3), "끝이다."}}));
  EXPECT_EQ(blocks_of(doc, BlockType::heading).size(), 0u);
}

TEST(BlocksTest, SingleCountedLeadStaysAParagraph) {
  Document doc =
      document_from(pages({{full(1), "끝이다.", "첫째, 제도를 정비한다.", full(2), "끝이다."}}));
  EXPECT_EQ(blocks_of(doc, BlockType::heading).size(), 0u);
}

TEST(BlocksTest, HeadingThatGoesOnWithACountInWordsIsASibling) {
  Document doc = document_from(
      pages({{full(1), "끝이다.", "군사적 쟁점", "첫 번째, 무엇이 필요한가?", full(2), "끝이다.",
              "두 번째, 무엇을 지향하는가?", full(3), "끝이다.", "정리하며", full(4), "끝이다."}}));
  std::vector<int> levels;
  for (const Block* b : blocks_of(doc, BlockType::heading)) levels.push_back(b->level);
  EXPECT_EQ(levels, (std::vector<int>{1, 2, 2, 1}));
}

std::vector<int> heading_levels(const Document& doc) {
  std::vector<int> levels;
  for (const Block* b : blocks_of(doc, BlockType::heading)) levels.push_back(b->level);
  return levels;
}

// A table's column taken apart by the extractor: short names stacked one right under the
// other, no blank line between, after finished text. A heading, its sub-heading and a third
// line are never stacked so; two such lines still are a heading and its sub-heading.
TEST(BlocksTest, ThreeShortLinesStackedWithoutABlankLineAreCellsNotHeadings) {
  Document cells = document_from(pages({{full(1), "끝이다.", "", "가상 항목", "둘째 항목",
                                         "셋째 항목 등", "", full(2), "끝이다."}}));
  EXPECT_EQ(heading_levels(cells), std::vector<int>{});
  EXPECT_TRUE(nothing_lost(cells));
  Document headings = document_from(
      pages({{full(1), "끝이다.", "", "가상 정책의 배경", "제도의 변화", full(2), "끝이다."}}));
  EXPECT_EQ(heading_levels(headings), (std::vector<int>{1, 2}));
}

TEST(BlocksTest, UnnumberedHeadingsAfterTextAreSiblingsOfTheSubHeadingRightUnderTheSection) {
  // Each section opens with its first sub-heading right under its heading; the next
  // sub-headings follow text, and a heading with a sub-heading right under it is a section.
  Document doc = document_from(
      pages({{full(1), "끝이다.", "가상 정책의 배경", "제도의 변화", full(2), "끝이다.",
              "운영의 변화", full(3), "끝이다.", "새 과제의 방향", "인력의 확충", full(4),
              "끝이다.", "예산의 확보", full(5), "끝이다."}}));
  EXPECT_EQ(heading_levels(doc), (std::vector<int>{1, 2, 2, 1, 2, 2}));
}

TEST(BlocksTest, CountedPointsUnderAGuessedSubHeadingMakeItASectionAndEndTheRun) {
  Document doc = document_from(pages({{full(1),
                                       "끝이다.",
                                       "가상 정책의 배경",
                                       "제도의 변화",
                                       full(2),
                                       "끝이다.",
                                       "운영의 변화",
                                       full(3),
                                       "끝이다.",
                                       "새 과제의 방향",
                                       full(4),
                                       "끝이다.",
                                       "첫째, 제도를 정비한다.",
                                       full(5),
                                       "끝이다.",
                                       "둘째, 인력을 늘린다.",
                                       full(6),
                                       "끝이다.",
                                       "맺으며",
                                       full(7),
                                       "끝이다."}}));
  EXPECT_EQ(heading_levels(doc), (std::vector<int>{1, 2, 2, 1, 2, 2, 1}));
}

TEST(BlocksTest, SubHeadingOverAListStartsNoRunOfSiblings) {
  Document doc = document_from(
      pages({{full(1), "끝이다.", "가상 정책의 방향", "세부 기준", "○ 첫 항목을 적는다.",
              "○ 둘째 항목을 적는다.", full(2), "끝이다.", "다음 절의 제목", full(3), "끝이다."}}));
  EXPECT_EQ(heading_levels(doc), (std::vector<int>{1, 2, 1}));
}

TEST(BlocksTest, HeadingsSetApartByLessSpaceThanTheSectionsAreTheirSubHeadings) {
  // Layout text keeps the page's spacing: two blank lines under each section's heading, one
  // under each sub-heading.
  Document doc = document_from(pages({{full(1),
                                       "끝이다.",
                                       "",
                                       "",
                                       "가상 정책의 배경",
                                       "",
                                       "",
                                       full(2),
                                       "끝이다.",
                                       "",
                                       "",
                                       "제도의 변화",
                                       "",
                                       full(3),
                                       "끝이다.",
                                       "",
                                       "",
                                       "운영의 변화",
                                       "",
                                       full(4),
                                       "끝이다.",
                                       "",
                                       "",
                                       "새 과제의 방향",
                                       "",
                                       "",
                                       full(5),
                                       "끝이다.",
                                       "",
                                       "",
                                       "인력의 확충",
                                       "",
                                       full(6),
                                       "끝이다."}}));
  EXPECT_EQ(heading_levels(doc), (std::vector<int>{1, 2, 2, 1, 2}));
}

TEST(BlocksTest, HeadingThatEndsAPageHasNoSubHeadingAtTheTopOfTheNext) {
  // A page never leaves a heading without its text below: the one that ends page 1 (a
  // stray line read as a heading) does not put the next page's heading under it.
  Document doc = document_from(pages({{full(1), "끝이다.", "첫 장의 제목", full(2), full(3),
                                       "마친다.", full(4), "맺는다.", "가상 정책의 방향"},
                                      {"다음 절의 제목", full(5), "닫는다.", "(1) 첫 과제", full(6),
                                       "그친다.", "(2) 둘째 과제", full(7), "멈춘다."}}));
  EXPECT_EQ(heading_levels(doc), (std::vector<int>{1, 1, 1, 2, 2}));
}

TEST(BlocksTest, HeadingsFramedInAnOrnamentAreAKindOneLevelUnderTheSection) {
  // "| … |" headings inside a section, each over numbered headings that count from 1 again.
  Document doc = document_from(pages(
      {{full(1), "끝이다.", "가상 정책의 방향", full(2), "끝이다.", "| 중앙 정부 |", "(1) 첫 과제",
        full(3), "끝이다.", "(2) 둘째 과제", full(4), "끝이다.", "| 지방 정부 |", "(1) 다른 과제",
        full(5), "끝이다.", "맺으며", full(6), "끝이다."}}));
  EXPECT_EQ(heading_levels(doc), (std::vector<int>{1, 2, 3, 3, 2, 3, 1}));
}

TEST(BlocksTest, NumberedLineThatStartsNoListIsNeverAnUnnumberedHeading) {
  // A full line ends a sentence without ending its paragraph; the numbered lines under it
  // (a quoted article's items) go on with it rather than become headings that keep "1.".
  std::string full_sentence = full(1).substr(0, full(1).size() - std::string("고").size()) + "다.";
  Document doc = document_from(pages({{full(2), full_sentence, "1. 사관생도 및 후보생",
                                       "2. 소집되어 복무하는 예비역", full(3), "끝이다."}}));
  EXPECT_EQ(blocks_of(doc, BlockType::heading).size(), 0u);
}

TEST(BlocksTest, NextNumberOfTheHeadingsEndsATableThatRanOn) {
  Document doc = document_from(pages({{"Ⅰ. 서론", full(1), "끝이다.", "<표 1> 가상 통계", "구분",
                                       "2023", "2024", "Ⅱ. 본론", full(2), "끝이다."}}));
  ASSERT_EQ(types(doc),
            (std::vector<std::string>{"heading", "paragraph", "table", "heading", "paragraph"}));
  EXPECT_EQ(doc.blocks[3].label.text, "Ⅱ.");
  EXPECT_EQ(doc.blocks[3].level, 1);
}

TEST(BlocksTest, ProseWrappedInANarrowColumnIsNoRunOfHeadings) {
  Document doc = document_from(pages(
      {{full(1), "끝이다.", "", "가장 강력한 성능을 보여주는", "방법론 중 하나로서 학습을 통해",
        "예측하는 앙상블 모델이다. 랜덤", "포레스트는 다르다.", "", full(2), "끝이다."}}));
  EXPECT_EQ(blocks_of(doc, BlockType::heading).size(), 0u);
}

// The same column whose sentence goes on past it (beside a figure, over a page): lines of one
// right edge, four in a row, are a justified column's, not headings.
TEST(BlocksTest, JustifiedNarrowColumnLeftOpenIsNoRunOfHeadings) {
  Document doc = document_from(
      pages({{full(1), "끝이다.", "", "가상의 도구는 작전 계획", "담당자를 위해 효과를 산출",
              "하는 체계이며 다양한 무기", "체계를 포함하고 있는 도구", "", full(2), "끝이다."}}));
  EXPECT_EQ(blocks_of(doc, BlockType::heading).size(), 0u);
}

TEST(BlocksTest, HeadingOverLinesThatEachEndASentenceStaysAHeading) {
  Document doc = document_from(pages({{full(1), "끝이다.", "", "참고문헌", "국방부. (2022). 전략.",
                                       "김철수. (2023). 연구.", "이영희. (2024). 분석."}}));
  ASSERT_FALSE(blocks_of(doc, BlockType::heading).empty());
  EXPECT_EQ(blocks_of(doc, BlockType::heading).front()->text, "참고문헌");
}

// A journal article prints its dates (received, revised, accepted) with its references, over
// their heading or among their first lines: the heading is the article's last section
// heading, at its sections' level, while the dates and entries stay back matter. Without the
// dates the references are the publisher's matter, heading and all.
TEST(BlocksTest, ReferencesHeadingPrintedWithTheArticlesDatesIsASectionHeading) {
  auto references = [](std::vector<std::string> opening) {
    std::vector<std::string> last = {"Ⅱ. 결론", full(9), "결론이 끝난다.", ""};
    last.insert(last.end(), opening.begin(), opening.end());
    for (std::string entry : {"김철수. (2023). 다른 가상의 연구.", "이영희. (2024). 가상의 분석.",
                              "박민수. (2021). 세 번째 가상의 책."})
      last.push_back(entry);
    return document_from(pages({{"Ⅰ. 서론", full(1), full(2), "서론이 끝난다."},
                                {full(4), full(5), "본문이 끝난다."},
                                last}));
  };
  std::vector<std::string> dates = {"논문 접수: 2023년 8월 31일", "게재 확정: 2024년 1월 8일"};
  std::vector<std::string> over = dates, among = {"참고문헌", "홍길동. (2022). 가상의 보고서."};
  over.insert(over.end(), among.begin(), among.end());
  among.insert(among.end(), dates.begin(), dates.end());
  for (const Document& doc : {references(over), references(among)}) {
    std::vector<const Block*> headings = blocks_of(doc, BlockType::heading);
    ASSERT_EQ(headings.size(), 3u);
    EXPECT_EQ(headings.back()->text, "참고문헌");
    EXPECT_EQ(headings.back()->level, 1);
    EXPECT_FALSE(blocks_of(doc, BlockType::back_matter).empty());
    EXPECT_TRUE(nothing_lost(doc));
  }
  Document undated = references({"참고문헌", "홍길동. (2022). 가상의 보고서."});
  EXPECT_EQ(blocks_of(undated, BlockType::heading).size(), 2u);
  ASSERT_EQ(blocks_of(undated, BlockType::back_matter).size(), 1u);
  EXPECT_TRUE(blocks_of(undated, BlockType::back_matter).front()->text.starts_with("참고문헌"));
}

// The byline's note marker set on a line of its own ("1)") between the byline and a box of
// contents does not end the front matter: the contents are still the front's.
TEST(BlocksTest, ContentsAfterTheBylinesStrandedNoteMarkerAreFrontMatter) {
  Document doc = document_from(
      pages({{"가상 정책의 현황과 과제", "홍길동*, 김철수**", "", "1)", "", "Ⅰ. 서론", "Ⅱ. 결론",
              "", full(1), "요약이 끝난다.", "1) 가상의 주석이다."},
             {full(9), "머리가 끝난다.", "Ⅰ. 서론", full(3), "서론이 끝난다."},
             {full(5), "본문이 끝난다."},
             {full(6), "본문이 또 끝난다."},
             {full(7), "본문이 다시 끝난다.", "Ⅱ. 결론", full(4), "결론이 끝난다."}}));
  ASSERT_EQ(doc.front_matter.size(), 2u);
  EXPECT_EQ(doc.front_matter[1].text, "Ⅱ. 결론");
  EXPECT_TRUE(blocks_of(doc, BlockType::list).empty());
  EXPECT_EQ(blocks_of(doc, BlockType::heading).size(), 2u);
  EXPECT_TRUE(nothing_lost(doc));
}

// A line as wide as prose that opens with "다. " may be a wrapped sentence's end ("있" + "다.
// 이때, …"): the next Hangul heading after it does not make it one, as only "가." opens
// that numbering.
TEST(BlocksTest, WideLineSpellingAHangulMarkerIsNoHeadingBeforeTheNextOne) {
  Document doc = document_from(pages(
      {{"1. 가상의 절", full(1), "첫 문단이 끝난다.", "",
        "다. 이때, 각 트리의 예측이 서로 비상관성을 갖도록 하여 결과적으로 일반화 성능을 높이고",
        full(2), "둘째 문단이 끝난다.", "", "라. 가상의 항목", full(3), "셋째 문단이 끝난다."}}));
  std::vector<const Block*> headings = blocks_of(doc, BlockType::heading);
  ASSERT_EQ(headings.size(), 2u);
  EXPECT_EQ(headings[1]->text, "가상의 항목");
}

// Lines that end no sentence (code, cells read as text) stop at a blank line before the
// next number of the document's headings: "2." after "1." is the next section.
TEST(BlocksTest, NextHeadingNumberAfterABlankLineEndsTextLeftOpen) {
  Document doc = document_from(
      pages({{"1. 가상의 절", full(1), "첫 문단이 끝난다.", "", "model = " + full(3),
              "loss = " + full(4), "", "2. 검증 방법론", full(2), "둘째 문단이 끝난다."}}));
  std::vector<const Block*> headings = blocks_of(doc, BlockType::heading);
  ASSERT_EQ(headings.size(), 2u);
  EXPECT_EQ(headings[1]->text, "검증 방법론");
  EXPECT_TRUE(nothing_lost(doc));
}

// A measure and its value ("과적합 검증 정확도: 0.9958"), set apart as a chart prints it, is
// no heading.
// The headings of a page where `line` stands alone between two paragraphs.
std::size_t headings_with_line_between_paragraphs(const std::string& line) {
  return blocks_of(document_from(pages({{full(1), "첫 문단이 끝난다.", "", line, "", full(2),
                                         "둘째 문단이 끝난다."}})),
                   BlockType::heading)
      .size();
}

TEST(BlocksTest, AMeasureAndItsValueIsNoHeading) {
  auto headings = headings_with_line_between_paragraphs;
  EXPECT_EQ(headings("과적합 검증 정확도: 0.9958"), 0u);
  EXPECT_EQ(headings("과적합 검증 정확도의 의미"), 1u);
  // A table's row of figures neither, however its cells are dressed.
  EXPECT_EQ(headings("가상 부문 169.1 181.3 1,191.3"), 0u);
  EXPECT_EQ(headings("(비중) (10.6) (10.9) (10.7) 5%"), 0u);
  EXPECT_EQ(headings("2024년 2분기 3대 과제"), 1u);  // numbers in a title's words
}

// A number over a single letter (a wrapped word's piece after a note's number) is no
// heading; a number over a title is.
TEST(BlocksTest, ANumberOverOneLetterIsNoHeading) {
  auto headings = headings_with_line_between_paragraphs;
  EXPECT_EQ(headings("5) 지"), 0u);
  EXPECT_EQ(headings("5) 지역"), 1u);
}

// A journal article's abstract: a label and a title over prose on page 1, the body opening
// with its first numbered section on page 2. The prose is the summary,
// titled by the lines over it, not headings of the body.
TEST(BlocksTest, ProseUnderItsOwnTitleBeforeTheNumberedBodyIsATitledSummary) {
  Document doc = document_from(
      pages({{"가상 정책의 현황과 과제", "홍길동", "hong@example.org", "", "Abstract",
              "A Study of a Fictitious Policy", full(1), "요약의 첫 문단이 끝난다.", full(2),
              "요약이 끝난다."},
             {"Ⅰ. 서론", full(3), "서론이 끝난다.", "Ⅱ. 결론", full(4), "결론이 끝난다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"summary", "summary", "heading", "paragraph",
                                                  "heading", "paragraph"}));
  EXPECT_EQ(doc.blocks[0].title, "Abstract A Study of a Fictitious Policy");
  EXPECT_TRUE(nothing_lost(doc));
}

// Text left without its sentence's end at a page's foot (a line of keywords) does not run
// on into the document's first numbered section at the next page's top.
TEST(BlocksTest, NumberedSectionAtAPagesTopEndsTextLeftOpen) {
  Document doc = document_from(
      pages({{"가상 정책의 현황과 과제", "홍길동", "", full(1), "첫 문단이 끝난다.",
              "주제어: " + full(5), "가상 정책, 분석 방법"},
             {"Ⅰ. 서론", full(2), "서론이 끝난다.", "Ⅱ. 결론", full(3), "결론이 끝난다."}}));
  std::vector<const Block*> headings = blocks_of(doc, BlockType::heading);
  ASSERT_EQ(headings.size(), 2u);
  EXPECT_EQ(headings[0]->text, "서론");
  EXPECT_TRUE(nothing_lost(doc));
}

// Blocks over the lines of `text`: one per entry, a list of one item when it has a marker.
struct CountedItems {
  std::string text;
  LineTable table = split_lines(text);
  Layout layout = analyse_layout(text, table);
  LineGeometryTable geometry;
  PdfInfo info;
  detail::Ctx ctx{text, table, layout, geometry, info};
  std::vector<BlockLines> blocks;

  explicit CountedItems(std::string t) : text(std::move(t)) {}
  void add(BlockType type, std::uint32_t line, std::optional<Marker> m = std::nullopt,
           int level = 0) {
    BlockLines b;
    b.type = type;
    b.lines = {line};
    b.level = level;
    if (type == BlockType::list) b.items.push_back(ListItemLines{*m, {line}, 1});
    if (type == BlockType::heading && m) b.label = *m;
    blocks.push_back(std::move(b));
  }
};

TEST(BlocksTest, LoneNumberedItemsThatTheHeadingsCountGoesOnWithAreHeadings) {
  Marker one{0, 3, ListStyle::decimal_paren, 1}, two{0, 3, ListStyle::decimal_paren, 2},
      three{0, 3, ListStyle::decimal_paren, 3};
  CountedItems c(
      "(1) 법률 개정\n본문이다.\n(2) 재해분류표\n본문이다.\n(3) 해석의 원칙\n본문이다.\n");
  c.add(BlockType::list, 0, one);
  c.add(BlockType::paragraph, 1);
  c.add(BlockType::heading, 2, two, 2);
  c.add(BlockType::paragraph, 3);
  c.add(BlockType::list, 4, three);
  c.add(BlockType::paragraph, 5);
  detail::promote_counted_items(c.ctx, c.blocks);
  for (std::size_t k : {0u, 4u}) {
    EXPECT_EQ(c.blocks[k].type, BlockType::heading) << k;
    EXPECT_EQ(c.blocks[k].level, 2) << k;
    EXPECT_TRUE(c.blocks[k].items.empty()) << k;
  }
}

TEST(BlocksTest, LoneNumberedItemThatNoHeadingCountsStaysAList) {
  Marker one{0, 3, ListStyle::decimal_paren, 1}, two{0, 2, ListStyle::decimal, 2};
  CountedItems c("(1) 법률 개정\n본문이다.\n2. 재해분류표\n");
  c.add(BlockType::list, 0, one);
  c.add(BlockType::paragraph, 1);
  c.add(BlockType::heading, 2, two, 1);
  detail::promote_counted_items(c.ctx, c.blocks);
  EXPECT_EQ(c.blocks[0].type, BlockType::list);
}

TEST(BlocksTest, LineInitialItemsFormAListEachRejoined) {
  Document doc = document_from(pages({{full(1), "문단이 끝난다.", "◎ " + full(2), "둘째 줄로 끝남",
                                       "◎ 짧은 항목", "- 세부 항목이다", full(3), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "list", "paragraph"}));
  const Block& list = doc.blocks[1];
  ASSERT_EQ(list.items.size(), 3u);
  EXPECT_EQ(list.items[0].label.text, "◎");
  EXPECT_EQ(list.items[1].level, 1);
  EXPECT_EQ(list.items[2].label.text, "-");
  EXPECT_EQ(list.items[2].level, 2);
  auto item = [&](int k) {
    return list.text.substr(list.items[k].span.begin,
                            list.items[k].span.end - list.items[k].span.begin);
  };
  EXPECT_TRUE(item(0).ends_with("만든 줄이고 둘째 줄로 끝남")) << item(0);
  EXPECT_EQ(item(1), "짧은 항목");
  EXPECT_TRUE(nothing_lost(doc));
}

TEST(BlocksTest, WrappedLineStartingWithDaIsNotAListItem) {
  Document doc =
      document_from(pages({{full(1) + " 미흡하", "다. 그러나 문장은 이어지고 여기서 끝이 난다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph"}));
  EXPECT_NE(doc.blocks[0].text.find("미흡하다. 그러나"), std::string::npos) << doc.blocks[0].text;
}

TEST(BlocksTest, OrderedListNeedsItsFirstItem) {
  Document doc = document_from(pages({{full(1), "끝이다.", "1. 첫 항목이다.", "2. 둘째 항목이다.",
                                       "3. 셋째 항목이다.", full(2), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "list", "paragraph"}));
  EXPECT_EQ(doc.blocks[1].style, ListStyle::decimal);
  EXPECT_EQ(doc.blocks[1].items.size(), 3u);
}

// Labels that carry their section's number before a hyphen ("Ⅲ-1.", "Ⅲ-2.") number items of
// one list; the prose after the last item is a paragraph of its own.
TEST(BlocksTest, CompoundLabelsNumberOneList) {
  Document doc = document_from(
      pages({{full(1), "끝이다.", "", "가. 가정 Ⅲ : 첫 묶음의 가정", "", "Ⅲ-1. 첫 가정은 참이다.",
              "Ⅲ-2. 둘째 가정도 참이다.", "Ⅲ-3. 셋째 가정은 거짓이다.", full(2), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "heading", "list", "paragraph"}));
  const Block& list = doc.blocks[2];
  EXPECT_EQ(list.style, ListStyle::compound);
  ASSERT_EQ(list.items.size(), 3u);
  EXPECT_EQ(list.items[2].label.text, "Ⅲ-3.");
  EXPECT_TRUE(nothing_lost(doc));
}

// Items that each close their sentence on their one line: the unmarked line after the last
// starts a paragraph even when that item's line runs as wide as the body's.
TEST(BlocksTest, ProseAfterItemsClosedOnTheirLinesIsAParagraph) {
  std::string wide = full(1).substr(0, full(1).size() - std::string("고").size()) + "다.";
  Document doc = document_from(pages(
      {{full(2), "끝이다.", "", "1. " + wide, "2. " + wide, "3. " + wide, full(3), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "list", "paragraph"}));
  EXPECT_EQ(doc.blocks[1].items.size(), 3u);
}

// Rows of figures with no caption and no sentence among them are a table, not prose.
TEST(BlocksTest, RowsOfFiguresWithoutACaptionAreATable) {
  Document doc = document_from(
      pages({{"1. 가상 실험", full(1), "끝이다.", "", "2. 가상 결과", "", "평균 점수: 0.7421",
              "최저 점수: 0.6180", "시행1 시행2 시행3 시행4", "점수 0.7311 0.7529 0.6180 0.8012",
              "", "3. 가상 해석", full(2), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"heading", "paragraph", "heading", "table",
                                                  "heading", "paragraph"}));
  EXPECT_EQ(doc.blocks[3].caption, "");
  EXPECT_EQ(doc.blocks[3].id, "t1");
  EXPECT_TRUE(nothing_lost(doc));
}

// A Hangul letter's marker after a line that stops on a number is no wrapped "다. ": it
// goes on with the headings' count, though no sentence ended before it.
TEST(BlocksTest, HangulMarkerAfterALineOfFiguresNumbersAHeading) {
  Document doc =
      document_from(pages({{"1. 가상 실험의 결과", "", "가. 첫째 방식", "", "평균 점수: 0.7421",
                            "최저 점수: 0.6180", "", "나. 둘째 방식", "", "평균 점수: 0.8820",
                            "최저 점수: 0.8013", "", "2. 가상 실험의 해석", full(1), "끝이다."}}));
  std::vector<std::string> labels;
  for (const Block* b : blocks_of(doc, BlockType::heading)) labels.push_back(b->label.text);
  EXPECT_EQ(labels, (std::vector<std::string>{"1.", "가.", "나.", "2."}));
}

// A justified first line that the extractor split at its wide spaces leaves single words on
// lines apart, up to one that leaves its phrase open: words of the paragraph, no headings.
TEST(BlocksTest, WordsOfASplitLineAreNoHeadings) {
  Document doc = document_from(
      pages({{full(1), "끝이다.", "", "가. 가상 방식", "", "A-가상", "", "근접", "", "분류(가상,",
              "", "B-Sample Way) 방식은 새", "로운 자료를 가까운 이웃으로 판단하는", "방식이다.",
              "", "나. 둘째 방식", "", full(2), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "heading", "paragraph", "heading",
                                                  "paragraph"}));
  EXPECT_TRUE(doc.blocks[2].text.starts_with("A-가상 근접 분류(가상,")) << doc.blocks[2].text;
}

// A comment of code set as text ("// …") is no heading, short and set apart as it is.
TEST(BlocksTest, CodeCommentIsNoHeading) {
  Document doc =
      document_from(pages({{full(1), "끝이다.", "", "//SampleModel",
                            "model = SampleModel(size=3, depth=None)", "", full(2), "끝이다."}}));
  EXPECT_TRUE(blocks_of(doc, BlockType::heading).empty());
}

TEST(BlocksTest, TableRunsFromCaptionToItsSourceNote) {
  Document doc = document_from(pages({{full(1), "끝이다.", "<표 1> 가상 통계", "구분", "2023",
                                       "2024", "* 출처: 가상 기관", full(2), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "table", "paragraph"}));
  EXPECT_EQ(doc.blocks[1].caption, "<표 1> 가상 통계");
  EXPECT_EQ(doc.blocks[1].text, "구분\n2023\n2024\n* 출처: 가상 기관");
}

TEST(BlocksTest, FigureCaptionOpensAFigure) {
  Document doc = document_from(
      pages({{full(1), "끝이다.", "<그림 1> 가상 추이", "자료: 가상 기관", full(2), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "figure", "paragraph"}));
  EXPECT_EQ(doc.blocks[1].id, "f1");
  EXPECT_EQ(doc.blocks[1].caption, "<그림 1> 가상 추이");
  EXPECT_EQ(doc.blocks[1].text, "자료: 가상 기관");
  EXPECT_TRUE(nothing_lost(doc));
}

TEST(BlocksTest, CaptionUnderItsFigureTakesTheLabelsAbove) {
  Document doc =
      document_from(pages({{full(1), "끝이다.", "상위 기관", "하위 부서", "실무 조직",
                            "그림 1. 가상 조직도", "* 출처: 필자 작성", full(2), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "figure", "paragraph"}));
  EXPECT_EQ(doc.blocks[1].caption, "그림 1. 가상 조직도");
  EXPECT_EQ(doc.blocks[1].text, "상위 기관\n하위 부서\n실무 조직\n* 출처: 필자 작성");
  EXPECT_TRUE(nothing_lost(doc));
}

// A page of prose (after `before`), a diagram of boxes numbered as lists, its caption under
// it, and prose.
std::string page_with_numbered_diagram(std::vector<std::string> before) {
  for (std::string line : {full(1), full(2), full(3), std::string("끝이다."), std::string()})
    before.push_back(line);
  for (std::string_view line : {"    앞쪽 부문", "1. 첫째 칸", "2. 둘째 칸", "", "    뒤쪽 부문",
                                "1. 셋째 칸", "                 1. 넷째 칸", "2. 다섯째 칸",
                                "                 2. 여섯째 칸", "", "그림 1. 가상 모형"})
    before.emplace_back(line);
  for (std::string line : {full(4), full(5), full(6), std::string("끝이다.")})
    before.push_back(line);
  return pages({before});
}

// A diagram's boxes numbered as a list ("1. …", "2. …"): a number that reads as a heading
// among them, right after other boxes on its page, is the figure's too.
TEST(BlocksTest, CaptionUnderADiagramTakesItsNumberedBoxes) {
  Document doc = document_from(page_with_numbered_diagram({}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "figure", "paragraph"}));
  EXPECT_EQ(doc.blocks[1].caption, "그림 1. 가상 모형");
  EXPECT_TRUE(nothing_lost(doc));
}

// A numbered heading right after prose stays the document's, though a diagram follows.
TEST(BlocksTest, NumberedHeadingAfterProseStaysOverTheDiagramBelow) {
  std::string text = page_with_numbered_diagram({"1. 앞선 제목"});
  std::size_t diagram = text.find("    앞쪽");
  Document doc = document_from(text.insert(diagram, "2. 가상 모형\n\n"));
  ASSERT_EQ(types(doc),
            (std::vector<std::string>{"heading", "paragraph", "heading", "figure", "paragraph"}));
  EXPECT_EQ(doc.blocks[2].label.text, "2.");
}

// A chart's axis comes out as lines of figures alone, one of them (the years) as wide as
// prose: still the figure's labels, which the caption under them takes.
TEST(BlocksTest, CaptionUnderAChartTakesItsAxisLinesHoweverWide) {
  std::string years;
  for (int y = 1990; y <= 2020; ++y) years += (years.empty() ? "" : " ") + std::to_string(y);
  Document doc =
      document_from(pages({{full(1), "끝이다.", "3000", "", "1500", "", "0", years, "미국", "중국",
                            "그림 2. 가상 추이", "* 출처: 필자 작성", full(2), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "figure", "paragraph"}));
  EXPECT_EQ(doc.blocks[1].caption, "그림 2. 가상 추이");
  EXPECT_TRUE(nothing_lost(doc));
}

// Layout text sets a diagram's boxes side by side: a line of cells set apart by three blanks
// or more is the figure's, however wide it runs, and the caption under it takes it.
TEST(BlocksTest, CaptionUnderADiagramTakesLinesOfCellsHoweverWide) {
  std::string wide =
      "   인력운영예측모형       인력구조분석모형        DB/DW 구축 및 기초자료 획득과 "
      "인력계획 모형 개발";
  Document doc = document_from(pages(
      {{full(1), "끝이다.", "          D-MAPSS        주요 사업내용", wide,
        "   인력획득판단모형       병역자원수급모형", "그림 1. 가상 구성도", full(2), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "figure", "paragraph"}));
  EXPECT_EQ(doc.blocks[1].caption, "그림 1. 가상 구성도");
  EXPECT_TRUE(nothing_lost(doc));
}

// Layout text: a table's rows of cells set apart by three blanks or more run as wide as
// prose, and stay in the table; the first line of prose after them ends it.
TEST(BlocksTest, RowsOfCellsSetApartStayInTheirTableHoweverWide) {
  std::string row1 =
      "최소한의 현상변경     •대북전단 살포 중단과 대북 확성기 등 후속조치의 중단   "
      "비고 없음";
  std::string row2 =
      "제한적 현상변경       •정부 비난 고조와 남남 갈등 증폭 및 회색지대 도발 유도  "
      "비고 없음";
  Document doc = document_from(pages({{full(1), "끝이다.", "<표 1> 가상 목표",
                                       "최종상태    주요 내용", row1, row2, full(2), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "table", "paragraph"}));
  EXPECT_NE(doc.blocks[1].text.find("제한적 현상변경"), std::string::npos) << doc.blocks[1].text;
  EXPECT_TRUE(nothing_lost(doc));
}

// Text set beside a figure: the caption comes in the middle of a sentence, which goes on
// after it; the paragraph stays one, and the figure is its caption alone.
TEST(BlocksTest, CaptionInTheMiddleOfASentenceLeavesTheParagraphWhole) {
  Document doc = document_from(
      pages({{full(1), "끝이다.", full(2), "끝이다. 그림 옆으로 좁아진 줄의", "그림 1. 가상 구성도",
              "이어지는 문장이 끝난다.", full(3), "끝이다."}}));
  ASSERT_EQ(types(doc),
            (std::vector<std::string>{"paragraph", "paragraph", "figure", "paragraph"}));
  EXPECT_NE(doc.blocks[1].text.find("좁아진 줄의 이어지는"), std::string::npos)
      << doc.blocks[1].text;
  EXPECT_EQ(doc.blocks[2].text, "");
  EXPECT_TRUE(nothing_lost(doc));
}

TEST(BlocksTest, CaptionAtAPagesEndLeavesTheNextPagesParagraphWhole) {
  Document doc = document_from(
      pages({{full(1), "끝이다.", "<그림 2> 가상 추이"}, {full(2), full(3), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "figure", "paragraph"}));
  EXPECT_EQ(doc.blocks[1].text, "");
  EXPECT_EQ(doc.blocks[2].first_line, 3u);
  EXPECT_TRUE(nothing_lost(doc));
}

TEST(BlocksTest, DashedTableCaptionKeepsItsNumberedCells) {
  Document doc = document_from(pages({{full(1), "끝이다.", "<표-1> 가상 절차", "1. 첫 단계",
                                       "2. 둘째 단계", "a. 세부 사항", full(2), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "table", "paragraph"}));
  EXPECT_EQ(doc.blocks[1].text, "1. 첫 단계\n2. 둘째 단계\na. 세부 사항");
}

TEST(BlocksTest, NumberedHeadingAfterSpacedCellsLeavesTheTable) {
  Document doc =
      document_from(pages({{"1. 첫째 절", full(1), "끝이다.", "<표 1> 가상 통계", "", "구분", "",
                            "2023", "", "2024", "", "2. 둘째 절", full(2), "끝이다."}}));
  ASSERT_EQ(types(doc),
            (std::vector<std::string>{"heading", "paragraph", "table", "heading", "paragraph"}));
  EXPECT_EQ(doc.blocks[3].label.text, "2.");
  EXPECT_EQ(doc.blocks[3].level, 1);
}

// A table whose rows carry their own numbering ("I.", "II."): a numbered row as wide as prose
// that ends no sentence goes on with that numbering, one more row, not the text after it.
TEST(BlocksTest, RowNumberedOnFromTheTablesOwnRowStaysInItHoweverWide) {
  std::string wide_row =
      "II. 가상의 넓은 영역을 아우르는 역량의 개발과 전력화 그리고 생태계 조성과 협력 강화";
  Document doc = document_from(
      pages({{full(1), "끝이다.", "<표 1> 가상 전략의 구성", "I. 첫째 영역", "① 가상 분석",
              "② 가상 실험", wide_row, "① 다른 실험", "② 다른 분석", full(2), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "table", "paragraph"}));
  EXPECT_NE(doc.blocks[1].text.find("II. 가상의"), std::string::npos) << doc.blocks[1].text;
  EXPECT_NE(doc.blocks[1].text.find("다른 분석"), std::string::npos) << doc.blocks[1].text;
  EXPECT_TRUE(nothing_lost(doc));
}

// A table that fills its page to the foot, then a new page that opens with a heading and its
// prose: the lines before the prose on the new page are that page's own, a heading and the
// prose's first line, never cells the table carried over.
TEST(BlocksTest, HeadingOpeningThePageAfterAFullPageTableLeavesTheTable) {
  Document doc =
      document_from(pages({{full(1), "끝이다.", "<표 1> 가상 전략의 구성", "", "구분", "",
                            "첫째 항목", "", "둘째 항목", "", "셋째 항목"},
                           {"가상 협력의 시대별 변화", "가상 협력에 대한 전체 전략은 ｢가상 전략서",
                            full(2), full(3), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "table", "heading", "paragraph"}));
  EXPECT_EQ(doc.blocks[2].text, "가상 협력의 시대별 변화");
  EXPECT_EQ(doc.blocks[3].text.rfind("가상 협력에 대한", 0), 0u) << doc.blocks[3].text;
  EXPECT_TRUE(nothing_lost(doc));
}

// Cells parted by blank lines, then a short line apart from them but against the prose under
// it: the heading of the text that follows, not the table's last cell.
TEST(BlocksTest, HeadingAgainstTheProseUnderSpacedCellsLeavesTheTable) {
  Document doc = document_from(pages({{full(1), "끝이다.", "<표 1> 가상 통계", "", "구분", "",
                                       "2023", "", "2024", "", "맺는 말", full(2), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "table", "heading", "paragraph"}));
  EXPECT_EQ(doc.blocks[2].text, "맺는 말");
  // Set apart from the prose too, it stays a cell.
  doc = document_from(pages({{full(1), "끝이다.", "<표 1> 가상 통계", "", "구분", "", "2023", "",
                              "2024", "", "합계", "", full(2), "끝이다."}}));
  EXPECT_TRUE(blocks_of(doc, BlockType::heading).empty());
}

TEST(BlocksTest, HeadingsRightUnderEachOtherDoNotClimb) {
  Document doc = document_from(pages({{full(1), "끝이다.", "정책 제목", "하위 제목", "다른 제목",
                                       "마지막 제목", full(2), "끝이다."}}));
  std::vector<int> levels;
  for (const Block* b : blocks_of(doc, BlockType::heading)) levels.push_back(b->level);
  EXPECT_EQ(levels, (std::vector<int>{1, 2, 2, 2}));
}

// The extractor may set a paragraph's first words on a line of their own; the rest of the
// line, short after them, ends a sentence inside it and goes on: prose, not a heading.
TEST(BlocksTest, AShortLineWithASentenceEndInsideIsNoHeading) {
  Document doc =
      document_from(pages({{full(1), "끝이다.", "「법률」",
                            "은 모두 정한다. 이 중 그 나머지는 다시 정해진", full(2), "끝이다."}}));
  for (const Block* b : blocks_of(doc, BlockType::heading))
    EXPECT_FALSE(b->text.starts_with("은 ")) << b->text;
  EXPECT_TRUE(nothing_lost(doc));
}

// A short line whose next line opens with a particle that only ends a word ("은", "를")
// is a paragraph's first word set apart, not a heading over it.
TEST(BlocksTest, ALineWhoseWordTheNextLineEndsIsNoHeading) {
  Document doc =
      document_from(pages({{full(1), "끝이다.", "「법률」", "은 " + full(2), full(3), "끝이다."}}));
  EXPECT_TRUE(blocks_of(doc, BlockType::heading).empty());
  ASSERT_EQ(blocks_of(doc, BlockType::paragraph).size(), 2u);
  EXPECT_TRUE(blocks_of(doc, BlockType::paragraph)[1]->text.starts_with("「법률」은 "))
      << blocks_of(doc, BlockType::paragraph)[1]->text;
}

TEST(BlocksTest, CaptionMentionedInTextIsNotATable) {
  Document doc = document_from(pages(
      {{full(1), "끝이다.",
        "<표 2>에서 보듯이 이 문장은 표를 언급하는 본문의 한 줄을 채우는 문장이고", "끝이다."}}));
  EXPECT_TRUE(blocks_of(doc, BlockType::table).empty());
}

TEST(BlocksTest, DropCapStartsTheParagraphsFirstWord) {
  Document doc = document_from(pages({{"정은체제의 " + full(1), "김", full(2), "끝이다."}}));
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_TRUE(doc.blocks[0].text.starts_with("김정은체제의 ")) << doc.blocks[0].text;
  EXPECT_TRUE(nothing_lost(doc));
}

// A word set letter-spaced, which the extractor parted one letter to a line with blank lines
// between: one heading over the text, not two drop caps glued to the paragraphs around it.
TEST(BlocksTest, LettersAloneOneAfterAnotherAreOneLetterSpacedHeading) {
  Document doc = document_from(
      pages({{full(1), "끝이다.", "", "서", "", "론", "", full(2), full(3), "끝이다."}}));
  ASSERT_EQ(doc.blocks.size(), 3u);
  EXPECT_EQ(doc.blocks[1].type, BlockType::heading);
  EXPECT_EQ(doc.blocks[1].level, 1);
  std::string word = doc.blocks[1].text;
  std::erase(word, ' ');  // the wrap join may keep the letter spacing or not
  EXPECT_EQ(word, "서론");
  EXPECT_TRUE(doc.blocks[0].text.ends_with("끝이다.")) << doc.blocks[0].text;
  EXPECT_TRUE(doc.blocks[2].text.starts_with(full(2).substr(0, 6))) << doc.blocks[2].text;
  EXPECT_TRUE(nothing_lost(doc));
}

// In -layout text, a margin label of two lines beside the first item of its section is one
// heading, read before that item; the item keeps all its lines.
TEST(BlocksTest, AMarginLabelOfTwoLinesIsOneHeadingBeforeItsItem) {
  std::string body(8, ' ');
  Document doc = document_from(
      body +
      " ▪가상 제도는 지역의 연구개발 역량을 높이기 위한 사업으로 올해부터 시행되는 것임\n"
      "가상 제도의   중앙 정부의 기획 방식을 지역 주도의 기획 방식으로 전환하여 자율성을\n"
      "주요 내용     높이는 데 의의가 있음\n" +
      body + "  ‑ 그동안의 사업은 중앙 정부 주도의 기획과 예산 배분으로 지역의 특성을 반영\n" +
      body + "    하는 데 한계가 있었음\n" + body +
      " ▪가상 제도의 성공을 위해서는 중앙 정부의 지원과 지역의 자율성이 균형을 이루\n" + body +
      "  는 제도적 기반이 마련될 필요\n");
  ASSERT_GE(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[0].type, BlockType::heading);
  EXPECT_EQ(doc.blocks[0].text, "가상 제도의 주요 내용");
  EXPECT_EQ(doc.blocks[1].type, BlockType::list);
  EXPECT_TRUE(doc.blocks[1].text.starts_with("가상 제도는")) << doc.blocks[1].text;
  EXPECT_TRUE(nothing_lost(doc));
}

// -layout text: a paragraph whose last sentence lost its period, over a blank line and a line
// indented as the brief indents first lines, ends there, however full its last line.
TEST(BlocksTest, AnIndentedStartAfterAStatementWithoutItsPeriodStartsAParagraph) {
  std::string text = "  " + full(1) + "\n" + full(2) + "\n" + full(3) + " 구성하였다\n\n  " +
                     full(4) + "\n" + full(5) + "\n끝났다.\n";
  Document doc = document_from(text);
  ASSERT_EQ(blocks_of(doc, BlockType::paragraph).size(), 2u) << doc.blocks[0].text;
  EXPECT_TRUE(doc.blocks[0].text.ends_with("구성하였다")) << doc.blocks[0].text;
  // Without the indent the line goes on with the paragraph, as before.
  std::string no_indent = text;
  no_indent.replace(no_indent.find("\n\n  ") + 2, 2, "");
  EXPECT_EQ(blocks_of(document_from(no_indent), BlockType::paragraph).size(), 1u);
}

TEST(BlocksTest, FootnoteDefinitionsAreTakenOutOfTheFlow) {
  Document doc = document_from(
      pages({{full(1), "강조했다.1) " + full(2), "끝난다.2)", "1) 가상 보도자료, 2024.2.14.",
              "2) 가상 기관, “가상 보고서 제목,” 2023.12.16."},
             {full(3), "끝이다."}}));
  ASSERT_EQ(doc.footnotes.size(), 2u);
  EXPECT_EQ(doc.footnotes[0].id, "fn1");
  EXPECT_EQ(doc.footnotes[0].label, "1)");
  EXPECT_EQ(doc.footnotes[0].text, "가상 보도자료, 2024.2.14.");
  ASSERT_EQ(doc.blocks.size(), 2u);
  ASSERT_EQ(doc.blocks[0].footnote_refs.size(), 2u);
  EXPECT_EQ(doc.blocks[0].footnote_refs[0].id, "fn1");
  EXPECT_EQ(doc.footnotes[1].referenced_by, (std::vector<std::string>{"p1"}));
  EXPECT_TRUE(nothing_lost(doc));
}

TEST(BlocksTest, UnfinishedFootnoteContinuesInTheNextFootnoteBlock) {
  Document doc = document_from(pages(
      {{full(1), "끝난다.1) " + full(2), "이어진다.2) " + full(3), "1) 가상 보도자료, 2024.2.14.",
        "2) 가상 기관, “가상 보고서의 긴 제목이 다음 쪽으로 넘어가는"},
       {full(4), "끝이다.3)", "경우,” 2023.12.16.", "3) 가상 신문, 2024.1.5."}}));
  ASSERT_EQ(doc.footnotes.size(), 3u);
  EXPECT_EQ(doc.footnotes[1].text,
            "가상 기관, “가상 보고서의 긴 제목이 다음 쪽으로 넘어가는 경우,” 2023.12.16.");
  EXPECT_EQ(doc.footnotes[1].pages, (std::vector<std::uint32_t>{1, 2}));
  EXPECT_TRUE(nothing_lost(doc));
}

// A note cut at one page's foot goes on at the next page's foot, after that page's finished
// prose: its rest opens with a word's ending ("를"), which no paragraph starts with.
TEST(BlocksTest, ANotesRestAtTheNextPagesFootGoesOnWithIt) {
  Document doc =
      document_from(pages({{full(1), "끝났다.1) " + full(2), "마쳤다.", "",
                            "1) 가상 기관의 교육내용은 가상 방송의 ‘가상 프로그램’"},
                           {full(3), full(4), "보였다.", "", "",
                            "를 시청하며, 교육시간은 지휘관의 승인 시 변경이 가능함."}}));
  ASSERT_EQ(doc.footnotes.size(), 1u);
  EXPECT_EQ(doc.footnotes[0].text,
            "가상 기관의 교육내용은 가상 방송의 ‘가상 프로그램’를 시청하며, 교육시간은 지휘관의 "
            "승인 시 변경이 가능함.");
  EXPECT_EQ(doc.footnotes[0].pages, (std::vector<std::uint32_t>{1, 2}));
  EXPECT_EQ(blocks_of(doc, BlockType::paragraph).size(), 2u);
  EXPECT_TRUE(nothing_lost(doc));
}

// Plain text read a row at a time across two columns sets a line of the body beside the
// note between the note's own lines: the note goes on at the line that opens with what only
// ends a word, its own numbered items with it, and they make no list of the body.
TEST(BlocksTest, ANoteGoesOnPastABodyRowSetBetweenItsLines) {
  Document doc = document_from(
      pages({{full(1), "끝난다.1) " + full(2), "이어진다.2)", "", "1) 가상 보도자료, 2024.2.14.",
              "", "2) 가상 기관의 규정에서 보장하는 사고는 다음 중 하나에 해당하", "",
              "오른쪽 단에 놓인 본문의 한 줄이 여기에서 끝나는 문제의", "", "는 것을 말함",
              "1) 가상의 첫째 항목", "2) 가상의 둘째 항목", "", "해결 방안이 남아 있다."},
             {full(3), "끝이다."}}));
  ASSERT_EQ(doc.footnotes.size(), 2u);
  EXPECT_EQ(doc.footnotes[1].source_lines, (std::vector<std::uint32_t>{6, 10, 11, 12}));
  EXPECT_TRUE(blocks_of(doc, BlockType::list).empty());
  EXPECT_TRUE(nothing_lost(doc));
}

TEST(BlocksTest, SpacedEnumerationAndParenthesesAreNotFootnotes) {
  Document doc = document_from(
      pages({{"핵심 과제는 1) 인력 양성, 2) 예산 확보로 요약되며 12/15(금) 회의와 (NCG) 논의에서",
              "확인되었다."}}));
  EXPECT_TRUE(doc.footnotes.empty());
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_TRUE(doc.blocks[0].footnote_refs.empty());
  ASSERT_EQ(doc.blocks[0].lists.size(), 1u);
  EXPECT_EQ(doc.blocks[0].lists[0].style, ListStyle::decimal_rparen);
}

TEST(BlocksTest, MarkerWithoutDefinitionStaysTextWithADiagnostic) {
  Document doc = document_from(pages({{full(1), "강조했다.7)"}}));
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_TRUE(doc.blocks[0].text.ends_with("강조했다.7)"));
  ASSERT_FALSE(doc.diagnostics.empty());
  auto it = std::find_if(doc.diagnostics.begin(), doc.diagnostics.end(),
                         [](const Diagnostic& d) { return d.rule == "footnote-undefined"; });
  ASSERT_NE(it, doc.diagnostics.end());
  EXPECT_EQ(it->line, 2u);
  EXPECT_EQ(it->column, 6u);
  EXPECT_EQ(it->message, "footnote marker 7) has no definition");
}

TEST(BlocksTest, TitleAuthorAndMastheadBeforeTheBody) {
  Document doc =
      document_from(pages({{"제123호(24-5) 2024년 5월 10일", "발행처 가상정책연구원", "",
                            "가상 정책의 현황과", "향후 과제", "홍길동 가상정책연구원 안보연구센터",
                            "hong@example.org", "", full(1), full(2), "요약이 끝난다."},
                           {full(3), "본문이 끝난다."}}));
  EXPECT_EQ(doc.metadata.title, "가상 정책의 현황과 향후 과제");
  EXPECT_EQ(doc.metadata.issue, "제123호(24-5)");
  EXPECT_EQ(doc.metadata.publication_date, (CivilDate{2024, 5, 10}));
  EXPECT_EQ(doc.metadata.organization, "가상정책연구원");
  ASSERT_EQ(doc.metadata.authors.size(), 1u);
  EXPECT_EQ(doc.metadata.authors[0].name, "홍길동");
  EXPECT_EQ(doc.metadata.authors[0].affiliation, "가상정책연구원 안보연구센터");
  EXPECT_EQ(doc.metadata.authors[0].email, "hong@example.org");
  EXPECT_EQ(types(doc), (std::vector<std::string>{"summary", "paragraph"}));
  EXPECT_TRUE(nothing_lost(doc));
}

TEST(BlocksTest, LetterSpacedAuthorWithAffiliationAndPosition) {
  Document doc = document_from(
      pages({{"가상 연구원 표어", "홍 길 동(가상정책연구실 연구위원)", "서론", full(1), "끝이다."},
             {full(2), "끝이다."}}));
  ASSERT_EQ(doc.metadata.authors.size(), 1u);
  EXPECT_EQ(doc.metadata.authors[0].name, "홍길동");
  EXPECT_EQ(doc.metadata.authors[0].affiliation, "가상정책연구실");
  EXPECT_EQ(doc.metadata.authors[0].position, "연구위원");
  // With no other title on the page, the line above the byline is the title.
  EXPECT_EQ(doc.metadata.title, "가상 연구원 표어");
}

// "정책분석담당관실 홍길동 분석관": an office, a name and a position, one word each, under
// the title.
TEST(BlocksTest, BylineOfOfficeNameAndPosition) {
  Document doc = document_from(pages({{"가상 사업의 주요 내용과", "향후 과제",
                                       "가상정책총괄담당관실 홍길동 분석관", full(1), "끝이다."},
                                      {full(2), "끝이다."}}));
  ASSERT_EQ(doc.metadata.authors.size(), 1u);
  EXPECT_EQ(doc.metadata.authors[0].name, "홍길동");
  EXPECT_EQ(doc.metadata.authors[0].affiliation, "가상정책총괄담당관실");
  EXPECT_EQ(doc.metadata.authors[0].position, "분석관");
  EXPECT_EQ(doc.metadata.title, "가상 사업의 주요 내용과 향후 과제");
}

TEST(BlocksTest, TitlePrintedAfterPageOneFootnotes) {
  Document doc = document_from(
      pages({{"가상 연구원 표어이다.", "홍 길 동(가상정책연구실 연구위원)", "서론", full(1),
              "강조했다.1) " + full(2), "1) 가상 보도자료, 2024.2.14.", "가상정책의", "현황과과제"},
             {full(3), "끝이다."}}));
  EXPECT_EQ(doc.metadata.title, "가상정책의 현황과과제");
  ASSERT_EQ(doc.front_matter.size(), 1u);
  EXPECT_EQ(doc.front_matter[0].text, "가상 연구원 표어이다.");
  ASSERT_EQ(doc.blocks.size(), 2u);
  EXPECT_EQ(doc.blocks[1].pages, (std::vector<std::uint32_t>{1, 2}));
  EXPECT_TRUE(nothing_lost(doc));
}

// A byline that ranks its authors' marks (*, **, ***) has them said by notes at the foot of
// page 1: the byline's, never the body's text (a PDF may set a mark on a line of its own).
TEST(BlocksTest, NotesOfTheBylinesRankedMarksAreFrontMatter) {
  Document doc = document_from(
      pages({{"가상 정책의 현황과 과제", "홍길동* 김철수** 이영희***", "", full(1),
              "첫 문단이 끝난다.", "", "* 가상대학교 교수, hong@example.org", "**",
              "가상연구원 연구위원, kim@example.org", "*** 가상연구원 연구원, lee@example.org"},
             {full(2), "본문이 끝난다."}}));
  ASSERT_EQ(doc.front_matter.size(), 4u);
  EXPECT_EQ(doc.front_matter[0].text, "* 가상대학교 교수, hong@example.org");
  EXPECT_EQ(doc.front_matter[3].text, "*** 가상연구원 연구원, lee@example.org");
  EXPECT_EQ(types(doc), (std::vector<std::string>{"summary", "paragraph"}));
  EXPECT_EQ(doc.blocks[0].text, full(1) + " 첫 문단이 끝난다.");
  EXPECT_TRUE(nothing_lost(doc));
}

// The publisher named only by the closing page's colophon, several fields on its line.
TEST(BlocksTest, PublisherFromTheClosingColophon) {
  Document doc = document_from(
      pages({{"가상 정책의 현황과 과제", "홍길동", "", full(1), full(2), "본문이 끝난다."},
             {full(3), "결론이 끝난다.", "", "※ 본지에 실린 내용은 필자의 의견입니다.",
              "발행처ㅣ가상정책처 발행인ㅣ가상정책처장 홍길동 문의ㅣ02-1234-5678"}}));
  EXPECT_EQ(doc.metadata.organization, "가상정책처");
  EXPECT_TRUE(nothing_lost(doc));
}

// A running footer that names the publisher with a bar the font drew as "I".
TEST(BlocksTest, PublisherFromARunningFooterField) {
  Document doc = document_from(pages({{"가상 정책의 현황과 과제", "홍길동", "", full(1),
                                       "본문이 이어진다.", "발행처 I 가상입법처"},
                                      {full(2), "본문이 이어진다.", "발행처 I 가상입법처"},
                                      {full(3), "본문이 끝난다.", "발행처 I 가상입법처"}}));
  EXPECT_EQ(doc.metadata.organization, "가상입법처");
  EXPECT_TRUE(nothing_lost(doc));
}

// A byline's names keep none of their marks: stars, and a note's number glued after or (a
// raised number the PDF reader sets first on the line) before the first name.
TEST(BlocksTest, BylineNamesLoseTheirNoteMarks) {
  EXPECT_EQ(detail::without_name_marks("김종헌***1)"), "김종헌");
  EXPECT_EQ(detail::without_name_marks("1)민용기*"), "민용기");
  EXPECT_EQ(detail::without_name_marks("12)민용기"), "민용기");
  Document doc = document_from(pages(
      {{"가상 정책의 현황과 과제", "1)홍길동*, 김철수**", "", full(1), full(2), "본문이 끝난다."},
       {full(3), "결론이 끝난다."}}));
  EXPECT_EQ(doc.metadata.title, "가상 정책의 현황과 과제");
  ASSERT_EQ(doc.metadata.authors.size(), 2u);
  EXPECT_EQ(doc.metadata.authors[0].name, "홍길동");
  EXPECT_EQ(doc.metadata.authors[1].name, "김철수");
  EXPECT_TRUE(nothing_lost(doc));
}

// Without a separator the key and the name run together: no field.
TEST(BlocksTest, AFieldNeedsASeparator) {
  EXPECT_EQ(detail::field_value("발행처가상정책처", "발행처"), std::nullopt);
  EXPECT_EQ(detail::field_value("발행처 가상정책처", "발행처"), "가상정책처");
  EXPECT_EQ(detail::field_value("발행처: 가상정책처", "발행처"), "가상정책처");
  EXPECT_EQ(detail::field_value("발행처 I 가상정책처", "발행처"), "가상정책처");
  EXPECT_EQ(detail::field_value("발행처ㅣ가상정책처 발행인ㅣ홍길동", "발행처"), "가상정책처");
  EXPECT_EQ(detail::field_value("발행처 ｜ 가상 정책처 | 발행인 | 홍길동", "발행처"),
            "가상 정책처");
}

TEST(BlocksTest, CopyrightTailGoesToTheMetadata) {
  Document doc = document_from(pages({{full(1), "마지막 문장이다. ⓒABCD 2024"}}));
  EXPECT_EQ(doc.metadata.copyright, "ⓒABCD 2024");
  EXPECT_EQ(doc.metadata.organization, "ABCD");
  ASSERT_EQ(doc.blocks.size(), 1u);
  EXPECT_TRUE(doc.blocks[0].text.ends_with("마지막 문장이다."));
  EXPECT_TRUE(nothing_lost(doc));
}

}  // namespace
}  // namespace kbrief::test
