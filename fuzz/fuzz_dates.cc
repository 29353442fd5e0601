// SPDX-License-Identifier: MIT
// kbrief::recognise_dates on valid UTF-8: expressions and problems lie inside the text, on
// code-point boundaries, in order without overlapping; resolving each does not crash.
#include <fmt/format.h>
#include <kbrief/dates.h>

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "fuzz_support.h"

namespace {

void check_range(std::string_view text, std::uint32_t begin, std::uint32_t end, const char* what) {
  KBRIEF_FUZZ_ASSERT(
      begin < end && end <= text.size(),
      fmt::format("{} [{}, {}) in a text of {} bytes", what, begin, end, text.size()));
  KBRIEF_FUZZ_ASSERT(kbrief::fuzz::on_boundary(text, begin) && kbrief::fuzz::on_boundary(text, end),
                     fmt::format("{} [{}, {}) not on code-point boundaries", what, begin, end));
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  if (!kbrief::fuzz::valid_utf8(text)) return 0;

  kbrief::RecognisedDates found = kbrief::recognise_dates(text);

  static const kbrief::ResolutionContext contexts[] = {
      {},  // no reference date, no anchor
      {kbrief::ReferenceDate{{2024, 2, 14}, false, "ref-date"},
       kbrief::DateSpan{{2023, 12, 1}, {2023, 12, 31}, kbrief::Granularity::month},
       kbrief::Tense::past},
      {kbrief::ReferenceDate{{2024, 1, 1}, true, "copyright"}, std::nullopt, kbrief::Tense::future},
  };

  std::uint32_t previous_end = 0;
  for (const kbrief::DateExpression& e : found.dates) {
    check_range(text, e.begin, e.end, "date");
    KBRIEF_FUZZ_ASSERT(e.begin >= previous_end,
                       fmt::format("date [{}, {}) overlaps or precedes the one ending at {}",
                                   e.begin, e.end, previous_end));
    previous_end = e.end;
    for (const kbrief::ResolutionContext& ctx : contexts) {
      kbrief::ResolvedDate r = kbrief::resolve_date(e, ctx);
      KBRIEF_FUZZ_ASSERT(!r.value.empty(), fmt::format("empty value for '{}'",
                                                       text.substr(e.begin, e.end - e.begin)));
      KBRIEF_FUZZ_ASSERT(kbrief::fuzz::valid_utf8(r.value), std::string("value is not UTF-8"));
    }
    (void)kbrief::sentence_tense(text, e.end);
  }
  for (const kbrief::DateProblem& p : found.problems) {
    check_range(text, p.begin, p.end, "problem");
    KBRIEF_FUZZ_ASSERT(!p.rule.empty(), std::string("problem without a rule"));
    KBRIEF_FUZZ_ASSERT(kbrief::fuzz::valid_utf8(p.message), "problem message is not UTF-8");
  }
  return 0;
}
