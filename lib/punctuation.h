// SPDX-License-Identifier: MIT
// The punctuation of Korean briefs in one place: the quote and bracket pairs, each with the
// roles it plays, and what ends a sentence, a statement or a citation, and what opens a
// caption. Segmentation, the sentence splitter, date resolution and the check rules ask
// here, so that a new pair or ending is taught once.
//
// The pair table (punctuation.cc) lists every pair once; a pair's roles say which of the
// questions below it answers to. Roles differ from pair to pair on purpose: "‘…’" is an
// apostrophe as often as a quote, so no sentence is kept whole for it, and "<…>" brackets
// captions ("<표 1>") but is no pair the unbalanced-pair rule checks.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

namespace kbrief::detail {

enum MarkRole : std::uint8_t {
  // Opens or closes a span of text: is_opening_mark() and is_closing_mark().
  kEncloses = 1 << 0,
  // Must open and close in pairs within a paragraph or footnote (the unbalanced-pair rule).
  kPaired = 1 << 1,
  // Its closing mark may stand after a sentence's final punctuation: "했다.”", "이다.」".
  kClosesAfterSentence = 1 << 2,
  // Quotes speech whose sentences the sentence splitter keeps inside one sentence.
  kSpansSentences = 1 << 3,
  // Quotes words that keep their own tense, which date resolution does not read.
  kKeepsOwnTense = 1 << 4,
  // Brackets a caption's label: "<표 1>", "[그림 2]".
  kCaptionBracket = 1 << 5,
};

struct MarkPair {
  char32_t open, close;  // equal for the straight quotes
  std::uint8_t roles;    // MarkRole bits
};

// The pair with role `role` that `c` opens, or closes; nullptr when none. The pointers stay
// valid for the program's life, so pairs may be compared by address.
const MarkPair* pair_opened_by(char32_t c, MarkRole role);
const MarkPair* pair_closed_by(char32_t c, MarkRole role);

// Opening and closing marks of the kEncloses pairs: ( [ { < ‘ “ 「 『 ｢ 《 〈 （ ［ 【 〔 and
// their closers. Straight quotes are neither: the same mark opens and closes.
bool is_opening_mark(char32_t c);
bool is_closing_mark(char32_t c);
inline bool is_straight_quote(char32_t c) {
  return c == '"' || c == '\'';
}
// Whether an opening mark of `t` is not closed on it: "(2024년", "「국방" (a closer without its
// opener is passed over).
bool has_unclosed_bracket(std::string_view t);

// Whether `t` ends a sentence: "다." (or any ".", "?", "!", "。" after a word), possibly
// followed by closing quotes or brackets and glued footnote markers, or a nominal ending
// ("함", "음", "됨"). Not a date ("2024.2.14."), nor an abbreviation ("No.").
bool ends_sentence(std::string_view t);
// Whether a text whose last character is `last` may end a sentence at all: a sentence's
// punctuation, a nominal ending, or a closer that may follow them (a closing mark, the ")"
// of a glued footnote marker). ends_sentence() is false for any other; a cheap test first.
bool may_end_sentence(char32_t last);
// ends_sentence() without questions and exclamations, which titles and headings may end in.
bool ends_statement(std::string_view t);
// Whether `t` ends with a sentence's punctuation (".", "?", "!", "。"), possibly inside a
// closing bracket, as a footnote or a citation does: "(검색일: 2024.2.22.).".
bool ends_with_period(std::string_view t);
// Whether a sentence ends inside `t`, before more text ("…필요하다. 프롬프"): a line of
// wrapped prose, not a label or a heading.
bool has_sentence_end_inside(std::string_view t);
// Where the sentences that follow a sentence's end inside `t` open: after a ".", "?", "!" or
// "。" that ends_sentence() takes for one, any closers and glued footnote marker after it, and
// spaces ("…필요하다. 한편 …" gives the position of "한편"). Replaces `starts`' contents, in
// order. A syllable before a space ends a word, not a sentence: only punctuation counts here.
void sentence_starts_inside(std::string_view t, std::vector<std::size_t>& starts);

// A table or figure caption opening a line: a bracketed word and number followed by a space
// or the line's end: "<표 1> …", "[그림 2] …", "<표-1> …" (not "<표 2>에서 …"); or a caption
// word, its number and a period: "그림 1. …", "표 2. …".
bool is_caption(std::string_view t);
// What the caption opening `t` captions, by its word: 그림, 사진, Figure … a figure; 표,
// Table and any other word a table; none when `t` opens no caption.
enum class CaptionKind { none, table, figure };
CaptionKind caption_kind(std::string_view t);

// A colophon's "key value" fields set the key apart with a separator: ":" "：" "|" "｜",
// the vowel "ㅣ" drawn as a bar, or a capital "I" standing alone between spaces (a bar some
// fonts lose). The separator's length in bytes at `t[at]` (the "I" form with its spaces);
// 0 when none stands there.
std::size_t field_separator_at(std::string_view t, std::size_t at);

}  // namespace kbrief::detail
