// SPDX-License-Identifier: MIT
// The numbering grammar of Korean briefs and the one table of bullets. Every stage and rule
// that finds, reads or rewrites a list label, a heading's number or a footnote marker asks
// here, so that a new marker style is taught in one place.
//
// A numbered label is an optional "(", an ordinal, and an optional "." or ")":
//
//   label        ordinal                      style
//   1.  1)  (1)  ASCII digits                 decimal, decimal_rparen, decimal_paren
//   가.  (가)     a letter of 가 … 하 (14)      hangul, hangul_paren
//   ①            a circled number ① … ⑳       circled
//   Ⅱ  Ⅱ.  II.   a Roman numeral              roman (Ⅰ … Ⅻ, or ASCII I … X with ".")
//   Ⅱ-3. 2-3)    Ⅰ … Ⅻ or digits, "-", digits   compound: the number after "-" is the ordinal,
//                                             what comes before it names the sequence
//
// No other combination is a label: "가)", "(Ⅱ)" and "II" are text. A bullet is one
// symbol of the bullet table (markers.cc); those that also occur in running text ("-", "*",
// "·", "–", "—") mark an item only when a space follows.
//
// The callers share the grammar and differ only in where they look, in how many digits an
// Arabic ordinal may have there, and in what must follow the label:
//
//   line_marker      a line's start      every style and the bullets; two digits
//   inline_label     a word in prose     ①, (1), (가), 1) only; one digit
//   footnote_label   "7) " definitions   N) only; three digits, more on the sequence's word
//   stranded_marker  "7)" alone          N) only; likewise
//   stranded_labels  "1)   2)" alone      N) only; likewise
//   glued_markers    "했다.7)"            N) only; likewise
//
// The digit counts differ, and are kept as they were: one count for all would change output.
// With two digits in prose, "(12)" and "12)" after "(1)" would be read as the twelfth item of
// an enumeration (they are more often a year's tail or a marker set off by a space); with three
// at a line's start, "100. …" would become a numbered heading; footnotes run past 99.
//
// A footnote number of four digits or more ("1000)") is read only where the document's own
// sequence vouches for it: the footnote callers pass kFootnoteSequenceDigits, and a label
// longer than kFootnoteDigits counts only as a definition that continues the numbering (…,
// 999, 1000) or as a marker whose note is so defined. "2024)" glued to a word is a year.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kbrief/blocks.h"

namespace kbrief::detail {

// How many digits an Arabic ordinal may have where it stands (see the table above).
inline constexpr int kLineDigits = 2;
inline constexpr int kInlineDigits = 1;
inline constexpr int kFootnoteDigits = 3;
// The most digits a footnote number may have where the sequence is the evidence (fits an int).
inline constexpr int kFootnoteSequenceDigits = 9;

// Whether a footnote label of `label_digits` digits needs the sequence as evidence: it has
// more digits than kFootnoteDigits.
inline bool needs_sequence(int label_digits) {
  return label_digits > kFootnoteDigits;
}

// The numbered label at t[at] whose Arabic ordinal has at most `max_digits` digits, with
// offsets relative to `t`; nullopt when none. Judges nothing around the label: what may come
// before or after it is the caller's business. A "(…)" label needs an ordinal of at least
// 1; "0." and "0)" are labels of ordinal 0.
std::optional<Marker> numbered_label(std::string_view t, std::size_t at, int max_digits);

// The marker at the start of `t` (already trimmed), with offsets relative to `t`; nullopt
// when `t` starts with none. A numbered label must be followed by whitespace, a circled
// number or a bullet symbol by anything.
std::optional<Marker> line_marker(std::string_view t);
// Whether `t` (trimmed) opens with a label: a list's marker, or a figure's coded label, a
// letter or two and a number before "." or ")" ("A1. …", "S3) ").
bool opens_with_label(std::string_view t);
// Whether two labels have the same characters other than their ordinals, so that they number
// one sequence: "(1)" and "(12)" do, "Ⅰ." and "Ⅱ." do, "가." and "나." do, "1." and "1)" do not.
bool same_punctuation(std::string_view a, std::string_view b);

// An enumeration label at text[at], which starts a word of running text: "①" (followed by
// anything), or "(1)", "(가)", "1)" followed by whitespace. Offsets relative to `text`.
std::optional<Marker> inline_label(std::string_view text, std::size_t at);

// A footnote definition's label at the start of `t`: "7)" followed by whitespace, with at
// most `max_digits` digits.
std::optional<Marker> footnote_label(std::string_view t, int max_digits = kFootnoteDigits);

// A footnote marker that is the whole of `t`, "7)", stranded by the extractor on a line of its
// own, with at most `max_digits` digits; nullopt otherwise.
std::optional<Marker> stranded_label(std::string_view t, int max_digits = kFootnoteDigits);
// stranded_label()'s number.
std::optional<int> stranded_marker(std::string_view t, int max_digits = kFootnoteDigits);
// The footnote markers that are the whole of `t`, each "N)" as stranded_label() reads it, one or
// more apart by spaces: "7)", or "1)      2)", the superscripts of a line that refers to two
// notes stranded together on a line of their own (-layout text). Offsets relative to `t`; empty
// when `t` holds anything else.
std::vector<Marker> stranded_labels(std::string_view t, int max_digits = kFootnoteDigits);

// A footnote marker glued to the text before it ("강조했다.1)", "포함하여2)"): digits and ")"
// straight after a letter, a closing mark or "."/",", with no "(" open on the line before it.
// Two more shapes are markers only when their note exists (never footnote-undefined):
// inside a parenthesis that a later ")" on the line still closes ("협정(KORUS5))을",
// "(협정5) 참조)"), and set off by one space at the end of the scanned text, after a word
// ("의미 1)": a superscript the extractor spaced; an enumeration's label is followed by its
// item, never by the line's end).
// A fourth shape is the bare superscript whose ")" the extractor never wrote ("워게임1과",
// "TTX3,"): one to three digits straight after a letter, not followed by another digit, a
// decimal point or "%"; bare_markers() finds it, and it refers only to a note labelled the same
// way ("1 text", bare_footnote_label) on its own page.
enum class GluedShape : std::uint8_t { glued, in_parenthesis, set_off, bare };
struct GluedMarker {
  std::uint32_t begin = 0, end = 0;  // bytes within the scanned text
  int number = 0;
  GluedShape shape = GluedShape::glued;
  int digits() const { return static_cast<int>(end - begin) - (shape == GluedShape::bare ? 0 : 1); }
  // Whether only an existing note makes it a marker.
  bool needs_note() const { return shape != GluedShape::glued; }
};
// Every glued marker of `t` with at most `max_digits` digits, in order. Linear in t.size().
std::vector<GluedMarker> glued_markers(std::string_view t, int max_digits = kFootnoteDigits);

// Every bare superscript marker of `t` (see GluedShape::bare), in order. Linear in t.size().
std::vector<GluedMarker> bare_markers(std::string_view t);

// A bare footnote label at the start of `t`: one to three digits without a leading zero,
// a space, and text that starts with no digit ("1 대표적인 사례로 …"). Style decimal; the
// label is the digits alone.
std::optional<Marker> bare_footnote_label(std::string_view t);

// "가" -> 1, "나" -> 2, …, "하" -> 14; 0 when `c` is not in the sequence.
int hangul_ordinal(char32_t c);

// `label` with its ordinal replaced by `n`, spelled in the label's own way: "3." -> "4.",
// "(나)" -> "(다)", "②" -> "③", "Ⅱ." -> "Ⅲ.", "Ⅱ-3." -> "Ⅱ-4.". "number n" when the label has no
// ordinal or `n` has no spelling in its style (past 하, ⑳ or Ⅻ). ASCII Roman numerals ("II.") are
// also described as "number n", as the list rules have always written them.
std::string relabel(std::string_view label, int n);

// Whether `label` is a bullet whose closest Markdown form is "-" itself ("-", "*", "•", "·",
// "–"); other bullets ("◎", "□", "—") are kept as text after a "-".
bool is_dash_bullet(std::string_view label);

}  // namespace kbrief::detail
