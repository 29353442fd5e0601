// SPDX-License-Identifier: MIT
// Calendar arithmetic for dates: civil days, weekdays, lunar conversion, value names.
#include <unicode/calendar.h>
#include <unicode/gregocal.h>
#include <unicode/locid.h>

#include <memory>

#include "kbrief/dates.h"

namespace kbrief {

int days_in_month(int year, int month) {
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  return month == 2 && leap ? 29 : kDays[month - 1];
}

bool is_valid_date(int year, int month, int day) {
  return month >= 1 && month <= 12 && day >= 1 && day <= days_in_month(year, month);
}

// Howard Hinnant's days_from_civil: exact for the whole proleptic Gregorian calendar.
std::int64_t day_number(CivilDate d) {
  std::int64_t y = d.year - (d.month <= 2 ? 1 : 0);
  std::int64_t era = (y >= 0 ? y : y - 399) / 400;
  std::int64_t yoe = y - era * 400;
  std::int64_t mp = (d.month + 9) % 12;
  std::int64_t doy = (153 * mp + 2) / 5 + d.day - 1;
  std::int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate from_day_number(std::int64_t z) {
  z += 719468;
  std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  std::int64_t doe = z - era * 146097;
  std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  std::int64_t mp = (5 * doy + 2) / 153;
  int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
  int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
  int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
  return {year, month, day};
}

int weekday_of(CivilDate d) {
  std::int64_t n = day_number(d);  // 1970-01-01 was a Thursday (4)
  return static_cast<int>(((n % 7) + 7 + 4) % 7);
}

std::optional<CivilDate> parse_iso_date(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int v[3] = {0, 0, 0};
  std::size_t from[3] = {0, 5, 8}, len[3] = {4, 2, 2};
  for (int k = 0; k < 3; ++k) {
    for (std::size_t i = from[k]; i < from[k] + len[k]; ++i) {
      if (s[i] < '0' || s[i] > '9') return std::nullopt;
      v[k] = v[k] * 10 + (s[i] - '0');
    }
  }
  if (!is_valid_date(v[0], v[1], v[2])) return std::nullopt;
  return CivilDate{v[0], v[1], v[2]};
}

std::optional<CivilDate> lunar_to_gregorian(int lunar_year, int month, int day) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::Calendar> dangi(
      icu::Calendar::createInstance(icu::Locale("ko_KR@calendar=dangi"), status));
  if (U_FAILURE(status)) return std::nullopt;
  dangi->clear();
  // The Dangi calendar counts its extended years from 2333 BCE.
  dangi->set(UCAL_EXTENDED_YEAR, lunar_year + 2333);
  dangi->set(UCAL_MONTH, month - 1);
  dangi->set(UCAL_IS_LEAP_MONTH, 0);
  dangi->set(UCAL_DATE, day);
  dangi->setLenient(false);
  UDate when = dangi->getTime(status);
  if (U_FAILURE(status)) return std::nullopt;
  icu::GregorianCalendar gregorian(icu::Locale::getRoot(), status);
  gregorian.setTime(when, status);
  if (U_FAILURE(status)) return std::nullopt;
  CivilDate out{gregorian.get(UCAL_YEAR, status), gregorian.get(UCAL_MONTH, status) + 1,
                gregorian.get(UCAL_DATE, status)};
  if (U_FAILURE(status)) return std::nullopt;
  return out;
}

std::string_view to_string(Granularity g) {
  switch (g) {
    case Granularity::day:
      return "day";
    case Granularity::week:
      return "week";
    case Granularity::month:
      return "month";
    case Granularity::quarter:
      return "quarter";
    case Granularity::half:
      return "half";
    case Granularity::year:
      return "year";
    case Granularity::decade:
      return "decade";
    case Granularity::range:
      return "range";
  }
  return "day";
}

std::string_view to_string(DateMod m) {
  switch (m) {
    case DateMod::none:
      return "";
    case DateMod::start:
      return "START";
    case DateMod::mid:
      return "MID";
    case DateMod::end:
      return "END";
  }
  return "";
}

std::string_view to_string(DateResolution r) {
  switch (r) {
    case DateResolution::absolute:
      return "absolute";
    case DateResolution::deictic:
      return "deictic";
    case DateResolution::anaphoric:
      return "anaphoric";
  }
  return "absolute";
}

std::string_view weekday_name(int weekday) {
  static constexpr std::string_view kNames[] = {"일", "월", "화", "수", "목", "금", "토"};
  return weekday >= 0 && weekday < 7 ? kNames[weekday] : std::string_view();
}

Granularity WrittenDate::granularity() const {
  bool relative = base == Base::reference || base == Base::anchor;
  if (day != 0 || (relative && shift_unit == DateUnit::day)) return Granularity::day;
  if (relative && shift_unit == DateUnit::week && month == 0) return Granularity::week;
  if (month != 0 || (relative && shift_unit == DateUnit::month)) return Granularity::month;
  if (quarter != 0 || (relative && shift_unit == DateUnit::quarter)) return Granularity::quarter;
  if (half != 0) return Granularity::half;
  if (decade) return Granularity::decade;
  return Granularity::year;
}

}  // namespace kbrief
