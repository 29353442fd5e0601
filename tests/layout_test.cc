// SPDX-License-Identifier: MIT
// Stage 3: shape, pages, widths and page furniture, from the document's own evidence.
#include <algorithm>
#include <random>

#include "kbrief/columns.h"
#include "layout_detail.h"
#include "test_support.h"
#include "unicode.h"

namespace kbrief::test {
namespace {

struct Analysed {
  std::string text;
  LineTable table;
  Layout layout;
  std::string line(std::size_t i) const {
    return text.substr(table.lines[i].begin, table.lines[i].end - table.lines[i].begin);
  }
  // Lines (1-based) marked as furniture of `kind`.
  std::vector<std::size_t> furniture(FurnitureKind kind) const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < layout.lines.size(); ++i)
      if (layout.lines[i].role == LineRole::furniture && layout.lines[i].furniture == kind)
        out.push_back(i + 1);
    return out;
  }
  // Lines (1-based) marked as back matter.
  std::vector<std::size_t> back_matter() const {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < layout.lines.size(); ++i)
      if (layout.lines[i].role == LineRole::back_matter) out.push_back(i + 1);
    return out;
  }
};

Analysed analyse(std::string text) {
  Analysed a;
  a.text = std::move(text);
  a.table = split_lines(a.text);
  a.layout = analyse_layout(a.text, a.table);
  return a;
}

// pdftotext's shape: each page's lines, "\f" after every page.
std::string pdftotext_pages(const std::vector<std::vector<std::string>>& pages) {
  std::string out;
  for (const auto& page : pages) {
    for (const auto& l : page) out += l + "\n";
    out += "\f";
  }
  return out;
}

const std::string kBody =
    "이 문장은 본문의 한 줄을 채우기 위해 쓴 것으로 폭이 일정하게 유지되도록 만든 줄이다";

// Distinct body lines of kBody's width: real pages do not repeat their lines.
std::string body(int k) {
  static const char32_t kSyllables[] = U"가나다라마바사아자차카타파하";
  std::string out;
  detail::append_utf8(out, kSyllables[(k / 14) % 14]);
  detail::append_utf8(out, kSyllables[k % 14]);
  return out + kBody.substr(3);  // in place of the first syllable
}

TEST(LayoutTest, FormFeedsCountPages) {
  Analysed a = analyse(pdftotext_pages({{kBody}, {kBody}, {kBody}}));
  EXPECT_EQ(a.layout.shape, Shape::plain);
  EXPECT_EQ(a.layout.pages, 3u);
  EXPECT_EQ(a.layout.lines[0].page, 1u);
  EXPECT_EQ(a.layout.lines[2].page, 3u);
}

TEST(LayoutTest, BlankPageCountsAndTrailingTextAddsOne) {
  EXPECT_EQ(analyse("a\n\f\fb\n").layout.pages, 3u);
  EXPECT_EQ(analyse("a\n\f").layout.pages, 1u);
}

TEST(LayoutTest, EmptyDocumentHasNoPages) {
  EXPECT_EQ(analyse("").layout.pages, 0u);
  EXPECT_EQ(analyse("  \n\n").layout.pages, 0u);
}

TEST(LayoutTest, WrapCuedShapeStartsPagesWithASingleSpace) {
  std::string t;
  for (int page = 0; page < 3; ++page)
    for (int k = 0; k < 10; ++k)
      t += std::string(k == 0 ? " " : "") + body(page * 10 + k) + (k % 2 ? "" : " ") + "\n\n";
  t += " ";
  Analysed a = analyse(t);
  EXPECT_EQ(a.layout.shape, Shape::wrap_cued);
  EXPECT_TRUE(a.layout.wrap_cues);
  EXPECT_TRUE(a.layout.double_spaced);
  EXPECT_EQ(a.layout.pages, 3u);
  EXPECT_EQ(a.layout.lines[18].page, 1u);
  EXPECT_EQ(a.layout.lines[20].page, 2u);
}

TEST(LayoutTest, PageMarkersStartPages) {
  Analysed a = analyse("=== PDF 1쪽 / 2 ===\n[왼쪽 단]\n" + kBody + "\n=== PDF 2쪽 / 2 ===\n" +
                       kBody + "\n=== 끝 (PDF 1–2쪽 전체) ===\n");
  EXPECT_EQ(a.layout.shape, Shape::page_marked);
  EXPECT_EQ(a.layout.pages, 2u);
  EXPECT_EQ(a.layout.lines[4].page, 2u);
  EXPECT_EQ(a.furniture(FurnitureKind::page_marker), (std::vector<std::size_t>{1, 4, 6}));
  EXPECT_EQ(a.furniture(FurnitureKind::extractor_note), (std::vector<std::size_t>{2}));
  EXPECT_TRUE(a.layout.lines[2].column_start);
}

TEST(LayoutTest, FooterAfterItsExtractorNoteIsFurniture) {
  Analysed a = analyse("=== PDF 1쪽 / 1 ===\n" + kBody + "\n[바닥글]\n발행처 I 가상연구처\n");
  EXPECT_EQ(a.furniture(FurnitureKind::running_footer), (std::vector<std::size_t>{4}));
}

TEST(LayoutTest, RepeatedHeaderWithLetterSpacingAndNumbersIsFurniture) {
  Analysed a = analyse(pdftotext_pages({{"P o l i c y  Review", body(1), body(2), "ABC Brief 1"},
                                        {"Policy Review", body(3), body(4), "2 ABC Brief"},
                                        {"Policy Review", body(5), body(6), "ABC Brief 3"}}));
  EXPECT_EQ(a.furniture(FurnitureKind::running_header), (std::vector<std::size_t>{1, 5, 9}));
  EXPECT_EQ(a.furniture(FurnitureKind::running_footer), (std::vector<std::size_t>{4, 8, 12}));
}

// Page 1's top holds the title: a text there repeated on one later page of the other side
// (a section heading sharing the title's last words) is no running head; on one of page 1's
// side (pages 1 and 3) it may be a box's label each of those pages sets.
TEST(LayoutTest, TitleWordsRepeatedOnceOnTheOtherSideAreNoRunningHead) {
  auto four_pages = [](std::size_t again) {
    std::vector<std::vector<std::string>> pages;
    pages.push_back({"가상 정책의 내용과", "향후 과제", body(0), body(1)});
    for (std::size_t p = 1; p < 4; ++p) {
      pages.push_back({body(3 * p), body(3 * p + 1), body(3 * p + 2)});
      if (p == again) pages.back().insert(pages.back().begin(), "향후 과제");
    }
    return analyse(pdftotext_pages(pages));
  };
  EXPECT_TRUE(four_pages(3).furniture(FurnitureKind::running_header).empty());
  EXPECT_EQ(four_pages(2).furniture(FurnitureKind::running_header),
            (std::vector<std::size_t>{2, 8}));
}

// A book's running heads: the journal's name on one side's pages, the article's title on the
// other's, each on every other page after the first (where the title stands as the title). A
// label at the top of two pages only is no running head.
TEST(LayoutTest, RunningHeadsOnFacingPagesAreFurniture) {
  std::vector<std::vector<std::string>> pages;
  pages.push_back({"가상 논문의 제목", body(0), body(1), body(2)});
  for (int p = 1; p < 8; ++p)
    pages.push_back({p % 2 ? "가상학술지 제1권" : "가상 논문의 제목", body(3 * p), body(3 * p + 1),
                     body(3 * p + 2)});
  pages.push_back({"자료 분석", body(30), body(31)});
  pages.push_back({body(32), body(33)});
  pages.push_back({"자료 분석", body(34), body(35)});
  Analysed a = analyse(pdftotext_pages(pages));
  std::vector<std::size_t> heads;
  for (std::size_t i : a.furniture(FurnitureKind::running_header)) heads.push_back(i);
  std::vector<std::size_t> expected;
  std::size_t line = 1;
  for (std::size_t p = 0; p < pages.size(); ++p) {
    if (p >= 1 && p < 8) expected.push_back(line);
    line += pages[p].size();
  }
  EXPECT_EQ(heads, expected);
}

TEST(LayoutTest, PageNumbersCountThePagesEvenMidPage) {
  Analysed a = analyse(pdftotext_pages(
      {{body(1), body(2)},
       {body(3), body(4), "-", "2"},
       {body(5), "3", body(6), body(7), body(8), body(9), body(10), body(11), body(12)},
       {body(13), body(14), "4"}}));
  EXPECT_EQ(a.furniture(FurnitureKind::page_number), (std::vector<std::size_t>{6, 8, 18}));
  // The rule beside a page number is footer decoration.
  EXPECT_EQ(a.furniture(FurnitureKind::running_footer), (std::vector<std::size_t>{5}));
}

// A PDF's geometry for pages laid out alike: each line of a page at the height `tops` gives it,
// in the body's 10 points, the lines in `small` in 8.
LineGeometryTable pages_geometry(std::size_t pages, const std::vector<float>& tops,
                                 const std::vector<std::size_t>& small) {
  LineGeometryTable out;
  for (std::size_t p = 0; p < pages; ++p) {
    for (std::size_t k = 0; k < tops.size(); ++k) {
      LineGeometry g;
      g.page = static_cast<std::uint32_t>(p + 1);
      g.font_size = std::find(small.begin(), small.end(), k) != small.end() ? 8 : 10;
      g.left = 72;
      g.right = 300;
      g.top = tops[k];
      g.bottom = tops[k] + g.font_size;
      out.push_back(g);
    }
  }
  return out;
}

// Reading order put the header fourth on its page (after a first column), among the lines the
// text rules read as a page's foot; its band at the top of every page says it is a header. The
// page numbers sit in the bottom band, and the body's lines, repeated or not, stay text.
TEST(LayoutTest, PdfFurnitureByItsBandOnThePage) {
  std::vector<std::vector<std::string>> pages;
  for (int p = 0; p < 3; ++p)
    pages.push_back({body(10 * p + 1), body(10 * p + 2), body(10 * p + 3), "Policy Brief 12",
                     body(10 * p + 4), body(10 * p + 5), std::to_string(p + 1)});
  std::string text = pdftotext_pages(pages);
  LineTable table = split_lines(text);
  LineGeometryTable geometry = pages_geometry(3, {100, 116, 132, 40, 100, 116, 800}, {3, 6});
  Layout by_text = analyse_layout(text, table);
  EXPECT_EQ(by_text.lines[3].furniture, FurnitureKind::running_footer);  // text input: as before
  Layout layout = analyse_layout(text, table, geometry);
  auto lines_of = [&](FurnitureKind kind) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < layout.lines.size(); ++i)
      if (layout.lines[i].role == LineRole::furniture && layout.lines[i].furniture == kind)
        out.push_back(i + 1);
    return out;
  };
  EXPECT_EQ(lines_of(FurnitureKind::running_header), (std::vector<std::size_t>{4, 11, 18}));
  EXPECT_EQ(lines_of(FurnitureKind::page_number), (std::vector<std::size_t>{7, 14, 21}));
  EXPECT_TRUE(lines_of(FurnitureKind::running_footer).empty());
}

// A journal's running heads: its own title over the left-hand pages, the article's over the
// right-hand ones, none over the first page. Each prints on under half the pages, and
// reading order puts it among the body's lines; its band says it is a header all the same.
TEST(LayoutTest, PdfRunningHeadsOnAlternatePagesAreFurniture) {
  std::vector<std::vector<std::string>> pages = {{body(1), body(2), body(3), body(4), body(5)}};
  for (int p = 2; p <= 7; ++p)
    pages.push_back({body(10 * p + 1), body(10 * p + 2),
                     p % 2 ? "가상 논문의 제목" : "가상 학술지 제41권", body(10 * p + 3),
                     body(10 * p + 4)});
  std::string text = pdftotext_pages(pages);
  LineTable table = split_lines(text);
  LineGeometryTable geometry = pages_geometry(1, {100, 116, 132, 148, 164}, {});
  LineGeometryTable rest = pages_geometry(6, {100, 116, 40, 132, 148}, {2});
  for (LineGeometry& g : rest) ++g.page;
  geometry.insert(geometry.end(), rest.begin(), rest.end());
  Layout layout = analyse_layout(text, table, geometry);
  std::vector<std::size_t> headers;
  for (std::size_t i = 0; i < layout.lines.size(); ++i)
    if (layout.lines[i].role == LineRole::furniture &&
        layout.lines[i].furniture == FurnitureKind::running_header)
      headers.push_back(i + 1);
  EXPECT_EQ(headers, (std::vector<std::size_t>{8, 13, 18, 23, 28, 33}));
}

// The same text at the same height on every page, but among the body's lines (a table's head
// row), and numbers in the bottom band that do not grow from page to page, are no furniture.
TEST(LayoutTest, PdfBandsNeedTheEdgeAndNumbersThatCount) {
  std::vector<std::vector<std::string>> pages;
  for (int p = 0; p < 3; ++p)
    pages.push_back({body(10 * p + 1), body(10 * p + 2), body(10 * p + 3), "구분 2023 2024",
                     body(10 * p + 4), body(10 * p + 5), body(10 * p + 6), "7"});
  std::string text = pdftotext_pages(pages);
  LineTable table = split_lines(text);
  LineGeometryTable geometry = pages_geometry(3, {100, 116, 132, 148, 164, 180, 196, 800}, {7});
  Layout layout = analyse_layout(text, table, geometry);
  for (std::size_t i = 0; i < layout.lines.size(); ++i)
    EXPECT_NE(layout.lines[i].role, LineRole::furniture) << "line " << i + 1;
}

TEST(LayoutTest, NumbersThatDoNotCountPagesStayText) {
  // Section numbers alone on a line, on one page's edge only.
  Analysed a = analyse(pdftotext_pages({{body(1), "1", body(2), body(3), body(4), body(5), body(6)},
                                        {"7", body(7), body(8), body(9)}}));
  EXPECT_TRUE(a.furniture(FurnitureKind::page_number).empty());
}

// Section numbers alone on their lines that happen to follow the pages (section 1 on page 1,
// 2 on page 2, ...) until one page holds two of them: a page number is one to a page.
TEST(LayoutTest, NumbersThatCountOnWithinAPageAreNoPageNumbers) {
  std::vector<std::vector<std::string>> pages = {
      {"1", "", "가상 서론", "", body(1), body(2)},
      {"2", "", "가상 현황", "", body(3), body(4)},
      {"3", "", "가상 과제", "", body(5), body(6), "", "4", "", "가상 결론", "", body(7)}};
  Analysed a = analyse(pdftotext_pages(pages));
  EXPECT_TRUE(a.furniture(FurnitureKind::page_number).empty());
  // Without the fourth section, the numbers count the pages as far as the text can tell.
  pages[2].resize(7);
  EXPECT_EQ(analyse(pdftotext_pages(pages)).furniture(FurnitureKind::page_number),
            (std::vector<std::size_t>{1, 7, 13}));
}

// A PDF: a number in the same band on most pages, but with a heading right beside it on its
// row, labels that heading (a section's number in a box); beside a running title that repeats
// on the pages, it is the page's number.
TEST(LayoutTest, PdfANumberBesideItsHeadingIsNoPageNumber) {
  auto layout_of = [](bool running_title) {
    std::vector<std::vector<std::string>> pages;
    for (int p = 0; p < 3; ++p)
      pages.push_back({std::to_string(p + 1),
                       running_title ? "가상 정책 동향" : "가상 제목 " + body(p).substr(0, 9),
                       body(10 * p + 1), body(10 * p + 2), body(10 * p + 3)});
    std::string text = pdftotext_pages(pages);
    LineTable table = split_lines(text);
    LineGeometryTable geometry = pages_geometry(3, {60, 60, 100, 116, 132}, {});
    for (std::size_t p = 0; p < 3; ++p) {
      geometry[5 * p].left = 72;  // the number, and 8 points to its right the text beside it
      geometry[5 * p].right = 80;
      geometry[5 * p + 1].left = 88;
    }
    return analyse_layout(text, table, geometry);
  };
  Layout labels = layout_of(false);
  for (std::size_t i = 0; i < labels.lines.size(); ++i)
    EXPECT_NE(labels.lines[i].role, LineRole::furniture) << "line " << i + 1;
  Layout numbers = layout_of(true);
  EXPECT_EQ(numbers.lines[0].furniture, FurnitureKind::page_number);
  EXPECT_EQ(numbers.lines[5].furniture, FurnitureKind::page_number);
}

TEST(LayoutTest, LineBetweenFurnitureIsASidebar) {
  Analysed a = analyse(pdftotext_pages(
      {{"No. 2022-1", body(1), body(2), "용어 사전", "※ 클릭하면 검색합니다", "Brief 1"},
       {"No. 2022-1", body(3), body(4), "Brief 2", "용어 사전"}}));
  EXPECT_EQ(a.furniture(FurnitureKind::sidebar), (std::vector<std::size_t>{5}));
}

TEST(LayoutTest, EndMarkAndEverythingAfterIsBackMatter) {
  Analysed a = analyse(pdftotext_pages({{body(1), body(2), body(3), body(4), body(5) + " // 끝 //",
                                         "※ 본지에 실린 내용은 개인 의견입니다."},
                                        {"최근호 소개", "제1호 가상 제목"}}));
  EXPECT_EQ(a.layout.lines[4].tail, TailKind::end_mark);
  EXPECT_TRUE(a.furniture(FurnitureKind::back_matter).empty());
  EXPECT_EQ(a.back_matter(), (std::vector<std::size_t>{6, 7, 8}));
}

TEST(LayoutTest, EndMarkOnItsOwnLineIsFurniture) {
  Analysed a = analyse(pdftotext_pages(
      {{body(1), body(2), body(3), body(4), body(5) + ".", "// 끝 //", "※ 면책 문구"}}));
  EXPECT_EQ(a.furniture(FurnitureKind::back_matter), (std::vector<std::size_t>{6}));
  EXPECT_EQ(a.back_matter(), (std::vector<std::size_t>{7}));
}

TEST(LayoutTest, LogoEndMarkSplitAroundTheLastLine) {
  Analysed a = analyse(pdftotext_pages({{"ABCD Brief", body(1), body(2), body(3), body(4), body(5),
                                         "AB", body(6) + ". CD", "※ 면책 문구"}}));
  EXPECT_EQ(a.furniture(FurnitureKind::back_matter), (std::vector<std::size_t>{7}));
  EXPECT_EQ(a.back_matter(), (std::vector<std::size_t>{9}));
  EXPECT_EQ(a.layout.lines[7].tail, TailKind::end_mark);
}

TEST(LayoutTest, LogoEndMarkWithItsLoneHalfBelowTheLastLine) {
  Analysed a = analyse(pdftotext_pages({{"ABCD Brief", body(1), body(2), body(3), body(4), body(5),
                                         body(6) + ". CD", "AB", "※ 면책 문구"}}));
  EXPECT_EQ(a.layout.lines[6].tail, TailKind::end_mark);
  EXPECT_EQ(a.furniture(FurnitureKind::back_matter), (std::vector<std::size_t>{8}));
  EXPECT_EQ(a.back_matter(), (std::vector<std::size_t>{9}));
}

// Without an end mark, the shapes of the closing lines decide.
TEST(LayoutTest, NoticeAndIssueListingAfterTheBodyAreBackMatter) {
  Analysed a = analyse(pdftotext_pages(
      {{body(1), body(2), body(3), body(4), body(5), body(6), body(7), body(8) + "."},
       {"※ 본지에 실린 내용은 집필자의 개인적 의견이며,", "공식적 견해가 아님을 밝힙니다.",
        "최근호 소개", "제1001호( 3월17일)", "홍길동, 가상의 제목", "제1002호( 3월24일)",
        "김철수, 다른 제목"}}));
  EXPECT_EQ(a.back_matter(), (std::vector<std::size_t>{9, 10, 11, 12, 13, 14, 15}));
}

// A back cover after the listing (an advertisement of prose and items) is the publisher's
// too: the notice over a listing of the series' issues starts the back matter wherever the
// document goes on after it.
TEST(LayoutTest, ABackCoverAfterTheNoticeAndListingIsBackMatter) {
  Analysed a = analyse(pdftotext_pages(
      {{body(1), body(2), body(3), body(4), body(5), body(6), body(7), body(8), body(9), body(10),
        body(11), body(12) + "."},
       {"※ 본지에 실린 내용은 집필자의 개인적 의견입니다.", "최근호 소개", "제1001호( 3월17일)",
        "홍길동, 가상의 제목", "제1002호( 3월24일)", "김철수, 다른 제목"},
       {"학술지 투고를 환영합니다", body(13), "모집하오니, 많은 투고 바랍니다.",
        "∙ 다른 곳에 발표된 글이어서는 아니 됩니다."}}));
  EXPECT_EQ(a.back_matter(), (std::vector<std::size_t>{13, 14, 15, 16, 17, 18, 19, 20, 21, 22}));
}

// A references section closes an article: its heading after the body's last sentence, and
// entries that open with their authors and the year in brackets, wrapped or not.
TEST(LayoutTest, AReferencesSectionAtTheEndIsBackMatter) {
  Analysed a = analyse(pdftotext_pages(
      {{body(1), body(2), body(3), body(4), body(5), body(6), body(7), body(8) + "."},
       {"참고문헌", "홍길동. (2022). 가상의 보고서.", "김철수 외.(2021a). 다른 가상의 논문,",
        "가상학회지 제3권.", "_____. (2019). 같은 저자의 책.",
        "Goo, J., Kishore, R., & Nam, K. (2009). A fictitious study."}}));
  EXPECT_EQ(a.back_matter(), (std::vector<std::size_t>{9, 10, 11, 12, 13, 14}));
}

// The article's dates, printed over the references' heading, open the section with it; a
// line that wraps the body's last sentence does not.
TEST(LayoutTest, TheArticlesDatesOverTheReferencesOpenThem) {
  Analysed a = analyse(pdftotext_pages(
      {{body(1), body(2), body(3), body(4), body(5), body(6), body(7), body(8) + "."},
       {body(9), "바람직함", "논문 접수: 2023년 8월 31일", "게재 확정: 2024년 1월 8일", "참고문헌",
        "홍길동. (2022). 가상의 보고서.", "김철수. (2021). 다른 가상의 논문.",
        "이영희. (2019). 세 번째 책."}}));
  EXPECT_EQ(a.back_matter(), (std::vector<std::size_t>{11, 12, 13, 14, 15, 16}));
}

// Citations that open lines of the body are no references section.
TEST(LayoutTest, CitationsOpeningBodyLinesAreNoReferences) {
  Analysed a = analyse(pdftotext_pages(
      {{body(1), body(2), body(3), body(4), body(5), body(6), body(7), body(8) + "."},
       {"결론", "홍길동(2022)의 연구는 " + body(9), body(10), body(11), body(12),
        "김철수(2021)는 다르게 본다.", body(13), body(14) + "."}}));
  EXPECT_TRUE(a.back_matter().empty());
}

// In a PDF, the publisher's note on the series, set in smaller type than the body's between
// the body's last sentence and the colophon (a footnote of the page between them), opens the
// back matter; the text shape, without type to read, leaves it to the body.
TEST(LayoutTest, ANoteInSmallerTypeBeforeTheColophonIsBackMatter) {
  std::string text = pdftotext_pages(
      {{body(1), body(2), body(3), body(4), body(5), body(6), body(7) + ".",
        "『가상 소식지』는 입법활동을 지원하기 위해", "수시로 발간하는 정보 소식지입니다.",
        "3) 가상의 각주 내용이다.", "ISSN 1234-567X"}});
  LineTable table = split_lines(text);
  LineGeometryTable geometry =
      pages_geometry(1, {100, 116, 132, 148, 164, 180, 196, 230, 242, 700, 760}, {7, 8, 9, 10});
  auto back_matter = [&](const Layout& layout) {
    std::vector<std::size_t> out;
    for (std::size_t i = 0; i < layout.lines.size(); ++i)
      if (layout.lines[i].role == LineRole::back_matter) out.push_back(i + 1);
    return out;
  };
  EXPECT_EQ(back_matter(analyse_layout(text, table, geometry)),
            (std::vector<std::size_t>{8, 9, 11}));
  EXPECT_EQ(back_matter(analyse_layout(text, table)), (std::vector<std::size_t>{11}));
}

// Where the body's sentences end plainly ("-다."), the publisher's note on the series that
// addresses its readers politely ("-ㅂ니다."), after the body's last sentence, opens the back
// matter in text too: the page's footnotes after it stay notes, the colophon is back matter.
TEST(LayoutTest, APoliteNoteAfterAPlainBodyIsBackMatter) {
  Analysed a = analyse(pdftotext_pages(
      {{body(1) + ".", body(2) + ".", body(3) + ".", body(4) + ".", body(5) + ".", body(6) + ".",
        "『가상 소식지』는 입법활동을 지원하기 위해", "수시로 발간하는 정보 소식지입니다.",
        "3) 가상의 각주 내용이다.", "ISSN 1234-567X"}}));
  EXPECT_EQ(a.back_matter(), (std::vector<std::size_t>{7, 8, 10}));
}

// Where the body itself speaks politely, its last polite sentence is the body's.
TEST(LayoutTest, APoliteSentenceAfterAPoliteBodyIsNoBackMatter) {
  std::vector<std::string> page;
  for (int k = 1; k <= 6; ++k) page.push_back(body(k).substr(0, body(k).size() - 3) + "입니다.");
  page.insert(page.end(),
              {"마지막으로 독자 여러분께", "감사의 말씀을 드립니다.", "ISSN 1234-567X"});
  Analysed a = analyse(pdftotext_pages({page}));
  EXPECT_EQ(a.back_matter(), (std::vector<std::size_t>{9}));
}

// A line set apart from the footnote before it by a blank line, right over colophon fields,
// is their address: back matter with them, not the footnote's last line.
TEST(LayoutTest, TheAddressOverColophonFieldsIsNoFootnotesLine) {
  Analysed a = analyse(pdftotext_pages(
      {{body(1) + ".", body(2) + ".", body(3) + ".", body(4) + ".", body(5) + ".", body(6) + ".",
        body(7) + ".", body(8) + ".", "『가상 소식지』는 입법활동을 지원하기 위해",
        "수시로 발간하는 정보 소식지입니다.", "3) 가상의 각주가 여기에서 줄을 넘겨",
        "다음 줄에서 끝난다.", "", "00000 가상시 가상구 가상로 1 가상연구소", "Tel. 02-000-0000",
        "ISSN 1234-567X"}}));
  EXPECT_EQ(a.back_matter(), (std::vector<std::size_t>{9, 10, 14, 15, 16}));
}

// In page-marked text a footnote at a column's foot runs on no further than its column: the
// next column's lines, the polite note on the series among them, are no footnote.
TEST(LayoutTest, AFootnoteEndsWithItsColumnInPageMarkedText) {
  std::string text = "=== PDF 1쪽 / 1 ===\n[왼쪽 단]\n";
  for (int k = 1; k <= 6; ++k) text += body(k) + ".\n";
  text += "3) 가상의 각주 내용이다.\n[오른쪽 단]\n" + body(7) + ".\n";
  text += "『가상 소식지』는 입법활동을 지원하기 위해\n수시로 발간하는 정보 소식지입니다.\n";
  text += "4) 다른 가상의 각주이다.\n";
  Analysed a = analyse(text);
  EXPECT_EQ(a.back_matter(), (std::vector<std::size_t>{12, 13}));
}

// Layout text read a column at a time sets the colophon at the foot of the last page's first
// column (its address, then its fields) before the next column's body: still back matter.
TEST(LayoutTest, AColophonAtAColumnsFootIsBackMatter) {
  auto padded = [](std::string s) {
    s.append(60 - detail::count_code_points(s), ' ');
    return s;
  };
  std::string text;
  for (int k = 1; k <= 7; ++k) text += padded(body(k) + (k == 7 ? "." : "")) + body(10 + k) + "\n";
  text += padded("00000 가상시 가상구 가상로 1 가상연구소") + body(18) + "\n";
  text += padded("Tel. 02-000-0000") + body(19) + ".\n\f";
  LineTable table = read_columns(text, split_lines(text));
  Layout layout = analyse_layout(text, table);
  std::vector<std::uint32_t> back;
  for (std::size_t i = 0; i < layout.lines.size(); ++i)
    if (layout.lines[i].role == LineRole::back_matter) back.push_back(table.lines[i].number);
  EXPECT_EQ(back, (std::vector<std::uint32_t>{8, 9}));
}

// A notice with no listing after it on its page is a note of the body's, not its end.
TEST(LayoutTest, ANoticeWithoutAListingAfterItIsNoBackCover) {
  Analysed a = analyse(pdftotext_pages(
      {{body(1), body(2), body(3), body(4), body(5), body(6), body(7), body(8) + "."},
       {"※ 자료: 가상연구원 작성.", body(9), body(10), "제1001호( 3월17일) 이후의 내용이다."},
       {body(11), body(12) + "."}}));
  EXPECT_TRUE(a.back_matter().empty());
}

// A PDF reader that takes the listing's table by its gutter gives the issue numbers first,
// then their author and title lines: one for each number, still the listing.
TEST(LayoutTest, AnIssueListingReadColumnByColumnIsBackMatter) {
  Analysed a = analyse(pdftotext_pages(
      {{body(1), body(2), body(3), body(4), body(5), body(6), body(7), body(8) + "."},
       {"※ 본지에 실린 내용은 집필자의 개인적 의견입니다.", "최근호 소개", "제1001호( 3월17일)",
        "제1002호( 3월24일)", "홍길동, 가상의 제목", "김철수, 다른 제목",
        "7) 가상의 출처, 2024."}}));
  EXPECT_EQ(a.back_matter(), (std::vector<std::size_t>{9, 10, 11, 12, 13, 14}));
}

// A title that leaves its line on a comma wraps on to the next line, still the listing's,
// whether the entry follows its number or stands in a column after the numbers.
TEST(LayoutTest, AWrappedIssueTitleStaysInTheListing) {
  for (bool by_column : {false, true}) {
    std::vector<std::string> tail = {"※ 본지에 실린 내용은 집필자의 개인적 의견입니다."};
    std::vector<std::string> entries = {"홍길동, 가상의 제목", "김철수, 다른 제목의 앞부분,",
                                        "다른 제목의 뒷부분"};
    if (by_column) {
      tail.insert(tail.end(), {"제1001호( 3월17일)", "제1002호( 3월24일)"});
      tail.insert(tail.end(), entries.begin(), entries.end());
    } else {
      tail.insert(tail.end(), {"제1001호( 3월17일)", entries[0], "제1002호( 3월24일)"});
      tail.insert(tail.end(), entries.begin() + 1, entries.end());
    }
    Analysed a = analyse(pdftotext_pages(
        {{body(1), body(2), body(3), body(4), body(5), body(6), body(7), body(8) + "."}, tail}));
    EXPECT_EQ(a.back_matter(), (std::vector<std::size_t>{9, 10, 11, 12, 13, 14}))
        << (by_column ? "by column" : "row by row");
  }
}

// More lines of no shape than there are numbers above them are no column of the listing.
TEST(LayoutTest, MoreLinesThanIssueNumbersAreNoListingColumn) {
  Analysed a = analyse(
      pdftotext_pages({{body(1), body(2), body(3), body(4), body(5), body(6), body(7) + "."},
                       {"제1001호( 3월17일)", "제1002호( 3월24일)", body(8), body(9), body(10)}}));
  EXPECT_TRUE(a.back_matter().empty());
}

TEST(LayoutTest, ColophonFieldsCloseTheDocument) {
  Analysed a =
      analyse(pdftotext_pages({{body(1), body(2), body(3), body(4), body(5) + ".",
                                "발행처 : 가상연구원", "Tel. 02-123-4567", "ISSN 1234-567X"}}));
  EXPECT_EQ(a.back_matter(), (std::vector<std::size_t>{6, 7, 8}));
}

TEST(LayoutTest, FootnotesSetAfterTheBackMatterStayFootnotes) {
  Analysed a = analyse(
      pdftotext_pages({{body(1), body(2), body(3), body(4), body(5) + ".", "※ 면책 문구입니다.",
                        "제1001호( 3월17일)", "홍길동, 가상의 제목", "7) 가상의 출처, 2024."}}));
  EXPECT_EQ(a.back_matter(), (std::vector<std::size_t>{6, 7, 8}));
}

// A footnote at one page's foot does not run on into the next page: a heading over an issue
// listing at the next page's top opens the back matter.
TEST(LayoutTest, AFootnoteRunsOnNoFurtherThanItsPage) {
  Analysed a = analyse(
      pdftotext_pages({{body(1), body(2), body(3), body(4), body(5) + ".", "7) 가상의 출처, 2024."},
                       {"최근호 소개", "제1001호( 3월17일)", "홍길동, 가상의 제목"}}));
  std::vector<std::string> lines;
  for (std::size_t l : a.back_matter()) lines.push_back(a.line(l - 1));
  EXPECT_EQ(lines,
            (std::vector<std::string>{"최근호 소개", "제1001호( 3월17일)", "홍길동, 가상의 제목"}));
}

TEST(LayoutTest, ANoticeMidSentenceIsNoBackMatter) {
  Analysed a = analyse(
      pdftotext_pages({{body(1), body(2), body(3), body(4), body(5), "※ 표의 수치는 잠정치"}}));
  EXPECT_TRUE(a.back_matter().empty());
}

TEST(LayoutTest, CopyrightTailIsSetApart) {
  Analysed a = analyse(kBody + "\n마지막 문장이다. ⓒKINU 2024\n");
  EXPECT_EQ(a.layout.lines[1].tail, TailKind::copyright);
  EXPECT_EQ(a.text.substr(a.layout.lines[1].tail_begin,
                          a.table.lines[1].end - a.layout.lines[1].tail_begin),
            "ⓒKINU 2024");
}

TEST(LayoutTest, BodyWidthIsTheDensestClusterOfLineWidths) {
  std::vector<std::string> page;
  for (int k = 0; k < 10; ++k) page.push_back(body(k));
  page.push_back("짧은 줄");
  page.push_back(
      "이 줄은 훨씬 더 길어서 본문 폭을 훌쩍 넘어서는 각주의 줄로서 글자가 작게 인쇄되어 한 줄에 "
      "많은 글자가 들어간다");
  Analysed a = analyse(pdftotext_pages({page}));
  EXPECT_EQ(a.layout.body_width, detail::display_width(body(0)));
}

// The line view: each line's trimmed span, width and indentation are stored once by the
// layout; they must equal what the helpers compute on the line (the tail excluded), which is
// what every stage computed for itself before.
::testing::AssertionResult line_view_matches_helpers(std::string_view text) {
  LineTable table = split_lines(text);
  Layout layout = analyse_layout(text, table);
  for (std::size_t i = 0; i < table.lines.size(); ++i) {
    const Line& line = table.lines[i];
    const LineInfo& info = layout.lines[i];
    std::string_view raw = text.substr(line.begin, line.end - line.begin);
    std::size_t end = info.tail != TailKind::none ? info.tail_begin : line.end;
    std::string_view trimmed = detail::trim(text.substr(line.begin, end - line.begin));
    auto fail = [&](std::string_view what) {
      return ::testing::AssertionFailure()
             << what << " differs on line " << i + 1 << ": \"" << raw << "\"";
    };
    if (info.text_begin != static_cast<std::size_t>(trimmed.data() - text.data()) ||
        info.text_end - info.text_begin != trimmed.size())
      return fail("trimmed span");
    if (detail::line_text(text, table, layout, i) != trimmed) return fail("line text");
    int width = info.role == LineRole::blank ? 0 : std::min(detail::display_width(trimmed), 0xFFFF);
    if (info.width != width) return fail("width");
    if (info.role == LineRole::blank) continue;
    std::size_t lead = raw.size() - detail::trim_start(raw).size();
    if (info.indent !=
        std::min<std::size_t>(detail::count_code_points(raw.substr(0, lead)), 0xFFFF))
      return fail("indentation");
    if (info.trailing_space != (detail::trim_end(raw).size() < raw.size()))
      return fail("trailing space");
  }
  return ::testing::AssertionSuccess();
}

// Lines made of whitespace of every kind (CONVENTIONS §6), wide and zero-width characters,
// form feeds, page markers, copyright notices and end marks, with every line end.
std::string random_lines(std::mt19937& rng) {
  static const std::vector<std::string> kPieces = {
      " ",      "  ",      "\t",      "\u3000",   "\u00A0",     "\u200B",   "\uFEFF",
      "\u2003", "\u2060",  "\f",      "a",        "word",       "가",       "한국어",
      "①",      "e\u0301", "。",      "(cid:12)", "ⓒKINU 2024", "// 끝 //", "=== PDF 3쪽 / 4 ===",
      "3",      "- 2 -",   "[바닥글]"};
  static const std::vector<std::string> kEnds = {"\n", "\r\n", "\r", "\n\n", "\n\f"};
  std::string out;
  std::size_t lines = std::uniform_int_distribution<std::size_t>(1, 60)(rng);
  for (std::size_t l = 0; l < lines; ++l) {
    std::size_t pieces = std::uniform_int_distribution<std::size_t>(0, 12)(rng);
    for (std::size_t k = 0; k < pieces; ++k)
      out += kPieces[std::uniform_int_distribution<std::size_t>(0, kPieces.size() - 1)(rng)];
    out += kEnds[std::uniform_int_distribution<std::size_t>(0, kEnds.size() - 1)(rng)];
  }
  return out;
}

TEST(LineViewTest, StoredSpanAndWidthEqualTheHelpersOnRandomLines) {
  std::mt19937 rng(20240611);
  for (int n = 0; n < 2000; ++n) {
    std::string text = random_lines(rng);
    ASSERT_TRUE(line_view_matches_helpers(text)) << "random document " << n;
  }
}

TEST(LineViewTest, StoredSpanAndWidthEqualTheHelpersOnTheCorpus) {
  KBRIEF_REQUIRE_CORPUS();
  for (const std::string& path : corpus_files()) {
    auto decoded = decode(read_file(path));
    if (!decoded) continue;  // an input the pipeline refuses has no lines
    EXPECT_TRUE(line_view_matches_helpers(decoded->text)) << path;
  }
}

}  // namespace
}  // namespace kbrief::test
