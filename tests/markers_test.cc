// SPDX-License-Identifier: MIT
// The numbering grammar (lib/markers.h): every marker style at a line's start, the places
// where the former copies of the grammar disagreed (kept as they were), and the property
// that whatever the line-start grammar reads, relabel() rewrites into a label it reads again.
#include "markers.h"

#include <fmt/format.h>

#include "test_support.h"
#include "unicode.h"

namespace kbrief::test {
namespace {

using detail::line_marker;

struct Case {
  std::string_view line;
  std::string_view label;  // the marker's bytes
  ListStyle style;
  int ordinal;
};

// One line for each style and each way of writing it.
constexpr Case kLineMarkers[] = {
    {"1. 개요", "1.", ListStyle::decimal, 1},
    {"12. 개요", "12.", ListStyle::decimal, 12},
    {"0. 개요", "0.", ListStyle::decimal, 0},
    {"3) 항목", "3)", ListStyle::decimal_rparen, 3},
    {"(1) 항목", "(1)", ListStyle::decimal_paren, 1},
    {"(12) 항목", "(12)", ListStyle::decimal_paren, 12},
    {"(01) 항목", "(01)", ListStyle::decimal_paren, 1},
    {"가. 항목", "가.", ListStyle::hangul, 1},
    {"하. 항목", "하.", ListStyle::hangul, 14},
    {"(나) 항목", "(나)", ListStyle::hangul_paren, 2},
    {"① 항목", "①", ListStyle::circled, 1},
    {"⑳항목", "⑳", ListStyle::circled, 20},
    {"Ⅱ. 본론", "Ⅱ.", ListStyle::roman, 2},
    {"Ⅻ 결론", "Ⅻ", ListStyle::roman, 12},
    {"IV. 결론", "IV.", ListStyle::roman, 4},
    {"Ⅱ-3. 항목", "Ⅱ-3.", ListStyle::compound, 3},
    {"4-12) 항목", "4-12)", ListStyle::compound, 12},
    {"◎ 항목", "◎", ListStyle::bullet, 0},
    {"□항목", "□", ListStyle::bullet, 0},
    {"• 항목", "•", ListStyle::bullet, 0},
    {"- 항목", "-", ListStyle::bullet, 0},
    {"* 항목", "*", ListStyle::bullet, 0},
    {"· 항목", "·", ListStyle::bullet, 0},
    {"– 항목", "–", ListStyle::bullet, 0},
    {"— 항목", "—", ListStyle::bullet, 0},
    {"ㅇ 항목", "ㅇ", ListStyle::bullet, 0},
    {"ㅇ(항목)", "ㅇ", ListStyle::bullet, 0},
};

TEST(MarkersTest, EveryStyleAtALineStart) {
  for (const Case& c : kLineMarkers) {
    auto m = line_marker(c.line);
    ASSERT_TRUE(m) << c.line;
    EXPECT_EQ(c.line.substr(m->begin, m->end - m->begin), c.label) << c.line;
    EXPECT_EQ(m->style, c.style) << c.line;
    EXPECT_EQ(m->ordinal, c.ordinal) << c.line;
  }
}

TEST(MarkersTest, WhatStartsLikeAMarkerButIsNot) {
  for (std::string_view t : {
           "1.5배 증가",     // a number: no space after the label
           "100. 항목",      // three digits at a line's start
           "(0) 항목",       // a bracketed label counts from 1
           "(123) 항목",     // three digits in brackets
           "가) 항목",       // Hangul takes "." or brackets, not ")"
           "①",              // a circled number needs something after it
           "II 본론",        // ASCII Roman numerals need their "."
           "XI. 본론",       // past X
           "-항목",          // a hyphen glued to a word
           "ㅇㅇ 항목",      // ㅇ as a letter
           "(Ⅱ) 본론",       // Roman numerals are not bracketed
           "Ⅱ-3 항목",       // a compound label needs its closing mark
           "2-3.5 증가",     // a number: no space after the label
           "2024-10. 항목",  // two digits before the hyphen at most
           "2024년 계획",
           "",
       })
    EXPECT_FALSE(line_marker(t)) << t;
}

// In prose, only ①, (1), (가) and 1) with one digit: "(12)" and "12)" are more often a
// year's tail or a marker than the twelfth item (line_marker takes two digits).
TEST(MarkersTest, InlineLabelsTakeOneDigit) {
  auto label = [](std::string_view text, std::size_t at) -> std::optional<std::string_view> {
    auto m = detail::inline_label(text, at);
    if (!m) return std::nullopt;
    return text.substr(m->begin, m->end - m->begin);
  };
  EXPECT_EQ(label("즉 (1) 지침", 4), "(1)");
  EXPECT_EQ(label("즉 (가) 지침", 4), "(가)");
  EXPECT_EQ(label("즉 1) 지침", 4), "1)");
  EXPECT_EQ(label("즉 ①지침", 4), "①");
  EXPECT_EQ(label("끝 ①", 4), "①");  // a circled number needs nothing after it in prose
  EXPECT_FALSE(label("즉 (12) 지침", 4));
  EXPECT_FALSE(label("즉 12) 지침", 4));
  EXPECT_FALSE(label("즉 1. 지침", 4));
  EXPECT_FALSE(label("즉 가. 지침", 4));
  EXPECT_FALSE(label("즉 Ⅱ. 지침", 4));
  EXPECT_FALSE(label("즉 (1)지침", 4));
  EXPECT_TRUE(
      line_marker("(12) 항목"));  // where the copies disagreed: two digits at a line's start
}

// Footnote labels take up to three digits, and only "N)".
TEST(MarkersTest, FootnoteLabels) {
  auto number = [](std::string_view t) {
    auto m = detail::footnote_label(t);
    return m ? m->ordinal : -1;
  };
  EXPECT_EQ(number("7) 통일부, 『통일백서』"), 7);
  EXPECT_EQ(number("123) 출처"), 123);
  EXPECT_EQ(number("1234) 출처"), -1);
  EXPECT_EQ(number("7. 출처"), -1);
  EXPECT_EQ(number("(7) 출처"), -1);
  EXPECT_EQ(number("7)출처"), -1);
  EXPECT_EQ(number("7)"), -1);

  EXPECT_EQ(detail::stranded_marker("7)"), 7);
  EXPECT_EQ(detail::stranded_marker("123)"), 123);
  EXPECT_EQ(detail::stranded_marker("1234)"), std::nullopt);
  EXPECT_EQ(detail::stranded_marker("7) "), std::nullopt);
  EXPECT_EQ(detail::stranded_marker("(7)"), std::nullopt);
  EXPECT_EQ(detail::stranded_marker(")"), std::nullopt);

  // Several markers stranded together: each "N)", apart by blanks, and nothing else.
  std::vector<Marker> together = detail::stranded_labels("1)     12)");
  ASSERT_EQ(together.size(), 2u);
  EXPECT_EQ(together[1].ordinal, 12);
  EXPECT_EQ(together[1].begin, 7u);
  EXPECT_EQ(detail::stranded_labels("7)").size(), 1u);
  EXPECT_TRUE(detail::stranded_labels("1) 2) 주석").empty());
  EXPECT_TRUE(detail::stranded_labels("1)2)").empty());
  EXPECT_TRUE(detail::stranded_labels("1) (2)").empty());
  EXPECT_TRUE(detail::stranded_labels("2024) 5)").empty());
}

// Where the sequence is the evidence, footnote numbers take more digits, never a leading zero.
TEST(MarkersTest, FootnoteNumbersBeyondThreeDigitsWhereTheSequenceDecides) {
  const int wide = detail::kFootnoteSequenceDigits;
  EXPECT_EQ(detail::footnote_label("1000) 출처", wide)->ordinal, 1000);
  EXPECT_FALSE(detail::footnote_label("0100) 출처", wide));
  EXPECT_EQ(detail::footnote_label("007) 출처", wide)->ordinal, 7);  // three digits, as before
  EXPECT_EQ(detail::stranded_marker("1001)", wide), 1001);
  EXPECT_EQ(detail::stranded_marker("01001)", wide), std::nullopt);
  std::vector<detail::GluedMarker> glued = detail::glued_markers("했다.1002) 보고서2024)", wide);
  ASSERT_EQ(glued.size(), 2u);  // both: whether "2024)" is a note, the definitions decide
  EXPECT_EQ(glued[0].number, 1002);
  EXPECT_EQ(glued[1].digits(), 4);
  EXPECT_TRUE(detail::needs_sequence(glued[1].digits()));
  EXPECT_TRUE(detail::glued_markers("했다.01002)", wide).empty());
}

TEST(MarkersTest, GluedMarkersTakeTheWholeRunOfDigits) {
  auto numbers = [](std::string_view t) {
    std::vector<int> out;
    for (const auto& m : detail::glued_markers(t)) out.push_back(m.number);
    return out;
  };
  EXPECT_EQ(numbers("했다.123) 그리고"), (std::vector<int>{123}));
  EXPECT_TRUE(numbers("연도 2023)").empty());
  EXPECT_TRUE(numbers("했다.1234)").empty());
  EXPECT_EQ(numbers("했다.”12) 그리고 선언\"3)"), (std::vector<int>{12, 3}));
}

TEST(MarkersTest, RelabelSpellsTheNumberInTheLabelsOwnWay) {
  EXPECT_EQ(detail::relabel("3.", 4), "4.");
  EXPECT_EQ(detail::relabel("9)", 10), "10)");
  EXPECT_EQ(detail::relabel("(01)", 2), "(2)");
  EXPECT_EQ(detail::relabel("(나)", 3), "(다)");
  EXPECT_EQ(detail::relabel("가.", 14), "하.");
  EXPECT_EQ(detail::relabel("②", 3), "③");
  EXPECT_EQ(detail::relabel("Ⅱ.", 3), "Ⅲ.");
  EXPECT_EQ(detail::relabel("Ⅱ", 12), "Ⅻ");
  EXPECT_EQ(detail::relabel("Ⅱ-3.", 4), "Ⅱ-4.");
  EXPECT_EQ(detail::relabel("12-9)", 10), "12-10)");
  // No spelling: past the style's last letter, ASCII Roman numerals, bullets.
  EXPECT_EQ(detail::relabel("가.", 15), "number 15");
  EXPECT_EQ(detail::relabel("⑳", 21), "number 21");
  EXPECT_EQ(detail::relabel("Ⅻ", 13), "number 13");
  EXPECT_EQ(detail::relabel("II.", 3), "number 3");
  EXPECT_EQ(detail::relabel("◎", 2), "number 2");
  EXPECT_EQ(detail::relabel("", 2), "number 2");
}

// The largest ordinal each style can spell at a line's start.
int last_ordinal(ListStyle style, std::string_view label) {
  switch (style) {
    case ListStyle::decimal:
    case ListStyle::decimal_paren:
    case ListStyle::decimal_rparen:
      return 99;
    case ListStyle::hangul:
    case ListStyle::hangul_paren:
      return 14;
    case ListStyle::circled:
      return 20;
    case ListStyle::roman:
      return label.front() == 'I' || label.front() == 'V' || label.front() == 'X' ? 0 : 12;
    case ListStyle::compound:
      return 99;
    case ListStyle::bullet:
      return 0;
  }
  return 0;
}

// Whatever the line-start grammar reads, relabel() rewrites for every ordinal the style can
// spell, and the grammar reads the new label back with the same style and that ordinal.
TEST(MarkersTest, RelabelledLabelsReadBackAsTheSameStyle) {
  for (const Case& c : kLineMarkers) {
    auto m = line_marker(c.line);
    ASSERT_TRUE(m) << c.line;
    std::string label(c.line.substr(m->begin, m->end - m->begin));
    int last = last_ordinal(m->style, label);
    for (int n = 1; n <= last; ++n) {
      std::string line = detail::relabel(label, n) + " 항목";
      auto again = line_marker(line);
      ASSERT_TRUE(again) << label << " -> " << line;
      EXPECT_EQ(again->style, m->style) << line;
      EXPECT_EQ(again->ordinal, n) << line;
    }
  }
}

// The same over every combination of bracket, ordinal and closing mark the grammar knows,
// and some it does not: whatever line_marker() reads must round-trip.
TEST(MarkersTest, EveryRecognisedCombinationRelabelsConsistently) {
  std::vector<std::string> ordinals;
  for (int n = 0; n <= 120; ++n) ordinals.push_back(std::to_string(n));
  ordinals.push_back("007");
  for (std::string_view r : {"I", "II", "III", "IV", "V", "IX", "X", "XI", "IIII"})
    ordinals.emplace_back(r);
  for (char32_t c : std::u32string_view(U"가나다라마바사아자차카타파하거ㅇ①⑳⑴ⅠⅫⅬ")) {
    std::string s;
    detail::append_utf8(s, c);
    ordinals.push_back(s);
  }
  int recognised = 0;
  for (std::string_view open : {"", "("})
    for (const std::string& ordinal : ordinals)
      for (std::string_view close : {"", ".", ")"})
        for (std::string_view after : {" 항목", "항목"}) {
          std::string line = fmt::format("{}{}{}{}", open, ordinal, close, after);
          auto m = line_marker(line);
          if (!m || m->style == ListStyle::bullet) continue;
          ++recognised;
          std::string label = line.substr(m->begin, m->end - m->begin);
          for (int n = 1; n <= last_ordinal(m->style, label); ++n) {
            std::string again_line = detail::relabel(label, n) + " 항목";
            auto again = line_marker(again_line);
            ASSERT_TRUE(again) << line << " -> " << again_line;
            EXPECT_EQ(again->style, m->style) << line << " -> " << again_line;
            EXPECT_EQ(again->ordinal, n) << line << " -> " << again_line;
          }
        }
  EXPECT_GT(recognised, 300);
}

// Labels number one sequence when only their ordinals differ, whether the ordinal is digits,
// a Roman numeral's glyph or a Hangul letter.
TEST(MarkersTest, SamePunctuationSetsTheOrdinalAside) {
  EXPECT_TRUE(detail::same_punctuation("(1)", "(12)"));
  EXPECT_TRUE(detail::same_punctuation("Ⅰ.", "Ⅱ."));
  EXPECT_TRUE(detail::same_punctuation("Ⅲ", "Ⅳ"));
  EXPECT_TRUE(detail::same_punctuation("가.", "나."));
  EXPECT_TRUE(detail::same_punctuation("(가)", "(다)"));
  EXPECT_FALSE(detail::same_punctuation("1.", "1)"));
  EXPECT_FALSE(detail::same_punctuation("Ⅰ.", "Ⅱ"));
  EXPECT_FALSE(detail::same_punctuation("가.", "(나)"));
  EXPECT_TRUE(detail::same_punctuation("Ⅱ-1.", "Ⅱ-4."));
  EXPECT_TRUE(detail::same_punctuation("3-1)", "3-2)"));
  EXPECT_FALSE(detail::same_punctuation("Ⅰ-1.", "Ⅱ-1."));
  EXPECT_FALSE(detail::same_punctuation("1-1.", "2-1."));
}

TEST(MarkersTest, DashBulletsAreTheOnesMarkdownWritesAsItsOwn) {
  for (std::string_view b : {"-", "*", "•", "·", "–"}) EXPECT_TRUE(detail::is_dash_bullet(b)) << b;
  for (std::string_view b : {"—", "◎", "□", "ㅇ", "1.", "--", ""})
    EXPECT_FALSE(detail::is_dash_bullet(b)) << b;
}

}  // namespace
}  // namespace kbrief::test
