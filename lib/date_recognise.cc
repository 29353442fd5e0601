// SPDX-License-Identifier: MIT
// Recognition: where a clean text writes a date, and what it writes. Resolution against the
// reference date lives apart, in date_resolve.cc.
//
// A hand-written scanner over UTF-8: at each code point that can start a date (a digit, an
// apostrophe, a Hangul word, an English month) it tries the written forms, longest first,
// and never backtracks further than the expression it is reading. What a date is, and what
// only looks like one, is decided by the units and words around the numbers: "년/월/일",
// "분기", "전/후", particles after them, quantity words ("간", "동안", "이내") and the
// characters before a number (a digit, a dot or a hyphen make it part of something else).
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <optional>

#include "kbrief/dates.h"
#include "unicode.h"

namespace kbrief {
namespace {

using detail::code_point_at;
using detail::is_ascii_alpha;
using detail::is_ascii_digit;
using detail::is_hangul_syllable;
using detail::next_code_point;
using detail::sequence_length;

struct Parsed {
  WrittenDate w;
  std::size_t end = 0;
  std::optional<WrittenDate> to;  // an inner range: "15~18일", "2014~2018년"
};

struct Word {
  std::string_view text;
  int value;
};

// Words for a year relative to the writing date.
constexpr std::array<Word, 10> kReferenceYears{{{"올해", 0},
                                                {"올 해", 0},
                                                {"금년", 0},
                                                {"재작년", -2},
                                                {"작년", -1},
                                                {"지난해", -1},
                                                {"지난 해", -1},
                                                {"내후년", 2},
                                                {"내년", 1},
                                                {"명년", 1}}};
// Words for a year relative to the last date mentioned.
constexpr std::array<Word, 11> kAnchorYears{{{"동년", 0},
                                             {"같은 해", 0},
                                             {"그해", 0},
                                             {"그 해", 0},
                                             {"당해 연도", 0},
                                             {"당해연도", 0},
                                             {"이듬해", 1},
                                             {"익년", 1},
                                             {"다다음 해", 2},
                                             {"다음 해", 1},
                                             {"전년", -1}}};
// Relative words are written with or without their space: "다음 달", "다음달".
constexpr std::array<Word, 12> kReferenceMonths{{{"이번 달", 0},
                                                 {"이번달", 0},
                                                 {"이달", 0},
                                                 {"지난달", -1},
                                                 {"지난 달", -1},
                                                 {"저번 달", -1},
                                                 {"저번달", -1},
                                                 {"다다음 달", 2},
                                                 {"다다음달", 2},
                                                 {"다음 달", 1},
                                                 {"다음달", 1},
                                                 {"내달", 1}}};
// Weeks, as ISO weeks. "금주" (also "abstinence") and "내주" (also "give away") are left out.
constexpr std::array<Word, 10> kReferenceWeeks{{{"이번 주", 0},
                                                {"이번주", 0},
                                                {"지난 주", -1},
                                                {"지난주", -1},
                                                {"저번 주", -1},
                                                {"저번주", -1},
                                                {"다다음 주", 2},
                                                {"다다음주", 2},
                                                {"다음 주", 1},
                                                {"다음주", 1}}};
constexpr std::array<Word, 4> kAnchorMonths{
    {{"동월", 0}, {"같은 달", 0}, {"그달", 0}, {"그 달", 0}}};
constexpr std::array<Word, 8> kReferenceQuarters{{{"이번 분기", 0},
                                                  {"이번분기", 0},
                                                  {"지난 분기", -1},
                                                  {"지난분기", -1},
                                                  {"저번 분기", -1},
                                                  {"저번분기", -1},
                                                  {"다음 분기", 1},
                                                  {"다음분기", 1}}};
// "전분기 대비": the quarter before the one spoken of, like "전년".
constexpr std::array<Word, 1> kAnchorQuarters{{{"전분기", -1}}};
constexpr std::array<Word, 9> kReferenceDays{{{"오늘", 0},
                                              {"금일", 0},
                                              {"어제", -1},
                                              {"작일", -1},
                                              {"그저께", -2},
                                              {"그제", -2},
                                              {"내일", 1},
                                              {"명일", 1},
                                              {"모레", 2}}};
// Native Korean counts of days and months: "사흘 전", "두 달 후".
constexpr std::array<Word, 11> kNativeDays{{{"하루", 1},
                                            {"이틀", 2},
                                            {"사흘", 3},
                                            {"나흘", 4},
                                            {"닷새", 5},
                                            {"엿새", 6},
                                            {"이레", 7},
                                            {"여드레", 8},
                                            {"아흐레", 9},
                                            {"열흘", 10},
                                            {"보름", 15}}};
constexpr std::array<Word, 6> kNativeCounts{
    {{"한", 1}, {"두", 2}, {"세", 3}, {"네", 4}, {"다섯", 5}, {"여섯", 6}}};

struct Holiday {
  std::string_view name;
  int month, day;
  bool lunar;
};
constexpr std::array<Holiday, 22> kHolidays{
    {{"광복절", 8, 15, false},    {"제헌절", 7, 17, false},      {"개천절", 10, 3, false},
     {"한글날", 10, 9, false},    {"현충일", 6, 6, false},       {"어린이날", 5, 5, false},
     {"성탄절", 12, 25, false},   {"크리스마스", 12, 25, false}, {"삼일절", 3, 1, false},
     {"신정", 1, 1, false},       {"설날", 1, 1, true},          {"추석", 8, 15, true},
     {"정월대보름", 1, 15, true}, {"정월 대보름", 1, 15, true},  {"한가위", 8, 15, true},
     {"단오", 5, 5, true},        {"부처님오신날", 4, 8, true},  {"부처님 오신 날", 4, 8, true},
     {"석가탄신일", 4, 8, true},  {"국군의 날", 10, 1, false},   {"국군의날", 10, 1, false},
     {"식목일", 4, 5, false}}};

// Parts of a year and of a month, and the modifier each gives.
struct Part {
  std::string_view text;
  DateMod mod;
};
constexpr std::array<Part, 7> kYearParts{{{"초반", DateMod::start},
                                          {"초", DateMod::start},
                                          {"전반", DateMod::start},
                                          {"중반", DateMod::mid},
                                          {"후반", DateMod::end},
                                          {"말경", DateMod::end},
                                          {"말", DateMod::end}}};
constexpr std::array<Part, 8> kMonthParts{{{"초순", DateMod::start},
                                           {"상순", DateMod::start},
                                           {"초", DateMod::start},
                                           {"중순", DateMod::mid},
                                           {"중반", DateMod::mid},
                                           {"하순", DateMod::end},
                                           {"말경", DateMod::end},
                                           {"말", DateMod::end}}};
constexpr std::array<Part, 4> kYearWords{{{"연초", DateMod::start},
                                          {"연중", DateMod::mid},
                                          {"연말", DateMod::end},
                                          {"연내", DateMod::none}}};

constexpr std::array<std::string_view, 12> kEnglishMonths{
    "january", "february", "march",     "april",   "may",      "june",
    "july",    "august",   "september", "october", "november", "december"};

// First syllables of the particles and endings that may follow a date written without a
// space ("7월부터", "2024년에는", "연말까지", "전년 대비" → "전년대비").
bool is_particle_start(char32_t c) {
  static constexpr std::u32string_view kStarts =
      U"에의은는이가을를도만부까과와로으엔께쯤경인였보대중내마라며면및";
  return kStarts.find(c) != std::u32string_view::npos;
}

// Words after a count that make it a duration or an amount, not a date: "7일간",
// "30일 이내", "3개월 동안", "45일 만에".
constexpr std::array<std::string_view, 17> kQuantityWords{
    "간",   "째",   "씩",   "동안", "이내", "이상", "이하", "미만", "가량",
    "정도", "만에", "만이", "넘게", "남짓", "안에", "연속", "여"};
// What "연중" (the year through) says of a habit, not of a time: "연중 상시 운영".
constexpr std::array<std::string_view, 7> kHabitWords{"상시", "수시", "무휴", "내내",
                                                      "계속", "상설", "운영"};
// Counts of times after "1일": a rate ("1일 3회"), not the first of a month.
constexpr std::array<std::string_view, 6> kTimesUnits{"회", "번", "차례", "건", "시간", "끼"};
// Words before a count that make it an amount: "약 30일", "총 7일", "향후 10일".
constexpr std::array<std::string_view, 11> kQuantityBefore{
    "약", "총", "최대", "최소", "매", "무려", "불과", "향후", "근", "단", "평균"};

// How a word written as a date (Recogniser::word_point) can start: the first two code
// points of every word it tries. A syllable and what follows it outside the set start no
// such date, and the dozens of words need not be tried there. Sino-Korean numbers
// ("이십일일", "삼분기", "칠월") start with a digit syllable followed by another, "월" or "분".
class WordStarts {
 public:
  constexpr void add(char32_t first, char32_t second) {
    if (!is_hangul_syllable(first)) throw "word dates start with a Hangul syllable";
    if (size_ == pairs_.size()) throw "too many word starts";
    bits_[(first - 0xAC00) / 64] |= std::uint64_t{1} << ((first - 0xAC00) % 64);
    pairs_[size_++] = pair(first, second);
  }
  // Sorted once, after the last add(): sorting on every add took clang past its limit of
  // compile-time evaluation steps.
  constexpr void finish() { std::sort(pairs_.begin(), pairs_.begin() + size_); }
  constexpr void add(std::string_view word) {
    std::size_t i = 0;
    char32_t first = next_code_point(word, i);
    if (i == word.size()) throw "a word start needs two code points";
    add(first, next_code_point(word, i));
  }
  template <class List>
  constexpr void add_all(const List& list) {
    for (const auto& w : list) add(w.text);
  }
  // Whether a word date may start with `first`: a cheap test that rules out most text.
  constexpr bool may_start(char32_t first) const {
    return is_hangul_syllable(first) &&
           (bits_[(first - 0xAC00) / 64] >> ((first - 0xAC00) % 64)) & 1;
  }
  constexpr bool may_start(char32_t first, char32_t second) const {
    return may_start(first) &&
           std::binary_search(pairs_.begin(), pairs_.begin() + size_, pair(first, second));
  }

 private:
  static constexpr std::uint64_t pair(char32_t first, char32_t second) {
    return (std::uint64_t{first} << 32) | second;
  }
  std::array<std::uint64_t, (0xD7A4 - 0xAC00 + 63) / 64> bits_{};
  std::array<std::uint64_t, 256> pairs_{};
  std::size_t size_ = 0;
};

constexpr WordStarts kWordDateStarts = [] {
  WordStarts s;
  s.add_all(kReferenceYears);
  s.add_all(kAnchorYears);
  s.add_all(kReferenceQuarters);
  s.add_all(kAnchorQuarters);
  s.add_all(kReferenceMonths);
  s.add_all(kReferenceWeeks);
  s.add_all(kAnchorMonths);
  s.add_all(kReferenceDays);
  s.add_all(kNativeDays);
  for (const Word& w : kNativeCounts) {  // "한 달", "다섯 달"
    std::size_t second = 0;
    char32_t first = next_code_point(w.text, second);
    s.add(first, second < w.text.size() ? code_point_at(w.text, second) : U' ');
  }
  s.add_all(kYearWords);
  for (const Holiday& h : kHolidays) s.add(h.name);
  // The words word_point() and what it calls spell out where they try them.
  for (std::string_view w :
       {"지난 ", "오는 ", "다음 ", "이번 ", "다가오는 ", "올 ", "상반기", "전반기", "하반기",
        "후반기", "음력", "주체", "단기", "시월", "유월", "일주일", "설 "})
    s.add(w);
  constexpr std::u32string_view kSinoDigits = U"일이삼사오육칠팔구십";
  for (char32_t d : kSinoDigits) {
    for (char32_t next : kSinoDigits) s.add(d, next);
    s.add(d, U'월');
    s.add(d, U'분');
  }
  s.finish();
  return s;
}();

class Recogniser {
 public:
  explicit Recogniser(std::string_view text) : t_(text) {}

  RecognisedDates run() {
    std::size_t i = 0;
    while (i < t_.size()) {
      if (!may_start_at(i)) {
        i = std::max(skip_to_, i + sequence_length(static_cast<unsigned char>(t_[i])));
        continue;
      }
      std::optional<DateExpression> e = expression_at(i);
      if (e) {
        out_.dates.push_back(*e);
        i = after_apposition(e->end);
      } else if (skip_to_ > i) {
        i = skip_to_;
      } else {
        i += sequence_length(static_cast<unsigned char>(t_[i]));
      }
    }
    return std::move(out_);
  }

 private:
  // --- Characters -----------------------------------------------------------------------
  char32_t at(std::size_t i) const { return i < t_.size() ? code_point_at(t_, i) : 0; }
  std::size_t after(std::size_t i) const {
    return i < t_.size() ? i + sequence_length(static_cast<unsigned char>(t_[i])) : i;
  }
  char32_t before(std::size_t i) const {
    if (i == 0) return 0;
    std::size_t j = i;
    return detail::prev_code_point(t_, j);
  }
  // Compared a byte at a time: the words tried are short and most differ from the text in
  // their first bytes, where a call to memcmp would cost more than the comparison.
  bool has(std::size_t i, std::string_view s) const {
    if (i > t_.size() || t_.size() - i < s.size()) return false;
    for (std::size_t k = 0; k < s.size(); ++k)
      if (t_[i + k] != s[k]) return false;
    return true;
  }
  bool lit(std::size_t& i, std::string_view s) const {
    if (!has(i, s)) return false;
    i += s.size();
    return true;
  }
  // One optional space (clean text is single-spaced).
  std::size_t space(std::size_t i) const { return i < t_.size() && t_[i] == ' ' ? i + 1 : i; }
  // An unsigned number of [min_digits, max_digits] ASCII digits, not followed by another.
  bool number(std::size_t& i, int min_digits, int max_digits, int& value) const {
    std::size_t j = i;
    int v = 0;
    while (j < t_.size() && is_ascii_digit(static_cast<unsigned char>(t_[j])) &&
           static_cast<int>(j - i) < max_digits) {
      v = v * 10 + (t_[j] - '0');
      ++j;
    }
    int n = static_cast<int>(j - i);
    if (n < min_digits || (j < t_.size() && is_ascii_digit(static_cast<unsigned char>(t_[j]))))
      return false;
    i = j;
    value = v;
    return true;
  }
  bool connector(std::size_t& i) const {
    std::size_t j = space(i);
    char32_t c = at(j);
    if (c != U'~' && c != U'∼' && c != U'〜' && c != U'～' && c != U'-' && c != U'–' && c != U'—')
      return false;
    i = space(after(j));
    return true;
  }

  // A number may start a date unless it continues something: another number ("3.5",
  // "1,200", "02-2100"), a word in Latin letters ("v2", "ICBM2").
  bool number_may_start(std::size_t i) const {
    char32_t b = before(i);
    return !(is_ascii_digit(b) || is_ascii_alpha(b) || b == U'.' || b == U',' || b == U'-' ||
             b == U'/' || b == U'·' || b == U':' || b == U'_' || b == U'\'' || b == U'’' ||
             b == U'ʼ' || b == U'‘');
  }
  // A word starts a date only at a word boundary.
  bool word_may_start(std::size_t i) const {
    char32_t b = before(i);
    return !(is_hangul_syllable(b) || is_ascii_alpha(b) || is_ascii_digit(b));
  }
  // What follows a date: not more of a word, unless a particle.
  bool ends_well(std::size_t i) const {
    char32_t c = at(i);
    if (c == 0) return true;
    if (is_hangul_syllable(c)) {
      // "16일자 사설": the day something is dated.
      if (c == U'자' && before(i) == U'일') return ends_well(after(i));
      return is_particle_start(c) && !quantity_follows(i);
    }
    return !is_ascii_alpha(c) && !is_ascii_digit(c);
  }
  // After a part word ("초", "말", "중반"), only a particle: not "초대형", "말기".
  bool ends_part(std::size_t i) const {
    static constexpr std::u32string_view kParticles = U"에까부의께경쯤로으인이엔을은는도만";
    char32_t c = at(i);
    if (is_hangul_syllable(c)) return kParticles.find(c) != std::u32string_view::npos;
    return ends_well(i);
  }
  bool quantity_follows(std::size_t i) const {
    std::size_t j = space(i);
    for (std::string_view w : kQuantityWords)
      if (has(j, w)) {
        // "여" only as "20여", right after the count; not "여름".
        if (w == "여" && (j != i || is_hangul_syllable(at(j + w.size())))) continue;
        return true;
      }
    return false;
  }
  // "연중 상시": the next word says how often, not when.
  bool habit_follows(std::size_t i) const {
    std::size_t j = space(i);
    if (j == i) return false;
    for (std::string_view w : kHabitWords)
      if (has(j, w)) return true;
    return false;
  }
  // "1일 3회", "1일 2시간": a count of times per day.
  bool times_follow(std::size_t i) const {
    std::size_t j = space(i);
    int n = 0;
    if (j == i || !number(j, 1, 4, n)) return false;
    for (std::string_view u : kTimesUnits)
      if (has(j, u)) return true;
    return false;
  }
  // What may close a range, at i: "사이", "간" or "중" ("2020~2022년 간", "2020~2022년간",
  // "3월과 9월 사이"), followed by a particle or the end of a word. Returns where it ends.
  std::optional<std::size_t> range_closer(std::size_t i) const {
    for (std::string_view w : {"사이", "간", "중"}) {
      std::size_t j = space(i);
      if (w != "간" && j == i) continue;  // "중요", "사이": only as a word of its own
      if (!lit(j, w)) continue;
      char32_t c = at(j);
      if (c == 0 || (is_hangul_syllable(c) ? is_particle_start(c) : !is_ascii_digit(c))) return j;
    }
    return std::nullopt;
  }
  // A range `p` ends here, with its closer if it has one.
  std::optional<Parsed> finish_range(Parsed p) const {
    if (std::optional<std::size_t> end = range_closer(p.end)) {
      p.end = *end;
      return p;
    }
    return finish(p);
  }
  // "1/4분기", "1·4분기" at i (after the quarter's number): where it ends, if it is one.
  std::optional<std::size_t> fourths(std::size_t i) const {
    std::size_t k = i;
    int four = 0;
    if (!(lit(k, "/") || lit(k, "·") || lit(k, "ㆍ"))) return std::nullopt;
    if (!number(k, 1, 1, four) || four != 4 || !lit(k, "분기")) return std::nullopt;
    return k;
  }
  // "9일에서 4일로": a count changing into another count of the same unit is an amount.
  // Both counts are skipped.
  bool changes_to(std::size_t i, std::string_view unit) {
    std::size_t j = i;
    int n = 0;
    if (!lit(j, "에서")) return false;
    j = space(j);
    if (!number(j, 1, 3, n) || !lit(j, unit)) return false;
    if (!has(j, "로") && !has(j, "으로")) return false;
    skip_to_ = std::max(skip_to_, j);
    return true;
  }
  // "교육 1주 전", "회의 3일 전": a count before or after an event the noun names, not the
  // writing date. A word ending in a particle or a verb ending ("북한은 7일 전") is no such
  // noun.
  bool event_precedes(std::size_t i) const {
    static constexpr std::u32string_view kWordEnds = U"은는이가을를에서도로만과와고며면나께요다";
    if (i < 2 || t_[i - 1] != ' ') return false;
    char32_t last = before(i - 1);
    return is_hangul_syllable(last) && kWordEnds.find(last) == std::u32string_view::npos;
  }
  bool quantity_precedes(std::size_t i) const {
    if (i == 0 || t_[i - 1] != ' ') return false;
    std::size_t word_end = i - 1, word_begin = word_end;
    while (word_begin > 0 && t_[word_begin - 1] != ' ') --word_begin;
    std::string_view word = t_.substr(word_begin, word_end - word_begin);
    for (std::string_view w : kQuantityBefore)
      if (word == w) return true;
    return false;
  }
  int weekday_char(char32_t c) const {
    static constexpr std::u32string_view kKorean = U"일월화수목금토";
    static constexpr std::u32string_view kHanja = U"日月火水木金土";
    std::size_t k = kKorean.find(c);
    if (k == std::u32string_view::npos) k = kHanja.find(c);
    return k == std::u32string_view::npos ? -1 : static_cast<int>(k);
  }
  // "(금)", "(金)", "(금요일)" right after a day.
  std::size_t weekday(std::size_t i, WrittenDate& w) const {
    std::size_t j = i;
    if (!lit(j, "(")) return i;
    int wd = weekday_char(at(j));
    if (wd < 0) return i;
    j = after(j);
    lit(j, "요일");
    if (!lit(j, ")")) return i;
    w.weekday = wd;
    return j;
  }
  // Sino-Korean numbers up to 39: "십이", "이십일", "삼".
  bool sino(std::size_t& i, int& value, bool allow_shorter_for_il) const {
    static constexpr std::u32string_view kDigits = U"일이삼사오육칠팔구";
    std::size_t j = i;
    int tens = 0, units = 0;
    std::size_t k = kDigits.find(at(j));
    if (at(j) == U'십' || (k != std::u32string_view::npos && at(after(j)) == U'십')) {
      tens = 1;
      if (at(j) != U'십') {
        tens = static_cast<int>(k) + 1;
        j = after(j);
      }
      j = after(j);  // 십
      k = kDigits.find(at(j));
      if (k != std::u32string_view::npos) {
        units = static_cast<int>(k) + 1;
        j = after(j);
      }
    } else if (k != std::u32string_view::npos) {
      units = static_cast<int>(k) + 1;
      j = after(j);
    } else {
      return false;
    }
    // "이십일" followed by "일" is 21 and a day; followed by anything else, "이십" and "일".
    if (allow_shorter_for_il && units == 1 && tens > 0 && at(j) != U'일') {
      units = 0;
      j = j - std::string_view("일").size();
    }
    value = tens * 10 + units;
    i = j;
    return value > 0 && value < 40;
  }

  void problem(std::size_t begin, std::size_t end, std::string message) {
    out_.problems.push_back({static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end),
                             "date-invalid", std::move(message)});
    skip_to_ = std::max(skip_to_, end);
  }

  // A holiday named right after the date it falls on is the same date, said again:
  // "음력 8월 15일 추석".
  std::size_t after_apposition(std::size_t end) const {
    std::size_t k = space(end);
    if (k == end) return end;
    std::optional<Parsed> named = holiday(Parsed{}, k);
    return named ? named->end : end;
  }

  // `p` on the holiday named at k ("광복절", "추석"), whose year `p` gives or leaves open.
  std::optional<Parsed> holiday(Parsed p, std::size_t k) const {
    for (const Holiday& hol : kHolidays) {
      std::size_t h = k;
      if (!lit(h, hol.name)) continue;
      p.w.month = hol.month;
      p.w.day = hol.day;
      p.w.lunar = hol.lunar;
      p.end = h;
      return finish(p);
    }
    // "설" alone is a word of many meanings; the New Year's day only before its holidays.
    std::size_t h = k;
    if (lit(h, "설") && (has(h, " 연휴") || has(h, " 명절") || has(h, " 당일"))) {
      p.w.month = 1;
      p.w.day = 1;
      p.w.lunar = true;
      p.end = h;
      return p;
    }
    return std::nullopt;
  }

  // --- Expressions ----------------------------------------------------------------------
  std::optional<DateExpression> expression_at(std::size_t i) {
    std::size_t problems = out_.problems.size();
    std::optional<Parsed> a = point_at(i);
    // An impossible date is reported from its first character: "2023년 2월 30일".
    for (std::size_t k = problems; k < out_.problems.size(); ++k)
      out_.problems[k].begin = static_cast<std::uint32_t>(i);
    if (!a) return std::nullopt;
    DateExpression e;
    e.begin = static_cast<std::uint32_t>(i);
    e.end = static_cast<std::uint32_t>(a->end);
    e.from = a->w;
    e.to = a->to;
    if (!e.to) range_tail(e);
    return e;
  }

  // "A~B", "A-B", "A부터 B까지", "A에서 B까지", "A부터 B 사이", "A와 B 사이"; a range
  // may close with "간" or "중" ("2020~2022년 간").
  void range_tail(DateExpression& e) {
    std::size_t j = e.end;
    if (connector(j)) {
      if (std::optional<Parsed> b = point_at(j, true); b && !b->to) {
        e.to = b->w;
        e.end = static_cast<std::uint32_t>(range_closer(b->end).value_or(b->end));
      }
      return;
    }
    // "과"/"와" join two dates; only "사이" after the second makes them one range.
    for (std::string_view from_word : {"부터", "에서", "과", "와"}) {
      j = e.end;
      if (!lit(j, from_word)) continue;
      j = space(j);
      std::optional<Parsed> b = point_at(j);
      if (!b || b->to) return;
      std::size_t k = b->end;
      bool joined = from_word == "과" || from_word == "와";
      std::optional<std::size_t> closer;
      if (!joined && lit(k, "까지"))
        closer = k;
      else if (std::size_t c = space(b->end); c > b->end && has(c, "사이"))
        closer = range_closer(b->end);
      if (closer) {
        e.to = b->w;
        e.end = static_cast<std::uint32_t>(*closer);
      }
      return;
    }
  }

  // may_start() of the character at t_[i], with ASCII and Hangul decided from their bytes;
  // letters inside a word start no English date.
  bool may_start_at(std::size_t i) const {
    auto b = static_cast<unsigned char>(t_[i]);
    if (b < 0x80) {
      if (is_ascii_digit(b) || b == '\'') return true;
      return is_ascii_alpha(b) &&
             (i == 0 || !is_ascii_alpha(static_cast<unsigned char>(t_[i - 1])));
    }
    if (b >= 0xEA && b <= 0xED && i + 2 < t_.size()) {
      char32_t c = (char32_t{b} & 0x0F) << 12 |
                   (char32_t{static_cast<unsigned char>(t_[i + 1])} & 0x3F) << 6 |
                   (char32_t{static_cast<unsigned char>(t_[i + 2])} & 0x3F);
      return kWordDateStarts.may_start(c);
    }
    return may_start(at(i));
  }

  // Whether point_at() can find a date at a character: those it looks further at.
  static bool may_start(char32_t c) {
    return is_ascii_digit(c) || c == U'\'' || c == U'’' || c == U'ʼ' || c == U'‘' ||
           kWordDateStarts.may_start(c) || is_ascii_alpha(c);
  }

  // `after_connector`: the second point of "A~B" or "A-B", where the dash is no part of a
  // number.
  std::optional<Parsed> point_at(std::size_t i, bool after_connector = false) {
    char32_t c = at(i);
    if (is_ascii_digit(c))
      return after_connector || number_may_start(i) ? numeric_point(i) : std::nullopt;
    if (c == U'\'' || c == U'’' || c == U'ʼ' || c == U'‘') return short_year_point(i);
    if (is_hangul_syllable(c))
      return kWordDateStarts.may_start(c, at(after(i))) && word_may_start(i) ? word_point(i)
                                                                             : std::nullopt;
    if (is_ascii_alpha(c) && !is_ascii_alpha(before(i))) return english_point(i);
    return std::nullopt;
  }

  // Accepts `p` if what follows it ends a date.
  std::optional<Parsed> finish(Parsed p) const {
    if (!ends_well(p.end)) return std::nullopt;
    return p;
  }
  std::optional<Parsed> finish_part(Parsed p) const {
    if (!ends_part(p.end)) return std::nullopt;
    return p;
  }

  // --- Numbers first --------------------------------------------------------------------
  std::optional<Parsed> numeric_point(std::size_t i) {
    std::size_t j = i;
    int n = 0;
    if (!number(j, 1, 4, n)) return std::nullopt;
    int digits = static_cast<int>(j - i);
    if (auto p = counted(i)) return p;
    if (digits == 4) return four_digit_point(i, j, n);
    if (digits <= 2) return small_number_point(i, j, n);
    return std::nullopt;
  }

  std::optional<Parsed> four_digit_point(std::size_t begin, std::size_t j, int year) {
    if (year < 1000 || year > 2999) return std::nullopt;
    if (has(j, ".")) return dotted(begin, j, year);
    if (has(j, "-") || has(j, "/")) {
      if (auto p = separated(begin, j, year)) return p;
    }
    // "2014~2018년": a bare year range.
    std::size_t k = j;
    int year2 = 0;
    if (connector(k) && number(k, 4, 4, year2) && has(space(k), "년") && year2 > year) {
      k = space(k);
      k += std::string_view("년").size();
      Parsed p;
      p.w.base = WrittenDate::Base::written;
      p.w.year = year;
      WrittenDate to = p.w;
      to.year = year2;
      p.to = to;
      p.end = k;
      return finish_range(p);
    }
    k = space(j);
    if (!lit(k, "년")) return std::nullopt;
    Parsed p;
    p.w.base = WrittenDate::Base::written;
    p.w.year = year;
    p.end = k;
    return after_year(p, true);
  }

  // "2024.2.14.", "2024. 2. 14.", "2015.5.13", "2023.12." and "2023.12".
  std::optional<Parsed> dotted(std::size_t begin, std::size_t j, int year) {
    std::size_t k = j + 1;
    k = space(k);
    int month = 0, day = 0;
    std::size_t month_begin = k;
    if (!number(k, 1, 2, month)) return std::nullopt;
    int month_digits = static_cast<int>(k - month_begin);
    bool spaced = k > j + 1 + (k - month_begin);
    Parsed p;
    p.w.base = WrittenDate::Base::written;
    p.w.year = year;
    if (has(k, ".") && is_ascii_digit(at(space(k + 1)))) {
      std::size_t d = space(k + 1);
      if (!number(d, 1, 2, day)) return std::nullopt;
      std::size_t end = d;
      if (has(end, ".") && !is_ascii_digit(at(end + 1))) ++end;
      if (!is_valid_date(year, month, day)) {
        if (year >= 1900 && year <= 2100)
          problem(begin, end, fmt::format("{}.{}.{} is not a date", year, month, day));
        return std::nullopt;
      }
      p.w.month = month;
      p.w.day = day;
      p.end = weekday(end, p.w);
      return finish_numeric(p);
    }
    // A month alone: a citation's "2023.12." or "2023.12"; not "2023.5억".
    if (month < 1 || month > 12) return std::nullopt;
    std::size_t end = k;
    if (has(end, ".") && !is_ascii_digit(at(end + 1)))
      ++end;
    else if (month_digits != 2 || spaced)
      return std::nullopt;
    p.w.month = month;
    p.end = end;
    return finish_numeric(p);
  }

  // What follows a numeric date: not another digit or a unit ("2023.12%", "2023.5억").
  std::optional<Parsed> finish_numeric(Parsed p) const {
    char32_t c = at(p.end);
    if (c == U'%' || is_ascii_digit(c)) return std::nullopt;
    return finish(p);
  }

  // "2015-03-03", "2015/3/3".
  std::optional<Parsed> separated(std::size_t begin, std::size_t j, int year) {
    char sep = t_[j];
    std::size_t k = j + 1;
    int month = 0, day = 0;
    if (!number(k, 1, 2, month) || !has(k, std::string_view(&sep, 1))) return std::nullopt;
    ++k;
    if (!number(k, 1, 2, day)) return std::nullopt;
    if (has(k, "-") || has(k, "/")) return std::nullopt;
    if (!is_valid_date(year, month, day)) {
      problem(begin, k, fmt::format("{}{}{}{}{} is not a date", year, sep, month, sep, day));
      return std::nullopt;
    }
    Parsed p;
    p.w.base = WrittenDate::Base::written;
    p.w.year = year;
    p.w.month = month;
    p.w.day = day;
    p.end = weekday(k, p.w);
    return finish_numeric(p);
  }

  // "'23.12.18.", "'24년".
  std::optional<Parsed> short_year_point(std::size_t i) {
    if (is_ascii_alpha(before(i)) || is_ascii_digit(before(i))) return std::nullopt;
    std::size_t j = after(i);
    int yy = 0;
    if (!number(j, 2, 2, yy)) return std::nullopt;
    int year = yy < 50 ? 2000 + yy : 1900 + yy;
    if (has(j, ".")) return dotted(i, j, year);
    std::size_t k = j;
    if (!lit(k, "년")) return std::nullopt;
    Parsed p;
    p.w.base = WrittenDate::Base::written;
    p.w.year = year;
    p.end = k;
    return after_year(p, false);
  }

  std::optional<Parsed> small_number_point(std::size_t begin, std::size_t j, int n) {
    // "12월", "3~5월", "15~18일", "17일".
    std::size_t k = j;
    int n2 = 0;
    if (connector(k) && number(k, 1, 2, n2)) {
      std::size_t unit = k;
      if (lit(unit, "월") && n >= 1 && n2 <= 12 && n < n2) {
        Parsed p;
        p.w.month = n;
        p.end = unit;
        WrittenDate to;
        to.month = n2;
        p.to = to;
        return finish_range(p);
      }
      unit = k;
      if (lit(unit, "일") && n >= 1 && n2 <= 31 && n < n2 && !quantity_follows(unit)) {
        Parsed p;
        p.w.day = n;
        p.end = unit;
        WrittenDate to;
        to.day = n2;
        p.to = to;
        return finish(p);
      }
    }
    k = j;
    if (lit(k, "월")) return month_point(begin, k, n);
    k = j;
    if (lit(k, "일")) {
      if (n < 1 || n > 31 || quantity_follows(k) || quantity_precedes(begin) ||
          changes_to(k, "일") || (n == 1 && times_follow(k)))
        return std::nullopt;
      Parsed p;
      p.w.day = n;
      p.end = weekday(k, p.w);
      return finish(p);
    }
    // "2.8.", "2.8(목)", "12/15(금)".
    if (has(j, ".") || has(j, "/")) {
      char sep = t_[j];
      k = j + 1;
      int day = 0;
      if (number(k, 1, 2, day) && n >= 1 && n <= 12 && is_valid_date(2024, n, day)) {
        Parsed p;
        p.w.month = n;
        p.w.day = day;
        std::size_t end = weekday(k, p.w);
        if (end == k && sep == '.' && has(k, ".") && !is_ascii_digit(at(k + 1))) end = k + 1;
        if (end != k) {
          p.end = end;
          if (auto q = finish_numeric(p)) return q;
        }
      }
    }
    // "1/4분기", "3·4분기".
    if (std::optional<std::size_t> q = fourths(j); q && n >= 1 && n <= 4) {
      Parsed p;
      p.w.quarter = n;
      p.end = *q;
      return finish(p);
    }
    // "3·1절".
    if (has(j, "·") || has(j, "ㆍ") || has(j, "･")) {
      k = after(j);
      int day = 0;
      if (number(k, 1, 2, day) && lit(k, "절") && is_valid_date(2024, n, day)) {
        Parsed p;
        p.w.month = n;
        p.w.day = day;
        p.end = k;
        return finish(p);
      }
      return std::nullopt;
    }
    // "1분기", "3사분기".
    k = j;
    if ((lit(k, "분기") || lit(k, "사분기")) && n >= 1 && n <= 4) {
      Parsed p;
      p.w.quarter = n;
      p.end = k;
      return finish(p);
    }
    // "14 February 2024".
    k = space(j);
    if (k > j) {
      int month = english_month(k);
      int year = 0;
      if (month > 0) {
        k = space(k);
        if (number(k, 4, 4, year) && is_valid_date(year, month, n)) {
          Parsed p;
          p.w.base = WrittenDate::Base::written;
          p.w.year = year;
          p.w.month = month;
          p.w.day = n;
          p.end = k;
          return finish(p);
        }
      }
    }
    return std::nullopt;
  }

  // "7월", then a day or a part of the month. `end` is just after "월".
  std::optional<Parsed> month_point(std::size_t begin, std::size_t end, int month) {
    if (month < 1 || month > 12) {
      if (month > 12 && !quantity_follows(end))
        problem(begin, end, fmt::format("there is no month {}", month));
      return std::nullopt;
    }
    Parsed p;
    p.w.month = month;
    p.end = end;
    return after_month(p, begin);
  }

  // --- Continuations --------------------------------------------------------------------
  // After a year: a month, a part of the year, a holiday, or nothing more.
  std::optional<Parsed> after_year(Parsed p, bool numeric_year) {
    std::size_t j = p.end;
    if (numeric_year && p.w.base == WrittenDate::Base::written) {
      std::size_t k = j;
      if (lit(k, "대") && p.w.year % 10 == 0) {
        Parsed q = p;
        q.w.decade = true;
        q.end = k;
        return finish(q);
      }
    }
    std::size_t k = j;
    if (lit(k, "도")) {
      Parsed q = p;
      q.end = k;
      if (auto r = finish(q)) return r;
    }
    k = space(j);
    // A month: "2024년 2월", "2024년2월", "동년 7월", "2024년 3~5월".
    int month = 0;
    std::size_t m = k;
    if (number(m, 1, 2, month)) {
      std::size_t u = m;
      int month2 = 0;
      if (connector(u) && number(u, 1, 2, month2) && lit(u, "월") && month >= 1 && month2 <= 12 &&
          month < month2) {
        Parsed q = p;
        q.w.month = month;
        WrittenDate to;
        to.month = month2;
        q.to = to;
        q.end = u;
        if (auto r = finish_range(q)) return r;
      }
      if (lit(m, "월")) {
        if (month < 1 || month > 12) {
          problem(k, m, fmt::format("there is no month {}", month));
          return std::nullopt;
        }
        Parsed q = p;
        q.w.month = month;
        q.end = m;
        if (auto r = after_month(q, k)) return r;
        if (skip_to_ > p.end) return std::nullopt;  // an impossible day: no date at all
      }
    } else if (std::size_t s = k; sino(s, month, false) && lit(s, "월") && month <= 12) {
      Parsed q = p;
      q.w.month = month;
      q.end = s;
      if (auto r = after_month(q, k)) return r;
    }
    if (auto q = year_part(p, k)) return q;
    if (auto q = holiday(p, k)) return q;
    // "2024년 음력 8월 15일".
    if (std::size_t l = k; lit(l, "음력")) {
      if (auto q = lunar_month_day(p, space(l))) return q;
    }
    return finish(p);
  }

  // `p` with the first of `parts` written at k ("초", "중순", "말"), if a particle or
  // nothing follows it.
  template <std::size_t N>
  std::optional<Parsed> with_part(Parsed p, std::size_t k, const std::array<Part, N>& parts) {
    for (const Part& part : parts) {
      std::size_t e = k;
      if (!lit(e, part.text)) continue;
      Parsed q = p;
      q.w.mod = part.mod;
      q.end = e;
      if (auto r = finish_part(q)) return r;
    }
    return std::nullopt;
  }

  // "상반기", "3분기", "1/4분기", "삼사분기", "초", "중반", "말", "연말" after a year.
  std::optional<Parsed> year_part(Parsed p, std::size_t k) {
    Parsed q = p;
    std::size_t e = k;
    if (halves_or_quarters(e, q.w)) {
      q.end = e;
      if (auto r = finish(q)) return r;
    }
    if (auto r = with_part(p, k, kYearWords)) return r;
    return with_part(p, k, kYearParts);
  }

  bool halves_or_quarters(std::size_t& k, WrittenDate& w) const {
    std::size_t e = k;
    if (std::size_t ordinal = k; lit(ordinal, "제") && is_ascii_digit(at(ordinal))) {
      e = ordinal;  // "2024년 제1분기"
      if (halves_or_quarters(e, w)) {
        k = e;
        return true;
      }
      return false;
    }
    if (lit(e, "상반기") || lit(e, "전반기")) {
      w.half = 1;
      k = e;
      return true;
    }
    if (lit(e, "하반기") || lit(e, "후반기")) {
      w.half = 2;
      k = e;
      return true;
    }
    int q = 0;
    if (number(e, 1, 1, q) && q >= 1 && q <= 4) {
      std::size_t f = e;
      if (lit(f, "분기") || lit(f, "사분기")) {
        w.quarter = q;
        k = f;
        return true;
      }
      if (std::optional<std::size_t> g = fourths(e)) {
        w.quarter = q;
        k = *g;
        return true;
      }
      return false;
    }
    e = k;
    if (sino_quarter(e, q)) {
      w.quarter = q;
      k = e;
      return true;
    }
    return false;
  }

  // "일사분기", "삼분기": a Sino-Korean quarter (not "사분기" alone, which is "a quarter").
  bool sino_quarter(std::size_t& k, int& q) const {
    static constexpr std::u32string_view kDigits = U"일이삼사";
    std::size_t d = kDigits.find(at(k));
    if (d == std::u32string_view::npos) return false;
    std::size_t e = after(k);
    if (lit(e, "분기") || (d != 3 && lit(e, "사분기")) ||
        (d == 3 && at(k) == U'사' && lit(e, "사분기"))) {
      q = static_cast<int>(d) + 1;
      k = e;
      return true;
    }
    return false;
  }

  // After a month: a day ("15일", "15~18일", "이십일일"), a part of the month, or nothing.
  std::optional<Parsed> after_month(Parsed p, std::size_t begin) {
    std::size_t k = space(p.end);
    int day = 0;
    std::size_t d = k;
    bool have_day = number(d, 1, 2, day);
    if (have_day) {
      std::size_t u = d;
      int day2 = 0;
      if (connector(u) && number(u, 1, 2, day2) && lit(u, "일") && day >= 1 && day < day2) {
        if (!day_fits(p.w, day2)) {
          problem(begin, u, fmt::format("there is no day {} in month {}", day2, p.w.month));
          return std::nullopt;
        }
        Parsed q = p;
        q.w.day = day;
        WrittenDate to;
        to.day = day2;
        q.to = to;
        q.end = u;
        if (auto r = finish_range(q)) return r;
      }
      have_day = lit(d, "일");
    } else {
      d = k;
      have_day = sino(d, day, true) && lit(d, "일");
    }
    if (have_day && !quantity_follows(d)) {
      if (day < 1 || !day_fits(p.w, day)) {
        problem(begin, d,
                p.w.base == WrittenDate::Base::written
                    ? fmt::format("{}-{:02}-{:02} is not a date", p.w.year, p.w.month, day)
                    : fmt::format("there is no day {} in month {}", day, p.w.month));
        return std::nullopt;
      }
      Parsed q = p;
      q.w.day = day;
      q.end = weekday(d, q.w);
      if (auto r = finish(q)) return r;
    }
    if (auto r = with_part(p, k, kMonthParts)) return r;
    if (quantity_follows(p.end)) return std::nullopt;
    return finish(p);
  }

  bool day_fits(const WrittenDate& w, int day) const {
    if (w.base == WrittenDate::Base::written) return is_valid_date(w.year, w.month, day);
    return day >= 1 && day <= days_in_month(2024, w.month);  // a leap year: Feb 29 may be
  }

  std::optional<Parsed> lunar_month_day(Parsed p, std::size_t k) {
    int month = 0, day = 0;
    if (!number(k, 1, 2, month) || !lit(k, "월")) return std::nullopt;
    k = space(k);
    if (!number(k, 1, 2, day) || !lit(k, "일")) return std::nullopt;
    if (month < 1 || month > 12 || day < 1 || day > 30) return std::nullopt;
    p.w.month = month;
    p.w.day = day;
    p.w.lunar = true;
    p.end = k;
    return finish(p);
  }

  // "7일 전", "3년 전", "6개월 후", "2달 뒤".
  std::optional<Parsed> counted(std::size_t i) {
    std::size_t j = i;
    int n = 0;
    if (!number(j, 1, 3, n) || n == 0) return std::nullopt;
    if (quantity_precedes(i) || event_precedes(i)) return std::nullopt;
    DateUnit unit;
    if (lit(j, "일"))
      unit = DateUnit::day;
    else if (lit(j, "개월") || lit(j, "달"))
      unit = DateUnit::month;
    else if (lit(j, "주일") || lit(j, "주"))
      unit = DateUnit::week;
    else if (lit(j, "년"))
      unit = DateUnit::year;
    else
      return std::nullopt;
    return counted_tail(j, unit, n);
  }

  std::optional<Parsed> counted_tail(std::size_t j, DateUnit unit, int n) const {
    std::size_t k = space(j);
    int sign = 0;
    if (lit(k, "전"))
      sign = -1;
    else if (lit(k, "후") || lit(k, "뒤"))
      sign = 1;
    else
      return std::nullopt;
    return finish(relative(WrittenDate::Base::reference, unit, sign * n, k));
  }

  // --- Words first ----------------------------------------------------------------------
  // The first of `words` written at i: its value and where it ends.
  template <std::size_t N>
  std::optional<std::pair<int, std::size_t>> match(const std::array<Word, N>& words,
                                                   std::size_t i) const {
    for (const Word& w : words)
      if (has(i, w.text)) return std::pair{w.value, i + w.text.size()};
    return std::nullopt;
  }

  static Parsed relative(WrittenDate::Base base, DateUnit unit, int shift, std::size_t end) {
    Parsed p;
    p.w.base = base;
    p.w.shift_unit = unit;
    p.w.shift = shift;
    p.end = end;
    return p;
  }

  // Only where kWordDateStarts says a word date may start.
  std::optional<Parsed> word_point(std::size_t i) {
    using Base = WrittenDate::Base;
    if (auto m = match(kReferenceYears, i))
      return after_year(relative(Base::reference, DateUnit::year, m->first, m->second), false);
    if (auto m = match(kAnchorYears, i))
      return after_year(relative(Base::anchor, DateUnit::year, m->first, m->second), false);
    if (auto m = match(kReferenceQuarters, i))
      return finish(relative(Base::reference, DateUnit::quarter, m->first, m->second));
    if (auto m = match(kAnchorQuarters, i))
      return finish(relative(Base::anchor, DateUnit::quarter, m->first, m->second));
    if (auto m = match(kReferenceWeeks, i))
      return finish(relative(Base::reference, DateUnit::week, m->first, m->second));
    if (auto m = match(kReferenceMonths, i))
      return after_month_word(relative(Base::reference, DateUnit::month, m->first, m->second));
    if (auto m = match(kAnchorMonths, i))
      return after_month_word(relative(Base::anchor, DateUnit::month, m->first, m->second));
    if (auto m = match(kReferenceDays, i))
      return finish(relative(Base::reference, DateUnit::day, m->first, m->second));
    std::size_t k = i;
    // "지난 7월", "오는 3월 4일", "지난 14일", "이번 7월", "다음 7월"; "지난 광복절",
    // "다가오는 추석", "이번 추석".
    for (auto [word, direction] :
         {std::pair{std::string_view("지난 "), WrittenDate::Direction::past},
          std::pair{std::string_view("오는 "), WrittenDate::Direction::coming},
          std::pair{std::string_view("다가오는 "), WrittenDate::Direction::coming},
          std::pair{std::string_view("다음 "), WrittenDate::Direction::coming},
          std::pair{std::string_view("이번 "), WrittenDate::Direction::none}}) {
      k = i;
      if (!lit(k, word)) continue;
      if (is_ascii_digit(at(k))) {
        if (auto p = directional(k, direction)) return p;
      } else if (auto p = holiday(relative(Base::reference, DateUnit::year, 0, k), k)) {
        p->w.direction = direction;
        return p;
      }
    }
    for (const Word& w : kNativeDays) {
      k = i;
      if (lit(k, w.text))
        return event_precedes(i) ? std::nullopt : counted_tail(k, DateUnit::day, w.value);
    }
    k = i;
    if (lit(k, "일주일"))
      return event_precedes(i) ? std::nullopt : counted_tail(k, DateUnit::week, 1);
    for (const Word& w : kNativeCounts) {
      k = i;
      if (lit(k, w.text) && lit(k, " 달")) return counted_tail(k, DateUnit::month, w.value);
    }
    // "올 하반기", "올 연말", "올 추석".
    k = i;
    if (lit(k, "올 ")) {
      Parsed p;
      p.w.base = WrittenDate::Base::reference;
      p.end = k;
      if (auto q = year_part(p, k)) return q;
      if (auto q = holiday(p, k)) return q;
    }
    // Parts of an unnamed year: "하반기", "연말", "삼분기". "초", "말" and "중반" alone are
    // ordinary words; they are dates only after a year or a month.
    for (const Part& part : kYearWords) {
      k = i;
      if (lit(k, part.text)) {
        if (part.text == "연중" && habit_follows(k)) return std::nullopt;
        Parsed p;
        p.w.mod = part.mod;
        p.end = k;
        return finish(p);
      }
    }
    k = i;
    WrittenDate w;
    if (halves_or_quarters(k, w)) {
      Parsed p;
      p.w = w;
      p.end = k;
      return finish(p);
    }
    if (auto p = holiday(Parsed{}, i)) return p;
    k = i;
    if (lit(k, "음력")) return lunar_month_day(Parsed{}, space(k));
    k = i;
    if (lit(k, "주체")) return era_year(space(k), 1, 3, 1911);
    k = i;
    if (lit(k, "단기")) return era_year(space(k), 4, 4, -2333);
    return sino_month_day(i);
  }

  // "다음 달 3일", "이달 말", "동월 15일".
  std::optional<Parsed> after_month_word(Parsed p) {
    std::size_t k = space(p.end);
    int day = 0;
    std::size_t d = k;
    if (number(d, 1, 2, day) && lit(d, "일") && day >= 1 && day <= 31 && !quantity_follows(d)) {
      Parsed q = p;
      q.w.day = day;
      q.end = weekday(d, q.w);
      if (auto r = finish(q)) return r;
    }
    if (auto r = with_part(p, k, kMonthParts)) return r;
    return finish(p);
  }

  std::optional<Parsed> directional(std::size_t k, WrittenDate::Direction direction) {
    std::size_t begin = k;
    int n = 0;
    if (!number(k, 1, 2, n)) return std::nullopt;
    Parsed p;
    p.w.base = WrittenDate::Base::reference;
    p.w.direction = direction;
    std::size_t u = k;
    if (lit(u, "월")) {
      if (n < 1 || n > 12) return std::nullopt;
      p.w.month = n;
      p.end = u;
      return after_month(p, begin);
    }
    u = k;
    if (direction != WrittenDate::Direction::none && lit(u, "일") && n >= 1 && n <= 31 &&
        !quantity_follows(u)) {
      p.w.day = n;
      p.end = weekday(u, p.w);
      return finish(p);
    }
    return std::nullopt;
  }

  // A year of another era at k, after its name: "주체113년" (Juche: Gregorian - 1911),
  // "단기 4357년" (Dangi: + 2333). The Gregorian year written beside it, "113(2024)년" or
  // "113년(2024년)", is the year.
  std::optional<Parsed> era_year(std::size_t k, int min_digits, int max_digits, int offset) {
    int n = 0, written = 0;
    if (!number(k, min_digits, max_digits, n)) return std::nullopt;
    int year = n + offset;
    if (std::size_t g = k; lit(g, "(") && number(g, 4, 4, written) && lit(g, ")")) {
      year = written;
      k = g;
    }
    if (!lit(k, "년")) return std::nullopt;
    if (std::size_t g = k; lit(g, "(") && number(g, 4, 4, written) && lit(g, "년") && lit(g, ")")) {
      year = written;
      k = g;
    }
    if (year < 1000) return std::nullopt;
    Parsed p;
    p.w.base = WrittenDate::Base::written;
    p.w.year = year;
    p.end = k;
    return after_year(p, false);
  }

  // "십이월 이십일일", "칠월 중순": a Sino-Korean month is a date only with its day or a
  // part of the month ("이월" alone is a carry-over, not February).
  std::optional<Parsed> sino_month_day(std::size_t i) {
    std::size_t k = i;
    int month = 0, day = 0;
    if (lit(k, "시월"))
      month = 10;
    else if (lit(k, "유월"))
      month = 6;
    else if (!sino(k, month, false) || !lit(k, "월") || month > 12)
      return std::nullopt;
    Parsed p;
    p.w.month = month;
    std::size_t d = space(k);
    if ((sino(d, day, true) || number(d, 1, 2, day)) && lit(d, "일")) {
      if (!is_valid_date(2024, month, day)) return std::nullopt;
      p.w.day = day;
      p.end = weekday(d, p.w);
      return finish(p);
    }
    return with_part(p, space(k), kMonthParts);
  }

  // --- English --------------------------------------------------------------------------
  // The month whose name (or abbreviation, with an optional ".") starts at i; advances
  // nothing; returns 0 when none. Names are capitalised in running text.
  int english_month(std::size_t& i) const {
    if (!(at(i) >= 'A' && at(i) <= 'Z')) return 0;
    std::size_t j = i;
    while (j < t_.size() && is_ascii_alpha(static_cast<unsigned char>(t_[j]))) ++j;
    std::string word;
    for (std::size_t k = i; k < j; ++k) word += static_cast<char>(t_[k] | 0x20);
    for (std::size_t m = 0; m < kEnglishMonths.size(); ++m) {
      std::string_view name = kEnglishMonths[m];
      bool full = word == name;
      bool abbreviation = word.size() >= 3 && word.size() < name.size() && name.starts_with(word) &&
                          (word.size() == 3 || word == "sept");
      if (full || (abbreviation && name != "may")) {
        if (abbreviation && has(j, ".")) ++j;
        i = j;
        return static_cast<int>(m) + 1;
      }
    }
    return 0;
  }

  // "December 16, 2023", "Dec. 16, 2023", "March 2024".
  std::optional<Parsed> english_point(std::size_t i) {
    std::size_t k = i;
    int month = english_month(k);
    if (month == 0 || !lit(k, " ")) return std::nullopt;
    int day = 0, year = 0;
    std::size_t d = k;
    if (number(d, 1, 2, day)) {
      lit(d, ",");
      d = space(d);
      if (!number(d, 4, 4, year)) return std::nullopt;
      if (!is_valid_date(year, month, day)) {
        problem(i, d, fmt::format("{}-{:02}-{:02} is not a date", year, month, day));
        return std::nullopt;
      }
      Parsed p;
      p.w.base = WrittenDate::Base::written;
      p.w.year = year;
      p.w.month = month;
      p.w.day = day;
      p.end = d;
      return finish(p);
    }
    if (!number(k, 4, 4, year)) return std::nullopt;
    Parsed p;
    p.w.base = WrittenDate::Base::written;
    p.w.year = year;
    p.w.month = month;
    p.end = k;
    return finish(p);
  }

  std::string_view t_;
  RecognisedDates out_;
  std::size_t skip_to_ = 0;
};

}  // namespace

RecognisedDates recognise_dates(std::string_view text) {
  return Recogniser(text).run();
}

}  // namespace kbrief
