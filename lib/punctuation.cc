// SPDX-License-Identifier: MIT
#include "punctuation.h"

#include "markers.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

constexpr std::uint8_t kE = kEncloses, kP = kPaired, kC = kClosesAfterSentence,
                       kS = kSpansSentences, kT = kKeepsOwnTense, kK = kCaptionBracket;

// Every quote and bracket pair, once, with its roles (see MarkRole).
constexpr MarkPair kPairs[] = {
    {U'“', U'”', kE | kP | kC | kS | kT},
    {U'‘', U'’', kE | kP | kC | kT},
    {U'"', U'"', kC | kT},
    {U'\'', U'\'', kC},
    {U'「', U'」', kE | kP | kC | kS | kT},
    {U'『', U'』', kE | kP | kC | kS | kT},
    {U'｢', U'｣', kE | kP | kC | kS | kT},
    {U'《', U'》', kE | kP | kC},
    {U'〈', U'〉', kE | kP | kC | kK},
    {U'(', U')', kE | kP},
    {U'[', U']', kE | kP | kK},
    {U'{', U'}', kE},
    {U'<', U'>', kE | kK},
    {U'（', U'）', kE | kP},
    {U'［', U'］', kE | kP | kK},
    {U'【', U'】', kE | kP},
    {U'〔', U'〕', kE | kP},
    {U'＜', U'＞', kK},
};

// Whether `c` may be a mark of the table: most text (letters, digits, Hangul) is passed over
// without reading it, since the segmentation asks of every character of many lines.
bool may_be_mark(char32_t c) {
  if (c < 0x80)
    return std::string_view("()[]{}<>\"'").find(static_cast<char>(c)) != std::string_view::npos;
  return (c >= 0x2018 && c <= 0x201D) || (c >= 0x3008 && c <= 0x3015) ||
         (c >= 0xFF08 && c <= 0xFF63);
}

}  // namespace

const MarkPair* pair_opened_by(char32_t c, MarkRole role) {
  if (!may_be_mark(c)) return nullptr;
  for (const MarkPair& p : kPairs)
    if (p.open == c && (p.roles & role)) return &p;
  return nullptr;
}

const MarkPair* pair_closed_by(char32_t c, MarkRole role) {
  if (!may_be_mark(c)) return nullptr;
  for (const MarkPair& p : kPairs)
    if (p.close == c && (p.roles & role)) return &p;
  return nullptr;
}

bool is_opening_mark(char32_t c) {
  return pair_opened_by(c, kEncloses) != nullptr;
}

bool is_closing_mark(char32_t c) {
  return pair_closed_by(c, kEncloses) != nullptr;
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
    if (pair_closed_by(c, kClosesAfterSentence)) {
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
    return is_hangul_syllable(b) || is_closing_mark(b) || is_letter(b);
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
  const MarkPair* bracket = pair_opened_by(next_code_point(t, i), kCaptionBracket);
  if (!bracket) return false;
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
  if (next_code_point(t, after) != bracket->close) return false;
  return after == t.size() || is_space(code_point_at(t, after));  // not "<표 2>에서 …"
}

}  // namespace kbrief::detail
