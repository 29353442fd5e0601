// SPDX-License-Identifier: MIT
// A PDF's body type as the yardstick of headings: the type they share, and what it tells
// segmentation about a table that seems to run on into a heading.
#include "body_type.h"

#include "kbrief/blocks.h"
#include "kbrief/layout.h"
#include "kbrief/lines.h"
#include "test_support.h"

namespace kbrief::test {
namespace {

// One line per entry: its text and type (size in points, bold), top to bottom on page 1.
struct TypedLine {
  std::string text;
  float size;
  bool bold;
};

LineGeometryTable geometry_of(const std::vector<TypedLine>& lines) {
  LineGeometryTable out;
  float top = 60;
  for (const TypedLine& l : lines) {
    LineGeometry g;
    g.page = 1;
    g.left = 72;
    g.right = 72 + 8.0f * static_cast<float>(l.text.size()) / 3;
    g.top = top;
    g.bottom = top + l.size;
    g.font_size = l.size;
    g.bold = l.bold;
    top += l.size * 1.6f;
    out.push_back(g);
  }
  return out;
}

TEST(BodyTypeTest, LinesShareALargerTypeOnlyInTheSameSizeAndWeight) {
  std::vector<TypedLine> lines = {{"제목", 12, true},      {full(1), 10, false},
                                  {full(2), 10, false},    {"다른 제목", 12, true},
                                  {"굵은 본문", 10, true}, {"굵은 줄", 10, true},
                                  {"작은 제목", 12, false}};
  LineGeometryTable geometry = geometry_of(lines);
  std::vector<std::uint32_t> all = {0, 1, 2, 3, 4, 5, 6};
  detail::BodyType body(geometry, all);
  EXPECT_TRUE(body.same_larger_type(0, 3));
  EXPECT_FALSE(body.same_larger_type(0, 6));  // the same size, not bold
  EXPECT_FALSE(body.same_larger_type(4, 5));  // bold in the body's size is not larger
  EXPECT_FALSE(body.same_larger_type(1, 2));
}

// A table printed under a section runs, in reading order, into the next section's heading; the
// heading is set in the larger type of the two headings before it, which no cell shares.
TEST(BodyTypeTest, LineInTheHeadingsLargerTypeEndsATable) {
  std::vector<TypedLine> lines = {{"첫째 절의 제목", 12, true},
                                  {full(1), 10, false},
                                  {"끝이다.", 10, false},
                                  {"둘째 절의 제목", 12, true},
                                  {full(2), 10, false},
                                  {"끝이다.", 10, false},
                                  {"<표 1> 가상 통계", 10, false},
                                  {"구분", 9, false},
                                  {"2023", 9, false},
                                  {"셋째 절의 제목", 12, true},
                                  {"2024", 9, false},
                                  {"합계", 9, false},
                                  {full(3), 10, false},
                                  {"끝이다.", 10, false}};
  std::string text;
  for (const TypedLine& l : lines) text += l.text + "\n";
  LineTable table = split_lines(text);
  LineGeometryTable geometry = geometry_of(lines);
  Layout layout = analyse_layout(text, table, geometry);
  Blocks blocks = segment_blocks(text, table, layout, geometry, PdfInfo{});
  std::vector<std::uint32_t> headings;
  for (const BlockLines& b : blocks.blocks)
    if (b.type == BlockType::heading) headings.push_back(b.lines.front());
  EXPECT_EQ(headings, (std::vector<std::uint32_t>{0, 3, 9}));
}

}  // namespace
}  // namespace kbrief::test
