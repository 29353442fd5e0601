// SPDX-License-Identifier: MIT
// The wrap-join decision: cues when the extractor gives them, the document's own evidence
// when it does not.
#include "join.h"

#include "kbrief/blocks.h"
#include "morphology.h"
#include "test_support.h"
#include "unicode.h"

namespace kbrief::test {
namespace {

using detail::WrapJoiner;

// A small document whose lines show how its words are spaced.
WrapJoiner joiner_for(std::initializer_list<std::string_view> lines) {
  WrapJoiner j;
  for (auto l : lines) j.learn(l);
  return j;
}

TEST(JoinTest, UrlContinuesWithoutSpace) {
  WrapJoiner j;
  EXPECT_FALSE(j.space_between("동아일보, 2023.4.27., <https://www.d",
                               "onga.com/news/Inter/article/all/9>"));
  EXPECT_FALSE(j.space_between("(유용원의 군사세계, 2023.12.26.), <htt",
                               "ps://bemil.chosun.com/nbrd/bbs/view.html"));
}

TEST(JoinTest, EnglishWordsBreakAtSpaces) {
  WrapJoiner j;
  EXPECT_TRUE(j.space_between("Ministry of Foreign Affairs of", "the Republic of China"));
}

TEST(JoinTest, LoneParticleAtLineStartJoinsTheWord) {
  WrapJoiner j =
      joiner_for({"핵심 훈련을 통해 연합훈련을 진행할 계획을 세웠다",
                  "주요 모델을 제시할 것으로 기대된다 모델을 검토했다",
                  "한미 양국의 협의를 통해 보고서를 냈다", "정부의 역할을 검토하는 것이 중요하다"});
  EXPECT_FALSE(j.space_between("새로운 안보협력 모델", "을 제시할 것으로 기대된다."));
  EXPECT_FALSE(j.space_between("국방부 주도", "의 실무협의를 통한 제도화는"));
}

TEST(JoinTest, JoinedFormSeenElsewhereJoins) {
  WrapJoiner j = joiner_for({"정보공유, 전략 커뮤니케이션, 의사결정 등의 주제가 논의될 예정이다"});
  EXPECT_FALSE(j.space_between("⑥ 전략 커뮤니케", "이션, ⑦ 연습, 시뮬레이션"));
}

TEST(JoinTest, WordsSeenWholeOnBothSidesTakeASpace) {
  WrapJoiner j = joiner_for({"양국 정부는 새로운 협력 방안을 마련했다",
                             "양국 국방부는 새로운 협의 채널을 가동했다",
                             "협력 방안은 새로운 단계에 진입했다"});
  EXPECT_TRUE(j.space_between("이에 따라 양국", "정부는 협력을 강화했다"));
}

// Morphology (lib/morphology.h): the closed class of particles and endings decides where
// the characters alone would not. An untrained joiner has no other evidence, so each rule
// shows as the source that decided.
bool joins_by_morphology(const WrapJoiner& j, std::string_view before, std::string_view after) {
  WrapJoiner::Explanation e = j.explain(before, after);
  return !e.space && e.decided_by == detail::JoinSource::morphology;
}

TEST(JoinTest, ParticleThatStartsNoWordEndsTheWordBefore) {
  WrapJoiner j;
  EXPECT_TRUE(joins_by_morphology(j, "지원은 정부로", "부터 받았다"));
  EXPECT_TRUE(joins_by_morphology(j, "국제사회", "에서의 역할"));
}

TEST(JoinTest, OnlyParticlesThatNoWordSpellsEndTheWordBefore) {
  for (std::string_view w : {"은", "를", "의", "부터는", "에서의"})
    EXPECT_TRUE(detail::only_ends_a_word(w)) << w;
  for (std::string_view w : {"이", "가", "도", "은행", "부", "정부"})
    EXPECT_FALSE(detail::only_ends_a_word(w)) << w;
}

TEST(JoinTest, ParticleSplitAtTheWrapIsRejoined) {
  WrapJoiner j;
  EXPECT_TRUE(joins_by_morphology(j, "마치 사람처", "럼 보였다"));
  EXPECT_TRUE(joins_by_morphology(j, "북한의 위협으로", "부터 동맹을"));
  EXPECT_TRUE(joins_by_morphology(j, "북한의 위협으로부", "터는 벗어났다"));
}

TEST(JoinTest, ConnectiveEndingBeforeACommaJoins) {
  WrapJoiner j;
  EXPECT_TRUE(joins_by_morphology(j, "국가를 지칭하는", "데, 아시아와"));
}

TEST(JoinTest, EndingSurokJoinsAfterAStemInL) {
  WrapJoiner j;
  EXPECT_TRUE(joins_by_morphology(j, "기간이 연장될", "수록 강도가"));
}

TEST(JoinTest, OrdinalWordsGiveTheirCount) {
  EXPECT_EQ(detail::ordinal_count("첫째, 조직진단을 정례화한다."), 1);
  EXPECT_EQ(detail::ordinal_count("셋째 과제"), 3);
  EXPECT_EQ(detail::ordinal_count("두 번째, 통합억제는"), 2);
  EXPECT_EQ(detail::ordinal_count("열번째"), 10);
  EXPECT_EQ(detail::ordinal_count("첫째로, 예산을"), 1);
  EXPECT_EQ(detail::ordinal_count("첫째가"), 0);
  EXPECT_EQ(detail::ordinal_count("두 번 째"), 0);
  EXPECT_EQ(detail::ordinal_count("세계 질서"), 0);
  EXPECT_EQ(detail::ordinal_count("두번"), 0);
  // Every place "째" may stand in: after one syllable, two, two and a space, three, three and a
  // space; and lines too short to hold it.
  EXPECT_EQ(detail::ordinal_count("다섯째, 끝으로"), 5);
  EXPECT_EQ(detail::ordinal_count("첫번째"), 1);
  EXPECT_EQ(detail::ordinal_count("다섯번째 과제"), 5);
  EXPECT_EQ(detail::ordinal_count("여섯 번째,"), 6);
  EXPECT_EQ(detail::ordinal_count("넷"), 0);
  EXPECT_EQ(detail::ordinal_count(""), 0);
}

TEST(JoinTest, AStatementsSpeechLevelIsReadFromItsEnding) {
  using detail::SpeechLevel;
  EXPECT_EQ(detail::statement_speech_level("발간하는 보고서입니다."), SpeechLevel::kPolite);
  EXPECT_EQ(detail::statement_speech_level("견해가 아님을 밝힙니다."), SpeechLevel::kPolite);
  EXPECT_EQ(detail::statement_speech_level("검토할 필요가 있습니다."), SpeechLevel::kPolite);
  EXPECT_EQ(detail::statement_speech_level("강화할 필요가 있다."), SpeechLevel::kPlain);
  EXPECT_EQ(detail::statement_speech_level("대상이 아니다."), SpeechLevel::kPlain);
  EXPECT_EQ(detail::statement_speech_level("발간합니다"), SpeechLevel::kNone);
  EXPECT_EQ(detail::statement_speech_level("제2조."), SpeechLevel::kNone);
  EXPECT_EQ(detail::statement_speech_level("."), SpeechLevel::kNone);
}

TEST(JoinTest, APastStatementWithoutItsPeriodIsRead) {
  EXPECT_TRUE(detail::ends_in_past_statement("하나의 통합된 도구로 구성하였다"));
  EXPECT_TRUE(detail::ends_in_past_statement("예산이 크게 증가했다 "));
  EXPECT_TRUE(detail::ends_in_past_statement("검토할 필요가 있다"));
  EXPECT_FALSE(detail::ends_in_past_statement("구성하였다."));  // its period is there
  EXPECT_FALSE(detail::ends_in_past_statement("변화와 바다"));  // 바: no ㅆ
  EXPECT_FALSE(detail::ends_in_past_statement("다"));
  EXPECT_FALSE(detail::ends_in_past_statement(""));
}

TEST(JoinTest, LightVerbJoinsABareNoun) {
  WrapJoiner j;
  EXPECT_TRUE(joins_by_morphology(j, "조정 기능을 강화", "할 필요가 있다"));
  EXPECT_TRUE(joins_by_morphology(j, "사업을 검토", "하였다. 특히"));
}

TEST(JoinTest, LightVerbAfterAnEndingThatCallsForAVerbSpaces) {
  WrapJoiner j;
  for (auto [before, after] : {std::pair{"전략을 수립하여야", "한다. 이러한"},
                               {"인력을 대상으로", "하는 계획"},
                               {"새로운 대안이", "될 수 있다."}}) {
    WrapJoiner::Explanation e = j.explain(before, after);
    EXPECT_TRUE(e.space) << before << "|" << after;
    EXPECT_EQ(e.decided_by, detail::JoinSource::morphology) << before << "|" << after;
  }
  // A noun ending in "가" is no subject marker: "증가" + "하는" is left to other evidence.
  EXPECT_EQ(detail::light_verb_after("증가", "하는"), detail::LightVerb::kUnknown);
}

TEST(JoinTest, JoinedFormAfterASeparatorIsTheLastPiece) {
  WrapJoiner j = joiner_for(
      {"이번 우크라이나 사태는 장기화되었다", "전쟁 이후 러시아-우크라이나의 관계는 악화되었다"});
  WrapJoiner::Explanation e = j.explain("미･중 경쟁과 러시아-우크라이", "나 전쟁이");
  EXPECT_FALSE(e.space);
  EXPECT_LE(e.parts.same_word, -3.0);
}

// The measurement issue 2 asks for: on the reference brief with every trailing space
// stripped, the model must agree with the cues on at least 95% of its wraps.
TEST(JoinTest, ModelAgreesWithCuesOnReferenceBrief) {
  KBRIEF_REQUIRE_CORPUS();
  std::string original = read_file(corpus_dir() + "/kinu-ncg-2024.txt");
  std::string stripped;
  for (std::size_t i = 0; i < original.size();) {
    std::size_t nl = original.find('\n', i);
    std::size_t end = nl == std::string::npos ? original.size() : nl;
    std::size_t e = end;
    while (e > i && original[e - 1] == ' ') --e;
    stripped.append(original, i, e - i);
    if (nl != std::string::npos) stripped += '\n';
    i = nl == std::string::npos ? original.size() : nl + 1;
  }
  LineTable cued_lines = split_lines(original);
  Layout cued = analyse_layout(original, cued_lines);

  LineTable lines = split_lines(stripped);
  Layout layout = analyse_layout(stripped, lines);
  ASSERT_FALSE(layout.wrap_cues) << "stripped text must carry no cues";
  ASSERT_LE(lines.lines.size(), cued_lines.lines.size());  // a last all-space line disappears
  Blocks blocks = segment_blocks(stripped, lines, layout);
  auto wraps = detail::wraps_of(blocks);
  WrapJoiner j;
  detail::train(j, stripped, lines, layout, wraps);

  std::size_t agree = 0;
  std::string misses;
  for (auto [a, b] : wraps) {
    bool truth = cued.lines[a].trailing_space;
    auto text = [&](std::uint32_t i) {
      return std::string_view(stripped).substr(lines.lines[i].begin,
                                               lines.lines[i].end - lines.lines[i].begin);
    };
    bool decided = j.space_between(detail::trim(text(a)), detail::trim(text(b)));
    if (decided == truth)
      ++agree;
    else
      misses += "\n  line " + std::to_string(a + 1) + (truth ? " (space)" : " (no space)");
  }
  double rate = static_cast<double>(agree) / static_cast<double>(wraps.size());
  std::cout << "wrap agreement on kinu-ncg-2024.txt without cues: " << agree << "/" << wraps.size()
            << " = " << rate * 100 << "%" << misses << "\n";
  RecordProperty("wrap_agreement_percent", std::to_string(rate * 100));
  EXPECT_GE(wraps.size(), 100u);
  EXPECT_GE(rate, 0.95);
}

}  // namespace
}  // namespace kbrief::test

namespace kbrief::test {
namespace {

// Held out: learn from half of a document's lines, then decide the spacing of Hangul
// boundaries inside the other half, where the truth is known. This guards the model
// against fitting the reference brief alone.
TEST(JoinTest, ModelSpacesHeldOutBoundariesOfEveryCorpusFile) {
  KBRIEF_REQUIRE_CORPUS();
  std::size_t total = 0, correct = 0;
  for (const auto& path : corpus_files()) {
    if (path.find(".layout.") != std::string::npos) continue;
    std::string text = read_file(path);
    auto decoded = decode(text);
    ASSERT_TRUE(decoded);
    LineTable lines = split_lines(decoded->text);
    Layout layout = analyse_layout(decoded->text, lines);
    std::vector<std::string> train, test;
    for (std::uint32_t i = 0; i < lines.lines.size(); ++i) {
      if (layout.lines[i].role != LineRole::content) continue;
      std::string t(detail::trim(
          std::string_view(decoded->text)
              .substr(lines.lines[i].begin, lines.lines[i].end - lines.lines[i].begin)));
      if (detail::count_code_points(t) < 12) continue;
      (i % 2 ? test : train).push_back(t);
    }
    detail::WrapJoiner j;
    for (const auto& t : train) j.learn(t);
    j.set_prior(j.learned_space_rate());
    std::size_t n = 0, ok = 0, line_no = 0;
    for (const auto& t : test) {
      // every fifth Hangul boundary of the line, joined or spaced
      std::vector<std::size_t> cuts;
      for (std::size_t i = 0; i < t.size();) {
        std::size_t j2 = i;
        char32_t c = detail::next_code_point(t, j2);
        if (j2 < t.size() && detail::is_hangul_syllable(c)) {
          std::size_t k = j2;
          char32_t d = detail::next_code_point(t, k);
          if (detail::is_hangul_syllable(d) ||
              (d == ' ' && k < t.size() && detail::is_hangul_syllable(detail::code_point_at(t, k))))
            cuts.push_back(j2);
        }
        i = j2;
      }
      for (std::size_t c = (line_no++ % 5); c < cuts.size(); c += 5) {
        std::string_view before = std::string_view(t).substr(0, cuts[c]);
        std::string_view after = detail::trim_start(std::string_view(t).substr(cuts[c]));
        bool truth = t[cuts[c]] == ' ';
        ok += j.space_between(before, after) == truth;
        ++n;
      }
    }
    std::cout << path.substr(path.rfind('/') + 1) << ": " << ok << "/" << n << " = "
              << 100.0 * ok / n << "%\n";
    total += n;
    correct += ok;
  }
  double rate = static_cast<double>(correct) / static_cast<double>(total);
  std::cout << "held-out spacing accuracy over the corpus: " << correct << "/" << total << " = "
            << rate * 100 << "%\n";
  EXPECT_GE(rate, 0.88);
}

}  // namespace
}  // namespace kbrief::test
