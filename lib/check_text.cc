// SPDX-License-Identifier: MIT
// Rules read off the lines as printed: spacing (doubled spaces, a space before . , ), no
// space between sentences, a space inside a number) and url-broken. They look at the lines
// of paragraphs, headings, lists, summaries and footnotes; tables keep their column gaps.
#include <fmt/format.h>

#include <algorithm>

#include "check_detail.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

bool is_gap(char32_t c) {
  return c == U' ' || c == U'\t' || c == 0xA0 || c == 0x3000;
}

struct LineScan {
  const Document& doc;
  std::uint32_t line;
  std::string_view text;  // the line, trimmed
  Findings& out;

  std::uint32_t offset(std::size_t i) const {
    return static_cast<std::uint32_t>(text.data() - doc.decoded.text.data() + i);
  }
  // Over bytes [i, end) of the line (end 0: a point at i).
  void report(std::string_view rule, std::size_t i, std::string message,
              std::size_t end = 0) const {
    out.at_source(rule, line, offset(i), std::move(message), end > i ? offset(end) : 0);
  }
  char32_t at(std::size_t i) const { return i < text.size() ? code_point_at(text, i) : 0; }
  char32_t before(std::size_t i) const {
    if (i == 0) return 0;
    return prev_code_point(text, i);
  }
};

std::string_view word_before(std::string_view t, std::size_t i) {
  std::size_t b = i;
  while (b > 0 && !is_gap(static_cast<unsigned char>(t[b - 1]))) --b;
  return t.substr(b, i - b);
}

void check_gaps(const LineScan& s) {
  std::string_view t = s.text;
  for (std::size_t i = 0; i < t.size();) {
    // Only ' ', '\t', U+00A0 (0xC2 …) and U+3000 (0xE3 …) are gaps: other bytes are passed
    // over without decoding.
    if (auto b = static_cast<unsigned char>(t[i]);
        b < 0x80 ? b != ' ' && b != '\t' : b != 0xC2 && b != 0xE3) {
      i += sequence_length(b);
      continue;
    }
    std::size_t start = i;
    char32_t c = next_code_point(t, i);
    if (!is_gap(c)) continue;
    int run = 1 + static_cast<int>(skip_run(t, i, is_gap));
    char32_t prev = s.before(start), next = s.at(i);
    if (run >= 2) {
      s.report("spacing", start, fmt::format("{} spaces in a row; use one", run), i);
      continue;
    }
    if ((next == U'.' || next == U',' || next == U')') && prev != U'.' && prev != U'(') {
      char32_t after = s.at(i + 1);
      bool decimal = next == U'.' && is_ascii_digit(after);
      bool ellipsis = next == U'.' && after == U'.';
      if (!decimal && !ellipsis)
        s.report("spacing", start,
                 fmt::format("space before '{}'; remove it", static_cast<char>(next)), i);
      continue;
    }
    if (is_ascii_digit(prev) && is_ascii_digit(next))
      s.report("spacing", start, "space inside a number; remove it", i);
  }
}

// "있다.그러나": a sentence's end (a word of two or more syllables, then . ? or !) glued to
// the next word.
void check_sentence_joins(const LineScan& s) {
  std::string_view t = s.text;
  for (std::size_t i = 0; i < t.size(); ++i) {
    // Eight bytes without . ? or ! at a time.
    while (i + 8 <= t.size()) {
      std::uint64_t w = load8(t.data() + i);
      if (has_byte(w, '.') || has_byte(w, '?') || has_byte(w, '!')) break;
      i += 8;
    }
    if (i >= t.size()) break;
    char c = t[i];
    if (c != '.' && c != '?' && c != '!') continue;
    if (!is_hangul_syllable(s.at(i + 1))) continue;
    std::string_view word = word_before(t, i);
    std::size_t syllables = 0;
    for (std::size_t k = 0; k < word.size();) {
      if (!is_hangul_syllable(next_code_point(word, k)))
        syllables = 0;
      else
        ++syllables;
    }
    if (syllables >= 2)
      s.report("spacing", i + 1,
               fmt::format("no space after the sentence ending '{}{}'; add one", word, c));
  }
}

bool is_url_start(std::string_view t, std::size_t i) {
  std::string_view r = t.substr(i);
  return r.starts_with("http://") || r.starts_with("https://") || r.starts_with("www.");
}

constexpr std::string_view kUrlJoints = "/.-_?=&%#~:";

void check_urls(const LineScan& s) {
  std::string_view t = s.text;
  for (std::size_t i = 0; i < t.size(); ++i) {
    // Every URL starts with 'h' or 'w': eight bytes without either are passed over.
    while (i + 8 <= t.size()) {
      std::uint64_t w = load8(t.data() + i);
      if (has_byte(w, 'h') || has_byte(w, 'w')) break;
      i += 8;
    }
    if (i >= t.size()) break;
    if (t[i] != 'h' && t[i] != 'w') continue;
    if ((i > 0 && !is_gap(static_cast<unsigned char>(t[i - 1])) && t[i - 1] != '(') ||
        !is_url_start(t, i))
      continue;
    std::size_t end = i;
    while (end < t.size() && t[end] != ' ' && t[end] != '\t') ++end;
    // One space, then more of the URL: ASCII only, and a joint on either side of the gap.
    if (end + 1 >= t.size() || t[end] != ' ' || t[end + 1] == ' ') {
      i = end;
      continue;
    }
    std::size_t next_end = end + 1;
    while (next_end < t.size() && t[next_end] != ' ') ++next_end;
    std::string_view url = t.substr(i, end - i), next = t.substr(end + 1, next_end - end - 1);
    bool ascii = std::all_of(next.begin(), next.end(), [](char ch) {
      return static_cast<unsigned char>(ch) < 0x80 && ch != '(' && ch != ')';
    });
    bool has_word = std::any_of(next.begin(), next.end(), [](char ch) {
      return std::isalnum(static_cast<unsigned char>(ch));
    });
    bool joint = kUrlJoints.find(url.back()) != std::string_view::npos ||
                 kUrlJoints.find(next.front()) != std::string_view::npos;
    if (ascii && has_word && joint)
      s.report("url-broken", end,
               fmt::format("space inside the URL {}; remove it", fmt::format("{} {}", url, next)),
               end + 1);
    i = end;
  }
}

void scan_lines(const Document& doc, const std::vector<std::uint32_t>& lines, Findings& out) {
  for (std::uint32_t l : lines) {
    LineScan s{doc, l, line_text_with_tail(doc, l), out};
    check_gaps(s);
    check_sentence_joins(s);
    check_urls(s);
  }
}

}  // namespace

void check_spacing(Findings& out) {
  const Document& doc = out.doc();
  for (const Block& b : doc.blocks)
    if (!is_region(b.type) && b.type != BlockType::back_matter)
      scan_lines(doc, b.source_lines, out);
  for (const Footnote& f : doc.footnotes) scan_lines(doc, f.source_lines, out);
}

}  // namespace kbrief::detail
