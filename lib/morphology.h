// SPDX-License-Identifier: MIT
// The closed classes of Korean grammar that the wrap-join decision asks about: particles
// (조사) and the endings (어미) that follow a stem, as a vocabulary of the language and not
// of any document. A word (eojeol) is a stem followed by such endings; a line that starts
// with nothing but endings continues the word the previous line ended with.
//
// Every question here is about whole syllables (UTF-8 Hangul); anything else is no ending.
#pragma once

#include <string_view>

namespace kbrief::detail {

// Whether `w` is one particle or ending of the class standing as a word of its own
// ("을", "부터", "이라고"). Some of them are words too ("이" this, "도" a province): the
// caller weighs the document's own use of `w` against this.
bool is_particle_word(std::string_view w);

// Whether `w` ends in a syllable that commonly closes a word (a particle or an ending:
// "정부는", "했다", "경우에").
bool ends_in_particle(std::string_view w);

// A quick filter before the questions below: false when no rule can apply to a wrap between
// a word ending in `x_last` and the word `y` (most wraps).
bool may_bind(char32_t x_last, std::string_view y);

// Whether `w` is made of particles only, one after another, starting with one of two
// syllables that is no word and starts none: "부터", "처럼", "부터는", "에서의".
bool is_particle_run(std::string_view w);

// Whether `w` (a whole word) can only end the word before it: a case particle that is never
// a word of its own ("은", "를", "의"), or a particle run as above ("부터는"). A line that
// opens with one goes on with the word the line before it ended.
bool only_ends_a_word(std::string_view w);

// Whether the last syllable of `x` and the first of `y` spell such a particle ("처" + "럼",
// "부" + "터"), the rest of `y` being nothing or particles: a particle split at the wrap.
bool completes_particle(std::string_view x, std::string_view y);

// Whether `token` (a whole token, punctuation included) is a connective ending closed by a
// comma ("데,", "지만,", "며,"): it ends a clause whose verb it is bound to.
bool is_connective_ending(std::string_view token);

// Whether `w` (a whole word, without a comma after it) is a sentence connective: a
// conjunctive adverb (접속부사: 그러나, 따라서, 또한, 그리고 …), a discourse adverb that links a
// sentence to what came before (한편, 이에, 특히, 결국, 나아가 …) or an ordinal adverb that
// counts points (첫째, 둘째 …). A closed class of the grammar, not of any document. Such a
// word opens a paragraph as often as a sentence inside one: the caller weighs the document's
// own use of `w` against this.
bool is_sentence_connective(std::string_view w);
// Whether `w` is one of the ordinal adverbs (첫째, 둘째 … 열째): the points of one count,
// which a document opens alike, all paragraphs or all sentences.
bool is_ordinal_adverb(std::string_view w);
// The count that `t` opens with when its first word is an ordinal word, the adverb (첫째 …
// 열째, also 첫째로 …) or the counted form (첫 번째 … 열 번째, with or without the space), followed
// by a comma, a space or nothing: 1 for "첫째, …", 2 for "두 번째, …"; 0 otherwise.
int ordinal_count(std::string_view t);

// Whether `y` opens with the ending "-ㄹ수록" after `x`, whose last syllable ends in ㄹ
// ("증가할" + "수록").
bool continues_ending(std::string_view x, std::string_view y);

// How a form of the light verbs 하다 and 되다 ("하는", "한다", "될", "하였다", "해야") at a
// line's start joins the line before. It is bound to a bare noun ("강화" + "할", "평가" +
// "하였다"): the wrap is inside the word (kJoins). After an ending that calls for a verb
// ("-어야", "-도록", "-고자", a case particle: "수립하여야" + "한다", "대상으로" + "하는")
// it is a word of its own (kSpaces). Anything else, or `y` no such form: kUnknown.
enum class LightVerb { kUnknown, kJoins, kSpaces };
LightVerb light_verb_after(std::string_view x, std::string_view y);

// The speech level (말투) a line's statement ends in, read from its last word: the formal
// polite ending (합쇼체 "-ㅂ니다.", "입니다.", "바랍니다."), in which a publisher addresses its
// readers, or the plain ending (해라체 "-다.") of a brief's own prose; kNone for anything else
// (no period after 다: a title, a cell, a line that wraps on).
enum class SpeechLevel { kNone, kPlain, kPolite };
SpeechLevel statement_speech_level(std::string_view t);

// Whether `t` ends, with no period after it, in the statement ending "-다" after a syllable
// closed by ㅆ (past tense or 있-: "구성하였다", "증가했다", "있다"): a sentence whose end
// mark the print left out, not a title or a line that wraps on, which such an ending never
// ends.
bool ends_in_past_statement(std::string_view t);

}  // namespace kbrief::detail
