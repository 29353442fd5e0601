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

}  // namespace kbrief::detail
