#include "kbrief/blocks.h"

#include <algorithm>

#include "blocks_detail.h"
#include "layout_detail.h"
#include "markers.h"
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
