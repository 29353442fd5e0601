// SPDX-License-Identifier: MIT
// Date recognition and resolution, each on its own, and the table of cases in
// tests/data/date_cases.tsv (one sentence per case, with its reference and anchor dates).
#include "kbrief/dates.h"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <sstream>

#include "test_support.h"

namespace kbrief {
namespace {

// "2023-12-15", "2024-06", "2023" as the span it names.
std::optional<DateSpan> span_from_value(const std::string& v) {
  if (v.empty()) return std::nullopt;
  if (auto d = parse_iso_date(v)) return DateSpan{*d, *d, Granularity::day};
  int y = std::stoi(v.substr(0, 4));
  if (v.size() == 7) {
    int m = std::stoi(v.substr(5, 2));
    return DateSpan{{y, m, 1}, {y, m, days_in_month(y, m)}, Granularity::month};
  }
  return DateSpan{{y, 1, 1}, {y, 12, 31}, Granularity::year};
}

struct CaseResult {
  std::string dates, diagnostics;
};

// A case whose family starts with this mark is known to fail: it runs and is reported, but
// does not fail the test; once it passes, the summary says to take the mark off.
constexpr std::string_view kPending = "pending:";

// Recognises and resolves the dates of one sentence the way a document does: each date's
// anchor is the one resolved before it, the first one's the case's anchor.
CaseResult run_case(const std::string& sentence, const std::string& ref,
                    const std::string& anchor) {
  RecognisedDates found = recognise_dates(sentence);
  ResolutionContext ctx;
  if (auto r = parse_iso_date(ref)) ctx.reference = ReferenceDate{*r, false, "ref-date"};
  ctx.anchor = span_from_value(anchor);
  CaseResult out;
  for (const DateExpression& e : found.dates) {
    ctx.tense = sentence_tense(sentence, e.end);
    ResolvedDate r = resolve_date(e, ctx);
    if (r.span) ctx.anchor = r.span;
    if (!out.dates.empty()) out.dates += " ; ";
    std::string_view mod = to_string(r.mod);
    out.dates +=
        fmt::format("{} => {} {} {}{}", sentence.substr(e.begin, e.end - e.begin), r.value,
                    mod.empty() ? "-" : mod, to_string(r.resolution), r.lunar ? " lunar" : "");
    if (r.weekday_mismatch) out.diagnostics += "date-weekday";
  }
  for (const DateProblem& p : found.problems) {
    if (!out.diagnostics.empty()) out.diagnostics += " ; ";
    out.diagnostics += p.rule;
  }
  return out;
}

std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> fields;
  std::size_t start = 0;
  for (;;) {
    std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab - start));
    if (tab == std::string::npos) break;
    start = tab + 1;
  }
  return fields;
}

TEST(DateTable, EveryCaseGivesItsExpectedDates) {
  std::istringstream in(test::read_file(test::source_dir() + "/tests/data/date_cases.tsv"));
  std::string line;
  std::getline(in, line);
  ASSERT_EQ(line, "family\tref\tanchor\tsentence\texpected\tdiagnostics");
  int cases = 0, negatives = 0, failures = 0, pending = 0, pending_passing = 0, line_number = 1;
  while (std::getline(in, line)) {
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> f = split_tabs(line);
    ASSERT_GE(f.size(), 5u) << "line " << line_number;
    f.resize(6);
    ++cases;
    if (f[4].empty()) ++negatives;
    CaseResult got = run_case(f[3], f[1], f[2]);
    bool passes = got.dates == f[4] && got.diagnostics == f[5];
    if (f[0].starts_with(kPending)) {
      ++pending;
      if (passes) {
        ++pending_passing;
        std::cout << "date_cases.tsv:" << line_number << " passes: take off its pending mark\n";
      }
      continue;
    }
    if (!passes) {
      ++failures;
      ADD_FAILURE() << "date_cases.tsv:" << line_number << " [" << f[0] << "] " << f[3]
                    << "\n  expected: " << f[4] << (f[5].empty() ? "" : "  !" + f[5])
                    << "\n  got:      " << got.dates
                    << (got.diagnostics.empty() ? "" : "  !" + got.diagnostics);
    }
  }
  EXPECT_GE(cases, 200);
  EXPECT_GE(negatives, 40);
  std::cout << cases << " cases, " << negatives << " negatives, " << failures << " failing, "
            << pending << " pending (" << pending_passing << " of them passing)\n";
}

// --- Recognition alone ----------------------------------------------------------------

TEST(DateRecognition, RecordsWhatIsWrittenWithoutResolving) {
  RecognisedDates r = recognise_dates("동년 7월 NCG가 설립되었다");
  ASSERT_EQ(r.dates.size(), 1u);
  const WrittenDate& w = r.dates[0].from;
  EXPECT_EQ(w.base, WrittenDate::Base::anchor);
  EXPECT_EQ(w.shift, 0);
  EXPECT_EQ(w.month, 7);
  EXPECT_EQ(w.granularity(), Granularity::month);
  EXPECT_EQ(r.dates[0].begin, 0u);
  EXPECT_EQ(r.dates[0].end, std::string("동년 7월").size());
}

TEST(DateRecognition, DirectionAndCountsAreKept) {
  RecognisedDates r = recognise_dates("지난 12월 15일 회의와 사흘 전 발표");
  ASSERT_EQ(r.dates.size(), 2u);
  EXPECT_EQ(r.dates[0].from.direction, WrittenDate::Direction::past);
  EXPECT_EQ(r.dates[0].from.day, 15);
  EXPECT_EQ(r.dates[1].from.base, WrittenDate::Base::reference);
  EXPECT_EQ(r.dates[1].from.shift_unit, DateUnit::day);
  EXPECT_EQ(r.dates[1].from.shift, -3);
}

TEST(DateRecognition, ImpossibleDatesAreProblemsNotDates) {
  RecognisedDates r = recognise_dates("보도자료, 2023.2.30. 및 13월 회의");
  EXPECT_TRUE(r.dates.empty());
  ASSERT_EQ(r.problems.size(), 2u);
  EXPECT_EQ(r.problems[0].rule, "date-invalid");
  EXPECT_EQ(std::string("보도자료, 2023.2.30. 및 13월 회의")
                .substr(r.problems[0].begin, r.problems[0].end - r.problems[0].begin),
            "2023.2.30.");
}

TEST(DateRecognition, ExpressionsNeverOverlapAndStayInTheirText) {
  std::string text =
      "2023년 12월 15일~18일, 2014년부터 2018년까지, 지난해 하반기, '23.12.18., 12/15(금), "
      "동년 7월 초, 1970년대, 주체113(2024)년, December 16, 2023";
  RecognisedDates r = recognise_dates(text);
  ASSERT_EQ(r.dates.size(), 9u);
  std::uint32_t last = 0;
  for (const DateExpression& e : r.dates) {
    EXPECT_GE(e.begin, last);
    EXPECT_LT(e.begin, e.end);
    EXPECT_LE(e.end, text.size());
    last = e.end;
  }
}

// --- Resolution alone -----------------------------------------------------------------

DateExpression written(WrittenDate w) {
  DateExpression e;
  e.from = w;
  return e;
}

TEST(DateResolution, PartialDateWithoutAnythingStaysVisible) {
  WrittenDate w;
  w.month = 7;
  ResolvedDate r = resolve_date(written(w), {});
  EXPECT_EQ(r.value, "XXXX-07");
  EXPECT_FALSE(r.span);
}

TEST(DateResolution, NearestInstanceThenTense) {
  WrittenDate w;
  w.month = 12;
  w.day = 30;
  ResolutionContext ctx;
  ctx.reference = ReferenceDate{{2024, 2, 14}, false, "ref-date"};
  ctx.anchor = DateSpan{{2024, 8, 1}, {2024, 8, 31}, Granularity::month};
  ctx.tense = Tense::none;
  EXPECT_EQ(resolve_date(written(w), ctx).value, "2024-12-30");
  ctx.tense = Tense::past;
  ResolvedDate r = resolve_date(written(w), ctx);
  EXPECT_EQ(r.value, "2023-12-30");
  EXPECT_EQ(r.resolution, DateResolution::anaphoric);
}

TEST(DateResolution, YearOnlyReferenceResolvesYearsButNotDays) {
  ResolutionContext ctx;
  ctx.reference = ReferenceDate{{2024, 12, 31}, true, "copyright"};
  WrittenDate year;
  year.base = WrittenDate::Base::reference;
  year.shift = -1;
  EXPECT_EQ(resolve_date(written(year), ctx).value, "2023");
  WrittenDate yesterday;
  yesterday.base = WrittenDate::Base::reference;
  yesterday.shift_unit = DateUnit::day;
  yesterday.shift = -1;
  EXPECT_EQ(resolve_date(written(yesterday), ctx).value, "XXXX-XX-XX");
}

TEST(DateCalendar, DayNumbersWeekdaysAndLunarDates) {
  EXPECT_EQ(day_number({1970, 1, 1}), 0);
  EXPECT_EQ(from_day_number(day_number({2024, 2, 29})), (CivilDate{2024, 2, 29}));
  EXPECT_EQ(weekday_of({2023, 12, 15}), 5);  // a Friday
  EXPECT_EQ(weekday_of({2024, 2, 14}), 3);   // a Wednesday
  EXPECT_EQ(lunar_to_gregorian(2024, 8, 15), (CivilDate{2024, 9, 17}));
  EXPECT_EQ(lunar_to_gregorian(2024, 1, 1), (CivilDate{2024, 2, 10}));
  EXPECT_EQ(lunar_to_gregorian(2025, 1, 1), (CivilDate{2025, 1, 29}));
  EXPECT_FALSE(parse_iso_date("2023-02-29"));
  EXPECT_FALSE(parse_iso_date("2024/02/14"));
  EXPECT_TRUE(parse_iso_date("2024-02-29"));
}

TEST(DateTense, FirstPredicateAfterTheDateOutsideQuotations) {
  std::string s = "김정은은 12월 30일 “발생할 수 있는 위기”라고 강조했다";
  std::size_t end = s.find("일") + std::string("일").size();
  EXPECT_EQ(sentence_tense(s, end), Tense::past);
  EXPECT_EQ(sentence_tense("8월 서울에서 열릴 회의", 4), Tense::future);
  EXPECT_EQ(sentence_tense("7월 회의 개최 예정", 4), Tense::future);
  EXPECT_EQ(sentence_tense("7월에 발사한 바 있다", 4), Tense::past);
  EXPECT_EQ(sentence_tense("7월 회의가 있다", 4), Tense::none);
}

}  // namespace
}  // namespace kbrief
