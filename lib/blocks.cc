#include "kbrief/blocks.h"

#include <algorithm>

#include "blocks_detail.h"
#include "layout_detail.h"
#include "unicode.h"

namespace kbrief {

std::string_view to_string(BlockType type) {
  switch (type) {
    case BlockType::heading:
      return "heading";
    case BlockType::paragraph:
      return "paragraph";
    case BlockType::list:
      return "list";
    case BlockType::summary:
      return "summary";
    case BlockType::table:
      return "table";
  }
  return "paragraph";
}

std::string_view to_string(ListStyle style) {
  switch (style) {
    case ListStyle::decimal:
      return "decimal";
    case ListStyle::decimal_paren:
      return "decimal-paren";
    case ListStyle::decimal_rparen:
      return "decimal-rparen";
    case ListStyle::hangul:
      return "hangul";
    case ListStyle::hangul_paren:
      return "hangul-paren";
    case ListStyle::circled:
      return "circled";
    case ListStyle::roman:
      return "roman";
    case ListStyle::bullet:
      return "bullet";
  }
  return "bullet";
}

std::string_view to_string(MetaField field) {
  switch (field) {
    case MetaField::title:
      return "title";
    case MetaField::author:
      return "author";
    case MetaField::issue:
      return "issue";
    case MetaField::publication_date:
      return "publication_date";
    case MetaField::organization:
      return "organization";
  }
  return "title";
}

namespace detail {

Ctx::Ctx(std::string_view t, const LineTable& tb, const Layout& l) : text(t), table(tb), layout(l) {
  taken.assign(table.lines.size(), 0);
  for (std::uint32_t i = 0; i < table.lines.size(); ++i)
    if (layout.lines[i].role == LineRole::content && !line(i).empty()) content.push_back(i);
}

std::string_view Ctx::line(std::uint32_t i) const {
  return line_text(text, table, layout, i);
}

bool Ctx::blank_between(std::uint32_t a, std::uint32_t b) const {
  for (std::uint32_t k = a + 1; k < b; ++k)
    if (layout.lines[k].role == LineRole::blank) return true;
  return false;
}

std::vector<std::uint32_t> Ctx::free_lines() const {
  std::vector<std::uint32_t> out;
  for (std::uint32_t i : content)
    if (!taken[i]) out.push_back(i);
  return out;
}

std::vector<GluedMarker> glued_markers(std::string_view t) {
  std::vector<GluedMarker> out;
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
    std::size_t digits = i - d;
    bool candidate = digits >= 1 && digits <= 3 && d > 0;
    if (candidate) {
      std::size_t k = d;
      char32_t before = prev_code_point(t, k);
      candidate = !is_space(before) && !is_opening_mark(before) &&
                  (is_letter(before) || is_closing_mark(before) || before == '.' || before == ',' ||
                   before == 0x2019 || before == 0x201D || before == '"' || before == '\'');
    }
    if (candidate && depth == 0) {
      int n = 0;
      for (std::size_t k = d; k < i; ++k) n = n * 10 + (t[k] - '0');
      out.push_back({static_cast<std::uint32_t>(d), static_cast<std::uint32_t>(i + 1), n});
    } else if (depth > 0) {
      --depth;
    }
  }
  return out;
}

int hangul_ordinal(char32_t c) {
  static constexpr std::u32string_view kOrder = U"가나다라마바사아자차카타파하";
  std::size_t at = kOrder.find(c);
  return at == std::u32string_view::npos ? 0 : static_cast<int>(at) + 1;
}

namespace {

bool is_bullet_symbol(char32_t c) {
  switch (c) {
    case 0x25CE:
    case 0x25A1:
    case 0x25CB:
    case 0x25A0:
    case 0x25CF:
    case 0x2022:
    case 0x203B:
    case 0x25B6:
    case 0x25AA:
    case 0x25E6:
    case 0x2011:
    case 0x30FB:
    case 0x203A:
    case 0x0178:
    case 0x25C6:
    case 0x25C7:
    case 0x25B7:
    case 0x25BA:
    case 0x27A2:
    case 0x2713:
    case 0x2023:
    case 0x2043:
    case 0x3147:
    case 0x25B8:
    case 0x25B9:
    case 0x2219:
      return true;
    default:
      return false;
  }
}

// Bullets that also occur in running text and so need a space after them to mark an item.
bool is_spaced_bullet(char32_t c) {
  return c == '-' || c == '*' || c == 0xB7 || c == 0x2013 || c == 0x2014;
}

int roman_value(std::string_view r) {
  static constexpr std::string_view kRomans[] = {"I",  "II",  "III",  "IV", "V",
                                                 "VI", "VII", "VIII", "IX", "X"};
  for (int k = 0; k < 10; ++k)
    if (r == kRomans[k]) return k + 1;
  return 0;
}

}  // namespace

std::optional<Marker> line_marker(std::string_view t) {
  if (t.empty()) return std::nullopt;
  std::size_t i = 0;
  char32_t c = next_code_point(t, i);
  auto followed_by_space = [&](std::size_t at) {
    return at < t.size() && is_space(code_point_at(t, at));
  };
  auto make = [&](std::size_t end, ListStyle style, int ordinal) {
    Marker m;
    m.begin = 0;
    m.end = static_cast<std::uint32_t>(end);
    m.style = style;
    m.ordinal = ordinal;
    return m;
  };
  if (is_circled_number(c) && i < t.size())
    return make(i, ListStyle::circled, static_cast<int>(c - 0x2460) + 1);
  if (c >= 0x2160 && c <= 0x216B) {  // Ⅰ..Ⅻ
    std::size_t end = i;
    if (end < t.size() && t[end] == '.') ++end;
    if (followed_by_space(end))
      return make(end, ListStyle::roman, static_cast<int>(c - 0x2160) + 1);
    return std::nullopt;
  }
  if (c == '(' && i < t.size()) {  // (1) or (가)
    std::size_t j = i;
    char32_t d = next_code_point(t, j);
    int ordinal = 0;
    ListStyle style = ListStyle::decimal_paren;
    if (is_ascii_digit(d)) {
      ordinal = static_cast<int>(d - '0');
      if (j < t.size() && is_ascii_digit(static_cast<unsigned char>(t[j])))
        ordinal = ordinal * 10 + (t[j++] - '0');
    } else if (int h = hangul_ordinal(d)) {
      ordinal = h;
      style = ListStyle::hangul_paren;
    }
    if (ordinal > 0 && j < t.size() && t[j] == ')' && followed_by_space(j + 1))
      return make(j + 1, style, ordinal);
    return std::nullopt;
  }
  if (is_ascii_digit(c)) {  // 1. or 1)
    std::size_t j = i;
    int ordinal = static_cast<int>(c - '0');
    if (j < t.size() && is_ascii_digit(static_cast<unsigned char>(t[j])))
      ordinal = ordinal * 10 + (t[j++] - '0');
    if (j < t.size() && (t[j] == '.' || t[j] == ')') && followed_by_space(j + 1))
      return make(j + 1, t[j] == '.' ? ListStyle::decimal : ListStyle::decimal_rparen, ordinal);
    return std::nullopt;
  }
  if (int h = hangul_ordinal(c)) {  // 가.
    if (i < t.size() && t[i] == '.' && followed_by_space(i + 1))
      return make(i + 1, ListStyle::hangul, h);
    return std::nullopt;
  }
  if (c == 'I' || c == 'V' || c == 'X') {  // I. II. IV.
    std::size_t j = 0;
    while (j < t.size() && (t[j] == 'I' || t[j] == 'V' || t[j] == 'X')) ++j;
    int v = roman_value(t.substr(0, j));
    if (v && j < t.size() && t[j] == '.' && followed_by_space(j + 1))
      return make(j + 1, ListStyle::roman, v);
    return std::nullopt;
  }
  if (is_spaced_bullet(c)) {
    if (followed_by_space(i)) return make(i, ListStyle::bullet, 0);
    return std::nullopt;
  }
  if (is_bullet_symbol(c) && i < t.size()) {
    if (c == 0x3147 && !(followed_by_space(i) || t[i] == '('))
      return std::nullopt;  // ㅇ as a bullet
    return make(i, ListStyle::bullet, 0);
  }
  return std::nullopt;
}

namespace {

// Strips what may follow a sentence's end: closing quotes and brackets, glued footnote
// markers, and spaces.
std::string_view strip_closers(std::string_view t) {
  t = trim_end(t);
  bool changed = true;
  while (changed && !t.empty()) {
    changed = false;
    auto markers = glued_markers(t);
    if (!markers.empty() && markers.back().end == t.size()) {
      t = trim_end(t.substr(0, markers.back().begin));
      changed = true;
      continue;
    }
    std::size_t i = t.size();
    char32_t c = prev_code_point(t, i);
    if (c == 0x201D || c == 0x2019 || c == '"' || c == '\'' || c == 0x300D || c == 0x300F ||
        c == 0xFF63 || c == 0x300B || c == 0x3009) {
      t = trim_end(t.substr(0, i));
      changed = true;
    }
  }
  return t;
}

bool is_nominal_ending(char32_t c) {
  static constexpr std::u32string_view kEndings = U"함음됨임옴짐봄냄줌둠춤씀감남";
  return kEndings.find(c) != std::u32string_view::npos;
}

}  // namespace

bool ends_with_period(std::string_view t) {
  t = strip_closers(t);
  if (t.empty()) return false;
  std::size_t i = t.size();
  char32_t c = prev_code_point(t, i);
  if (c == ')' || c == ']') {  // "(검색일: 2024.2.22.)."
    if (i == 0) return false;
    c = prev_code_point(t, i);
  }
  return c == '.' || c == '?' || c == '!' || c == 0x3002;
}

bool ends_sentence(std::string_view t) {
  t = strip_closers(t);
  if (t.empty()) return false;
  std::size_t i = t.size();
  char32_t c = prev_code_point(t, i);
  if (c == '.' || c == '?' || c == '!' || c == 0x3002) {
    // "2024.2.14." and "No." end citations, not sentences; a sentence ends in a word.
    if (i == 0) return false;
    char32_t b = prev_code_point(t, i);
    if (is_ascii_alpha(b)) {  // an English word, not an abbreviation ("No.", "p.")
      std::size_t letters = 1;
      while (i > 0 && is_ascii_alpha(static_cast<unsigned char>(t[i - 1]))) --i, ++letters;
      return letters >= 3;
    }
    return is_hangul_syllable(b) || is_closing_mark(b) || b == 0x201D || b == 0x2019 ||
           is_letter(b);
  }
  return is_nominal_ending(c);
}

// A sentence's end other than a question or an exclamation, which a heading may have.
bool ends_statement(std::string_view t) {
  if (!ends_sentence(t)) return false;
  std::string_view u = trim_end(t);
  while (!u.empty() && (is_closing_mark(code_point_at(u, u.size() - 1)) || u.back() == ')')) {
    std::size_t i = u.size();
    prev_code_point(u, i);
    u = u.substr(0, i);
  }
  return u.empty() || (u.back() != '?' && u.back() != '!');
}

// "<표 1> …", "[그림 2] …": a bracketed word and number opening a line.
bool is_caption(std::string_view t) {
  if (t.empty()) return false;
  std::size_t i = 0;
  char32_t open = next_code_point(t, i);
  char32_t close;
  switch (open) {
    case '<':
      close = '>';
      break;
    case '[':
      close = ']';
      break;
    case 0xFF1C:
      close = 0xFF1E;
      break;
    case 0x3008:
      close = 0x3009;
      break;
    case 0xFF3B:
      close = 0xFF3D;
      break;
    default:
      return false;
  }
  std::size_t letters = 0;
  while (i < t.size()) {
    std::size_t j = i;
    char32_t c = next_code_point(t, j);
    if (!is_letter(c)) break;
    ++letters;
    i = j;
  }
  if (letters == 0 || letters > 8) return false;
  while (i < t.size() && t[i] == ' ') ++i;
  std::size_t digits = 0;
  while (i < t.size() &&
         ((t[i] >= '0' && t[i] <= '9') || (digits > 0 && (t[i] == '-' || t[i] == '.')))) {
    ++i;
    ++digits;
  }
  if (digits == 0 || i >= t.size()) return false;
  std::size_t after = i;
  if (next_code_point(t, after) != close) return false;
  return after == t.size() || is_space(code_point_at(t, after));  // not "<표 2>에서 …"
}

}  // namespace detail

Blocks segment_blocks(std::string_view text, const LineTable& table, const Layout& layout) {
  detail::Ctx ctx(text, table, layout);
  Blocks out;
  detail::find_footnotes(ctx, out);
  detail::find_front(ctx, out);
  detail::segment_flow(ctx, out);
  std::sort(out.blocks.begin(), out.blocks.end(), [](const BlockLines& a, const BlockLines& b) {
    return *std::min_element(a.lines.begin(), a.lines.end()) <
           *std::min_element(b.lines.begin(), b.lines.end());
  });
  std::sort(out.metadata.begin(), out.metadata.end(),
            [](const MetaLine& a, const MetaLine& b) { return a.line < b.line; });
  std::sort(out.front_matter.begin(), out.front_matter.end());
  return out;
}

}  // namespace kbrief
