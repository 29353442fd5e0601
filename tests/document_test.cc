// SPDX-License-Identifier: MIT
// The document model: positions back into the input, metadata parsing, ids.
#include <fmt/format.h>
#include <kbrief/positions.h>

#include "front_detail.h"
#include "test_support.h"

namespace kbrief::test {
namespace {

TEST(DocumentTest, PositionsInATextMapBackToLineAndColumn) {
  Document doc = document_from("머리말\n첫째 줄의   긴 공백과\n둘째 줄이다.\n");
  ASSERT_EQ(doc.blocks.size(), 2u);
  const Block& p = doc.blocks[1];
  std::size_t at = p.text.find("긴");
  ASSERT_NE(at, std::string::npos);
  PositionFinder positions(doc);
  Position pos = positions.in(p.pieces, static_cast<std::uint32_t>(at));
  EXPECT_EQ(pos.line, 2u);
  EXPECT_EQ(pos.column, 9u);  // after "첫째 줄의" and three spaces
  Position second = positions.in(p.pieces, static_cast<std::uint32_t>(p.text.find("둘째")));
  EXPECT_EQ(second.line, 3u);
  EXPECT_EQ(second.column, 1u);
}

TEST(DocumentTest, IdsAreNumberedPerTypeInReadingOrder) {
  Document doc = document_from("첫 제목\n첫 문단의 끝이다.\n둘째 제목\n둘째 문단의 끝이다.\n");
  std::vector<std::string> ids;
  for (const Block& b : doc.blocks) ids.push_back(b.id);
  EXPECT_EQ(ids, (std::vector<std::string>{"h1", "p1", "h2", "p2"}));
}

TEST(DocumentTest, BackMatterIsOneBlockOfLinesWithoutDates) {
  std::string text;
  for (int k = 1; k <= 6; ++k) text += fmt::format("본문의 {}번째 문장이 여기에서 끝난다.\n", k);
  text += "// 끝 //\n※ 본지에 실린 내용은 개인 의견입니다.\n최근호 소개\n제1001호( 3월17일)\n";
  Document doc = document_from(text);
  ASSERT_FALSE(doc.blocks.empty());
  const Block& b = doc.blocks.back();
  EXPECT_EQ(b.type, BlockType::back_matter);
  EXPECT_EQ(b.id, "b1");
  EXPECT_EQ(b.text, "※ 본지에 실린 내용은 개인 의견입니다.\n최근호 소개\n제1001호( 3월17일)");
  EXPECT_TRUE(b.dates.empty());
  ASSERT_EQ(doc.page_furniture.size(), 1u);
  EXPECT_EQ(doc.page_furniture[0].text, "// 끝 //");
}

TEST(DocumentTest, MastheadDatesAndIssues) {
  EXPECT_EQ(detail::find_full_date("제1996호(24-23) 2024년 6월 21일"), (CivilDate{2024, 6, 21}));
  EXPECT_EQ(detail::find_full_date("국회입법조사처ㅣ2026. 08. 20.ㅣ"), (CivilDate{2026, 8, 20}));
  EXPECT_EQ(detail::find_full_date("발행일 2020년 4월 2일"), (CivilDate{2020, 4, 2}));
  EXPECT_FALSE(detail::find_full_date("2024년 하반기"));
  EXPECT_FALSE(detail::find_full_date("2024년 13월 1일"));
  EXPECT_EQ(detail::find_issue("제1996호(24-23) 2024년 6월 21일"), "제1996호(24-23)");
  EXPECT_EQ(detail::find_issue("제1695호"), "제1695호");
  EXPECT_EQ(detail::find_issue("22-4호"), "22-4호");
  EXPECT_FALSE(detail::find_issue("제8기 제9차 전원회의"));
}

// Issue numbers as the series print them: a "제N호" with the volume and season before it, a
// code led by the year with or without "No.", and not a date or a span of years.
TEST(DocumentTest, IssueNumbersOfEverySeriesShape) {
  EXPECT_EQ(detail::find_issue("No. 2021-정책-3"), "No. 2021-정책-3");
  EXPECT_EQ(detail::find_issue("연구총서 정책2019-0042"), "정책2019-0042");
  EXPECT_EQ(detail::find_issue("2030-국방-12"), "2030-국방-12");
  EXPECT_EQ(detail::find_issue("학회지 2019년 봄(12-1) 통권 제45호 pp. 1-20"),
            "2019년 봄(12-1) 통권 제45호");
  EXPECT_EQ(detail::find_issue("학회지 제12권 제1호"), "제12권 제1호");
  EXPECT_EQ(detail::find_issue("2019. 3. 4. 어느 연구소 포커스 제88호"), "제88호");
  EXPECT_EQ(detail::find_issue("2019년 3월 4일 제88호(19-2)"), "제88호(19-2)");
  EXPECT_FALSE(detail::find_issue("2019-2023 중기계획"));
  EXPECT_FALSE(detail::find_issue("2019-21 회계연도"));
  EXPECT_FALSE(detail::find_issue("작성일 2019-03-04"));
  EXPECT_FALSE(detail::find_issue("코로나-19 대응"));
}

TEST(DocumentTest, NamesAsPrinted) {
  EXPECT_TRUE(detail::is_letter_spaced_name("김 민 성"));
  EXPECT_TRUE(detail::is_compact_name("이호령"));
  EXPECT_TRUE(detail::is_name("김 창 호*"));
  EXPECT_FALSE(detail::is_name("김민성 연구위원"));
  EXPECT_FALSE(detail::is_name("대한민국의 영토"));
  EXPECT_TRUE(detail::is_email("jlee72@kida.re.kr"));
  EXPECT_FALSE(detail::is_email("@ 없음"));
}

// Several names on one line, each an author: separated by ",", "·" or spaces, marked or not.
TEST(DocumentTest, BylinesOfSeveralNamesOnOneLine) {
  using Names = std::vector<std::string_view>;
  EXPECT_EQ(detail::byline_names("홍길동, 김철수, 이영희"), (Names{"홍길동", "김철수", "이영희"}));
  EXPECT_EQ(detail::byline_names("홍길동·남궁민수·김철수"),
            (Names{"홍길동", "남궁민수", "김철수"}));
  EXPECT_EQ(detail::byline_names("홍길동 · 이강 · 김철수"), (Names{"홍길동", "이강", "김철수"}));
  EXPECT_EQ(detail::byline_names("홍길동*, 김철수**"), (Names{"홍길동", "김철수"}));
  EXPECT_EQ(detail::byline_names("홍길동 김철수 이영희 박민수"),
            (Names{"홍길동", "김철수", "이영희", "박민수"}));
  EXPECT_EQ(detail::byline_names("홍길동* 김철수**1)"), (Names{"홍길동", "김철수"}));
  // One name, a field and its value, a title's words, letter spacing: no byline.
  EXPECT_TRUE(detail::byline_names("홍길동").empty());
  EXPECT_TRUE(detail::byline_names("편집인 홍길동").empty());
  EXPECT_TRUE(detail::byline_names("일본의 안보 정책과 시사점").empty());
  EXPECT_TRUE(detail::byline_names("한미 동맹 강화 방안").empty());
  EXPECT_TRUE(detail::byline_names("홍 길 동").empty());
  EXPECT_TRUE(detail::byline_names("홍길동, 김철수 연구위원").empty());
  EXPECT_TRUE(detail::byline_names("홍길동,, 김철수").empty());
  EXPECT_TRUE(detail::byline_names("발간목적·주기").empty());
  EXPECT_TRUE(detail::byline_names("한국, 미국, 일본").empty());
}

// A brief whose byline prints several names over one affiliation, under a two-line title,
// and whose issue number is a running header on every page.
TEST(DocumentTest, ByLineOfSeveralNamesWithIssueInTheRunningHeader) {
  std::string text =
      "No. 2019-정책-4\n\n미래 국방 인력의\n운영* 방안\n홍길동, 김철수·이영희\n"
      "정책연구센터\n\n";
  for (int k = 1; k <= 4; ++k)
    text += fmt::format(
        "본문의 {}번째 문장은 국방 인력의 운영 방안을 여기에서 길게 논하고 "
        "끝난다.\n",
        k);
  text +=
      "\fNo. 2019-정책-4\n둘째 쪽의 문장도 국방 인력의 운영 방안을 여기에서 길게 논하고 "
      "끝난다.\n\fNo. 2019-정책-4\n셋째 쪽의 문장도 국방 인력의 운영 방안을 여기에서 "
      "길게 논하고 끝난다.\n\f";
  Document doc = document_from(text);
  EXPECT_EQ(doc.metadata.title, "미래 국방 인력의 운영 방안");
  ASSERT_EQ(doc.metadata.authors.size(), 3u);
  EXPECT_EQ(doc.metadata.authors[0].name, "홍길동");
  EXPECT_EQ(doc.metadata.authors[2].name, "이영희");
  for (const Author& a : doc.metadata.authors) EXPECT_EQ(a.affiliation, "정책연구센터");
  EXPECT_EQ(doc.metadata.issue, "No. 2019-정책-4");
  // The issue's line stays page furniture, and only that.
  ASSERT_FALSE(doc.page_furniture.empty());
  EXPECT_EQ(doc.page_furniture[0].line, 0u);
  for (const MetadataSource& s : doc.metadata.sources) EXPECT_NE(s.line, 0u);
  EXPECT_TRUE(nothing_lost(doc));
}

// A title drawn twice at one place (a shadow) reaches the text as lines that repeat each
// other, cut at different places: read once, and the title's first line above them kept.
TEST(DocumentTest, ATitleDrawnTwiceIsReadOnce) {
  std::string body;
  for (int k = 1; k <= 4; ++k)
    body +=
        fmt::format("본문의 {}번째 문장은 해양 관측의 방향을 여기에서 길게 논하고 끝난다.\n", k);
  Document doc = document_from(
      "No. 2030-해양-2\n\n해양 관측 체계 연구:\n하늘·\n하늘\n·바다\n바다·\n·노을 및 기후 검토\n"
      "홍길동, 김철수\n해양연구센터\n\n" +
      body);
  EXPECT_EQ(doc.metadata.title, "해양 관측 체계 연구: 하늘·바다·노을 및 기후 검토");
  EXPECT_TRUE(nothing_lost(doc));
  // The same run as -layout prints it, the second piece extending the first.
  doc = document_from(
      "No. 2030-해양-2\n\n해양 관측 체계 연구:\n하늘·\n하늘·바다\n바다·\n·노을 및 기후 검토\n"
      "홍길동, 김철수\n해양연구센터\n\n" +
      body);
  EXPECT_EQ(doc.metadata.title, "해양 관측 체계 연구: 하늘·바다·노을 및 기후 검토");
}

TEST(DocumentTest, OnlyLinesRepeatingEachOtherAreReadAsOneDrawing) {
  using Lines = std::vector<std::string_view>;
  EXPECT_EQ(detail::join_overdrawn(Lines{"하늘·", "하늘", "·바다", "바다·", "·노을"}),
            "하늘·바다·노을");
  // Lines that only overlap, none repeating another whole, are lines of their own.
  EXPECT_EQ(detail::join_overdrawn(Lines{"미래 국방 정책과", "과제"}), "미래 국방 정책과 과제");
  EXPECT_EQ(detail::join_overdrawn(Lines{"2020", "2021"}), "2020 2021");
  EXPECT_EQ(detail::overdrawn_joins(Lines{"제목:", "하늘·", "하늘", "·바다"}),
            (std::vector<bool>{false, false, true, true}));
}

// Without a byline, the masthead is still read: the lines at the top that carry its facts.
TEST(DocumentTest, MastheadWithoutAByline) {
  Document doc = document_from(
      "2019.3.4.   어느 연구소 포커스 제88호\n19-2호\n\n정책의 발전 방안\n\n"
      "본문의 첫 문장은 정책의 발전 방안을 여기에서 충분히 길게 논하고 끝난다.\n");
  EXPECT_EQ(doc.metadata.issue, "제88호");
  EXPECT_EQ(doc.metadata.publication_date, (CivilDate{2019, 3, 4}));
}

// Co-authors printed one under another, each with an affiliation and an e-mail address.
TEST(DocumentTest, EachAuthorWithAffiliationAndEmailInTurn) {
  Document doc = document_from(
      "제1001호(19-1) 2019년 3월 4일\n\n발행처 어느연구원\n\n정책의 발전 방안\n홍길동\n\n"
      "어느연구원 정책연구센터\nhong@example.org\n\n김철수\n\n어느연구원 전략연구센터\n"
      "kim@example.org\n\n본문의 첫 문장은 정책의 발전 방안을 여기에서 충분히 길게 논하고 "
      "끝난다.\n본문의 둘째 문장도 정책의 발전 방안을 여기에서 충분히 길게 논하고 끝난다.\n");
  EXPECT_EQ(doc.metadata.title, "정책의 발전 방안");
  ASSERT_EQ(doc.metadata.authors.size(), 2u);
  EXPECT_EQ(doc.metadata.authors[1].name, "김철수");
  EXPECT_EQ(doc.metadata.authors[1].affiliation, "어느연구원 전략연구센터");
  EXPECT_EQ(doc.metadata.authors[1].email, "kim@example.org");
}

// A brief (or an archive of briefs) whose notes run past 999: "1000)" continues the sequence,
// and each definition stays its own note instead of running on in note 999.
TEST(DocumentTest, FootnotesNumberedPastNineHundredNinetyNineContinueTheirSequence) {
  std::string text = "천 개가 넘는 각주의 보고서\n\n";
  for (int n = 1; n <= 1003; ++n) text += fmt::format("문단 {}은 근거를 인용한다.{})\n\n", n, n);
  for (int n = 1; n <= 1003; ++n) text += fmt::format("{}) 출처 {}번 자료\n", n, n);
  Document doc = document_from(text);
  ASSERT_EQ(doc.footnotes.size(), 1003u);
  for (int n : {999, 1000, 1003}) {
    const Footnote& f = doc.footnotes[static_cast<std::size_t>(n - 1)];
    EXPECT_EQ(f.id, fmt::format("fn{}", n));
    EXPECT_EQ(f.text, fmt::format("출처 {}번 자료", n));
    EXPECT_EQ(f.referenced_by.size(), 1u) << f.id;
  }
  for (const Diagnostic& d : doc.diagnostics)
    EXPECT_NE(d.rule.substr(0, 8), "footnote") << d.message;
}

// Without the sequence, four digits before ")" are a year: no note 2024, no undefined marker.
TEST(DocumentTest, AFourDigitYearGluedToAWordIsNoFootnote) {
  Document doc = document_from(
      "연도의 괄호\n\n보고서는 제도 개편을 제안했다.1) 다음 보고서2024) 참조.\n\n"
      "2024) 정부는 새 제도를 시행하였다.\n\n1) 출처 자료\n");
  ASSERT_EQ(doc.footnotes.size(), 1u);
  EXPECT_EQ(doc.footnotes[0].id, "fn1");
  bool kept = false;
  for (const Block& b : doc.blocks)
    kept = kept || b.text.find("보고서2024) 참조.") != std::string::npos;
  EXPECT_TRUE(kept);
  for (const Diagnostic& d : doc.diagnostics) EXPECT_NE(d.rule, "footnote-undefined") << d.message;
}

// A marker at the end of a parenthesised word refers to its note; inside a parenthesis a
// number without a note stays text and is not reported as undefined.
TEST(DocumentTest, AMarkerInsideAParenthesisRefersToItsNote) {
  Document doc = document_from(
      "협정의 개정\n\n정부는 한미 자유무역협정(KORUS1))을 개정하였다. 다른 협정(제2조9) 참조)도 "
      "있다.\n\n1) 2012년 발효된 협정\n");
  ASSERT_EQ(doc.footnotes.size(), 1u);
  const Block* p = nullptr;
  for (const Block& b : doc.blocks)
    if (b.type == BlockType::paragraph) p = &b;
  ASSERT_NE(p, nullptr);
  ASSERT_EQ(p->footnote_refs.size(), 1u);
  EXPECT_EQ(p->footnote_refs[0].id, "fn1");
  EXPECT_EQ(p->footnote_refs[0].marker, "1)");
  EXPECT_NE(p->text.find("협정(KORUS)을"), std::string::npos) << p->text;
  EXPECT_NE(p->text.find("(제2조9) 참조)"), std::string::npos) << p->text;
  EXPECT_EQ(doc.footnotes[0].referenced_by, (std::vector<std::string>{p->id}));
  for (const Diagnostic& d : doc.diagnostics) EXPECT_NE(d.rule, "footnote-undefined") << d.message;
  EXPECT_TRUE(nothing_lost(doc));
}

// Every note has one reference, and no marker or note is left unlinked (footnote-undefined,
// footnote-unused).
void expect_each_note_referenced_once(const Document& doc) {
  for (const Footnote& f : doc.footnotes) EXPECT_EQ(f.referenced_by.size(), 1u) << f.id;
  for (const Diagnostic& d : doc.diagnostics)
    EXPECT_EQ(d.rule.find("footnote-u"), std::string::npos) << d.message;
}

// A superscript set off by a space at a line's end refers to its note; a note's label alone
// on its line, its text on the next, is a definition when a marker refers to it, while a
// marker the extractor stranded on a line of its own stays a reference.
TEST(DocumentTest, SetOffMarkersAndLabelsAloneOnTheirLine) {
  Document doc = document_from(
      "재정조정의 개념\n\n재정을 조정하는 일련의 조치를 의미 1)\n지방교부세는 일반재원의 성격을 "
      "가짐\n2)\n국고보조금은 특정재원임 3)\n\n1) 국회예산정책처 자료\n2)\t\n지방교부세법 "
      "제2조\n3)\t\n보조금법 제2조\n");
  ASSERT_EQ(doc.footnotes.size(), 3u);
  EXPECT_EQ(doc.footnotes[1].id, "fn2");
  EXPECT_EQ(doc.footnotes[1].label, "2)");
  EXPECT_EQ(doc.footnotes[1].text, "지방교부세법 제2조");
  EXPECT_EQ(doc.footnotes[2].text, "보조금법 제2조");
  expect_each_note_referenced_once(doc);
  EXPECT_TRUE(nothing_lost(doc));
}

// A line that refers to two notes may have its superscripts stranded together on a line of
// their own ("1)   2)", -layout text): each refers to its note, neither defines one, and the
// notes right under the body are found by those references.
TEST(DocumentTest, MarkersStrandedTogetherOnALineReferToTheirNotes) {
  Document doc = document_from(
      "보장 범위의 쟁점\n\n업계에서는 새 감염병을 질병으로 볼지,\n              1)     2)\n"
      "상해 나 재해 로 볼지 논란이 있다\n1) 손해보험 약관이 정한 상해의 뜻\n"
      "2) 생명보험 약관이 정한 재해의 뜻\n\f");
  ASSERT_EQ(doc.footnotes.size(), 2u);
  EXPECT_EQ(doc.footnotes[1].text, "생명보험 약관이 정한 재해의 뜻");
  const Block* p = nullptr;
  for (const Block& b : doc.blocks)
    if (b.type == BlockType::paragraph) p = &b;
  ASSERT_NE(p, nullptr);
  EXPECT_EQ(p->text.find(')'), std::string::npos) << p->text;
  ASSERT_EQ(p->footnote_refs.size(), 2u);
  EXPECT_EQ(p->footnote_refs[1].marker, "2)");
  expect_each_note_referenced_once(doc);
  EXPECT_TRUE(nothing_lost(doc));
}

// A star glued to a word in mid-line vouches for a star note below it on its page, written
// with or without a space; a source line ("* 출처: …") is no note, nor is a star line on
// another page, nor a byline's ranked stars' note.
TEST(DocumentTest, StarNotesUnderAStarGluedToAWord) {
  Document doc = document_from(
      "국방정보화 DNAS* 기술 분야별 과제\n\n과제를 도출하였다.\n\n<그림 1> 구성도\n자료 "
      "흐름\n* 출처: KIDA(2021)\n\n*Data, Network, AI, Cybersecurity\n\f다음 쪽의 "
      "문단이다.\n\n* 다른 쪽의 별표 줄\n\f");
  ASSERT_EQ(doc.footnotes.size(), 1u);
  EXPECT_EQ(doc.footnotes[0].id, "fnu1");
  EXPECT_EQ(doc.footnotes[0].text, "Data, Network, AI, Cybersecurity");
  EXPECT_TRUE(nothing_lost(doc));
  Document byline = document_from(
      "연구 제목\n김선준* 노상현**\n\n본문의 문단이다.\n\n* 분석실험실 소령\n** 연구위원\n\f");
  EXPECT_TRUE(byline.footnotes.empty());
}

// Notes labelled "1 text" at a page's foot, numbered in sequence under bare superscripts with
// their numbers above on the page: each marker refers to its note on its own page, and
// numbers glued to words elsewhere stay text.
TEST(DocumentTest, BareSuperscriptsReferToNotesLabelledWithTheirNumber) {
  Document doc = document_from(
      "워게임의 활용\n\n미중 분쟁 워게임1과 같이 정책 수립에 쓰이고, POL-MIL2이나 TTX 등에 "
      "활용된다.\n\n1 미 전략국제문제연구소의 사례.\n2 정치군사 게임의 약자.\n\f"
      "다음 쪽에서 G20과 ChatGPT2의 역할을 본다.\n\n3 다음 쪽의 번호 줄\n\f");
  ASSERT_EQ(doc.footnotes.size(), 2u);
  EXPECT_EQ(doc.footnotes[0].label, "1");
  EXPECT_EQ(doc.footnotes[1].text, "정치군사 게임의 약자.");
  const Block& p = doc.blocks[1];
  ASSERT_EQ(p.footnote_refs.size(), 2u);
  EXPECT_EQ(p.footnote_refs[0].marker, "1");
  EXPECT_NE(p.text.find("워게임과 같이"), std::string::npos) << p.text;
  EXPECT_NE(p.text.find("POL-MIL이나"), std::string::npos) << p.text;
  bool kept = false;
  for (const Block& b : doc.blocks) kept = kept || b.text.find("ChatGPT2의") != std::string::npos;
  EXPECT_TRUE(kept);
  EXPECT_TRUE(nothing_lost(doc));
}

// A marker glued to a table's cell refers to its note, and the note names the table.
TEST(DocumentTest, AMarkerInATableRefersToItsNoteWhichNamesTheTable) {
  Document doc = document_from(
      "예산의 구성\n\n예산은 다음과 같이 구성된다.1)\n\n<표 1> 예산 구성\n구분 금액\n"
      "교부세2) 100\n보조금 50\n\n본문은 여기서 끝난다.\n\n"
      "1) 기획재정부 자료\n2) 지방교부세법 제3조\n");
  ASSERT_EQ(doc.footnotes.size(), 2u);
  const Block* table = nullptr;
  for (const Block& b : doc.blocks)
    if (b.type == BlockType::table) table = &b;
  ASSERT_NE(table, nullptr);
  ASSERT_EQ(table->footnote_refs.size(), 1u);
  EXPECT_EQ(table->footnote_refs[0].id, "fn2");
  EXPECT_NE(table->text.find("교부세 100"), std::string::npos) << table->text;
  EXPECT_EQ(doc.footnotes[1].referenced_by, (std::vector<std::string>{table->id}));
  EXPECT_TRUE(nothing_lost(doc));
}

// Zero-width characters (U+200B..U+200D, U+2060, U+FEFF) are left out of element text, and
// each run of them is recorded where it stood.
TEST(DocumentTest, ZeroWidthCharactersAreLeftOutAndEachRunIsRecorded) {
  Document doc = document_from(
      "제\u200B목\n\n가\u200C나 다\u200B\u200D 라마\u2060바 사아.\n\u200B\n◎ \u200C항목이다.\n");
  std::vector<std::string> texts;
  for (const Block& b : doc.blocks) texts.push_back(b.text);
  ASSERT_EQ(texts.size(), 3u);
  EXPECT_EQ(texts[0], "제목");
  EXPECT_EQ(texts[1], "가나 다 라마바 사아.");
  EXPECT_EQ(texts[2], "항목이다.");
  std::vector<std::string> recorded;
  for (const Diagnostic& d : doc.diagnostics)
    if (d.rule == "zero-width")
      recorded.push_back(fmt::format("{}:{} {}", d.line, d.column, d.message));
  EXPECT_EQ(recorded, (std::vector<std::string>{
                          "1:2 zero-width character U+200B left out of the text",
                          "3:2 zero-width character U+200C left out of the text",
                          "3:6 zero-width characters U+200B U+200D left out of the text",
                          "3:11 zero-width character U+2060 left out of the text",
                          "4:1 zero-width character U+200B left out of the text",
                          "5:3 zero-width character U+200C left out of the text",
                      }));
  // Positions in the text still map back to the input, past the characters left out.
  const Block& p = doc.blocks[1];
  Position at = PositionFinder(doc).in(p.pieces, static_cast<std::uint32_t>(p.text.find("바")));
  EXPECT_EQ(at.line, 3u);
  EXPECT_EQ(at.column, 12u);
  EXPECT_TRUE(nothing_lost(doc));
}

TEST(DocumentTest, DiagnosticsCarryTheConventionsShape) {
  Document doc = document_from("가상 문장이 여기서 끝난다.3)\n");
  ASSERT_EQ(doc.diagnostics.size(), 2u);  // the undefined marker, and no title
  auto j = json_of(doc);
  for (const auto& d : j["diagnostics"]) {
    EXPECT_EQ(d["file"], "test.txt");
    EXPECT_TRUE(d.contains("line") && d.contains("column") && d.contains("severity") &&
                d.contains("rule") && d.contains("message"));
  }
}

}  // namespace
}  // namespace kbrief::test
