// SPDX-License-Identifier: MIT
// Stage 2b: pdftotext -layout pages read a column at a time, split at the page's own gutters.
#include <kbrief/columns.h>

#include "test_support.h"
#include "unicode.h"

namespace kbrief::test {
namespace {

// Each piece of the table read in columns as "line:column text" (the column of its first
// character, as a position would give it), blank lines left out.
std::vector<std::string> pieces(const std::string& text) {
  LineTable table = read_columns(text, split_lines(text));
  std::vector<std::string> out;
  for (const Line& l : table.lines) {
    std::string_view piece = detail::trim(std::string_view(text).substr(l.begin, l.end - l.begin));
    if (piece.empty()) continue;
    std::size_t column = 1 + detail::count_code_points(std::string_view(text).substr(
                                 l.origin, piece.data() - text.data() - l.origin));
    out.push_back(std::to_string(l.number) + ":" + std::to_string(column) + " " +
                  std::string(piece));
  }
  return out;
}

// A line of `n` syllables, as a justified column sets its lines; k = 0..13 give different lines.
std::string prose(int k, int n) {
  static const char32_t kSyllables[] = U"가나다라마바사아자차카타파하";
  std::string out;
  for (int i = 0; i < n; ++i) {
    if (i % 5 == 4 && i + 1 < n) {
      out += ' ';
      continue;
    }
    detail::append_utf8(out, kSyllables[(k * 5 + i) % 14]);
  }
  return out;
}

std::string pad(std::string s, std::size_t columns) {
  std::size_t n = detail::count_code_points(s);
  if (n < columns) s.append(columns - n, ' ');
  return s;
}

TEST(Columns, TwoColumnsAreReadOneAfterTheOther) {
  std::string text = "제목이 가운데 선다\n\n";
  for (int k = 0; k < 5; ++k) text += pad(prose(k, 20), 26) + prose(10 + k, 20) + "\n";
  text += pad(prose(5, 9), 26) + prose(15, 20) + "\n";
  text += "\f";
  std::vector<std::string> want = {"1:1 제목이 가운데 선다"};
  for (int k = 0; k < 5; ++k) want.push_back(std::to_string(k + 3) + ":1 " + prose(k, 20));
  want.push_back("8:1 " + prose(5, 9));
  for (int k = 0; k < 6; ++k) want.push_back(std::to_string(k + 3) + ":27 " + prose(10 + k, 20));
  EXPECT_EQ(pieces(text), want);
}

TEST(Columns, MarginLabelOpensTheBodyBesideIt) {
  std::string text = "        " + prose(0, 30) + "\n";
  text += "        " + prose(1, 30) + "\n";
  text += "논의 배경    " + prose(2, 30) + "\n";
  text += "        " + prose(3, 30) + "\n";
  text += "        " + prose(4, 30) + "\n";
  text += "        " + prose(5, 30) + "\n";
  std::vector<std::string> want = {
      "1:9 " + prose(0, 30), "2:9 " + prose(1, 30), "3:1 논의 배경",      "3:10 " + prose(2, 30),
      "4:9 " + prose(3, 30), "5:9 " + prose(4, 30), "6:9 " + prose(5, 30)};
  EXPECT_EQ(pieces(text), want);
}

// Labels set half a line lower than the items they stand for, beside each item's second line:
// each is read before its item, and its lines are marked as a margin label's (the first, then
// the ones that go on with it).
TEST(Columns, MarginLabelBesideAnItemsSecondLineOpensTheItem) {
  std::string text = "         ▪" + prose(0, 30) + "\n";
  text += "가상 배경     " + prose(1, 30) + "\n";
  text += "          " + prose(2, 20) + "\n";
  text += "         ▪" + prose(3, 30) + "\n";
  text += "          " + prose(4, 30) + "\n";
  text += "\n";
  text += "         ▪" + prose(5, 30) + "\n";
  text += "가상 제도의    " + prose(6, 30) + "\n";
  text += "주요 내용     " + prose(7, 30) + "\n";
  text += "          " + prose(8, 30) + "\n";
  LineTable table = read_columns(text, split_lines(text));
  std::vector<std::string> got;
  for (const Line& l : table.lines) {
    std::string_view t = detail::trim(std::string_view(text).substr(l.begin, l.end - l.begin));
    if (t.empty()) continue;
    if (l.margin_label == Line::MarginLabel::none) {
      got.push_back(std::to_string(l.number));  // the body's lines: where they come
      continue;
    }
    const char* mark = l.margin_label == Line::MarginLabel::first ? "L " : "+ ";
    got.push_back(mark + std::to_string(l.number) + " " + std::string(t));
  }
  EXPECT_EQ(got,
            (std::vector<std::string>{"L 2 가상 배경", "1", "2", "3", "4", "5", "L 8 가상 제도의",
                                      "+ 9 주요 내용", "7", "8", "9", "10"}));
}

// A running footer whose first words stand where the margin labels stand is the page's
// footer still, read whole: it repeats (its page number aside) at the foot of the other page.
TEST(Columns, RunningFooterBesideMarginLabelsStaysWhole) {
  auto footer = [](int page) {
    return pad("       용어 사전", 50) + "KIDA Brief " + std::to_string(page);
  };
  std::string text;
  for (int page = 1; page <= 2; ++page) {
    // Seven lines of prose each page, none repeated on the other.
    text += pad("논의 배경", 16) + prose(page * 7, 30) + "\n";
    for (int k = 0; k < 6; ++k) text += std::string(16, ' ') + prose(page * 7 + k + 1, 30) + "\n";
    text += "\n" + footer(page) + "\n\f";
  }
  std::vector<std::string> want;
  for (int page = 1; page <= 2; ++page) {
    int first = page == 1 ? 1 : 10;
    want.push_back(std::to_string(first) + ":1 논의 배경");
    want.push_back(std::to_string(first) + ":17 " + prose(page * 7, 30));
    for (int k = 0; k < 6; ++k)
      want.push_back(std::to_string(first + k + 1) + ":17 " + prose(page * 7 + k + 1, 30));
    want.push_back(std::to_string(first + 8) + ":8 " + std::string(detail::trim(footer(page))));
  }
  EXPECT_EQ(pieces(text), want);
}

TEST(Columns, TableInOneColumnStaysBesideTheOther) {
  // The left column holds prose and a table with cells set apart; the right one prose only.
  const std::vector<std::string> left = {prose(0, 26),
                                         prose(1, 26),
                                         prose(2, 26),
                                         "구분      개정전      개정후",
                                         "분류      일군        일급",
                                         "대상      열개        열일곱개",
                                         prose(3, 26),
                                         prose(4, 26),
                                         prose(5, 26),
                                         prose(6, 26)};
  std::string text;
  for (std::size_t k = 0; k < left.size(); ++k)
    text += pad(left[k], 30) + prose(10 + static_cast<int>(k), 20) + "\n";
  std::vector<std::string> want;
  for (std::size_t k = 0; k < left.size(); ++k)
    want.push_back(std::to_string(k + 1) + ":1 " + left[k]);
  for (std::size_t k = 0; k < left.size(); ++k)
    want.push_back(std::to_string(k + 1) + ":31 " + prose(10 + static_cast<int>(k), 20));
  EXPECT_EQ(pieces(text), want);
}

// Columns whose baselines alternate: most lines have text on one side only, each side's
// lines running on across a line of the other's. Rows are (left, right); an empty side is
// left blank.
std::string rows_of(const std::vector<std::pair<std::string, std::string>>& rows) {
  std::string text;
  for (const auto& [left, right] : rows)
    text += (right.empty() ? left : pad(left, 26) + right) + "\n";
  return text + "\f";
}

// The pieces rows_of() gives, read a column at a time.
std::vector<std::string> left_then_right(
    const std::vector<std::pair<std::string, std::string>>& rows) {
  std::vector<std::string> want, right;
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::string n = std::to_string(r + 1);
    if (!rows[r].first.empty()) want.push_back(n + ":1 " + rows[r].first);
    if (!rows[r].second.empty()) right.push_back(n + ":27 " + rows[r].second);
  }
  want.insert(want.end(), right.begin(), right.end());
  return want;
}

TEST(Columns, ColumnsWhoseLinesAlternateAreReadOneAfterTheOther) {
  std::vector<std::pair<std::string, std::string>> rows;
  for (int k = 0; k < 3; ++k)
    rows.push_back({prose(k, 20), ""}), rows.push_back({"", prose(10 + k, 20)});
  for (int k = 3; k < 6; ++k) rows.push_back({prose(k, 20), prose(10 + k, 20)});
  for (int k = 6; k < 9; ++k)
    rows.push_back({prose(k, 20), ""}), rows.push_back({"", prose(10 + k, 20)});
  EXPECT_EQ(pieces(rows_of(rows)), left_then_right(rows));
}

// A line that reaches nearer the other column cuts short the run beside the narrowest
// gutter; the gutter beside as many lines that runs the whole page is the page's.
// Plain pdftotext reads the left column's last lines and the publisher's box beside them (a
// polite note, where the body speaks plainly) a row at a time, after the right column's block
// above the box: the left column's lines come first, then that block, then the box.
TEST(Columns, RowsBesideThePublishersBoxAreReadLeftColumnFirst) {
  auto text_with = [](const std::string& box_end) {
    return "앞 쪽의 본문이다.\n\f" + prose(0, 20) + "\n" + prose(1, 20) + "다.\n\n" + prose(2, 20) +
           "\n" + prose(3, 20) + "다.\n\n" + prose(4, 20) + "\n\n" +
           "『가상 소식지』는 입법활동을 지원하기 위해\n\n" + prose(5, 20) + "\n\n" + box_end +
           "\n\n" + prose(6, 20) + "\n" + prose(7, 12) + "다.\n\nISSN 1234-567X\n\f";
  };
  auto numbers = [](const std::string& text) {
    std::vector<std::string> out;
    for (const std::string& piece : pieces(text)) out.push_back(piece.substr(0, piece.find(':')));
    return out;
  };
  EXPECT_EQ(
      numbers(text_with("수시로 발간하는 정보 소식지입니다.")),
      (std::vector<std::string>{"1", "2", "3", "8", "12", "16", "17", "5", "6", "10", "14", "19"}));
  // A box that speaks as the body does is no sign of the publisher's: read as it stands.
  EXPECT_EQ(
      numbers(text_with("수시로 발간하는 정보 소식지이다.")),
      (std::vector<std::string>{"1", "2", "3", "5", "6", "8", "10", "12", "14", "16", "17", "19"}));
}

TEST(Columns, TheGutterThatRunsFurthestIsThePages) {
  std::vector<std::pair<std::string, std::string>> rows = {{"", prose(10, 20)}, {prose(0, 23), ""}};
  for (int k = 1; k < 5; ++k)
    rows.push_back({"", prose(10 + k, 20)}), rows.push_back({prose(k, 20), ""});
  for (int k = 5; k < 8; ++k) rows.push_back({prose(k, 20), prose(10 + k, 20)});
  for (int k = 8; k < 13; ++k)
    rows.push_back({prose(k, 20), ""}), rows.push_back({"", prose(10 + k, 20)});
  EXPECT_EQ(pieces(rows_of(rows)), left_then_right(rows));
}

TEST(Columns, TableColumnsAndFigureBoxesAreReadAsTheyStand) {
  // A table's first column beside wide rows of cells, and two boxes of a figure side by side:
  // neither side is prose, so no line is cut.
  std::string text = "[표 1] 구분과 내용\n";
  const char* rows[] = {
      "서울     41,715       17.5   48,767", "경기     25,611       10.7   28,082",
      "인천      4,787        2.0    5,243", "대전     65,132       27.3   68,208",
      "소계     72,113       30.2   82,092", "기타     11,561        4.8   23,666"};
  for (const char* r : rows) text += std::string(r) + "\n";
  text += "\n      분류1 (개발도상국)              분류2 (신흥공업국)\n\n";
  text += "      ㅇ(수출형태) 국외판매           ㅇ(수출형태) 공동 연구개발\n\n";
  LineTable lines = split_lines(text);
  EXPECT_EQ(read_columns(text, lines).lines.size(), lines.lines.size());
}

// A diagram's boxes in two groups side by side, each line a coded label and a few words, and
// its caption below: no sentence ends on either side, so the groups are a figure's cells, read
// as they stand, not two columns whose right one would follow the caption.
TEST(Columns, LabelledBoxesOfAFigureAreReadAsTheyStand) {
  std::string text;
  for (int k = 0; k < 6; ++k) {
    std::string n = std::to_string(k + 1);
    text += pad("A" + n + ". " + prose(k, 14), 36) + "B" + n + ". " + prose(7 + k, 14) + "\n";
  }
  text += "\n그림 1. 분야별 과제의 구성\n";
  LineTable lines = split_lines(text);
  EXPECT_EQ(read_columns(text, lines).lines.size(), lines.lines.size());
}

// A figure the prose wraps around: its caption alone on one side of the gutter, the prose
// narrowed to a short column on the other, running on from line to line. The caption is cut
// from the prose line beside it and read after the column (caption on the right) or before it
// (caption on the left), never joined to a line of prose.
TEST(Columns, ACaptionBesideProseNarrowedAroundItsFigureIsReadApart) {
  std::string text = prose(0, 40) + "\n\n";
  for (int k = 1; k <= 6; ++k) {
    std::string line = prose(k, 14) + (k == 6 ? "다." : "");
    text += k == 4 ? pad(line, 30) + "그림 1. 가상 구성도" : line;
    text += "\n";
  }
  text += "\n" + prose(7, 40) + "\n";
  std::vector<std::string> want = {"1:1 " + prose(0, 40)};
  for (int k = 1; k <= 6; ++k)
    want.push_back(std::to_string(k + 2) + ":1 " + prose(k, 14) + (k == 6 ? "다." : ""));
  want.push_back("6:31 그림 1. 가상 구성도");
  want.push_back("10:1 " + prose(7, 40));
  EXPECT_EQ(pieces(text), want);

  std::string left = prose(0, 40) + "\n\n";
  for (int k = 1; k <= 6; ++k) {
    std::string line = prose(k, 14) + (k == 6 ? "다." : "");
    left += (k == 4 ? pad("그림 2. 가상 전개", 30) : std::string(30, ' ')) + line + "\n";
  }
  std::vector<std::string> want_left = {"1:1 " + prose(0, 40), "6:1 그림 2. 가상 전개"};
  for (int k = 1; k <= 6; ++k)
    want_left.push_back(std::to_string(k + 2) + ":31 " + prose(k, 14) + (k == 6 ? "다." : ""));
  EXPECT_EQ(pieces(left), want_left);
}

// The same figure at a page's foot: the narrowed prose ends the page beside the caption, and
// the page's number below, set apart by blank lines, is no line of that prose. The caption is
// still read apart from the prose line beside it.
TEST(Columns, ACaptionBesideProseAtThePageFootIsReadApartFromTheNumberBelow) {
  std::string text = prose(0, 40) + "\n\n";
  for (int k = 1; k <= 6; ++k) {
    std::string line = prose(k, 14) + (k == 3 ? "다." : "");
    text += k == 6 ? pad(line, 30) + "그림 3. 가상 흐름도" : line;
    text += "\n";
  }
  text += "\n\n\n17\n\f";
  std::vector<std::string> want = {"1:1 " + prose(0, 40)};
  for (int k = 1; k <= 6; ++k)
    want.push_back(std::to_string(k + 2) + ":1 " + prose(k, 14) + (k == 3 ? "다." : ""));
  want.push_back("8:31 그림 3. 가상 흐름도");
  want.push_back("12:1 17");
  EXPECT_EQ(pieces(text), want);
}

TEST(Columns, ATableAloneAndSingleColumnProseStayWhole) {
  std::string text =
      "구분     개정전    개정후\n분류     일군      일급\n대상     열개      열일곱개\n"
      "범위     국내      국외 포함\n";
  for (int k = 0; k < 6; ++k) text += prose(k, 40) + "\n";
  LineTable lines = split_lines(text);
  LineTable read = read_columns(text, lines);
  ASSERT_EQ(read.lines.size(), lines.lines.size());
  for (std::size_t i = 0; i < lines.lines.size(); ++i) {
    EXPECT_EQ(read.lines[i].begin, lines.lines[i].begin);
    EXPECT_EQ(read.lines[i].end, lines.lines[i].end);
  }
}

TEST(Columns, DocumentLosesNothingAndPositionsNameTheInput) {
  std::string text = "제목이 가운데 선다\n\n";
  for (int k = 0; k < 5; ++k) text += pad(prose(k, 20), 26) + prose(7 + k, 20) + "\n";
  text += pad(prose(5, 9) + ".", 26) + prose(12, 9) + ".\n\f";
  Document doc = document_from(text);
  EXPECT_TRUE(nothing_lost(doc));
  nlohmann::json j = json_of(doc);
  EXPECT_EQ(j["source"]["lines"], 8);
  std::vector<std::string> paragraphs;
  for (const auto& b : j["blocks"])
    if (b["type"] == "paragraph") paragraphs.push_back(b["text"]);
  ASSERT_FALSE(paragraphs.empty());
  // The left column's text comes whole before the right column's.
  std::string all;
  for (const auto& p : paragraphs) all += p;
  EXPECT_LT(all.find(prose(5, 9)), all.find(prose(7, 20)));
}

}  // namespace
}  // namespace kbrief::test
