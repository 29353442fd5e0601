// SPDX-License-Identifier: MIT
// Segmentation of a PDF's lines, where their geometry (where the page sets them, in what
// type) is the evidence: small pages written by hand, each line with its box and size.
#include "test_support.h"

namespace kbrief::test {
namespace {

// One line of a page: its text, where it stands, and its type (the body is set in 10 points).
struct PdfLine {
  std::string text;
  float top = 0;
  float size = 10;
  float left = 72;
  bool bold = false;
};

struct PdfBlocks {
  std::string text;
  LineTable table;
  Layout layout;
  Blocks blocks;
  // The blocks' types, in order.
  std::vector<std::string> types() const {
    std::vector<std::string> out;
    for (const auto& b : blocks.blocks) out.emplace_back(to_string(b.type));
    return out;
  }
  std::string joined_types() const {
    std::string out;
    for (const auto& t : types()) out += t + " ";
    return out;
  }
  const BlockLines* first_of(BlockType type) const {
    for (const auto& b : blocks.blocks)
      if (b.type == type) return &b;
    return nullptr;
  }
};

// Segments one page of lines; an empty text is a blank line, as the PDF reader puts one where
// space above a line ends a block.
PdfBlocks segment_pdf(const std::vector<PdfLine>& lines) {
  PdfBlocks out;
  LineGeometryTable geometry;
  for (const PdfLine& l : lines) {
    out.text += l.text + "\n";
    LineGeometry g;
    g.page = 1;
    g.left = l.left;
    g.right = l.text.empty() ? l.left : l.left + 430;
    g.top = l.top;
    g.bottom = l.top + l.size;
    g.font_size = l.text.empty() ? 0 : l.size;
    g.bold = l.bold;
    g.blank = l.text.empty();
    geometry.push_back(g);
  }
  out.text += "\f";
  out.table = split_lines(out.text);
  geometry.resize(out.table.lines.size());
  out.layout = analyse_layout(out.text, out.table, geometry);
  out.blocks = segment_blocks(out.text, out.table, out.layout, geometry);
  return out;
}

// Body lines from `top` down, 18 points apart, the last one short and ending its sentence.
std::vector<PdfLine> paragraph(int first, float top, int count) {
  std::vector<PdfLine> out;
  for (int k = 0; k < count - 1; ++k) out.push_back({full(first + k), top + 18.0f * k});
  out.push_back({"짧게 끝나는 문단의 마지막 줄이다.", top + 18.0f * (count - 1)});
  return out;
}

std::vector<PdfLine> operator+(std::vector<PdfLine> a, const std::vector<PdfLine>& b) {
  a.insert(a.end(), b.begin(), b.end());
  return a;
}

bool has_list(const PdfBlocks& p) {
  return p.first_of(BlockType::list) != nullptr;
}

// The text layer reads a table's left column before its caption, though the page sets the
// caption above the table: the column's lines are cells, and so are the bullets after it.
TEST(PdfBlocksTest, ALeftColumnReadBeforeItsCaptionButSetBelowIt) {
  auto lines = paragraph(1, 100, 4) +
               std::vector<PdfLine>{{"", 170},
                                    {"구분", 210, 9, 120},
                                    {"첫째 유형", 225, 9, 120},
                                    {"", 240},
                                    {"<표 1> 유형별 주요 내용", 190, 9, 200},
                                    {"주요 내용", 210, 9, 300},
                                    {"• 첫째 유형의 내용", 225, 9, 300},
                                    {"• 둘째 유형의 내용", 240, 9, 300},
                                    {"", 255}} +
               paragraph(10, 300, 3);
  PdfBlocks p = segment_pdf(lines);
  EXPECT_FALSE(has_list(p)) << p.joined_types();
  ASSERT_NE(p.first_of(BlockType::table), nullptr);
  EXPECT_EQ(p.first_of(BlockType::table)->lines.size(), 6u);
}

// The same lines set above the caption are the table's region printed over it: the caption
// closes it, and the bullets after are a list of the text.
TEST(PdfBlocksTest, ARegionSetAboveItsCaptionEndsWithIt) {
  auto lines = paragraph(1, 100, 4) + std::vector<PdfLine>{{"", 170},
                                                           {"구분", 180, 9, 120},
                                                           {"첫째 유형", 195, 9, 120},
                                                           {"", 205},
                                                           {"<표 1> 유형별 주요 내용", 215, 9, 200},
                                                           {"", 230},
                                                           {"• 첫째 내용을 정리한 항목", 250},
                                                           {"• 둘째 내용을 정리한 항목", 268}};
  PdfBlocks p = segment_pdf(lines);
  EXPECT_TRUE(has_list(p)) << p.joined_types();
}

// Cells set in smaller type than the body's stay in the table however wide they run; once
// three cells are all in that type, the body's type after them is text again.
TEST(PdfBlocksTest, CellsInSmallerTypeStayInTheTableHoweverWide) {
  auto lines = paragraph(1, 100, 4) +
               std::vector<PdfLine>{{"", 170},
                                    {"<표 1> 유형별 주요 내용", 180, 9, 200},
                                    {"구분", 195, 9, 120},
                                    {"∙ " + full(20), 210, 9, 80},
                                    {"∙ " + full(21), 225, 9, 80},
                                    {"", 240},
                                    {"결론", 260, 12, 72, true},
                                    {"", 275}} +
               paragraph(30, 290, 3);
  PdfBlocks p = segment_pdf(lines);
  EXPECT_FALSE(has_list(p)) << p.joined_types();
  const BlockLines* table = p.first_of(BlockType::table);
  ASSERT_NE(table, nullptr);
  EXPECT_EQ(table->lines.size(), 4u);
  ASSERT_NE(p.first_of(BlockType::heading), nullptr);
}

// A lone circled number among cells set in smaller type, drawn from a font of the body's
// size, neither ends the table nor spoils its cells' type: the cells after it are still the
// table's, and a short line in the body's type after them leaves it.
TEST(PdfBlocksTest, ALoneSymbolInTheBodysSizeStaysAmongSmallCells) {
  auto lines = paragraph(1, 100, 4) +
               std::vector<PdfLine>{{"", 170},
                                    {"<표 1> 유형별 주요 내용", 180, 9, 200},
                                    {"구분", 195, 9, 120},
                                    {"첫째 유형", 210, 9, 120},
                                    {"둘째 유형", 225, 9, 120},
                                    {"", 235},
                                    {"③", 240, 10, 120},
                                    {"", 245},
                                    {"셋째 유형", 255, 9, 120},
                                    {"넷째 유형", 270, 9, 120},
                                    {"", 285},
                                    {"짧은 글이다.", 300},
                                    {"", 315}} +
               paragraph(10, 330, 3);
  PdfBlocks p = segment_pdf(lines);
  EXPECT_EQ(p.joined_types(), "paragraph table paragraph paragraph ");
  ASSERT_NE(p.first_of(BlockType::table), nullptr);
  EXPECT_EQ(p.first_of(BlockType::table)->lines.size(), 7u);
}

// A cell the text layer reads after the table's note, though the page sets it above the note
// (a right column), is still the table's.
TEST(PdfBlocksTest, ACellReadAfterTheNoteButSetAboveIt) {
  auto lines = paragraph(1, 100, 4) +
               std::vector<PdfLine>{{"", 170},
                                    {"<표 1> 유형별 주요 내용", 180, 9, 200},
                                    {"구분", 195, 9, 120},
                                    {"첫째 유형", 210, 9, 120},
                                    {"", 225},
                                    {"※ 자료: 연구원 작성", 260, 9},
                                    {"", 275},
                                    {"① 오른쪽 칸의 항목", 195, 9, 300},
                                    {"② 오른쪽 칸의 항목", 210, 9, 300},
                                    {"", 225}} +
               paragraph(10, 300, 3);
  PdfBlocks p = segment_pdf(lines);
  EXPECT_FALSE(has_list(p)) << p.joined_types();
  ASSERT_NE(p.first_of(BlockType::table), nullptr);
  EXPECT_EQ(p.first_of(BlockType::table)->lines.size(), 6u);
}

// A numbered line in larger type than the body's is a heading even where it runs as wide as a
// full line, and the body after it a paragraph, not the item's text.
TEST(PdfBlocksTest, ANumberedLineInProminentTypeIsAHeadingHoweverWide) {
  auto lines = paragraph(1, 100, 4) +
               std::vector<PdfLine>{{"", 170}, {"(1) " + full(40), 185, 12.5f}} +
               paragraph(10, 210, 3);
  PdfBlocks p = segment_pdf(lines);
  EXPECT_FALSE(has_list(p)) << p.joined_types();
  const BlockLines* h = p.first_of(BlockType::heading);
  ASSERT_NE(h, nullptr);
  EXPECT_EQ(h->lines.size(), 1u);
  EXPECT_TRUE(h->label.valid());
}

}  // namespace
}  // namespace kbrief::test
