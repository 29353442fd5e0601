// SPDX-License-Identifier: MIT
// Acceptance on the real briefs of ../shared/corpus (skipped when it is absent).
#include "test_support.h"

namespace kbrief::test {
namespace {

Document corpus_document(const std::string& name) {
  std::string path = corpus_dir() + "/" + name;
  return document_from(read_file(path), path);
}

std::vector<std::string> texts(const std::vector<const Block*>& blocks) {
  std::vector<std::string> out;
  for (const Block* b : blocks) out.push_back(b->text);
  return out;
}

class KinuReferenceBrief : public ::testing::Test {
 protected:
  void SetUp() override {
    KBRIEF_REQUIRE_CORPUS();
    doc_ = corpus_document("kinu-ncg-2024.txt");
  }
  Document doc_;
};

TEST_F(KinuReferenceBrief, HasSixPages) {
  EXPECT_EQ(doc_.source.pages, 6u);
}

TEST_F(KinuReferenceBrief, HasItsThreeSectionHeadings) {
  EXPECT_EQ(texts(blocks_of(doc_, BlockType::heading)),
            (std::vector<std::string>{"‘핵기반 동맹(nuclear-based alliance)’으로의 본격화 준비",
                                      "북한의 반발, 일본의 관심, 중국의 우려와 경계",
                                      "정책적 고려사항"}));
}

TEST_F(KinuReferenceBrief, HasTwelveParagraphs) {
  auto paragraphs = blocks_of(doc_, BlockType::paragraph);
  ASSERT_EQ(paragraphs.size(), 12u);
  EXPECT_TRUE(paragraphs[0]->text.starts_with("한미 국방부는 2024년 2월 14일"));
  EXPECT_TRUE(paragraphs[11]->text.ends_with("준비도 마련하는 것이 바람직할 것이다."));
}

TEST_F(KinuReferenceBrief, TwelveFootnotesEachReferencedOnceInOrder) {
  ASSERT_EQ(doc_.footnotes.size(), 12u);
  std::vector<std::string> order;
  for (const Block& b : doc_.blocks)
    for (const FootnoteRef& r : b.footnote_refs) order.push_back(r.id);
  std::vector<std::string> expected;
  for (int n = 1; n <= 12; ++n) expected.push_back("fn" + std::to_string(n));
  EXPECT_EQ(order, expected);
  for (const Footnote& f : doc_.footnotes) EXPECT_EQ(f.referenced_by.size(), 1u) << f.id;
}

TEST_F(KinuReferenceBrief, TitleAuthorOrganisation) {
  EXPECT_EQ(doc_.metadata.title, "한미핵협의그룹(NCG) 프레임워크수립의미와 북한및주변국대응전망");
  ASSERT_EQ(doc_.metadata.authors.size(), 1u);
  EXPECT_EQ(doc_.metadata.authors[0].name, "김민성");
  EXPECT_EQ(doc_.metadata.authors[0].affiliation, "통일정책연구실");
  EXPECT_EQ(doc_.metadata.authors[0].position, "부연구위원");
  EXPECT_EQ(doc_.metadata.organization, "KINU");
  EXPECT_EQ(doc_.metadata.copyright, "ⓒKINU 2024");
}

TEST_F(KinuReferenceBrief, SecondParagraphHasTheEightItemCircledList) {
  auto paragraphs = blocks_of(doc_, BlockType::paragraph);
  ASSERT_GE(paragraphs.size(), 2u);
  ASSERT_EQ(paragraphs[1]->lists.size(), 1u);
  const InlineList& list = paragraphs[1]->lists[0];
  EXPECT_EQ(list.style, ListStyle::circled);
  ASSERT_EQ(list.items.size(), 8u);
  auto item = [&](int k) {
    const Span& s = list.items[k].span;
    return paragraphs[1]->text.substr(s.begin, s.end - s.begin);
  };
  EXPECT_EQ(item(0), "지침");
  EXPECT_EQ(item(1), "보안 및 정보공유 절차");
  EXPECT_EQ(item(7), "위험감소(risk reduction) 훈련");
}

TEST_F(KinuReferenceBrief, UrlsInFootnotesSevenAndElevenStayWhole) {
  ASSERT_GE(doc_.footnotes.size(), 11u);
  EXPECT_NE(doc_.footnotes[6].text.find(
                "<https://www.donga.com/news/Inter/article/all/20230427/119037711/9>"),
            std::string::npos)
      << doc_.footnotes[6].text;
  EXPECT_NE(doc_.footnotes[10].text.find(
                "<https://bemil.chosun.com/nbrd/bbs/view.html?b_bbs_id=10158&num=6291>"),
            std::string::npos)
      << doc_.footnotes[10].text;
}

TEST_F(KinuReferenceBrief, FootnoteTenIsWholeAcrossThePageBreak) {
  ASSERT_GE(doc_.footnotes.size(), 10u);
  const Footnote& ten = doc_.footnotes[9];
  EXPECT_EQ(ten.id, "fn10");
  EXPECT_EQ(ten.pages, (std::vector<std::uint32_t>{4, 5}));
  EXPECT_TRUE(ten.text.ends_with(
      "Wang Wenbin’s Regular Press Conference on December 18, 2023,” 2023.12.18."))
      << ten.text;
}

TEST_F(KinuReferenceBrief, MarkersAreRemovedFromTheText) {
  auto paragraphs = blocks_of(doc_, BlockType::paragraph);
  ASSERT_FALSE(paragraphs.empty());
  EXPECT_NE(paragraphs[0]->text.find("다시 한번 강조했다. 이번 프레임워크"), std::string::npos);
  EXPECT_NE(paragraphs[0]->text.find("이루어졌으며,"), std::string::npos);
}

TEST(CorpusTest, EveryFileGoesThrough) {
  KBRIEF_REQUIRE_CORPUS();
  auto files = corpus_files();
  EXPECT_GE(files.size(), 10u);
  for (const auto& path : files) {
    SCOPED_TRACE(path);
    Document doc = document_from(read_file(path), path);
    EXPECT_GT(doc.blocks.size(), 0u);
    EXPECT_GT(doc.source.pages, 0u);
  }
}

}  // namespace
}  // namespace kbrief::test
