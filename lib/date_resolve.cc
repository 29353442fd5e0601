// SPDX-License-Identifier: MIT
// Resolution: the value of a written date against the document's reference date and the
// last date mentioned before it in the same paragraph or footnote, and the tense that decides
// between a past and a coming instance.
#include <fmt/format.h>

#include <algorithm>
#include <cstdlib>
#include <vector>

#include "kbrief/dates.h"
#include "punctuation.h"
#include "unicode.h"

namespace kbrief {
namespace {

using detail::code_point_at;
using detail::hangul_final;
using detail::is_hangul_syllable;
using detail::MarkPair;
using detail::next_code_point;
using detail::pair_opened_by;

constexpr int kFinalRieul = 8;       // ㄹ as a final consonant: "열릴", "할"
constexpr int kFinalSsangSiot = 20;  // ㅆ: "했", "었", "였"

// Where tense shows in a sentence, and what it says.
struct TenseMark {
  std::size_t at;
  Tense tense;
};

// Whether a prospect noun ending at `i` is the predicate ("계획이다", "예정으로",
// "전망된다", "가능성이 높다", a sentence's last word) rather than a noun in a phrase ("2024년 추진
// 계획 의결").
bool is_predicate(std::string_view s, std::size_t i) {
  static constexpr std::u32string_view kCopulaStarts = U"이입임으된되하한할";
  if (i >= s.size()) return true;  // a list item's "… 개최 예정"
  char32_t c = next_code_point(s, i);
  if (!is_hangul_syllable(c)) return c != U' ';
  return kCopulaStarts.find(c) != std::u32string_view::npos;
}

// Whether the word at `i` or the next one ends in the past tense: "가능성은 낮았다",
// "예정이었다" speak of a prospect that is over.
bool past_follows(std::string_view s, std::size_t i) {
  int words = 0;
  while (i < s.size() && words < 2) {
    char32_t c = next_code_point(s, i);
    if (c == U' ') {
      ++words;
      continue;
    }
    if (hangul_final(c) == kFinalSsangSiot && c != U'있' && c != U'없') return true;
    if (!is_hangul_syllable(c)) return false;
  }
  return false;
}

// Tense marks outside quotations (a quotation keeps its own tense): past-tense endings
// ("했", "었", "바 있") and future or prospect ("겠", "-ㄹ 것", "열릴 …", "예정", "전망",
// "계획", "가능성", "방침").
std::vector<TenseMark> tense_marks(std::string_view s) {
  static constexpr std::string_view kProspectWords[] = {"예정", "전망", "계획", "가능성", "방침"};
  // "-ㄹ" modifiers of verbs: the syllables a verb stem with "-ㄹ" ends in.
  static constexpr std::u32string_view kProspectModifiers = U"할될릴킬칠갈낼볼질줄설울";
  std::vector<TenseMark> marks;
  const MarkPair* quote = nullptr;  // the quotation open at i
  std::size_t i = 0;
  while (i < s.size()) {
    // ASCII marks nothing but the quotation mark.
    if (auto b = static_cast<unsigned char>(s[i]); b < 0x80 && b != '"') {
      ++i;
      continue;
    }
    std::size_t at = i;
    char32_t c = next_code_point(s, i);
    if (quote) {
      if (c == quote->close) quote = nullptr;
      continue;
    }
    if ((quote = pair_opened_by(c, detail::kKeepsOwnTense))) continue;
    // A word is compared only where its first character stands.
    if (!is_hangul_syllable(c)) continue;
    if (c == U'예' || c == U'전' || c == U'계' || c == U'가' || c == U'방')
      for (std::string_view w : kProspectWords)
        if (c == code_point_at(w, 0) && s.substr(at).starts_with(w) &&
            is_predicate(s, at + w.size()))
          marks.push_back({at, past_follows(s, at + w.size()) ? Tense::past : Tense::future});
    if (c == U'바' && s.substr(at).starts_with("바 있")) marks.push_back({at, Tense::past});
    int final = hangul_final(c);
    if (c == U'겠') {
      marks.push_back({at, Tense::future});
    } else if (final == kFinalSsangSiot && c != U'있' && c != U'없') {
      marks.push_back({at, Tense::past});
    } else if (final == kFinalRieul && i < s.size() && s[i] == ' ' && at > 0) {
      // "열릴 회의", "진행할 것": a prospective modifier, not a noun such as "7월".
      std::string_view rest = s.substr(i + 1);
      bool modifier = kProspectModifiers.find(c) != std::u32string_view::npos;
      if (modifier || rest.starts_with("것")) marks.push_back({at, Tense::future});
    }
  }
  return marks;
}

}  // namespace

SentenceTense::SentenceTense(std::string_view sentence) {
  for (const TenseMark& m : tense_marks(sentence)) marks_.emplace_back(m.at, m.tense);
}

Tense SentenceTense::at(std::size_t date_end) const {
  auto it = std::lower_bound(marks_.begin(), marks_.end(), date_end,
                             [](const auto& mark, std::size_t end) { return mark.first < end; });
  if (it != marks_.end()) return it->second;
  return marks_.empty() ? Tense::none : marks_.back().second;
}

Tense sentence_tense(std::string_view sentence, std::size_t date_end) {
  return SentenceTense(sentence).at(date_end);
}

std::string reference_value(const ReferenceDate& r) {
  if (r.year_only) return fmt::format("{:04}", r.date.year);
  return iso_date(r.date);
}

std::string iso_date(const CivilDate& d) {
  return fmt::format("{:04}-{:02}-{:02}", d.year, d.month, d.day);
}

namespace {

using Base = WrittenDate::Base;

CivilDate add_months(int year, int month, int delta) {
  int index = year * 12 + (month - 1) + delta;
  int y = index >= 0 ? index / 12 : (index - 11) / 12;
  return {y, index - y * 12 + 1, 1};
}

// What a point covers once its year (and, for a day alone, its month) is known.
std::optional<DateSpan> span_of(const WrittenDate& w, int year, int month) {
  DateSpan s;
  s.granularity = w.granularity();
  switch (s.granularity) {
    case Granularity::day: {
      if (w.lunar) {
        std::optional<CivilDate> d = lunar_to_gregorian(year, month, w.day);
        if (!d) return std::nullopt;
        s.start = s.end = *d;
        return s;
      }
      if (!is_valid_date(year, month, w.day)) return std::nullopt;
      s.start = s.end = {year, month, w.day};
      return s;
    }
    case Granularity::week:  // only ever relative: relative() places it
      return std::nullopt;
    case Granularity::month:
      s.start = {year, month, 1};
      s.end = {year, month, days_in_month(year, month)};
      return s;
    case Granularity::quarter: {
      int first = (w.quarter - 1) * 3 + 1;
      s.start = {year, first, 1};
      s.end = {year, first + 2, days_in_month(year, first + 2)};
      return s;
    }
    case Granularity::half:
      s.start = {year, w.half == 1 ? 1 : 7, 1};
      s.end = {year, w.half == 1 ? 6 : 12, w.half == 1 ? 30 : 31};
      return s;
    case Granularity::decade:
      s.start = {year, 1, 1};
      s.end = {year + 9, 12, 31};
      return s;
    case Granularity::year:
    case Granularity::range:
      s.start = {year, 1, 1};
      s.end = {year, 12, 31};
      return s;
  }
  return std::nullopt;
}

std::string value_of(const DateSpan& s) {
  const CivilDate& d = s.start;
  switch (s.granularity) {
    case Granularity::day:
      return iso_date(d);
    case Granularity::week: {
      // ISO 8601: a week belongs to the year of its Thursday (2024-12-30 is in 2025-W01).
      CivilDate thursday = from_day_number(day_number(d) + 3);
      std::int64_t week = (day_number(thursday) - day_number({thursday.year, 1, 1})) / 7 + 1;
      return fmt::format("{:04}-W{:02}", thursday.year, week);
    }
    case Granularity::month:
      return fmt::format("{:04}-{:02}", d.year, d.month);
    case Granularity::quarter:
      return fmt::format("{:04}-Q{}", d.year, (d.month - 1) / 3 + 1);
    case Granularity::half:
      return fmt::format("{:04}-H{}", d.year, d.month <= 6 ? 1 : 2);
    case Granularity::decade:
      return fmt::format("{:04}/{:04}", d.year, s.end.year);
    case Granularity::year:
    case Granularity::range:
      return fmt::format("{:04}", d.year);
  }
  return {};
}

// The value of a point nothing could resolve: what is written, X's for the rest.
std::string unresolved_value(const WrittenDate& w) {
  std::string year = w.base == Base::written ? fmt::format("{:04}", w.year) : "XXXX";
  std::string month = w.month != 0 ? fmt::format("{:02}", w.month) : "XX";
  switch (w.granularity()) {
    case Granularity::day:
      return fmt::format("{}-{}-{}", year, month, w.day != 0 ? fmt::format("{:02}", w.day) : "XX");
    case Granularity::week:
      return year + "-WXX";
    case Granularity::month:
      return fmt::format("{}-{}", year, month);
    case Granularity::quarter:
      return w.quarter != 0 ? fmt::format("{}-Q{}", year, w.quarter) : year + "-QX";
    case Granularity::half:
      return fmt::format("{}-H{}", year, w.half);
    default:
      return year;
  }
}

std::int64_t distance(const DateSpan& candidate, const DateSpan& anchor) {
  std::int64_t c0 = day_number(candidate.start), c1 = day_number(candidate.end);
  std::int64_t a0 = day_number(anchor.start), a1 = day_number(anchor.end);
  if (c1 < a0) return a0 - c1;
  if (c0 > a1) return c0 - a1;
  return 0;
}

struct Point {
  std::optional<DateSpan> span;
  DateResolution resolution = DateResolution::absolute;
};

class Resolver {
 public:
  explicit Resolver(const ResolutionContext& ctx) : ctx_(ctx) {
    if (ctx_.reference) {
      const ReferenceDate& r = *ctx_.reference;
      ref_.start = ref_.end = r.date;
      ref_.granularity = Granularity::day;
      if (r.year_only) {
        ref_.start = {r.date.year, 1, 1};
        ref_.end = {r.date.year, 12, 31};
        ref_.granularity = Granularity::year;
      }
    }
  }

  Point resolve(const WrittenDate& w) const {
    switch (w.base) {
      case Base::written:
        return {span_of(w, w.year, w.month), DateResolution::absolute};
      case Base::reference:
        return relative(w, reference(), DateResolution::deictic);
      case Base::anchor: {
        if (ctx_.anchor) return relative(w, ctx_.anchor, DateResolution::anaphoric);
        Point p = relative(w, reference(), DateResolution::deictic);
        if (!p.span) p.resolution = DateResolution::anaphoric;
        return p;
      }
      case Base::partial:
        return partial(w);
    }
    return {};
  }

  // A range's end: what it does not write comes from the start.
  Point resolve_end(const WrittenDate& w, const Point& from, const WrittenDate& from_w) const {
    if (w.base != Base::partial) {
      ResolutionContext ctx = ctx_;
      if (from.span) ctx.anchor = from.span;
      Point p = Resolver(ctx).resolve(w);
      p.resolution = from.resolution;
      return p;
    }
    if (!from.span) return {std::nullopt, from.resolution};
    int year = from.span->start.year;
    int month = w.month != 0 ? w.month : from.span->start.month;
    WrittenDate filled = w;
    filled.lunar = from_w.lunar && w.month == 0;
    std::optional<DateSpan> s = span_of(filled, year, month);
    // "12월 28일~1월 3일": an end before the start is in the next month or year.
    if (s && s->end < from.span->start)
      s = w.month != 0
              ? span_of(filled, year + 1, month)
              : span_of(filled, add_months(year, month, 1).year, add_months(year, month, 1).month);
    return {s, from.resolution};
  }

 private:
  std::optional<DateSpan> reference() const {
    if (!ctx_.reference) return std::nullopt;
    return ref_;
  }

  // Shifted from an origin ("작년", "지난달", "사흘 전", "동년 7월") or placed by direction
  // ("지난 12월 15일", "오는 3월").
  Point relative(const WrittenDate& w, std::optional<DateSpan> origin,
                 DateResolution resolution) const {
    if (!origin) return {std::nullopt, resolution};
    if (w.direction != WrittenDate::Direction::none) return directed(w, origin, resolution);
    const CivilDate o = origin->end;
    bool fine = origin->granularity == Granularity::day;
    bool has_month = fine || origin->granularity == Granularity::month;
    switch (w.shift_unit) {
      case DateUnit::year:
        return {span_of(w, o.year + w.shift, w.month), resolution};
      case DateUnit::quarter: {
        // A quarter's anchor ("2분기 … 전분기") has its months too.
        if (!has_month && origin->granularity != Granularity::quarter)
          return {std::nullopt, resolution};
        CivilDate m = add_months(o.year, (o.month - 1) / 3 * 3 + 1, 3 * w.shift);
        WrittenDate q = w;
        q.quarter = (m.month - 1) / 3 + 1;
        return {span_of(q, m.year, m.month), resolution};
      }
      case DateUnit::month: {
        if (!has_month) return {std::nullopt, resolution};
        CivilDate m = add_months(o.year, o.month, w.shift);
        WrittenDate mw = w;
        mw.month = m.month;
        return {span_of(mw, m.year, m.month), resolution};
      }
      case DateUnit::week: {
        if (!fine) return {std::nullopt, resolution};
        std::int64_t monday = day_number(o) - (weekday_of(o) + 6) % 7 + 7 * w.shift;
        DateSpan s{from_day_number(monday), from_day_number(monday + 6), Granularity::week};
        return {s, resolution};
      }
      case DateUnit::day: {
        if (!fine) return {std::nullopt, resolution};
        CivilDate d = from_day_number(day_number(o) + w.shift);
        DateSpan s{d, d, Granularity::day};
        return {s, resolution};
      }
    }
    return {std::nullopt, resolution};
  }

  // "지난 7월": the most recent past July; "오는 3월": the next March; "지난 14일": the most
  // recent past 14th. Always against the reference date.
  Point directed(const WrittenDate& w, std::optional<DateSpan> origin,
                 DateResolution resolution) const {
    if (!origin || origin->granularity != Granularity::day) return {std::nullopt, resolution};
    CivilDate r = origin->start;
    bool past = w.direction == WrittenDate::Direction::past;
    if (w.month != 0) {
      // This year's instance, a year further when it is not wholly before (past) or after
      // (coming) the reference day: "지난 7월" in July is last year's. Compared as days, so
      // that lunar days ("지난 추석") fall where they fall.
      int year = r.year;
      std::optional<DateSpan> s = span_of(w, year, w.month);
      if (s && past && !(s->end < r)) s = span_of(w, --year, w.month);
      if (s && !past && !(s->start > r)) s = span_of(w, ++year, w.month);
      return {s, resolution};
    }
    int delta = past ? (w.day < r.day ? 0 : -1) : (w.day > r.day ? 0 : 1);
    CivilDate m = add_months(r.year, r.month, delta);
    return {span_of(w, m.year, m.month), resolution};
  }

  // "7월", "17일", "하반기", "추석": the instance nearest the anchor (else the reference
  // date), then on the side of the reference date that the tense asks for.
  Point partial(const WrittenDate& w) const {
    std::optional<DateSpan> origin = ctx_.anchor;
    DateResolution resolution = DateResolution::anaphoric;
    bool day_only = w.day != 0 && w.month == 0;
    // A day alone needs a month around it; a year-wide anchor has none.
    if (origin && day_only && origin->granularity != Granularity::day &&
        origin->granularity != Granularity::month)
      origin.reset();
    if (!origin) {
      origin = reference();
      resolution = DateResolution::deictic;
      if (origin && day_only && origin->granularity != Granularity::day) origin.reset();
    }
    if (!origin) return {std::nullopt, resolution};

    // Candidates around the origin: a year either side, or a month either side.
    std::vector<std::pair<int, int>> years_months;  // (year, month) of each candidate
    if (day_only) {
      for (const CivilDate& c : {origin->start, origin->end})
        for (int d = -1; d <= 1; ++d) {
          CivilDate m = add_months(c.year, c.month, d);
          years_months.emplace_back(m.year, m.month);
        }
    } else if (w.granularity() == Granularity::quarter || w.granularity() == Granularity::half) {
      // "3분기", "하반기": a part of the year being spoken of, not of the nearest one.
      years_months.emplace_back(origin->end.year, w.month);
    } else {
      for (int y = origin->end.year - 1; y <= origin->end.year + 1; ++y)
        years_months.emplace_back(y, w.month);
    }
    std::optional<DateSpan> best;
    std::pair<int, int> best_ym{0, 0};
    std::int64_t best_distance = 0;
    for (auto [y, m] : years_months) {
      std::optional<DateSpan> s = span_of(w, y, m);
      if (!s) continue;
      std::int64_t dist = distance(*s, *origin);
      if (!best || dist < best_distance || (dist == best_distance && s->start > best->start)) {
        best = s;
        best_ym = {y, m};
        best_distance = dist;
      }
    }
    if (!best) return {std::nullopt, resolution};
    return {by_tense(w, *best, best_ym, day_only), resolution};
  }

  // Shifts a partial date one unit when the tense puts it on the wrong side of the
  // reference date: prospects lie on or after it, past events on or before it.
  DateSpan by_tense(const WrittenDate& w, DateSpan s, std::pair<int, int> ym, bool day_only) const {
    if (!ctx_.reference || ctx_.reference->year_only || ctx_.tense == Tense::none) return s;
    const CivilDate r = ctx_.reference->date;
    int step = 0;
    if (ctx_.tense == Tense::future && s.end < r) step = 1;
    if (ctx_.tense == Tense::past && s.start > r) step = -1;
    if (step == 0) return s;
    std::optional<DateSpan> shifted;
    if (day_only) {
      for (int extra = 0; extra < 3 && !shifted; ++extra) {  // skip months without that day
        CivilDate m = add_months(ym.first, ym.second, step * (1 + extra));
        shifted = span_of(w, m.year, m.month);
      }
    } else {
      shifted = span_of(w, ym.first + step, ym.second);
    }
    return shifted ? *shifted : s;
  }

  ResolutionContext ctx_;
  DateSpan ref_;
};

// A month and day without a year, placed near the reference date, with a weekday: the
// weekday decides between the instance the rules gave and those a year either side (a
// date's weekday repeats only after five years or more, so at most one of the three
// matches). None matching: the rules' instance. Placed by an earlier date of the paragraph
// (anaphoric), the year is the context's and a weekday that disagrees is a contradiction.
void place_by_weekday(const WrittenDate& w, Point& p) {
  if (w.weekday < 0 || w.base != Base::partial || w.month == 0 || w.day == 0 || w.lunar ||
      !p.span || p.resolution != DateResolution::deictic || weekday_of(p.span->start) == w.weekday)
    return;
  for (int delta : {-1, 1}) {
    std::optional<DateSpan> s = span_of(w, p.span->start.year + delta, w.month);
    if (s && weekday_of(s->start) == w.weekday) {
      p.span = s;
      return;
    }
  }
}

}  // namespace

// Years 0001 to 9999 are the calendar dates are written in (ISO 8601's four digits); a date
// counted out of them from an extreme reference date ("내년" in 9999) stays unresolved.
void keep_in_calendar(Point& p) {
  if (p.span && (p.span->start.year < 1 || p.span->end.year > 9999)) p.span.reset();
}

ResolvedDate resolve_date(const DateExpression& e, const ResolutionContext& ctx) {
  Resolver resolver(ctx);
  ResolvedDate out;
  Point from = resolver.resolve(e.from);
  if (!e.to) place_by_weekday(e.from, from);
  keep_in_calendar(from);
  out.resolution = from.resolution;
  out.lunar = e.from.lunar;
  if (!e.to) {
    out.granularity = e.from.granularity();
    out.mod = e.from.mod;
    out.span = from.span;
    out.value = from.span ? value_of(*from.span) : unresolved_value(e.from);
    if (from.span && e.from.weekday >= 0 && out.granularity == Granularity::day &&
        weekday_of(from.span->start) != e.from.weekday)
      out.weekday_mismatch = e.from.weekday;
    return out;
  }
  Point to = resolver.resolve_end(*e.to, from, e.from);
  keep_in_calendar(to);
  out.granularity = Granularity::range;
  out.lunar = out.lunar || e.to->lunar;
  WrittenDate to_w = *e.to;
  if (to_w.base == Base::partial && to_w.month == 0 && to_w.day != 0) to_w.month = e.from.month;
  if (to_w.base == Base::partial && e.from.base == Base::written) {
    to_w.base = Base::written;
    to_w.year = e.from.year;
  }
  std::string from_value = from.span ? value_of(*from.span) : unresolved_value(e.from);
  std::string to_value;
  if (to.span) {
    DateSpan ts = *to.span;
    ts.granularity = to_w.granularity();
    to_value = value_of(ts);
  } else {
    to_value = unresolved_value(to_w);
  }
  out.value = fmt::format("{}/{}", from_value, to_value);
  if (from.span && to.span) out.span = DateSpan{from.span->start, to.span->end, Granularity::range};
  return out;
}

}  // namespace kbrief

namespace kbrief {

std::vector<PassageDate> resolve_passage(std::string_view passage,
                                         const std::optional<ReferenceDate>& reference,
                                         std::vector<DateProblem>* problems) {
  RecognisedDates found = recognise_dates(passage);
  if (problems) *problems = std::move(found.problems);
  std::vector<PassageDate> out;
  out.reserve(found.dates.size());
  SentenceTense tense(passage);
  ResolutionContext ctx;
  ctx.reference = reference;
  for (const DateExpression& e : found.dates) {
    ctx.tense = tense.at(e.end);
    PassageDate d{e.begin, e.end, resolve_date(e, ctx)};
    if (d.date.span) ctx.anchor = d.date.span;
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace kbrief
