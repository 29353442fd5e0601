// SPDX-License-Identifier: MIT
// Segmentation weighing a PDF's geometry: lines made here with their boxes and type sizes (no
// poppler needed), read through the whole pipeline.
#include <kbrief/pdf.h>
#include <kbrief/pipeline.h>

#include <functional>

#include "body_type.h"
#include "test_support.h"

namespace kbrief::test {
namespace {

constexpr float kBody = 10;  // the body's type size, in points

// One page's lines in reading order, each with its text, edges and type size; a line goes
// under the one before at the body's pitch unless its top is given.
struct PageOfLines {
  std::uint32_t number = 1;
  std::vector<PdfLine> lines;
  float next_top = 100;

  void add(std::string text, float left, float right, float size = kBody, float top = -1) {
    PdfLine l;
    l.text = std::move(text);
    LineGeometry& g = l.geometry;
    g.page = number;
    g.left = left;
    g.right = right;
    g.top = top >= 0 ? top : next_top;
    g.bottom = g.top + size;
    g.font_size = size;
    next_top = std::max(next_top, g.bottom + 6);
    lines.push_back(std::move(l));
  }
  // A body line as wide as the column.
  void body(std::string text) { add(std::move(text), 72, 522); }
  // A body line that ends its paragraph short of the margin.
  void last(std::string text) { add(std::move(text), 72, 300); }
  // The blank line the reader sets where extra space above a line ends a block.
  void gap() {
    PdfLine l;
    l.geometry.page = number;
    l.geometry.blank = true;
    lines.push_back(std::move(l));
  }
};

Document document_of(const std::vector<PageOfLines>& pages) {
  PdfTextBuilder builder;
  for (const PageOfLines& p : pages) builder.add_page(p.lines, p.number);
  return build_document(std::move(builder).finish(1000), "test.pdf");
}

// A page of two paragraphs with what `region` sets between them (from 180 points down to
// 260, where the second paragraph starts), read.
Document between_paragraphs(const std::function<void(PageOfLines&)>& region) {
  PageOfLines p;
  p.body(full(1));
  p.last("짧게 끝나는 첫 문단이다.");
  region(p);
  p.next_top = 260;
  p.body(full(2));
  p.last("끝이다.");
  return document_of({p});
}

// A boxed excerpt under its caption is set smaller than the body and runs as wide: its
// lines stay in the table until the body's type comes back.
TEST(PdfRegionsTest, LinesInSmallerTypeStayInTheTableHoweverWide) {
  PageOfLines p;
  for (int k = 10; k < 14; ++k) p.body(full(k));
  p.last("짧게 끝나는 첫 문단이다.");
  p.add("<표 1> 가상 규정의 발췌", 200, 400, 9);
  p.add(full(2), 80, 514, 8);
  p.add("제2조 이 규정은 가상으로 만든 것이다.", 80, 300, 8);
  p.add(full(3), 80, 514, 8);
  p.body(full(4));
  p.last("끝이다.");
  Document doc = document_of({p});
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "table", "paragraph"}));
  EXPECT_EQ(doc.blocks[1].caption, "<표 1> 가상 규정의 발췌");
  EXPECT_NE(doc.blocks[1].text.find("제2조"), std::string::npos) << doc.blocks[1].text;
  EXPECT_TRUE(nothing_lost(doc));
}

// Reading order put a table's first cells before its caption, which the page prints above
// them: the caption heads the cells, and the cells after it still follow it.
TEST(PdfRegionsTest, CaptionPrintedAboveCellsReadBeforeItKeepsTheCellsAfterIt) {
  Document doc = between_paragraphs([](PageOfLines& p) {
    p.add("최종상태", 90, 140, 9, 200);
    p.add("현상 유지", 90, 140, 9, 215);
    p.add("<표 1> 가상 목표", 200, 400, 9, 180);
    p.add("주요 내용", 300, 360, 9, 200);
    p.add("가상 항목의 중단", 300, 420, 9, 215);
    p.add("현상 변경", 90, 140, 9, 230);
    p.add("가상 항목의 확대", 300, 420, 9, 230);
  });
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "table", "paragraph"}));
  EXPECT_EQ(doc.blocks[1].text,
            "최종상태\n현상 유지\n주요 내용\n가상 항목의 중단\n현상 변경\n가상 항목의 확대");
}

// A chart's first cell is numbered and reads before the caption printed above it: set, like
// the cells under it, smaller than the body, it is the chart's, not a numbered heading.
TEST(PdfRegionsTest, ANumberedCellReadBeforeItsCaptionIsNoHeading) {
  Document doc = between_paragraphs([](PageOfLines& p) {
    p.add("1. 가상 단계", 90, 160, 8.5, 200);
    p.add("가상 세부 항목", 90, 170, 8.5, 215);
    p.add("가상 다른 항목", 90, 170, 8.5, 230);
    p.add("<표 1> 가상 절차", 200, 400, 9, 180);
  });
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "table", "paragraph"}));
  EXPECT_EQ(doc.blocks[1].text, "1. 가상 단계\n가상 세부 항목\n가상 다른 항목");
}

// A figure set inside the column, the text wrapping beside it: its caption comes in the
// middle of a sentence, and the sentence goes on after it in the body's type.
TEST(PdfRegionsTest, CaptionInTheMiddleOfASentenceLeavesTheParagraphWhole) {
  PageOfLines p;
  p.body(full(1));
  p.last("짧게 끝나는 첫 문단이다.");
  p.body(full(2));
  p.add("끝이다. 그림 옆으로 좁아진 줄의", 72, 250);
  p.add("그림 1. 가상 구성도", 300, 450, 9);
  p.add("이어지는 문장이 끝난다.", 72, 250);
  p.body(full(3));
  p.last("끝이다.");
  Document doc = document_of({p});
  ASSERT_EQ(types(doc),
            (std::vector<std::string>{"paragraph", "paragraph", "figure", "paragraph"}));
  EXPECT_NE(doc.blocks[1].text.find("좁아진 줄의 이어지는"), std::string::npos)
      << doc.blocks[1].text;
  EXPECT_EQ(doc.blocks[2].caption, "그림 1. 가상 구성도");
  EXPECT_TRUE(nothing_lost(doc));
}

// Two columns, each with its footnote area at its foot in smaller type: a note that the left
// column's foot cuts off in mid-sentence goes on at the top of the right column's footnote
// area, not as a paragraph of its own.
TEST(PdfRegionsTest, ANoteCutAtAColumnsFootGoesOnAtTheNextColumnsFoot) {
  PageOfLines p;
  p.add("좌단 본문은 주석이 달린 문장으로 시작하고", 72, 290);
  p.add("가상 제도를 설명한다.1) 이어서 다른", 72, 290);
  p.add("문장이 단의 끝까지 이어지고 끝난다.", 72, 250);
  p.gap();
  p.add("1) 가상 제도의 정의는 다음 단의 주석 영역으로", 72, 290, 8, 700);
  p.gap();
  p.add("우단 본문은 위에서 다시 시작하는 문단으로", 310, 528, kBody, 100);
  p.add("좌단과 다른 내용을 설명하며 이어지고", 310, 528, kBody, 116);
  p.add("짧게 끝나는 문단이다.", 310, 420, kBody, 132);
  p.gap();
  p.add("이어지는 주석의 끝이다.", 310, 420, 8, 700);
  Document doc = document_of({p});
  ASSERT_EQ(doc.footnotes.size(), 1u);
  EXPECT_NE(doc.footnotes[0].text.find("이어지는 주석의 끝이다."), std::string::npos)
      << doc.footnotes[0].text;
  for (const auto& b : doc.blocks)
    EXPECT_EQ(b.text.find("이어지는 주석"), std::string::npos) << b.text;
  EXPECT_TRUE(nothing_lost(doc));
}

// The last page's colophon at the foot of its left column (an address, a telephone number),
// which reading order sets before the right column's body: the right column goes back up the
// page, and the colophon is the publisher's matter, no paragraph of the body.
TEST(PdfRegionsTest, AColophonAtAColumnsFootBeforeTheNextColumnIsBackMatter) {
  PageOfLines p;
  for (int k = 1; k < 4; ++k) p.add(full(k), 72, 290);
  p.add("짧게 끝나는 좌단의 문단이다.", 72, 200);
  p.gap();
  p.add("03000 서울시 가상구 가상대로 1 가상연구원", 72, 250, 8, 780);
  p.add("Tel. 02-000-0000", 72, 150, 8, 792);
  p.gap();
  for (int k = 4; k < 7; ++k) p.add(full(k), 310, 528, kBody, 100 + 16.0f * (k - 4));
  p.add("우단의 마지막 문단이 끝난다.", 310, 420, kBody, 148);
  Document doc = document_of({p});
  for (const auto& b : doc.blocks) {
    if (b.type == BlockType::back_matter) continue;
    EXPECT_EQ(b.text.find("가상대로"), std::string::npos) << to_string(b.type) << ": " << b.text;
  }
  EXPECT_TRUE(nothing_lost(doc));
}

// A cover with no byline prints its contents under the title: numbered lines whose texts a
// later page prints again as headings, without their numbers (set apart there) and perhaps
// with a footnote's marker. They are the cover's front matter, not headings.
TEST(PdfRegionsTest, ContentsUnderACoversTitleAreFrontMatter) {
  PageOfLines cover;
  cover.next_top = 400;  // the cover's title and contents stand lower than any heading
  cover.add("가상 제도의 이해", 72, 400, 24);
  cover.add("1 가상 제도의 배경", 72, 250, 11);
  cover.add("2 가상 제도의 현황", 72, 250, 11);
  cover.add("3 가상 제도의 과제", 72, 250, 11);
  PageOfLines p;
  p.number = 2;
  p.body(full(1));
  p.last("머리말은 짧게 끝난다.");
  for (const char* heading : {"가상 제도의 배경", "가상 제도의 현황 1)", "가상 제도의 과제"}) {
    p.add(heading, 72, 250, 14);
    p.body(full(static_cast<int>(p.lines.size())));
    p.last("짧게 끝나는 문단이다.");
  }
  p.add("1) 가상 주석이다.", 72, 200, 8);
  // More pages of prose: a text on two pages of seven repeats too seldom for a running header.
  std::vector<PageOfLines> pages{cover, p};
  for (std::uint32_t n = 3; n <= 7; ++n) {
    PageOfLines more;
    more.number = n;
    more.body(full(static_cast<int>(n)));
    more.last("짧게 끝나는 문단이다.");
    pages.push_back(more);
  }
  Document doc = document_of(pages);
  ASSERT_EQ(doc.front_matter.size(), 3u);
  EXPECT_EQ(doc.front_matter[0].text, "1 가상 제도의 배경");
  std::vector<std::string> headings;
  for (const auto& b : doc.blocks)
    if (b.type == BlockType::heading) headings.push_back(b.text);
  EXPECT_EQ(headings,
            (std::vector<std::string>{"가상 제도의 배경", "가상 제도의 현황", "가상 제도의 과제"}));
  EXPECT_TRUE(nothing_lost(doc));
}

// A table that runs to its page's end: the next page opens with a heading in type larger
// than the cells', which ends the table however short the heading is. A unit note a little
// larger than the cells but smaller than the body stays in the table.
TEST(PdfRegionsTest, TypeLargerThanTheCellsEndsATable) {
  PageOfLines p;
  for (int k = 10; k < 14; ++k) p.body(full(k));
  p.last("짧게 끝나는 첫 문단이다.");
  p.add("<표 1> 가상 전략", 200, 400, 9);
  p.add("주요 전략", 90, 160, 9);
  p.add("(단위: 백만 원)", 400, 480, 9.5);
  p.add("첫째 노력", 90, 160, 9);
  PageOfLines q;
  q.number = 2;
  q.add("둘째 절의 제목", 72, 200, 13);
  for (int k = 20; k < 24; ++k) q.body(full(k));
  q.last("끝이다.");
  Document doc = document_of({p, q});
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "table", "heading", "paragraph"}));
  EXPECT_EQ(doc.blocks[1].text, "주요 전략\n(단위: 백만 원)\n첫째 노력");
}

// A numbered item set in a type of its own, as a sub-heading is: the body's paragraph set
// apart under it is no continuation of the item.
TEST(PdfRegionsTest, ABodyParagraphSetApartUnderAnItemInAnotherTypeIsNoPartOfIt) {
  PageOfLines p;
  for (int k = 10; k < 14; ++k) p.body(full(k));
  p.last("짧게 끝나는 첫 문단이다.");
  p.gap();
  p.add("(1) " + full(2), 72, 522, 9.5);
  p.gap();
  p.add(full(3), 82, 522);
  p.body(full(4));
  p.last("끝이다.");
  Document doc = document_of({p});
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "list", "paragraph"}));
  EXPECT_EQ(doc.blocks[1].items.size(), 1u);
}

// The body's type is the one most of the text is set in: a page of many short cells in
// small type and fewer full lines in the body's still has the body's size as its em.
TEST(PdfRegionsTest, TheBodysTypeIsThatOfMostTextNotOfMostLines) {
  LineGeometryTable geometry;
  std::vector<std::uint32_t> lines;
  auto add = [&](float left, float right, float size) {
    LineGeometry g;
    g.page = 1;
    g.left = left;
    g.right = right;
    g.font_size = size;
    lines.push_back(static_cast<std::uint32_t>(geometry.size()));
    geometry.push_back(g);
  };
  for (int k = 0; k < 5; ++k) add(72, 522, 10);
  for (int k = 0; k < 12; ++k) add(90, 130, 8);
  detail::BodyType body(geometry, lines);
  EXPECT_FLOAT_EQ(body.size(), 10);
  EXPECT_TRUE(body.smaller(5));
  EXPECT_TRUE(body.body_sized(0));
}

}  // namespace
}  // namespace kbrief::test
