// SPDX-License-Identifier: MIT
// Dates in a brief's text, in two passes kept apart so each can be tested on its own:
//
//   recognise_dates(text)   what is written: "지난 12월 15일" is a month and day, in the
//                           past, relative to the writing date (WrittenDate)
//   resolve_date(w, ctx)    its value against the document's reference date and the last
//                           date mentioned before it: 2023-12-15 (ResolvedDate)
//
// Values are TIMEX3-style ("2024-02-14", ISO weeks "2024-W07", "2024-02", "2024", "2024-H2",
// "2024-Q1", decades "1970/1979", ranges "start/end"); what nothing could resolve stays
// visible as X's ("XXXX-07"). docs/timeline.md describes the families and the rules.
#pragma once

#include <compare>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kbrief {

// A day of the proleptic Gregorian calendar.
struct CivilDate {
  int year = 0, month = 0, day = 0;
  auto operator<=>(const CivilDate&) const = default;
};
int days_in_month(int year, int month);
bool is_valid_date(int year, int month, int day);
std::int64_t day_number(CivilDate d);  // days since 1970-01-01
CivilDate from_day_number(std::int64_t n);
int weekday_of(CivilDate d);  // 0 = Sunday … 6 = Saturday
// "2024-02-14" exactly (the form a reference date is given in); nothing when malformed or
// impossible.
std::optional<CivilDate> parse_iso_date(std::string_view s);
// The day as output writes it: "2024-02-14" (four-digit year, two-digit month and day).
std::string iso_date(const CivilDate& d);
// The Gregorian day of a Korean lunar date (ICU's Dangi calendar); nothing when it does not
// exist (a 30th in a month of 29 days).
std::optional<CivilDate> lunar_to_gregorian(int lunar_year, int month, int day);

enum class Granularity { day, week, month, quarter, half, year, decade, range };
enum class DateMod { none, start, mid, end };  // TIMEX3 mod: 초 / 중순 / 말 …
enum class DateResolution { absolute, deictic, anaphoric };
enum class Tense { none, past, future };
std::string_view to_string(Granularity g);
std::string_view to_string(DateMod m);  // "" for none
std::string_view to_string(DateResolution r);

// --- Recognition ------------------------------------------------------------------------

// Units a relative expression counts in.
enum class DateUnit { day, week, month, quarter, year };

// One point in time as written, before resolution. What the writing leaves open is filled
// in by resolve_date().
struct WrittenDate {
  // Where the year comes from.
  enum class Base : std::uint8_t {
    written,    // "2024년", "'23.12.18.", "주체113년"
    reference,  // the writing date, shifted: "올해", "지난달", "사흘 전"
    anchor,     // the last date mentioned, shifted: "동년", "이듬해"
    partial,    // the nearest instance to the last date mentioned: "7월", "17일"
  };
  // "지난 7월": the most recent past July; "오는 3월", "다가오는 추석": the next one.
  enum class Direction : std::uint8_t { none, past, coming };

  Base base = Base::partial;
  Direction direction = Direction::none;
  DateUnit shift_unit = DateUnit::year;  // reference/anchor: the unit shifted
  int shift = 0;                         // and by how much ("작년" -1, "사흘 후" +3)
  int year = 0;                          // written year (base written)
  int month = 0, day = 0;                // written month and day; 0 when not written
  int quarter = 0, half = 0;             // 1–4, 1–2; 0 when not written
  bool decade = false;                   // "1970년대"
  DateMod mod = DateMod::none;
  bool lunar = false;  // month and day are lunar ("음력", "추석")
  // Written weekday, 0 = Sunday; -1 when none. Without a written year it chooses the year:
  // of the instance the other rules give and those a year either side, the one on that
  // weekday ("3월 8일(金)" near 2024 is 2024-03-08, a Friday).
  int weekday = -1;

  // The finest unit written or implied: day, week, month, quarter, half, year or decade.
  Granularity granularity() const;
};

// A date expression found in a text: bytes [begin, end), and a range's second point.
struct DateExpression {
  std::uint32_t begin = 0, end = 0;
  WrittenDate from;
  std::optional<WrittenDate> to;  // ranges; fields not written borrow from `from`
};

// Something that looks like a date but cannot be one ("2023.2.30.", "13월").
struct DateProblem {
  std::uint32_t begin = 0, end = 0;  // bytes in the text
  std::string rule;                  // "date-invalid"
  std::string message;
};

struct RecognisedDates {
  std::vector<DateExpression> dates;  // in text order, never overlapping
  std::vector<DateProblem> problems;
};

// Finds the date expressions of a clean text (NFC, single-spaced). Numbers that are not
// dates ("1차", "3축", "2.5%", "9·19 군사합의", "3년 만에") are left alone.
RecognisedDates recognise_dates(std::string_view text);

// The tense of a sentence as seen from a date expression in it, bytes [date_end, …) of
// `sentence`: future or prospect ("열릴", "예정", "-ㄹ 것"), past ("했다", "바 있다"),
// or none. The first predicate after the date decides, else the sentence's last one.
Tense sentence_tense(std::string_view sentence, std::size_t date_end);

// The same for many dates of one sentence: the sentence is read once, each date is a
// binary search (a sentence with thousands of dates stays linear).
class SentenceTense {
 public:
  explicit SentenceTense(std::string_view sentence);
  Tense at(std::size_t date_end) const;

 private:
  std::vector<std::pair<std::size_t, Tense>> marks_;  // where tense shows, in order
};

// --- Resolution -------------------------------------------------------------------------

// An interval of days with the unit it was written in: what a resolved date covers.
struct DateSpan {
  CivilDate start, end;  // first and last day covered
  Granularity granularity = Granularity::day;
};

// The document's writing date: a day, or only a year (a copyright line).
struct ReferenceDate {
  CivilDate date;
  bool year_only = false;
  // "ref-date", "publication-date", "pdf-created", "latest-date", "copyright"
  std::string source;
};

// The value of a reference date as output gives it: "2024-02-14", or "2024" for a year.
std::string reference_value(const ReferenceDate& r);

struct ResolutionContext {
  std::optional<ReferenceDate> reference;
  std::optional<DateSpan> anchor;  // the last date resolved before, in the same block
  Tense tense = Tense::none;
};

struct ResolvedDate {
  std::string value;             // TIMEX3-style; X's where unresolved
  std::optional<DateSpan> span;  // nothing when unresolved
  Granularity granularity = Granularity::day;
  DateMod mod = DateMod::none;
  DateResolution resolution = DateResolution::absolute;
  bool lunar = false;
  // A written weekday that does not fall on the resolved day: the weekday as written.
  std::optional<int> weekday_mismatch;
};

ResolvedDate resolve_date(const DateExpression& e, const ResolutionContext& ctx);

// One date of a passage, resolved: bytes [begin, end) of the passage.
struct PassageDate {
  std::uint32_t begin = 0, end = 0;
  ResolvedDate date;
};

// Recognises and resolves the dates of one passage (a line, a paragraph) on its own, the
// way a document resolves a paragraph's: each date's anchor is the last date resolved
// before it in the passage, its tense is read from the passage. `problems`, when given,
// receives what looked like a date but cannot be one.
std::vector<PassageDate> resolve_passage(std::string_view passage,
                                         const std::optional<ReferenceDate>& reference,
                                         std::vector<DateProblem>* problems = nullptr);

// Weekday names as printed in briefs: "수" and "水" are 3.
std::string_view weekday_name(int weekday);

}  // namespace kbrief
