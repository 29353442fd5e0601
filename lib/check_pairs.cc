// SPDX-License-Identifier: MIT
// Punctuation rules: unbalanced-pair (quotes and brackets open and close in pairs, properly
// nested, within one paragraph or footnote) and mixed-quotes (straight and curly quotes in
// one document).
#include <fmt/format.h>

#include "check_detail.h"
#include "punctuation.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

// The pairs the rule checks: “ ” ‘ ’ 「 」 ｢ ｣ 『 』 《 》 〈 〉 ( ) [ ] （ ） ［ ］ 【 】 〔 〕.
using Pair = MarkPair;
const Pair* pair_opened_by(char32_t c) {
  return detail::pair_opened_by(c, kPaired);
}
const Pair* pair_closed_by(char32_t c) {
  return detail::pair_closed_by(c, kPaired);
}

std::string utf8(char32_t c) {
  std::string s;
  append_utf8(s, c);
  return s;
}

bool is_latin_letter(char32_t c) {
  return c < 0x250 && is_letter(c);
}

// A quote mark that is no quote: an apostrophe inside a word ("Korea’s", "don't") or before
// a two-digit year ("’24년").
bool is_apostrophe(std::string_view text, std::size_t at, std::size_t after) {
  char32_t before = 0;
  if (at > 0) {
    std::size_t i = at;
    before = prev_code_point(text, i);
  }
  char32_t next = after < text.size() ? code_point_at(text, after) : 0;
  if (is_latin_letter(before) && is_latin_letter(next)) return true;
  if (after + 2 <= text.size() && is_ascii_digit(static_cast<unsigned char>(text[after])) &&
      is_ascii_digit(static_cast<unsigned char>(text[after + 1])) &&
      (after + 2 == text.size() || !is_ascii_digit(static_cast<unsigned char>(text[after + 2]))))
    return !is_letter(before) && !is_ascii_digit(before);
  return false;
}

// A ")" that closes an enumeration label or an unresolved footnote marker rather than a
// bracket: "1)", "가)", "a)", "Ⅱ)", or digits glued to a word ("다.3)").
bool is_label_paren(std::string_view text, std::size_t at) {
  std::size_t i = at;
  if (i == 0) return false;
  char32_t c = prev_code_point(text, i);
  // Digits: a label, or a footnote marker glued to a number ("행정명령 1395316)"), which
  // footnote-undefined or footnote-unused reports.
  if (is_ascii_digit(c)) return true;
  if (!is_letter(c) && !(c >= 0x2160 && c <= 0x217F)) return false;
  if (i == 0) return true;
  std::size_t j = i;
  char32_t before = prev_code_point(text, j);
  return is_space(before);  // one letter alone: "가)", "a)"
}

struct Open {
  const Pair* pair;
  std::uint32_t offset;
};

void check_element(const std::string& text, const std::vector<TextPiece>& pieces,
                   std::string_view where, Findings& out) {
  std::vector<Open> stack;
  for (std::size_t i = 0; i < text.size();) {
    // The pairs' marks are ( ) [ ] and characters led by 0xE2, 0xE3 or 0xEF: other bytes
    // are passed over without decoding.
    if (auto b = static_cast<unsigned char>(text[i]);
        b < 0x80 ? b != '(' && b != ')' && b != '[' && b != ']'
                 : b != 0xE2 && b != 0xE3 && b != 0xEF) {
      i += sequence_length(b);
      continue;
    }
    std::size_t at = i;
    char32_t c = next_code_point(text, i);
    const Pair* opens = pair_opened_by(c);
    const Pair* closes = pair_closed_by(c);
    if ((c == U'‘' || c == U'’') && is_apostrophe(text, at, i)) continue;
    if (opens) {
      stack.push_back({opens, static_cast<std::uint32_t>(at)});
      continue;
    }
    if (!closes) continue;
    std::size_t match = stack.size();
    while (match > 0 && stack[match - 1].pair != closes) --match;
    if (match == 0) {
      if (c == U')' && is_label_paren(text, at)) continue;
      out.in_text("unbalanced-pair", pieces, static_cast<std::uint32_t>(at),
                  fmt::format("{} closes nothing: no {} before it in this {}", utf8(c),
                              utf8(closes->open), where),
                  1);
      continue;
    }
    if (match < stack.size()) {
      // Mis-nested ("「…(…」…)"): this closes its own opener; the one inside stays open and
      // may still be closed later, so one fault gives one finding.
      const Open& inner = stack.back();
      out.in_text("unbalanced-pair", pieces, static_cast<std::uint32_t>(at),
                  fmt::format("{} closes the {} around it while {} opened inside it is still "
                              "open",
                              utf8(c), utf8(closes->open), utf8(inner.pair->open)),
                  1);
      stack.erase(stack.begin() + static_cast<std::ptrdiff_t>(match - 1));
      continue;
    }
    stack.pop_back();
  }
  for (const Open& o : stack)
    out.in_text("unbalanced-pair", pieces, o.offset,
                fmt::format("{} is not closed: no {} after it in this {}", utf8(o.pair->open),
                            utf8(o.pair->close), where),
                1);
}

struct QuoteCount {
  int count = 0;
  Position first;
};

void count_quotes(const std::string& text, const std::vector<TextPiece>& pieces,
                  PositionFinder& positions, QuoteCount& straight, QuoteCount& curly) {
  for (std::size_t i = 0; i < text.size();) {
    // Straight quotes, and curly ones (led by 0xE2): other bytes are passed over.
    if (auto b = static_cast<unsigned char>(text[i]);
        b < 0x80 ? b != '"' && b != '\'' : b != 0xE2) {
      i += sequence_length(b);
      continue;
    }
    std::size_t at = i;
    char32_t c = next_code_point(text, i);
    QuoteCount* kind = nullptr;
    if (c == U'"' || c == U'\'') kind = &straight;
    if (c == U'“' || c == U'”' || c == U'‘' || c == U'’') kind = &curly;
    if (!kind || ((c == U'\'' || c == U'‘' || c == U'’') && is_apostrophe(text, at, i))) continue;
    if (kind->count++ == 0) kind->first = positions.in(pieces, static_cast<std::uint32_t>(at));
  }
}

}  // namespace

void check_pairs(Findings& out) {
  const Document& doc = out.doc();
  QuoteCount straight, curly;
  for (const Block& b : doc.blocks) {
    if (is_region(b.type) || b.type == BlockType::back_matter) continue;
    std::string_view where = b.type == BlockType::heading ? "heading"
                             : b.type == BlockType::list  ? "list"
                                                          : "paragraph";
    check_element(b.text, b.pieces, where, out);
    count_quotes(b.text, b.pieces, out.positions(), straight, curly);
  }
  for (const Footnote& f : doc.footnotes) {
    check_element(f.text, f.pieces, "footnote", out);
    count_quotes(f.text, f.pieces, out.positions(), straight, curly);
  }
  if (straight.count == 0 || curly.count == 0) return;
  bool straight_fewer = straight.count <= curly.count;
  const QuoteCount& fewer = straight_fewer ? straight : curly;
  const QuoteCount& more = straight_fewer ? curly : straight;
  out.at("mixed-quotes", fewer.first,
         fmt::format("{} quotes ({} in all, the first here) are mixed with {} quotes ({}); use "
                     "{} quotes throughout",
                     straight_fewer ? "straight" : "curly", fewer.count,
                     straight_fewer ? "curly" : "straight", more.count,
                     straight_fewer ? "curly" : "straight"),
         1);
}

}  // namespace kbrief::detail
