// SPDX-License-Identifier: MIT
// Stage 1, the PDF reader's layout step: words with boxes -> lines in reading order, with their
// geometry (no poppler needed: the words are made here).
#include <fmt/format.h>
#include <kbrief/check.h>
#include <kbrief/pdf.h>
#include <kbrief/pipeline.h>

#include "boxes.h"
#include "test_support.h"

namespace kbrief::test {
namespace {

// Words of one line of print: each a 10-point word 40 points wide, 10 points apart, the
// baseline (box bottom) at `bottom`.
struct PageMaker {
  PdfPage page{1, 595, 842, {}};
  float size = 10;
  void line(float x, float bottom, std::vector<std::string> words, bool space_at_end = false,
            bool bold = false) {
    for (std::size_t k = 0; k < words.size(); ++k) {
      PdfWord w;
      w.text = words[k];
      w.x0 = x;
      w.x1 = x + 40;
      w.y0 = bottom - size;
      w.y1 = bottom;
      w.font_size = size;
      w.bold = bold;
      w.space_after = k + 1 < words.size() || space_at_end;
      page.words.push_back(w);
      x += 50;
    }
  }
};

std::vector<std::string> texts(const std::vector<PdfLine>& lines) {
  std::vector<std::string> out;
  for (const PdfLine& l : lines) out.push_back(l.text);
  return out;
}

TEST(PdfLinesTest, WordsInAnyOrderComeOutTopToBottomLeftToRight) {
  PageMaker m;
  m.line(72, 100, {"첫째", "줄"});
  m.line(72, 116, {"둘째", "줄"});
  std::reverse(m.page.words.begin(), m.page.words.end());
  EXPECT_EQ(texts(page_lines(m.page)), (std::vector<std::string>{"첫째 줄", "둘째 줄"}));
}

// Three rows of two columns, "왼 쪽 k" at x 72 and "오른 쪽 k" at x 320.
void two_columns(PageMaker& m) {
  for (int k = 0; k < 3; ++k) {
    float y = 100 + 16 * k;
    m.line(72, y, {"왼", "쪽", std::to_string(k)});
    m.line(320, y, {"오른", "쪽", std::to_string(k)});
  }
}

TEST(PdfLinesTest, TwoColumnsAreReadOneAfterTheOther) {
  PageMaker m;
  two_columns(m);
  EXPECT_EQ(texts(page_lines(m.page)),
            (std::vector<std::string>{"왼 쪽 0", "왼 쪽 1", "왼 쪽 2", "", "오른 쪽 0", "오른 쪽 1",
                                      "오른 쪽 2"}));
}

// A colophon printed across the feet of two columns (its address under the left one, its
// ISSN under the right), set apart from both columns' text: read after both columns, not
// between them.
TEST(PdfLinesTest, AFooterAcrossTheColumnsFeetIsReadAfterThem) {
  PageMaker m;
  two_columns(m);
  m.line(72, 200, {"주소"});
  m.line(320, 200, {"발간", "번호"});
  EXPECT_EQ(texts(page_lines(m.page)),
            (std::vector<std::string>{"왼 쪽 0", "왼 쪽 1", "왼 쪽 2", "", "오른 쪽 0", "오른 쪽 1",
                                      "오른 쪽 2", "", "주소", "발간 번호"}));
}

TEST(PdfLinesTest, ATitleAcrossBothColumnsComesFirst) {
  PageMaker m;
  m.line(72, 60, {"제목은", "두", "단에", "걸쳐", "있고", "길다"});
  for (int k = 0; k < 3; ++k) {
    float y = 100 + 16 * k;
    m.line(72, y, {"왼", std::to_string(k)});
    m.line(320, y, {"오른", std::to_string(k)});
  }
  EXPECT_EQ(texts(page_lines(m.page)),
            (std::vector<std::string>{"제목은 두 단에 걸쳐 있고 길다", "", "왼 0", "왼 1", "왼 2",
                                      "", "오른 0", "오른 1", "오른 2"}));
}

// Each cell (words between wide gaps) a line of its own, as pdftotext gives them.
TEST(PdfLinesTest, NarrowCellsSideBySideAreReadRowByRow) {
  PageMaker m;
  for (int k = 0; k < 3; ++k) {
    float y = 100 + 16 * k;
    m.line(72, y, {"항목" + std::to_string(k)});
    m.line(200, y, {"값" + std::to_string(k)});
  }
  EXPECT_EQ(texts(page_lines(m.page)),
            (std::vector<std::string>{"항목0", "값0", "항목1", "값1", "항목2", "값2"}));
}

TEST(PdfLinesTest, ARaisedFootnoteMarkerStaysOnItsLine) {
  PageMaker m;
  m.line(72, 100, {"본문"});
  PdfWord mark{"1)", 112, 88, 118, 94, 6, false, false};
  m.page.words.push_back(mark);
  m.line(72, 116, {"다음"});
  // Glued to the word before it (no gap, no space glyph), as printed.
  EXPECT_EQ(texts(page_lines(m.page)), (std::vector<std::string>{"본문1)", "다음"}));
}

// A word set letter-spaced, its syllables a gap wider than a column's apart from each other but
// evenly and within a few of their widths, is one line; cells of a table spaced as widely but
// unevenly, or words of more than one letter, stay apart.
TEST(PdfLinesTest, ALetterSpacedWordIsOneLine) {
  auto row = [](std::vector<std::pair<std::string, float>> letters) {
    PageMaker m;
    m.line(72, 100, {"본문의", "첫", "줄"});
    for (auto [text, x] : letters)
      m.page.words.push_back(PdfWord{text, x, 110, x + 16, 126, 16, true, false});
    m.line(72, 150, {"본문의", "둘째", "줄"});
    std::vector<std::string> out = texts(page_lines(m.page));
    std::erase(out, "");  // the blank lines the space around the row puts in
    return out;
  };
  EXPECT_EQ(row({{"요", 250}, {"약", 290}}),
            (std::vector<std::string>{"본문의 첫 줄", "요 약", "본문의 둘째 줄"}));
  EXPECT_EQ(row({{"결", 200}, {"론", 240}, {"및", 280}}).at(1), "결 론 및");
  EXPECT_EQ(row({{"상", 200}, {"중", 240}, {"하", 300}}).size(), 5u);  // uneven: cells
  EXPECT_EQ(row({{"가나", 200}, {"다", 240}}).size(), 4u);             // a word of two letters
}

// A page of two bulleted items in a column at x = 150, with `label` (words of 16 points
// each) set in the left margin on the rows `label_rows` give (0: the first item's first line).
PdfPage page_with_margin_label(const std::vector<std::string>& label,
                               const std::vector<int>& label_rows) {
  PageMaker m;
  const std::vector<std::vector<std::string>> body = {
      {"▪가상의", "본문", "첫째", "줄이", "여기에", "놓인다"},
      {"둘째", "줄은", "첫째", "항목을", "이어", "간다"},
      {"셋째", "줄로", "첫째", "항목이", "끝난다."},
      {"▪둘째", "항목의", "첫", "줄이", "여기에", "있다"},
      {"둘째", "항목의", "둘째", "줄이", "끝난다."}};
  for (std::size_t k = 0; k < body.size(); ++k)  // an item's further lines hang past its marker
    m.line(body[k][0].starts_with("▪") ? 150 : 160, 100 + 14 * static_cast<float>(k), body[k]);
  for (std::size_t n = 0; n < label.size(); ++n) {
    float bottom = 100 + 14 * static_cast<float>(label_rows[n]);
    m.page.words.push_back(PdfWord{label[n], 72, bottom - 10, 104, bottom, 10, false, false});
  }
  return m.page;
}

// A label set in the margin beside an item's second line (half a line low, as a side heading
// over a bulleted section is set) is read before the item, its lines marked as a label's; a
// word beside each row of a table stays where the row puts it.
TEST(PdfLinesTest, AMarginLabelBesideAnItemsSecondLineComesBeforeTheItem) {
  auto read = [](const PdfPage& page) {
    std::vector<std::string> out;
    for (const PdfLine& l : page_lines(page)) {
      if (l.geometry.blank) continue;
      const char* mark = l.geometry.margin_label == Line::MarginLabel::first       ? "L "
                         : l.geometry.margin_label == Line::MarginLabel::continued ? "+ "
                                                                                   : "";
      out.push_back(mark + l.text.substr(0, l.text.find(' ')));
    }
    return out;
  };
  EXPECT_EQ(read(page_with_margin_label({"가상배경"}, {1})),
            (std::vector<std::string>{"L 가상배경", "▪가상의", "둘째", "셋째", "▪둘째", "둘째"}));
  EXPECT_EQ(read(page_with_margin_label({"가상제도의", "주요내용"}, {1, 2})),
            (std::vector<std::string>{"L 가상제도의", "+ 주요내용", "▪가상의", "둘째", "셋째",
                                      "▪둘째", "둘째"}));
  // Beside every row: a table's first column, read row by row.
  EXPECT_EQ(read(page_with_margin_label({"가", "나", "다", "라", "마"}, {0, 1, 2, 3, 4})),
            (std::vector<std::string>{"가", "▪가상의", "나", "둘째", "다", "셋째", "라", "▪둘째",
                                      "마", "둘째"}));
}

// The document reads such a label as one heading over the item, whose lines stay together.
TEST(PdfLinesTest, AMarginLabelIsAHeadingOverItsItem) {
  PdfTextBuilder builder;
  PageMaker first;  // a page of prose before it, which the front matter takes its title from
  first.line(150, 100, {"가상", "보고서의", "제목"});
  for (int k = 0; k < 4; ++k)
    first.line(150, 130 + 14 * static_cast<float>(k),
               {"가상의", "문단이", "여기에", "놓여", "길게", "이어진다."});
  builder.add_page(page_lines(first.page), 1);
  PdfPage second = page_with_margin_label({"가상제도의", "주요내용"}, {1, 2});
  second.number = 2;
  builder.add_page(page_lines(second), 2);
  Document doc = build_document(std::move(builder).finish(100), "label.pdf");
  std::vector<std::string> got;
  for (const Block& b : doc.blocks)
    got.push_back(std::string(to_string(b.type)) + " " + b.text.substr(0, b.text.find(' ')));
  ASSERT_GE(got.size(), 3u);
  EXPECT_EQ(got[1], "heading 가상제도의");
  EXPECT_EQ(doc.blocks[1].text, "가상제도의 주요내용");
  EXPECT_EQ(got[2], "list 가상의");  // the item's first line right under it, the label not in it
  EXPECT_EQ(doc.blocks[2].text.find("가상제도의"), std::string::npos) << doc.blocks[2].text;
}

// A logo of small letters stacked at a line's end ("KI" over "DA", the KIDA briefs' end mark):
// the upper half is a line of its own, as pdftotext gives it, so the logo's halves can be
// put together again.
TEST(PdfLinesTest, ADropCapJoinsTheFirstLineItCovers) {
  // A capital two lines tall: the first row it overlaps is taken at once (the search never
  // compares against a row not yet chosen), and the row whose top it shares wins.
  PageMaker m;
  m.line(100, 100, {"첫째", "줄"});
  m.line(100, 114, {"둘째", "줄"});
  PdfWord cap;
  cap.text = "군";
  cap.x0 = 72;
  cap.x1 = 94;
  cap.y0 = 90;
  cap.y1 = 114;
  cap.font_size = 24;
  cap.space_after = true;
  m.page.words.push_back(cap);
  std::vector<std::string> got = texts(page_lines(m.page));
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0].substr(0, 3), "군");
  EXPECT_EQ(got[1], "둘째 줄");
}

TEST(PdfLinesTest, StackedWordsAreNotReadAsOneLine) {
  PageMaker m;
  m.line(72, 100, {"첫째", "줄"});
  m.line(72, 116, {"계획이다."}, /*space_at_end=*/true);
  PdfWord ki{"KI", 113, 104, 120, 110, 6, false, false};
  PdfWord da{"DA", 112.5f, 109, 120, 115, 6, false, false};
  m.page.words.push_back(ki);
  m.page.words.push_back(da);
  std::vector<std::string> got = texts(page_lines(m.page));
  EXPECT_EQ(got, (std::vector<std::string>{"첫째 줄", "계획이다. DA", "", "KI"}));
}

// A word whose box overlaps its neighbour's on the same baseline (a bracket's wide glyph
// box over the particle after it) is not stacked over it: it stays on its line.
TEST(PdfLinesTest, OverlappingWordsOnOneBaselineStayOnTheirLine) {
  PageMaker m;
  m.line(72, 100, {"분류한", "「현황」"});
  m.line(72, 116, {"다음", "줄"});
  PdfWord particle{"과", 150, 90, 160, 100, 10, false, false};
  m.page.words.push_back(particle);
  EXPECT_EQ(texts(page_lines(m.page)), (std::vector<std::string>{"분류한 「현황」과", "다음 줄"}));
}

// A line drawn twice at the same place (a shadowed title), the second time cut into other
// words: the glyphs are read once.
TEST(PdfLinesTest, TextDrawnTwiceAtOnePlaceIsReadOnce) {
  PageMaker m;
  PdfWord first{"하늘·", 72, 90, 100, 100, 10, false, false};
  PdfWord again{"하늘", 72, 90, 92, 100, 10, false, false};
  PdfWord dot{"·", 91, 90, 100, 100, 10, false, false};
  PdfWord second{"바다·", 98, 90, 126, 100, 10, false, false};
  PdfWord second_again{"바다", 98, 90, 118, 100, 10, false, false};
  PdfWord dot_again{"·", 117, 90, 126, 100, 10, false, true};
  PdfWord last{"노을", 130, 90, 150, 100, 10, false, false};
  m.page.words = {first, again, dot, second, second_again, dot_again, last};
  EXPECT_EQ(take_out_overdrawn(m.page), "하늘 · 바다 ·");
  EXPECT_EQ(texts(page_lines(m.page)), (std::vector<std::string>{"하늘·바다· 노을"}));
  // Words that merely overlap, or repeat a word elsewhere on the line, stay.
  PageMaker n;
  PdfWord a{"하늘", 72, 90, 92, 100, 10, false, true};
  PdfWord b{"하늘", 100, 90, 120, 100, 10, false, false};
  n.page.words = {a, b};
  EXPECT_EQ(take_out_overdrawn(n.page), "");
  EXPECT_EQ(texts(page_lines(n.page)), (std::vector<std::string>{"하늘 하늘"}));
}

TEST(PdfLinesTest, WordsTouchingWithoutASpaceAreJoined) {
  PageMaker m;
  PdfWord a{"굵은", 72, 90, 92, 100, 10, true, false};
  PdfWord b{"글씨", 92, 90, 112, 100, 10, false, false};
  m.page.words = {a, b};
  EXPECT_EQ(texts(page_lines(m.page)), (std::vector<std::string>{"굵은글씨"}));
}

TEST(PdfLinesTest, ExtraSpaceAboveALineStartsABlock) {
  PageMaker m;
  for (int k = 0; k < 4; ++k) m.line(72, 100 + 16 * k, {"가", std::to_string(k)});
  m.line(72, 100 + 16 * 3 + 30, {"나"});
  EXPECT_EQ(texts(page_lines(m.page)),
            (std::vector<std::string>{"가 0", "가 1", "가 2", "가 3", "", "나"}));
}

TEST(PdfLinesTest, GeometryIsKeptPerLine) {
  PageMaker m;
  m.page.number = 3;
  m.line(82, 100, {"첫", "줄"}, /*space_at_end=*/true, /*bold=*/true);
  m.line(72, 116, {"끝"});
  std::vector<PdfLine> lines = page_lines(m.page);
  ASSERT_EQ(lines.size(), 2u);
  const LineGeometry& g = lines[0].geometry;
  EXPECT_EQ(g.page, 3u);
  EXPECT_FLOAT_EQ(g.left, 82);
  EXPECT_FLOAT_EQ(g.right, 172);
  EXPECT_FLOAT_EQ(g.top, 90);
  EXPECT_FLOAT_EQ(g.bottom, 100);
  EXPECT_FLOAT_EQ(g.font_size, 10);
  EXPECT_TRUE(g.bold);
  EXPECT_TRUE(g.space_after);
  EXPECT_FALSE(g.blank);
  EXPECT_FALSE(lines[1].geometry.bold);
  EXPECT_FALSE(lines[1].geometry.space_after);
}

TEST(PdfLinesTest, ControlCharactersInAWordNeverBreakTheLine) {
  PageMaker m;
  m.line(72, 100, {"a\nb\fc"});
  EXPECT_EQ(texts(page_lines(m.page)), (std::vector<std::string>{"a b c"}));
}

// A Hancom export draws a bullet as a graphic and sets U+0007 (its tab) before the item's
// text: opening a line, the control character stands for the lost marker; after a marker
// ("- ") or a label, or alone in its word, it is the tab it is and reads as a space.
TEST(PdfLinesTest, AControlCharacterOpeningALineStandsForItsLostMarker) {
  PageMaker m;
  m.line(72, 100, {"\x07지방재정조정제도는", "제도"});
  m.line(72, 116, {"-", "\x07지방정부의", "재원"});
  m.line(72, 132, {"\x07", "생성형"});
  m.line(72, 148, {"1)", "\x07각주"});
  m.line(72, 164, {"\t들여쓴", "줄"});
  std::vector<PdfLine> lines = page_lines(m.page);
  EXPECT_EQ(texts(lines),
            (std::vector<std::string>{"• 지방재정조정제도는 제도", "- 지방정부의 재원", "생성형",
                                      "1) 각주", "들여쓴 줄"}));
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_TRUE(lines[0].geometry.marker_stand_in);
  for (std::size_t k = 1; k < lines.size(); ++k) EXPECT_FALSE(lines[k].geometry.marker_stand_in);
}

TEST(PdfLinesTest, BoldFontsAreToldByName) {
  EXPECT_TRUE(is_bold_font("ABCDEF+NanumGothicBold"));
  EXPECT_TRUE(is_bold_font("HYGothic-Black"));
  EXPECT_TRUE(is_bold_font("Malgun-Bold,Bold"));
  EXPECT_FALSE(is_bold_font("BOLDAA+NanumGothic"));  // the subset prefix is no weight
  EXPECT_FALSE(is_bold_font("NanumMyeongjo"));
}

TEST(PdfLinesTest, GeometryLinesUpWithTheLineTable) {
  PdfTextBuilder builder;
  PageMaker m;
  for (int k = 0; k < 4; ++k) m.line(72, 100 + 16 * k, {"가", std::to_string(k)});
  m.line(72, 200, {"나"});
  builder.add_page(page_lines(m.page));
  builder.add_page({});  // a blank page
  m.page.number = 3;
  builder.add_page(page_lines(m.page));
  PdfText pdf = std::move(builder).finish(1234);
  LineTable table = split_lines(pdf.decoded.text);
  ASSERT_EQ(pdf.geometry.size(), table.lines.size());
  EXPECT_EQ(table.form_feeds, 3u);
  EXPECT_EQ(pdf.decoded.input_bytes, 1234u);
  for (std::size_t k = 0; k < table.lines.size(); ++k) {
    const Line& l = table.lines[k];
    EXPECT_EQ(l.begin == l.end, pdf.geometry[k].blank) << k;
  }
  EXPECT_EQ(pdf.geometry.back().page, 3u);
}

// A PDF that draws a space glyph after a line's last word where a wrap falls between words
// tells each wrap: kbrief obeys the cue, even against what the words alone would suggest
// ("본문" + "이다." reads as one word without it).
TEST(PdfLinesTest, ASpaceGlyphAtTheLineEndIsTheWrapCue) {
  PdfTextBuilder builder;
  PageMaker m;
  m.line(72, 100, {"가상의", "문장이", "여기에", "본문"}, true);
  m.line(72, 116, {"이다.", "다음", "문장은", "단어를"}, false);
  m.line(72, 132, {"나누어", "적는다.", "또", "다른"}, true);
  m.line(72, 148, {"문장이", "이어진다.", "그리고", "마지"}, false);
  m.line(72, 164, {"막", "문장이", "끝난다.", "정말"}, true);
  m.line(72, 180, {"끝이다."});
  builder.add_page(page_lines(m.page));
  Document doc = build_document(std::move(builder).finish(100), "cued.pdf");
  std::string text;
  for (const Block& b : doc.blocks) text += b.text + "\n";
  EXPECT_NE(text.find("본문 이다. 다음 문장은 단어를나누어 적는다. 또 다른 문장이 이어진다. "
                      "그리고 마지막 문장이 끝난다. 정말 끝이다."),
            std::string::npos)
      << text;
}

// Without the cue on enough lines (a PDF whose producer draws none), the words decide.
TEST(PdfLinesTest, APdfWithoutTheCueLeavesTheWrapsToTheWords) {
  PdfTextBuilder builder;
  PageMaker m;
  m.line(72, 100, {"가상의", "문장이", "여기에", "본문"}, false);
  m.line(72, 116, {"이다.", "다음", "문장은", "이어서"}, false);
  m.line(72, 132, {"적는다.", "또", "다른", "문장이"}, false);
  m.line(72, 148, {"이어진다.", "그리고", "마지막", "문장이"}, false);
  m.line(72, 164, {"끝난다."});
  builder.add_page(page_lines(m.page));
  Document doc = build_document(std::move(builder).finish(100), "plain.pdf");
  std::string text;
  for (const Block& b : doc.blocks) text += b.text + "\n";
  EXPECT_NE(text.find("다음 문장은 이어서 적는다."), std::string::npos) << text;
}

// --- Fonts without a Unicode map: U+FFFD (poppler) or "(cid:N)" (other extractors) -------

TEST(PdfReadabilityTest, ReplacementCharactersAndCidRunsAreUnreadable) {
  Readability r = readability_of("가나 \uFFFD\uFFFD(cid:12)x\a");
  EXPECT_EQ(r.characters, 6u);  // 가 나 U+FFFD U+FFFD (cid:12) x; spaces and controls aside
  EXPECT_EQ(r.unreadable, 3u);
  EXPECT_EQ(r.first, 3u);  // code points before the first U+FFFD
  Readability clean = readability_of("(cid:) (2024) 가");
  EXPECT_EQ(clean.unreadable, 0u);
  EXPECT_EQ(clean.first, std::string_view::npos);
  EXPECT_EQ(readability_of("(cid:7)(cid:8)").unreadable, 2u);
}

// The Document's unreadable-page diagnostics as "line:column severity message".
std::vector<std::string> unreadable_page_diagnostics(const Document& doc) {
  std::vector<std::string> got;
  for (const Diagnostic& d : doc.diagnostics)
    if (d.rule == "unreadable-page")
      got.push_back(fmt::format("{}:{} {} {}", d.line, d.column, to_string(d.severity), d.message));
  return got;
}

// Two pages of made-up words: a line on the first, the lines `second` gives on the second
// (`missing_collection`: see UnreadablePage).
PdfTextBuilder two_pages(const std::vector<std::vector<std::string>>& second,
                         std::string missing_collection = {}) {
  PdfTextBuilder builder;
  PageMaker m;
  m.line(72, 100, {"첫", "쪽"});
  builder.add_page(page_lines(m.page), 1);
  m.page.words.clear();
  m.page.number = 2;
  for (std::size_t k = 0; k < second.size(); ++k)
    m.line(72, 100 + 16 * static_cast<float>(k), second[k]);
  builder.add_page(page_lines(m.page), 2, std::move(missing_collection));
  return builder;
}

// Pages of made-up words: the second has one line set in a font without a Unicode map.
PdfTextBuilder pages_with_lost_line() {
  return two_pages({{"둘째", "쪽"}, {"본문", "\uFFFD\uFFFD\uFFFD", "\uFFFD"}});
}

TEST(PdfReadabilityTest, APageWithUnreadableCharactersIsNamedWithItsCounts) {
  PdfTextBuilder builder = pages_with_lost_line();
  EXPECT_FALSE(builder.unreadable());
  PdfText pdf = std::move(builder).finish(100);
  ASSERT_EQ(pdf.unreadable_pages.size(), 1u);
  const UnreadablePage& p = pdf.unreadable_pages[0];
  EXPECT_EQ(p.page, 2u);
  EXPECT_EQ(p.characters, 9u);  // 둘째 쪽 본문 and four U+FFFD
  EXPECT_EQ(p.unreadable, 4u);
  EXPECT_EQ(p.line, 2u);    // the third line of the text (page 1's line, page 2's first)
  EXPECT_EQ(p.column, 4u);  // "본문 " before it

  // The Document reports it where the first one stands, and `check` with the line's page.
  Document doc = build_document(std::move(pdf), "lost.pdf");
  EXPECT_EQ(unreadable_page_diagnostics(doc),
            (std::vector<std::string>{
                "3:4 warning page 2: 4 of its 9 characters (44%) could not be read: a font "
                "without a Unicode map left U+FFFD; restore the text from the PDF, or make "
                "a text layer with OCR"}));
  std::vector<std::uint32_t> pages;
  for (const Diagnostic& d : check_document(doc))
    if (d.rule == "unreadable-page") pages.push_back(d.box ? d.box->page : 0);
  EXPECT_EQ(pages, (std::vector<std::uint32_t>{2}));
}

// Poppler without its language data drops a CID font's glyphs and says so only in a message:
// the collection it names is kept, and the page is reported with the package that maps it.
TEST(PdfReadabilityTest, ACollectionPopplerCannotMapIsNamedWithThePackage) {
  EXPECT_EQ(missing_collection_in("poppler/syntax: Missing language pack for 'Adobe-Korea1' "
                                  "mapping"),
            "Adobe-Korea1");
  EXPECT_EQ(missing_collection_in("poppler/syntax(12): Missing language pack for 'Adobe-Japan1'"),
            "Adobe-Japan1");
  EXPECT_EQ(missing_collection_in("poppler/syntax: Missing language pack for ''"), "");
  EXPECT_EQ(missing_collection_in("poppler/syntax: Couldn't find a font for 'Batang'"), "");

  // What is left of a page whose Hangul font could not be mapped: its page number.
  PdfTextBuilder builder = two_pages({{"2"}}, "Adobe-Korea1");
  PdfText pdf = std::move(builder).finish(100);
  ASSERT_EQ(pdf.unreadable_pages.size(), 1u);
  EXPECT_EQ(pdf.unreadable_pages[0].page, 2u);
  EXPECT_EQ(pdf.unreadable_pages[0].unreadable, 0u);
  EXPECT_EQ(pdf.unreadable_pages[0].line, 1u);  // the page's first line, after page 1's one
  Document doc = build_document(std::move(pdf), "unmapped.pdf");
  EXPECT_EQ(unreadable_page_diagnostics(doc),
            (std::vector<std::string>{
                "2:1 warning page 2: its text in fonts of the character collection "
                "Adobe-Korea1 is missing: poppler has no Unicode map for them without its "
                "language data; install the poppler-data package and read the PDF again"}));
}

// Nine in ten characters unreadable: the text cannot be used (read_pdf refuses it); below
// that the brief is read, its lost pages named.
TEST(PdfReadabilityTest, ATextNineTenthsUnreadableCannotBeUsed) {
  auto builder_of = [](int lost, int kept) {
    PdfTextBuilder b;
    PageMaker m;
    std::string fffd;
    for (int k = 0; k < lost; ++k) fffd += "\uFFFD";
    m.line(72, 100, {fffd});
    m.line(72, 116, {std::string(static_cast<std::size_t>(kept), 'x')});
    b.add_page(page_lines(m.page));
    return b;
  };
  EXPECT_TRUE(builder_of(90, 10).unreadable());
  EXPECT_TRUE(builder_of(95, 1).unreadable());
  EXPECT_FALSE(builder_of(89, 11).unreadable());
  EXPECT_FALSE(builder_of(0, 5).unreadable());
  EXPECT_FALSE(PdfTextBuilder().unreadable());
}

TEST(PdfLinesTest, OnlyTheSignatureMakesAPdf) {
  EXPECT_TRUE(is_pdf("%PDF-1.7\n..."));
  EXPECT_FALSE(is_pdf(" %PDF-1.7"));
  EXPECT_FALSE(is_pdf("%PD"));
}

LineGeometry line_at(std::uint32_t page, float left, float top, float right, float bottom) {
  LineGeometry g;
  g.page = page;
  g.left = left;
  g.top = top;
  g.right = right;
  g.bottom = bottom;
  return g;
}

// An element's boxes: the union of its lines' boxes on each page it reaches, in reading order;
// blank lines kbrief put between blocks stand nowhere.
TEST(PdfInfoTest, DatesAreTheCalendarDateAsWritten) {
  // The file's own time zone: 00:30 in Seoul is still the 21st, whatever UTC says.
  EXPECT_EQ(pdf_date("D:20240621003000+09'00'"), (CivilDate{2024, 6, 21}));
  EXPECT_EQ(pdf_date("20240621"), (CivilDate{2024, 6, 21}));
  EXPECT_EQ(pdf_date("D:2024"), std::nullopt);
  EXPECT_EQ(pdf_date("D:20240231120000"), std::nullopt);
  EXPECT_EQ(pdf_date(""), std::nullopt);
}

TEST(PdfInfoTest, TextIsNfcWithSingleSpaces) {
  EXPECT_EQ(clean_info_text("  \xE1\x84\x92\xE1\x85\xA1\xE1\x86\xAB\t\x01 title\r\n"),
            "\xED\x95\x9C title");  // conjoining jamo -> 한
  EXPECT_EQ(clean_info_text(""), "");
}

TEST(PdfBoxesTest, OneBoxPerPageTheUnionOfItsLines) {
  LineGeometryTable geometry = {line_at(1, 82, 150, 230, 162), line_at(1, 72, 166, 210, 178),
                                line_at(1, 0, 0, 0, 0), line_at(2, 72, 72, 156, 82),
                                line_at(2, 90, 88, 120, 98)};
  geometry[2].blank = true;
  std::vector<std::uint32_t> lines = {0, 1, 2, 3, 4};
  std::vector<PageBox> boxes = detail::boxes_of(geometry, lines);
  ASSERT_EQ(boxes.size(), 2u);
  EXPECT_EQ(boxes[0].page, 1u);
  EXPECT_EQ(boxes[0].x0, 72);
  EXPECT_EQ(boxes[0].y0, 150);
  EXPECT_EQ(boxes[0].x1, 230);
  EXPECT_EQ(boxes[0].y1, 178);
  EXPECT_EQ(boxes[1].page, 2u);
  EXPECT_EQ(boxes[1].x0, 72);
  EXPECT_EQ(boxes[1].y1, 98);
  EXPECT_FALSE(detail::line_box(geometry, 2));
  EXPECT_FALSE(detail::line_box({}, 0));  // text input: no geometry, no box
  // A page met again joins its own box rather than starting another.
  std::vector<std::uint32_t> back = {0, 3, 1};
  EXPECT_EQ(detail::boxes_of(geometry, back).size(), 2u);
  EXPECT_EQ(detail::boxes_of(geometry, back)[0].y1, 178);
}

}  // namespace
}  // namespace kbrief::test
