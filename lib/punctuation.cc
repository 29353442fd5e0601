// SPDX-License-Identifier: MIT
#include "punctuation.h"

#include <algorithm>
#include <iterator>

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
bool is_ascii_mark(unsigned char c) {
  switch (c) {
    case '(':
    case ')':
    case '[':
    case ']':
    case '{':
    case '}':
    case '<':
    case '>':
    case '"':
    case '\'':
      return true;
    default:
      return false;
  }
}

bool may_be_mark(char32_t c) {
  if (c < 0x80) return is_ascii_mark(static_cast<unsigned char>(c));
  return (c >= 0x2018 && c <= 0x201D) || (c >= 0x3008 && c <= 0x3015) ||
         (c >= 0xFF08 && c <= 0xFF63);
}

// Whether the byte may start the UTF-8 of a mark of the table: an ASCII mark, or the lead
// byte of U+2000–U+2FFF, U+3000–U+3FFF or U+F000–U+FFFF. Hangul and continuation bytes are
// none of these, so a scan reads them without decoding.
bool may_start_mark(unsigned char b) {
  return b < 0x80 ? is_ascii_mark(b) : b == 0xE2 || b == 0xE3 || b == 0xEF;
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

bool has_unclosed_bracket(std::string_view t) {
  int depth = 0;
  for (std::size_t i = 0; i < t.size();) {
    auto b = static_cast<unsigned char>(t[i]);
    if (leads_hangul_block(b)) {
      i += 3;
      continue;
    }
    if (!may_start_mark(b)) {
      ++i;
      continue;
    }
    char32_t c = next_code_point(t, i);
    if (is_opening_mark(c))
      ++depth;
    else if (is_closing_mark(c) && depth > 0)
      --depth;
  }
  return depth > 0;
}

namespace {

// Strips what may follow a sentence's end: closing quotes and brackets, glued footnote
// markers, and spaces.
std::string_view strip_closers(std::string_view t) {
  t = trim_end(t);
  bool changed = true;
  while (changed && !t.empty()) {
    changed = false;
    // A glued marker ends in ")"; only then is the line read for one.
    if (t.back() == ')') {
      auto markers = glued_markers(t);
      // A marker set off by a space is left: whether it is one, only its note can tell.
      if (!markers.empty() && markers.back().end == t.size() &&
          markers.back().shape != GluedShape::set_off) {
        t = trim_end(t.substr(0, markers.back().begin));
        changed = true;
        continue;
      }
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

bool has_sentence_end_inside(std::string_view t) {
  for (std::size_t p = t.find(". "); p != std::string_view::npos; p = t.find(". ", p + 1)) {
    std::string_view before = t.substr(0, p + 1);
    if (ends_sentence(before) && ends_with_period(before)) return true;
  }
  return false;
}

namespace {

// The first bytes of a sentence's punctuation: ".", "?", "!", and "。" (E3 80 82), whose lead
// byte no Hangul syllable has, so that memchr finds each mark in a line of Korean text.
constexpr std::string_view kIdeographicFullStop = "。";
constexpr char kSentenceMarkLeads[] = {'.', '?', '!', kIdeographicFullStop[0]};

// The first space after the sentence whose punctuation stands at `mark`, or npos where the
// mark ends no sentence there (a date, an abbreviation, a word going on after it).
std::size_t space_after_sentence_end(std::string_view t, std::size_t mark) {
  if (t[mark] == kIdeographicFullStop[0] && !t.substr(mark).starts_with(kIdeographicFullStop))
    return std::string_view::npos;
  std::size_t space = t.find(' ', mark + 1);
  if (space == std::string_view::npos) return space;
  std::size_t i = space;
  char32_t last = prev_code_point(t, i);
  if (is_hangul_syllable(last) || !may_end_sentence(last)) return std::string_view::npos;
  // The common case, "다. ", read without stripping closers.
  if (space == mark + 1 && t[mark] == '.' && i > 0 && is_hangul_syllable(prev_code_point(t, i)))
    return space;
  return ends_sentence(t.substr(0, space)) ? space : std::string_view::npos;
}

}  // namespace

void sentence_starts_inside(std::string_view t, std::vector<std::size_t>& starts) {
  starts.clear();
  constexpr std::size_t kMarks = std::size(kSentenceMarkLeads);
  std::size_t next[kMarks];
  for (std::size_t m = 0; m < kMarks; ++m) next[m] = t.find(kSentenceMarkLeads[m]);
  std::size_t done = 0;  // marks before this stand inside a sentence end already read
  while (true) {
    std::size_t* first = std::min_element(next, next + kMarks);
    std::size_t mark = *first;
    if (mark == std::string_view::npos) return;
    *first = t.find(kSentenceMarkLeads[first - next], mark + 1);
    if (mark < done) continue;
    std::size_t space = space_after_sentence_end(t, mark);
    if (space == std::string_view::npos) continue;
    std::size_t start = t.find_first_not_of(' ', space);
    if (start == std::string_view::npos) return;
    starts.push_back(start);
    done = start;
  }
}

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
    // A period typed twice or an ellipsis after a word ("…것이다..") still ends its sentence.
    for (int extra = 0; b == '.' && i > 0 && extra < 2 && c == '.'; ++extra)
      b = prev_code_point(t, i);
    if (b == '.') return false;
    if (is_ascii_alpha(b)) {  // an English word, not an abbreviation ("No.", "p.")
      std::size_t letters = 1;
      while (i > 0 && is_ascii_alpha(static_cast<unsigned char>(t[i - 1]))) --i, ++letters;
      return letters >= 3;
    }
    return is_hangul_syllable(b) || is_closing_mark(b) || is_letter(b);
  }
  return is_nominal_ending(c);
}

bool may_end_sentence(char32_t last) {
  return last == '.' || last == '?' || last == '!' || last == 0x3002 || last == ')' ||
         is_nominal_ending(last) || pair_closed_by(last, kClosesAfterSentence) != nullptr;
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

namespace {

// The caption words that may stand without brackets ("그림 1. …", "표 2. …").
constexpr std::string_view kBareCaptionWords[] = {"그림", "표", "Figure", "Fig", "Table"};
bool is_bare_caption_word(std::string_view w) {
  return std::find(std::begin(kBareCaptionWords), std::end(kBareCaptionWords), w) !=
         std::end(kBareCaptionWords);
}
// Whether `t` may open with one: most lines do not, and are known so without reading a word.
bool may_open_with_bare_caption_word(std::string_view t) {
  return std::any_of(std::begin(kBareCaptionWords), std::end(kBareCaptionWords),
                     [&](std::string_view w) { return t.starts_with(w); });
}

// What a caption's word names: a chart, diagram or photograph, else a table.
CaptionKind kind_named_by(std::string_view w) {
  for (std::string_view f : {"그림", "사진", "도식", "그래프", "차트", "Figure", "Fig", "figure"})
    if (w == f) return CaptionKind::figure;
  return CaptionKind::table;
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// The end of a run of letters from i, or i when there is none or more than 8.
std::size_t caption_word_end(std::string_view t, std::size_t i) {
  std::size_t letters = skip_run(t, i, is_letter);
  return letters > 8 ? std::string_view::npos : i;
}

}  // namespace

// "<표 1> …", "[그림 2] …", "<표-1> …", "‹그림 3> …", "<표> …": a bracketed word and number
// (or caption word alone) opening a line; or a caption word, a number and a period: "그림 1.
// …", "그림 2 . …".
CaptionKind caption_kind(std::string_view t) {
  if (t.empty()) return CaptionKind::none;
  std::size_t i = 0;
  char32_t first = next_code_point(t, i);
  // "‹" (U+2039) stands for "<" in some briefs' captions, closed by ">" or "›".
  const MarkPair* bracket = pair_opened_by(first == U'\u2039' ? U'<' : first, kCaptionBracket);
  if (!bracket) {
    if (!may_open_with_bare_caption_word(t)) return CaptionKind::none;
    i = 0;
  }
  std::size_t word_begin = i;
  i = caption_word_end(t, i);
  if (i == std::string_view::npos || i == word_begin) return CaptionKind::none;
  std::string_view word = t.substr(word_begin, i - word_begin);
  if (!bracket && !is_bare_caption_word(word)) return CaptionKind::none;
  if (!bracket && word == "Fig" && i < t.size() && t[i] == '.') ++i;
  while (i < t.size() && t[i] == ' ') ++i;
  if (bracket && i < t.size() && t[i] == '-') ++i;  // "<표-1>"
  std::size_t digits = 0;
  while (i < t.size() &&
         (is_digit(t[i]) || (digits > 0 && (t[i] == '-' || (bracket && t[i] == '.'))))) {
    ++i;
    ++digits;
  }
  // A number, or in brackets a caption word alone: "<표> …".
  bool unnumbered = digits == 0 && bracket && is_bare_caption_word(word);
  if ((digits == 0 && !unnumbered) || i >= t.size()) return CaptionKind::none;
  std::size_t after = i;
  char32_t close = next_code_point(t, after);
  if (bracket) {
    bool closes =
        close == bracket->close || (first == U'\u2039' && (close == '>' || close == U'\u203A'));
    if (!closes) return CaptionKind::none;
  } else {
    while (close == ' ' && after < t.size()) close = next_code_point(t, after);
    if (close != '.' && close != ':') return CaptionKind::none;
  }
  // Followed by a space or nothing: not "<표 2>에서 …".
  if (after != t.size() && !is_space(code_point_at(t, after))) return CaptionKind::none;
  return kind_named_by(word);
}

bool is_caption(std::string_view t) {
  return caption_kind(t) != CaptionKind::none;
}

std::size_t field_separator_at(std::string_view t, std::size_t at) {
  std::string_view rest = t.substr(std::min(at, t.size()));
  for (std::string_view sep :
       {std::string_view(":"), std::string_view("\uFF1A"), std::string_view("|"),
        std::string_view("\uFF5C"), std::string_view("\u3163"), std::string_view(" I ")})
    if (rest.starts_with(sep)) return sep.size();
  return 0;
}

}  // namespace kbrief::detail
