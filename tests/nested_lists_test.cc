// SPDX-License-Identifier: MIT
// Nested lists (sub-items under bullets, by their marker or by indentation) and the first
// page's summary box of bullets, from small briefs of our own making.
#include <fmt/format.h>

#include "test_support.h"
#include "unicode.h"

namespace kbrief::test {
namespace {

std::vector<int> levels(const Block& b) {
  std::vector<int> out;
  for (const ListItem& item : b.items) out.push_back(item.level);
  return out;
}

std::string item_text(const Block& b, std::size_t k) {
  const Span& s = b.items[k].span;
  return b.text.substr(s.begin, s.end - s.begin);
}

class SubMarkerTest : public ::testing::TestWithParam<const char*> {};

TEST_P(SubMarkerTest, SubItemsNestUnderTheirBullet) {
  const std::string sub = GetParam();
  Document doc = document_from(pages(
      {{full(1), "문단이 끝난다.", "◎ 첫 항목", sub + " 첫 세부 항목", sub + " 둘째 세부 항목",
        "◎ 둘째 항목", sub + " 셋째 세부 항목", full(2), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "list", "paragraph"}));
  const Block& list = doc.blocks[1];
  EXPECT_EQ(levels(list), (std::vector<int>{1, 2, 2, 1, 2}));
  EXPECT_EQ(list.items[1].label.text, sub);
  EXPECT_EQ(item_text(list, 2), "둘째 세부 항목");
  EXPECT_TRUE(nothing_lost(doc));

  // The JSON nests them: the list holds the two bullets, each bullet its sub-items.
  nlohmann::json items = json_of(doc)["blocks"][1]["items"];
  ASSERT_EQ(items.size(), 2u);
  ASSERT_EQ(items[0]["items"].size(), 2u);
  EXPECT_EQ(items[0]["items"][1]["text"], "둘째 세부 항목");
  EXPECT_EQ(items[0]["items"][1]["level"], 2);
  ASSERT_EQ(items[1]["items"].size(), 1u);
  EXPECT_FALSE(items[1]["items"][0].contains("items"));
}

INSTANTIATE_TEST_SUITE_P(NestedLists, SubMarkerTest,
                         ::testing::Values("\uFF0D", "-", "\u2013", "\u00B7", "\u3147", "\u25E6",
                                           "\u25AA"));

TEST(NestedListsTest, SubItemsUnderSquareAndCircleBullets) {
  Document doc = document_from(pages({{full(1), "문단이 끝난다.", "□ 첫 항목", "○ 세부 항목",
                                       "■ 더 깊은 항목", "□ 둘째 항목", full(2), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "list", "paragraph"}));
  EXPECT_EQ(levels(doc.blocks[1]), (std::vector<int>{1, 2, 3, 1}));
  nlohmann::json items = json_of(doc)["blocks"][1]["items"];
  ASSERT_EQ(items.size(), 2u);
  EXPECT_EQ(items[0]["items"][0]["items"][0]["text"], "더 깊은 항목");
}

TEST(NestedListsTest, SameBulletIndentedDeeperIsASubItem) {
  Document doc =
      document_from(pages({{full(1), "문단이 끝난다.", "- 첫 항목", "    - 세부 항목 하나",
                            "    - 세부 항목 둘", "- 둘째 항목", full(2), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "list", "paragraph"}));
  const Block& list = doc.blocks[1];
  EXPECT_EQ(levels(list), (std::vector<int>{1, 2, 2, 1}));
  EXPECT_EQ(item_text(list, 3), "둘째 항목");
  EXPECT_TRUE(nothing_lost(doc));
}

TEST(NestedListsTest, NumberedSubListByIndentation) {
  Document doc = document_from(
      pages({{full(1), "문단이 끝난다.", "1. 첫 항목이다.", "   1. 세부 항목이다.",
              "   2. 둘째 세부 항목이다.", "2. 둘째 항목이다.", full(2), "끝이다."}}));
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "list", "paragraph"}));
  EXPECT_EQ(levels(doc.blocks[1]), (std::vector<int>{1, 2, 2, 1}));
}

TEST(NestedListsTest, NestedItemsKeepTheListRulesQuiet) {
  const std::string text = pages(
      {{full(1), "문단이 끝난다.", "◎ 첫 항목", "－ 세부 항목", "1. 번호 항목", "2. 둘째 번호 항목",
        "◎ 둘째 항목", "－ 세부 항목", "1. 다시 번호", "2. 또 번호", full(2), "끝이다."}});
  Document doc = document_from(text);
  ASSERT_EQ(types(doc), (std::vector<std::string>{"paragraph", "list", "paragraph"}));
  EXPECT_EQ(levels(doc.blocks[1]), (std::vector<int>{1, 2, 3, 3, 1, 2, 3, 3}));
  RunResult r = run_kbrief({"check", "--format", "json", "-"}, text);
  EXPECT_EQ(r.out.find("list-"), std::string::npos) << r.out;
}

// A first page like a KIDA Brief's: masthead, title and byline, then a box of side labels,
// lead lines and bullets with sub-bullets; the body starts afresh on the next page.
std::string box_brief() {
  return pages({{"No. 2099-가상-1",
                 "",
                 "가상 정책의 현황과 과제",
                 "홍길동, 김철수",
                 "가상정책연구센터",
                 "",
                 "배경과 목적",
                 "",
                 "가상 정책의 배경을 살피는 연구",
                 "◎ 첫째 배경 항목",
                 "◎ 둘째 배경 항목",
                 "",
                 "수행 결과",
                 "",
                 "가상 정책의 결과를 정리한 연구",
                 "◎ 첫째 결과 항목",
                 "－ 첫째 세부 결과",
                 "－ 둘째 세부 결과",
                 "◎ 둘째 결과 항목",
                 "－ 셋째 세부 결과"},
                {"No. 2099-가상-1", "", full(1), full(2), "첫 문단이 끝난다.", full(3),
                 "둘째 문단이 끝난다."}});
}

TEST(SummaryBoxTest, BoxSectionsBecomeSummariesWithTitlesAndNestedItems) {
  Document doc = document_from(box_brief());
  ASSERT_EQ(blocks_of(doc, BlockType::summary).size(), 2u) << ::testing::PrintToString(types(doc));
  EXPECT_EQ(blocks_of(doc, BlockType::paragraph).size(), 2u);
  EXPECT_EQ(blocks_of(doc, BlockType::list).size(), 0u);
  // No heading in or after the box (the byline above it is the front matter's business).
  for (const Block* h : blocks_of(doc, BlockType::heading))
    EXPECT_LT(h->last_line, blocks_of(doc, BlockType::summary)[0]->first_line) << h->text;
  const Block& first = *blocks_of(doc, BlockType::summary)[0];
  EXPECT_EQ(first.id, "s1");
  EXPECT_EQ(first.title, "배경과 목적");
  EXPECT_EQ(first.text, "가상 정책의 배경을 살피는 연구\n첫째 배경 항목\n둘째 배경 항목");
  EXPECT_EQ(levels(first), (std::vector<int>{1, 1}));
  const Block& second = *blocks_of(doc, BlockType::summary)[1];
  EXPECT_EQ(second.title, "수행 결과");
  EXPECT_EQ(levels(second), (std::vector<int>{1, 2, 2, 1, 2}));
  EXPECT_EQ(item_text(second, 4), "셋째 세부 결과");
  // The lead is a sentence, and so is each item.
  EXPECT_EQ(second.sentences.size(), 6u);
  EXPECT_TRUE(nothing_lost(doc));

  const nlohmann::json j = json_of(doc);
  nlohmann::json s2;
  for (const auto& b : j["blocks"])
    if (b["id"] == "s2") s2 = b;
  EXPECT_EQ(s2["title"], "수행 결과");
  ASSERT_EQ(s2["items"].size(), 2u);
  EXPECT_EQ(s2["items"][0]["items"].size(), 2u);
}

TEST(SummaryBoxTest, BoxIsNoSummaryWhenTheListRunsOnToTheNextPage) {
  std::string text = box_brief();
  // The first page's last item goes on at the top of the next page: the list is the body's.
  text.replace(text.find("No. 2099-가상-1\n\n" + full(1)), 0, "－ 넷째 세부 결과\n");
  Document doc = document_from(text);
  EXPECT_EQ(blocks_of(doc, BlockType::summary).size(), 0u);
}

TEST(SummaryBoxTest, BoxIsNoSummaryWhenItsProseEndsSentences) {
  std::string text = box_brief();
  text.replace(text.find("가상 정책의 배경을 살피는 연구"),
               std::string("가상 정책의 배경을 살피는 연구").size(),
               std::string(full(4)) + "\n이 연구는 배경을 살핀다.");
  Document doc = document_from(text);
  EXPECT_EQ(blocks_of(doc, BlockType::summary).size(), 0u);
}

TEST(SummaryBoxTest, MarkdownWritesTheTitleInBoldAndTheItemsNested) {
  RunResult r = run_kbrief({"markdown", "-"}, box_brief());
  EXPECT_NE(
      r.out.find("**수행 결과** 가상 정책의 결과를 정리한 연구\n\n- ◎ 첫째 결과 항목\n    - － "
                 "첫째 세부 결과\n"),
      std::string::npos)
      << r.out;
}

TEST(SummaryBoxTest, ChecksFindNoParagraphEndInTheBox) {
  RunResult r = run_kbrief({"check", "--format", "json", "-"}, box_brief());
  EXPECT_EQ(r.out.find("paragraph-end"), std::string::npos) << r.out;
  EXPECT_EQ(r.out.find("list-"), std::string::npos) << r.out;
}

}  // namespace
}  // namespace kbrief::test
