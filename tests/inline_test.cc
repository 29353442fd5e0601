// SPDX-License-Identifier: MIT
// What lies inside a line or a block's text: glued footnote markers, sentence ends,
// sentences, inline enumerations. Table-driven, in the manner of a sentence boundary test.
#include "inline.h"

#include "markers.h"
#include "punctuation.h"
#include "test_support.h"

namespace kbrief::test {
namespace {

std::vector<int> marker_numbers(std::string_view t) {
  std::vector<int> out;
  for (const auto& m : detail::glued_markers(t)) out.push_back(m.number);
  return out;
}

TEST(InlineTest, GluedMarkersAreFootnoteReferences) {
  EXPECT_EQ(marker_numbers("강조했다.1) 이번"), (std::vector<int>{1}));
  EXPECT_EQ(marker_numbers("포함하여2) 업무체계"), (std::vector<int>{2}));
  EXPECT_EQ(marker_numbers("강조했는데,5) 북한의"), (std::vector<int>{5}));
  EXPECT_EQ(marker_numbers("선언”이라고 했다.”12)"), (std::vector<int>{12}));
  EXPECT_EQ(marker_numbers("6. 9.)1)로 재차"),
            (std::vector<int>{1}));  // "(2024." opened on the line before
  EXPECT_EQ(marker_numbers("각 목4)에 규정된"), (std::vector<int>{4}));
}

TEST(InlineTest, WhatLooksLikeAMarkerButIsNot) {
  EXPECT_TRUE(marker_numbers("핵미사일을 1) 발사 이전에 2) 발사된")
                  .empty());  // a space before: enumeration
  EXPECT_TRUE(marker_numbers("12/15(금) NCG (NCG)").empty());
  EXPECT_TRUE(marker_numbers("재정 (2024) 및 (2019~2022)").empty());
  EXPECT_TRUE(marker_numbers("사거리 1,500~2,000km (추정 2)").empty());
  EXPECT_TRUE(marker_numbers("1) 각주의 정의").empty());
  EXPECT_TRUE(marker_numbers("연도 2023)").empty());  // four digits: a year, not a marker
}

// Inside a parenthesis, "N)" is a marker only when a later ")" on the line still closes the
// parenthesis: the ")" is then the marker's own.
TEST(InlineTest, GluedMarkersInsideAParenthesis) {
  EXPECT_EQ(marker_numbers("한미 자유무역협정(KORUS5))을 개정"), (std::vector<int>{5}));
  EXPECT_EQ(marker_numbers("(협정 원문5) 참조)에 따라"), (std::vector<int>{5}));
  EXPECT_EQ(marker_numbers("(제7조2), 제8조3))의 규정"), (std::vector<int>{2, 3}));
  EXPECT_TRUE(marker_numbers("협정(KORUS5)을").empty());  // the ")" closes the parenthesis
  EXPECT_TRUE(marker_numbers("(표1) 참조").empty());
  EXPECT_TRUE(marker_numbers("비율 (54.6) (34.8)").empty());
  auto glued = detail::glued_markers("했다.1) 협정(KORUS5))을");
  ASSERT_EQ(glued.size(), 2u);
  EXPECT_EQ(glued[0].shape, detail::GluedShape::glued);
  EXPECT_EQ(glued[1].shape, detail::GluedShape::in_parenthesis);
}

// A superscript the extractor set off by a space is a marker only at the scanned text's end,
// after a word: an enumeration's label is followed by its item.
TEST(InlineTest, MarkersSetOffByASpaceAtTheEnd) {
  auto glued = detail::glued_markers("일련의 조치를 의미 1)");
  ASSERT_EQ(glued.size(), 1u);
  EXPECT_EQ(glued[0].number, 1);
  EXPECT_EQ(glued[0].shape, detail::GluedShape::set_off);
  EXPECT_TRUE(glued[0].needs_note());
  EXPECT_EQ(marker_numbers("재정조정제도 12)  "), (std::vector<int>{12}));
  EXPECT_TRUE(marker_numbers("다음과 같다 1) 첫째").empty());  // an item follows
  EXPECT_TRUE(marker_numbers("의미  1)").empty());             // two spaces: a column gap
  EXPECT_TRUE(marker_numbers("연도 2023)").empty());
  EXPECT_TRUE(marker_numbers("1)").empty());
  // A sentence end stays where it was: whether " 1)" is a marker, only its note can tell.
  EXPECT_FALSE(detail::ends_sentence("다음과 같다 1)"));
}

// A superscript whose ")" was never written: digits straight after a letter.
TEST(InlineTest, BareSuperscriptMarkers) {
  auto bare = [](std::string_view t) {
    std::vector<int> out;
    for (const auto& m : detail::bare_markers(t)) out.push_back(m.number);
    return out;
  };
  EXPECT_EQ(bare("미중 분쟁 워게임1과 같이"), (std::vector<int>{1}));
  EXPECT_EQ(bare("POL-MIL2이나 합참 주도의 TTX3, 작전"), (std::vector<int>{2, 3}));
  EXPECT_EQ(bare("상황에서 LLM4"), (std::vector<int>{4}));
  EXPECT_TRUE(bare("F-35A 2024년 3.5% 1,200명 (1)").empty());
  EXPECT_TRUE(bare("비율3.5 증가율5% 각주1) 번호07").empty());
  EXPECT_TRUE(bare("코드1234").empty());  // four digits: no note number here
  EXPECT_EQ(detail::bare_markers("워게임12과")[0].digits(), 2);
  EXPECT_EQ(detail::bare_footnote_label("1 대표적인 사례")->ordinal, 1);
  EXPECT_EQ(detail::bare_footnote_label("12 ‘Prompt’는")->end, 2u);
  for (std::string_view t : {"1) 정의", "2 3 4", "01 들어가며", "2024 국방", "1", "1.5 비율"})
    EXPECT_FALSE(detail::bare_footnote_label(t)) << t;
}

TEST(InlineTest, SentenceEnds) {
  for (std::string_view t : {"강조했다.", "강조했다.1)", "재확인했다.”", "있다. ", "발전됨",
                             "시사함", "필요가 있음", "정말인가?", "될 것이다..", "끝났다..."})
    EXPECT_TRUE(detail::ends_sentence(t)) << t;
  for (std::string_view t : {"재확인했다”", "지난 2020.", "2024.2.14.", "이루어졌으", "No.",
                             "확장억제의", "방안,", "2024..", "그리고...."})
    EXPECT_FALSE(detail::ends_sentence(t)) << t;
}

TEST(InlineTest, CaptionsAndWhatTheyCaption) {
  using detail::CaptionKind;
  for (std::string_view t : {"<그림 1> 추이", "[그림 2]", "그림 1. 조직도", "그림 2 . 전개",
                             "\u2039그림 3> 구성", "Figure 4. Trend"})
    EXPECT_EQ(detail::caption_kind(t), CaptionKind::figure) << t;
  for (std::string_view t :
       {"<표 1> 통계", "[표 2] 비교", "<표-1> 절차", "표 3. 현황", "<표> 연구주제"})
    EXPECT_EQ(detail::caption_kind(t), CaptionKind::table) << t;
  for (std::string_view t : {"<표 2>에서 보듯이", "그림 1.에서", "사례 1. 개요", "그림과 같이",
                             "표 1과 같다.", "<사례> 개요"})
    EXPECT_EQ(detail::caption_kind(t), CaptionKind::none) << t;
}

std::vector<std::string> sentences(std::string_view text) {
  detail::SentenceSplitter splitter;
  std::vector<std::string> out;
  for (const Span& s : splitter.split(text))
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

TEST(InlineTest, SentencesSplitAfterSentenceEnds) {
  EXPECT_EQ(sentences("한미는 합의했다. 이번 합의는 중요하다."),
            (std::vector<std::string>{"한미는 합의했다.", "이번 합의는 중요하다."}));
  EXPECT_EQ(sentences("정말 그런가? 그렇다."),
            (std::vector<std::string>{"정말 그런가?", "그렇다."}));
  EXPECT_EQ(sentences("띄어쓰기가 없다.그러나 나뉜다."),
            (std::vector<std::string>{"띄어쓰기가 없다.", "그러나 나뉜다."}));
}

TEST(InlineTest, SentencesStayWholeAcrossDatesNumbersAndQuotes) {
  for (std::string_view whole : {
           "국방부는 2024.2.14. 문서에 서명했다.",
           "발표는 2024. 2. 14. 오전에 있었다.",
           "성장률은 3.5%에 그쳤다.",
           "그는 “협력은 중요하다. 계속하겠다.”라고 말했다.",
           "보고서(No. 227)가 나왔다.",
           "French, H. W. (2023)의 글을 참조했다.",
       })
    EXPECT_EQ(sentences(whole), (std::vector<std::string>{std::string(whole)})) << whole;
}

TEST(InlineTest, CircledEnumerationInRunningText) {
  std::string t =
      "양국은 ① 지침, ② 보안 및 정보공유 절차, ③ 위험감소(risk reduction) 훈련을 포함하여 "
      "업무체계를 구축했다.";
  auto lists = detail::find_inline_lists(t);
  ASSERT_EQ(lists.size(), 1u);
  std::vector<std::string> items;
  for (const ListItem& it : lists[0].items)
    items.push_back(it.label.text + t.substr(it.span.begin, it.span.end - it.span.begin));
  EXPECT_EQ(items, (std::vector<std::string>{"①지침", "②보안 및 정보공유 절차",
                                             "③위험감소(risk reduction) 훈련"}));
}

TEST(InlineTest, LastItemEndsBeforeItsParticle) {
  std::string t =
      "앞서 언급한 ① 최소현상변경, ② 제한된 현상변경, ③ 강력한 현상변경이라는 최종상태를 달성한다.";
  auto lists = detail::find_inline_lists(t);
  ASSERT_EQ(lists.size(), 1u);
  const Span& last = lists[0].items.back().span;
  EXPECT_EQ(t.substr(last.begin, last.end - last.begin), "강력한 현상변경");
}

TEST(InlineTest, ParenthesisedAndSpacedEnumerations) {
  EXPECT_EQ(detail::find_inline_lists("과제는 (1) 인력, (2) 예산이다.")[0].style,
            ListStyle::decimal_paren);
  EXPECT_EQ(detail::find_inline_lists("과제는 (가) 인력, (나) 예산이다.")[0].style,
            ListStyle::hangul_paren);
  EXPECT_EQ(detail::find_inline_lists("과제는 1) 인력, 2) 예산이다.")[0].style,
            ListStyle::decimal_rparen);
}

TEST(InlineTest, ALoneLabelOrOneNotStartingAtOneIsNoList) {
  EXPECT_TRUE(detail::find_inline_lists("조항 ② 만 언급했다.").empty());
  EXPECT_TRUE(detail::find_inline_lists("② 둘째, ③ 셋째.").empty());
  EXPECT_TRUE(detail::find_inline_lists("번호①과 ②가 붙어 있다.").empty());
}

}  // namespace
}  // namespace kbrief::test
