// SPDX-License-Identifier: MIT
#include "nothing_lost.h"

#include <fmt/format.h>

#include "unicode.h"

namespace kbrief::test {

void add_chars(CharCounts& counts, std::string_view s, long sign) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = detail::next_code_point(s, i);
    if (!detail::is_space(c)) counts[c] += sign;
  }
}

std::string character_problems(const CharCounts& counts) {
  std::string problems;
  for (auto [c, n] : counts) {
    if (n == 0) continue;
    std::string ch;
    detail::append_utf8(ch, c);
    problems += fmt::format(" '{}' (U+{:04X}) {} {}×;", ch, static_cast<std::uint32_t>(c),
                            n > 0 ? "lost" : "extra", n > 0 ? n : -n);
  }
  return problems;
}

std::string line_ownership_problems(const Document& doc) {
  std::map<std::uint32_t, int> owners;
  for (const auto& f : doc.front_matter) ++owners[f.line];
  for (const auto& s : doc.metadata.sources) ++owners[s.line];
  for (const auto& b : doc.blocks)
    for (std::uint32_t l : b.source_lines) ++owners[l];
  for (const auto& f : doc.footnotes)
    for (std::uint32_t l : f.source_lines) ++owners[l];
  for (const auto& f : doc.page_furniture) ++owners[f.line];
  std::string problems;
  for (std::uint32_t i = 0; i < doc.line_table.lines.size(); ++i) {
    const LineInfo& info = doc.layout.lines[i];
    if (info.role == LineRole::blank) continue;
    int expected =
        info.tail != TailKind::none && info.tail_begin > doc.line_table.lines[i].begin ? 2 : 1;
    // A line that is all tail (a copyright line) is owned by the metadata alone.
    if (info.tail != TailKind::none &&
        detail::trim(std::string_view(doc.decoded.text)
                         .substr(doc.line_table.lines[i].begin,
                                 info.tail_begin - doc.line_table.lines[i].begin))
            .empty())
      expected = 1;
    if (owners[i] != expected)
      problems +=
          fmt::format(" line {} owned by {} elements (expected {});", i + 1, owners[i], expected);
  }
  return problems;
}

}  // namespace kbrief::test
