// SPDX-License-Identifier: MIT
#include "markers.h"

#include <fmt/format.h>

#include <algorithm>
#include <cstdint>

#include "punctuation.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

constexpr std::u32string_view kHangulOrder = U"가나다라마바사아자차카타파하";
constexpr char32_t kCircledOne = 0x2460;  // ① … ⑳
constexpr char32_t kRomanOne = 0x2160;    // Ⅰ … Ⅻ
constexpr int kCircledCount = 20, kRomanCount = 12;

// What must follow a bullet symbol for it to mark an item.
enum class BulletFollow {
  anything,        // a symbol no prose starts with: "◎", "□", "•"
  space,           // also occurs in running text: "-", "*", "·"
  space_or_paren,  // "ㅇ", the letter, also starts words: "ㅇ 항목", "ㅇ(항목)"
};

struct Bullet {
  char32_t symbol;
  BulletFollow follow;
  bool markdown_dash;  // written as Markdown's own "-" bullet
};

// The one table of bullets. (Markdown also wrote U+2010 "‐" as "-", but no line starts an
// item with it, so it has no row here.)
constexpr Bullet kBullets[] = {
    {U'-', BulletFollow::space, true},       {U'*', BulletFollow::space, true},
    {0x00B7, BulletFollow::space, true},     {0x2013, BulletFollow::space, true},
    {0x2014, BulletFollow::space, false},    {0x2022, BulletFollow::anything, true},
    {0x25CE, BulletFollow::anything, false}, {0x25A1, BulletFollow::anything, false},
    {0x25CB, BulletFollow::anything, false}, {0x25A0, BulletFollow::anything, false},
    {0x25CF, BulletFollow::anything, false}, {0x203B, BulletFollow::anything, false},
    {0x25B6, BulletFollow::anything, false}, {0x25AA, BulletFollow::anything, false},
    {0x25E6, BulletFollow::anything, false}, {0x2011, BulletFollow::anything, false},
    {0x30FB, BulletFollow::anything, false}, {0x203A, BulletFollow::anything, false},
    {0x0178, BulletFollow::anything, false}, {0x25C6, BulletFollow::anything, false},
    {0x25C7, BulletFollow::anything, false}, {0x25B7, BulletFollow::anything, false},
    {0x25BA, BulletFollow::anything, false}, {0x27A2, BulletFollow::anything, false},
    {0x2713, BulletFollow::anything, false}, {0x2023, BulletFollow::anything, false},
    {0x2043, BulletFollow::anything, false}, {0x3147, BulletFollow::space_or_paren, false},
    {0x25B8, BulletFollow::anything, false}, {0x25B9, BulletFollow::anything, false},
    {0x2219, BulletFollow::anything, false}, {0xFF0D, BulletFollow::anything, false},
};

const Bullet* bullet_of(char32_t c) {
  for (const Bullet& b : kBullets)
    if (b.symbol == c) return &b;
  return nullptr;
}

int ascii_roman_value(std::string_view r) {
  static constexpr std::string_view kRomans[] = {"I",  "II",  "III",  "IV", "V",
                                                 "VI", "VII", "VIII", "IX", "X"};
  for (int k = 0; k < 10; ++k)
    if (r == kRomans[k]) return k + 1;
  return 0;
}

bool is_ascii_roman_letter(char c) {
  return c == 'I' || c == 'V' || c == 'X';
}

// Reads up to `max_digits` ASCII digits at t[i], advancing i; -1 when there are none.
int read_digits(std::string_view t, std::size_t& i, int max_digits) {
  int value = -1;
  for (int k = 0;
       k < max_digits && i < t.size() && is_ascii_digit(static_cast<unsigned char>(t[i])); ++k, ++i)
    value = (value < 0 ? 0 : value * 10) + (t[i] - '0');
  return value;
}

Marker make(std::size_t begin, std::size_t end, ListStyle style, int ordinal) {
  return Marker{static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end), style, ordinal};
}

bool space_at(std::string_view t, std::size_t at) {
  return at < t.size() && is_space(code_point_at(t, at));
}

// "(1)", "(가)": the ordinal inside and the closing ")".
std::optional<Marker> parenthesised(std::string_view t, std::size_t at, std::size_t i,
                                    int max_digits) {
  if (i >= t.size()) return std::nullopt;
  int ordinal = read_digits(t, i, max_digits);
  ListStyle style = ListStyle::decimal_paren;
  if (ordinal < 0) {
    ordinal = hangul_ordinal(next_code_point(t, i));
    style = ListStyle::hangul_paren;
  }
  if (ordinal > 0 && i < t.size() && t[i] == ')') return make(at, i + 1, style, ordinal);
  return std::nullopt;
}

// "-3." or "-3)" at t[i], after a compound label's first number ("Ⅰ-3.", "2-3)"): the
// label's end, with the number after the hyphen as its ordinal.
std::optional<Marker> compound_tail(std::string_view t, std::size_t at, std::size_t i,
                                    int max_digits) {
  if (i + 1 >= t.size() || t[i] != '-') return std::nullopt;
  ++i;
  int ordinal = read_digits(t, i, max_digits);
  if (ordinal < 0 || i >= t.size() || (t[i] != '.' && t[i] != ')')) return std::nullopt;
  return make(at, i + 1, ListStyle::compound, ordinal);
}

}  // namespace

int hangul_ordinal(char32_t c) {
  std::size_t at = kHangulOrder.find(c);
  return at == std::u32string_view::npos ? 0 : static_cast<int>(at) + 1;
}

std::optional<Marker> numbered_label(std::string_view t, std::size_t at, int max_digits) {
  if (at >= t.size()) return std::nullopt;
  std::size_t i = at;
  if (is_ascii_digit(static_cast<unsigned char>(t[i]))) {  // 1. or 1)
    int ordinal = read_digits(t, i, max_digits);
    if (auto c = compound_tail(t, at, i, max_digits)) return c;
    if (i < t.size() && (t[i] == '.' || t[i] == ')'))
      return make(at, i + 1, t[i] == '.' ? ListStyle::decimal : ListStyle::decimal_rparen, ordinal);
    return std::nullopt;
  }
  if (is_ascii_roman_letter(t[i])) {  // I. II. IV.
    while (i < t.size() && is_ascii_roman_letter(t[i])) ++i;
    int value = ascii_roman_value(t.substr(at, i - at));
    if (value && i < t.size() && t[i] == '.') return make(at, i + 1, ListStyle::roman, value);
    return std::nullopt;
  }
  char32_t c = next_code_point(t, i);
  if (c == '(') return parenthesised(t, at, i, max_digits);
  if (is_circled_number(c))
    return make(at, i, ListStyle::circled, static_cast<int>(c - kCircledOne) + 1);
  if (c >= kRomanOne && c < kRomanOne + kRomanCount) {  // Ⅰ or Ⅰ.
    if (auto tail = compound_tail(t, at, i, max_digits)) return tail;
    if (i < t.size() && t[i] == '.') ++i;
    return make(at, i, ListStyle::roman, static_cast<int>(c - kRomanOne) + 1);
  }
  if (int h = hangul_ordinal(c); h && i < t.size() && t[i] == '.')  // 가.
    return make(at, i + 1, ListStyle::hangul, h);
  return std::nullopt;
}

std::optional<Marker> line_marker(std::string_view t) {
  if (auto m = numbered_label(t, 0, kLineDigits)) {
    if (m->style == ListStyle::circled ? m->end < t.size() : space_at(t, m->end)) return m;
    return std::nullopt;
  }
  if (t.empty()) return std::nullopt;
  std::size_t i = 0;
  const Bullet* b = bullet_of(next_code_point(t, i));
  if (!b || i >= t.size()) return std::nullopt;
  bool follows = b->follow == BulletFollow::anything || space_at(t, i) ||
                 (b->follow == BulletFollow::space_or_paren && t[i] == '(');
  return follows ? std::optional<Marker>(make(0, i, ListStyle::bullet, 0)) : std::nullopt;
}

bool opens_with_label(std::string_view t) {
  if (line_marker(t)) return true;
  std::size_t i = 0;
  while (i < t.size() && i < 2 && is_ascii_alpha(static_cast<unsigned char>(t[i]))) ++i;
  std::size_t letters = i;
  while (i < t.size() && i < letters + 2 && is_ascii_digit(static_cast<unsigned char>(t[i]))) ++i;
  if (letters == 0 || i == letters || i + 1 >= t.size()) return false;
  return (t[i] == '.' || t[i] == ')') && t[i + 1] == ' ';
}

bool same_punctuation(std::string_view a, std::string_view b) {
  // A letter or a numeral glyph is the ordinal itself: "Ⅱ." numbered as "Ⅰ." is, "나." as
  // "가." is.
  std::optional<Marker> m = numbered_label(a, 0, kFootnoteSequenceDigits);
  std::optional<Marker> n = numbered_label(b, 0, kFootnoteSequenceDigits);
  if (m && n && m->end == a.size() && n->end == b.size() && m->style != ListStyle::decimal &&
      m->style == n->style && !is_ascii_roman_letter(a[0]))
    return relabel(b, m->ordinal) == a;
  std::size_t i = 0, j = 0;
  for (;; ++i, ++j) {
    while (i < a.size() && is_ascii_digit(static_cast<unsigned char>(a[i]))) ++i;
    while (j < b.size() && is_ascii_digit(static_cast<unsigned char>(b[j]))) ++j;
    if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
    if (a[i] != b[j]) return false;
  }
}

std::optional<Marker> inline_label(std::string_view text, std::size_t at) {
  auto m = numbered_label(text, at, kInlineDigits);
  if (!m) return std::nullopt;
  switch (m->style) {
    case ListStyle::circled:
      return m;
    case ListStyle::decimal_paren:
    case ListStyle::hangul_paren:
    case ListStyle::decimal_rparen:
      return space_at(text, m->end) ? m : std::nullopt;
    default:
      return std::nullopt;
  }
}

namespace {

// "N)" whose number of more than kFootnoteDigits digits, if it has that many, is written
// without a leading zero: "0001)" is no note 1 (nor a note the sequence reaches).
bool footnote_number_at(std::string_view t, const std::optional<Marker>& m) {
  if (!m || m->style != ListStyle::decimal_rparen) return false;
  return !needs_sequence(static_cast<int>(m->end - m->begin) - 1) || t[m->begin] != '0';
}

}  // namespace

std::optional<Marker> footnote_label(std::string_view t, int max_digits) {
  auto m = numbered_label(t, 0, max_digits);
  if (footnote_number_at(t, m) && space_at(t, m->end)) return m;
  return std::nullopt;
}

std::optional<Marker> stranded_label(std::string_view t, int max_digits) {
  auto m = numbered_label(t, 0, max_digits);
  if (footnote_number_at(t, m) && m->end == t.size()) return m;
  return std::nullopt;
}

std::optional<int> stranded_marker(std::string_view t, int max_digits) {
  if (auto m = stranded_label(t, max_digits)) return m->ordinal;
  return std::nullopt;
}

std::vector<Marker> stranded_labels(std::string_view t, int max_digits) {
  std::vector<Marker> out;
  std::size_t i = 0;
  while (i < t.size()) {
    // Most lines open with no digit: they are passed over at their first byte.
    if (!is_ascii_digit(static_cast<unsigned char>(t[i]))) return {};
    auto m = numbered_label(t, i, max_digits);
    if (!footnote_number_at(t, m)) return {};
    out.push_back(*m);
    i = m->end;
    if (i < t.size() && t[i] != ' ' && t[i] != '\t') return {};
    while (i < t.size() && (t[i] == ' ' || t[i] == '\t')) ++i;
  }
  return out;
}

namespace {

// Whether the parenthesis open at t[at] (its ")" taken as a marker's) is still closed later on
// the line: "(KORUS5))" and "(협정5) 참조)" are; "(표1)" and "(54.6) (34.8)" are not. after()
// answers in constant time from the balance of parentheses before each byte, computed once.
class LaterClose {
 public:
  explicit LaterClose(std::string_view t) : t_(t) {}
  bool after(std::size_t at) {
    if (lowest_after_.empty()) build();
    // Without the marker's ")", the parenthesis closes where a later prefix's balance drops one
    // below that before the marker: below the balance just after it.
    return lowest_after_[at + 1] < balance_[at + 1];
  }

 private:
  void build() {
    balance_.assign(t_.size() + 1, 0);
    for (std::size_t k = 0; k < t_.size(); ++k)
      balance_[k + 1] = balance_[k] + (t_[k] == '(') - (t_[k] == ')');
    // lowest_after_[k]: the lowest balance at a prefix end beyond k (k + 1 … size).
    lowest_after_.assign(t_.size() + 1, INT32_MAX);
    for (std::size_t k = t_.size(); k-- > 0;)
      lowest_after_[k] = std::min(lowest_after_[k + 1], balance_[k + 1]);
  }
  std::string_view t_;
  std::vector<std::int32_t> balance_, lowest_after_;
};

}  // namespace

std::vector<GluedMarker> glued_markers(std::string_view t, int max_digits) {
  std::vector<GluedMarker> out;
  LaterClose later_close(t);
  int depth = 0;
  for (std::size_t i = 0; i < t.size(); ++i) {
    // Eight bytes at a time while none is a parenthesis ('(' and ')' differ in bit 0 only).
    while (i + 8 <= t.size() && !has_byte(load8(t.data() + i) & (kEachByte * 0xFE), '(')) i += 8;
    if (i >= t.size()) break;
    char ch = t[i];
    if (ch == '(') {
      ++depth;
      continue;
    }
    if (ch != ')') continue;
    std::size_t d = i;
    while (d > 0 && t[d - 1] >= '0' && t[d - 1] <= '9') --d;
    // The whole run of digits before ")" must be a footnote label: "2023)" is a year.
    std::optional<Marker> m;
    if (d > 0 && d < i) m = numbered_label(t, d, max_digits);
    bool candidate = footnote_number_at(t, m) && m->end == i + 1;
    bool set_off = false;
    if (candidate) {
      std::size_t k = d;
      char32_t before = prev_code_point(t, k);
      if (before == ' ' && k > 0 && depth == 0 && trim_end(t.substr(i + 1)).empty()) {
        before = prev_code_point(t, k);  // "의미 1)" at the end: the word before the space
        set_off = !is_space(before);
      }
      candidate = !is_space(before) && !is_opening_mark(before) &&
                  (is_letter(before) || is_closing_mark(before) || is_straight_quote(before) ||
                   before == '.' || before == ',');
    }
    if (candidate && depth == 0) {
      out.push_back(
          {m->begin, m->end, m->ordinal, set_off ? GluedShape::set_off : GluedShape::glued});
    } else if (candidate && later_close.after(i)) {
      // Inside a parenthesis whose own ")" still follows: the ")" is the marker's.
      out.push_back({m->begin, m->end, m->ordinal, GluedShape::in_parenthesis});
    } else if (depth > 0) {
      --depth;
    }
  }
  return out;
}

std::vector<GluedMarker> bare_markers(std::string_view t) {
  std::vector<GluedMarker> out;
  for (std::size_t i = 0; i < t.size(); ++i) {
    if (!is_ascii_digit(static_cast<unsigned char>(t[i])) || i == 0) continue;
    std::size_t end = i;
    while (end < t.size() && is_ascii_digit(static_cast<unsigned char>(t[end]))) ++end;
    std::size_t k = i;
    char32_t before = prev_code_point(t, k);
    bool decimal = end + 1 < t.size() && (t[end] == '.' || t[end] == ',') &&
                   is_ascii_digit(static_cast<unsigned char>(t[end + 1]));
    bool follows = end == t.size() || (t[end] != ')' && t[end] != '%' && !decimal);
    if (is_letter(before) && end - i <= kFootnoteDigits && t[i] != '0' && follows) {
      int number = 0;
      for (std::size_t d = i; d < end; ++d) number = number * 10 + (t[d] - '0');
      out.push_back({static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(end), number,
                     GluedShape::bare});
    }
    i = end;
  }
  return out;
}

std::optional<Marker> bare_footnote_label(std::string_view t) {
  std::size_t i = 0;
  int number = read_digits(t, i, kFootnoteDigits);
  if (number <= 0 || t[0] == '0' || !space_at(t, i)) return std::nullopt;
  std::size_t j = i;
  while (j < t.size() && is_space(code_point_at(t, j))) next_code_point(t, j);
  if (j >= t.size() || is_ascii_digit(static_cast<unsigned char>(t[j]))) return std::nullopt;
  return make(0, i, ListStyle::decimal, number);
}

std::string relabel(std::string_view label, int n) {
  std::optional<Marker> m = numbered_label(label, 0, kFootnoteSequenceDigits);
  std::string spelled;
  std::size_t begin = label.find_first_not_of('(');  // the ordinal's bytes
  if (m && m->style == ListStyle::compound) begin = label.find('-') + 1;
  std::size_t end = begin;
  if (m && m->style != ListStyle::roman) {
    if (begin < label.size() && is_ascii_digit(static_cast<unsigned char>(label[begin]))) {
      end = label.find_first_not_of("0123456789", begin);
      spelled = std::to_string(n);
    } else {
      char32_t c = next_code_point(label, end);
      if (is_circled_number(c) && n >= 1 && n <= kCircledCount)
        append_utf8(spelled, kCircledOne + static_cast<char32_t>(n - 1));
      else if (hangul_ordinal(c) && n >= 1 && n <= static_cast<int>(kHangulOrder.size()))
        append_utf8(spelled, kHangulOrder[static_cast<std::size_t>(n - 1)]);
    }
  } else if (m && !is_ascii_roman_letter(label[0]) && n >= 1 && n <= kRomanCount) {
    next_code_point(label, end);
    append_utf8(spelled, kRomanOne + static_cast<char32_t>(n - 1));
  }
  if (spelled.empty()) return fmt::format("number {}", n);
  return fmt::format("{}{}{}", label.substr(0, begin), spelled, label.substr(end));
}

bool is_dash_bullet(std::string_view label) {
  if (label.empty()) return false;
  std::size_t i = 0;
  const Bullet* b = bullet_of(next_code_point(label, i));
  return b && i == label.size() && b->markdown_dash;
}

}  // namespace kbrief::detail
