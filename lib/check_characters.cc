// SPDX-License-Identifier: MIT
// The characters rule: what broken PDF fonts and extractors leave in the text (private-use
// code points, control characters, "(cid:123)" runs, U+FFFD runs), and a bracket used in
// both its full-width and half-width forms in one document.
#include <fmt/format.h>

#include <array>

#include "check_detail.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

bool is_private_use(char32_t c) {
  return (c >= 0xE000 && c <= 0xF8FF) || (c >= 0xF0000 && c <= 0x10FFFD);
}

// Control characters other than tab and form feed (a page break, never a finding).
bool is_control(char32_t c) {
  return (c < 0x20 && c != U'\t' && c != U'\f') || (c >= 0x7F && c <= 0x9F);
}

// The brackets that come in two widths: the first form of each pair, then the other.
struct WidthPair {
  char32_t forms[2][2];  // [form][open, close]
  std::string_view names[2];
};
constexpr WidthPair kWidths[] = {
    {{{U'「', U'」'}, {U'｢', U'｣'}}, {"full-width 「 」", "half-width ｢ ｣"}},
    {{{U'(', U')'}, {U'（', U'）'}}, {"half-width ( )", "full-width （ ）"}},
    {{{U'[', U']'}, {U'［', U'］'}}, {"half-width [ ]", "full-width ［ ］"}},
};

struct FormUse {
  int count = 0;
  std::uint32_t line = 0, offset = 0;  // the first use
};

std::size_t cid_run_end(std::string_view t, std::size_t i) {
  std::size_t end = i;
  while (t.substr(end).starts_with("(cid:")) {
    std::size_t k = end + 5;
    std::size_t digits = k;
    while (k < t.size() && is_ascii_digit(static_cast<unsigned char>(t[k]))) ++k;
    if (k == digits || k >= t.size() || t[k] != ')') break;
    end = k + 1;
  }
  return end;
}

}  // namespace

void check_characters(Findings& out) {
  const Document& doc = out.doc();
  std::array<std::array<FormUse, 2>, std::size(kWidths)> uses{};
  for (std::uint32_t l = 0; l < doc.line_table.lines.size(); ++l) {
    std::string_view t = source_line(doc, l);
    auto offset = [&](std::size_t i) {
      return static_cast<std::uint32_t>(t.data() - doc.decoded.text.data() + i);
    };
    for (std::size_t i = 0; i < t.size();) {
      // Printable ASCII other than brackets, and three-byte characters led by 0xE1..0xED
      // except 0xE3 (「 」), are none of the characters this rule reports or counts.
      if (auto b = static_cast<unsigned char>(t[i]);
          (b >= 0x20 && b < 0x7F && b != '(' && b != ')' && b != '[' && b != ']') ||
          (b >= 0xE1 && b <= 0xED && b != 0xE3)) {
        i += sequence_length(b);
        continue;
      }
      std::size_t start = i;
      if (std::size_t end = cid_run_end(t, i); end > i) {
        out.at_source("characters", l, offset(start),
                      fmt::format("{} left by a PDF font without a Unicode map; replace it with "
                                  "the text it stands for",
                                  t.substr(start, end - start)),
                      offset(end));
        i = end;
        continue;
      }
      char32_t c = next_code_point(t, i);
      // The run `c` starts, `c` counted.
      auto run_of = [&](auto belongs) { return 1 + static_cast<int>(skip_run(t, i, belongs)); };
      if (is_private_use(c)) {
        int n = run_of(is_private_use);
        out.at_source("characters", l, offset(start),
                      fmt::format("private-use character U+{:04X}{} left by a PDF font; replace "
                                  "it with the character it stands for, or delete it",
                                  static_cast<std::uint32_t>(c),
                                  n > 1 ? fmt::format(" (and {} more)", n - 1) : ""),
                      offset(i));
      } else if (c == 0xFFFD) {
        int n = run_of([](char32_t d) { return d == 0xFFFD; });
        out.at_source("characters", l, offset(start),
                      fmt::format("{} replacement character{} (U+FFFD): text lost in "
                                  "extraction; restore it from the PDF",
                                  n, n > 1 ? "s" : ""),
                      offset(i));
      } else if (is_control(c)) {
        out.at_source(
            "characters", l, offset(start),
            fmt::format("control character U+{:04X}; delete it", static_cast<std::uint32_t>(c)),
            offset(i));
      } else {
        for (std::size_t p = 0; p < std::size(kWidths); ++p)
          for (int form = 0; form < 2; ++form)
            if (c == kWidths[p].forms[form][0] || c == kWidths[p].forms[form][1]) {
              FormUse& u = uses[p][form];
              if (u.count++ == 0) u = {1, l, offset(start)};
            }
      }
    }
  }
  for (std::size_t p = 0; p < std::size(kWidths); ++p) {
    const auto& [a, b] = uses[p];
    if (a.count == 0 || b.count == 0) continue;
    int fewer = b.count <= a.count ? 1 : 0;
    const FormUse& u = uses[p][fewer];
    out.at_source(
        "characters", u.line, u.offset,
        fmt::format("{} ({} in all, the first here) mixed with {} ({}); use one width",
                    kWidths[p].names[fewer], u.count, kWidths[p].names[1 - fewer],
                    uses[p][1 - fewer].count),
        u.offset + sequence_length(static_cast<unsigned char>(doc.decoded.text[u.offset])));
  }
}

}  // namespace kbrief::detail
