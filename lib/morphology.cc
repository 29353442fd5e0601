// SPDX-License-Identifier: MIT
#include "morphology.h"

#include <algorithm>
#include <cstddef>

#include "unicode.h"

namespace kbrief::detail {
namespace {

template <std::size_t N>
bool is_one_of(std::string_view w, const std::string_view (&set)[N]) {
  for (std::string_view k : set)
    if (w == k) return true;
  return false;
}

// Particles that follow a noun or another particle inside one word: the pieces a particle
// run is made of ("부터" + "는", "에서" + "의").
bool is_particle(std::string_view w) {
  static constexpr std::string_view kParticles[] = {
      "은",   "는",   "이",   "가",   "을",   "를",   "의",   "에",   "와",   "과",   "로",
      "도",   "만",   "으로", "에서", "에게", "까지", "부터", "처럼", "께서", "한테", "로서",
      "로써", "마다", "조차", "마저", "밖에", "이나", "이라", "이며", "이고"};
  return is_one_of(w, kParticles);
}

// Particles of two syllables that are no word and start none: at a line's start, or split
// by the wrap, they still end the word before.
bool is_bound_particle(std::string_view w) {
  static constexpr std::string_view kBound[] = {"부터", "처럼", "까지", "에서", "에게",
                                                "으로", "께서", "한테", "로서", "로써"};
  return is_one_of(w, kBound);
}

// The byte length of the first syllable of `w`, or 0 when it is no Hangul syllable.
std::size_t first_syllable(std::string_view w) {
  if (w.empty() || !is_hangul_syllable(code_point_at(w, 0))) return 0;
  std::size_t i = 0;
  next_code_point(w, i);
  return i;
}

// Whether `w` is nothing but particles (nothing at all included), two syllables tried
// before one.
bool particles_only(std::string_view w) {
  while (!w.empty()) {
    std::size_t one = first_syllable(w);
    if (!one) return false;
    std::size_t two = one < w.size() ? one + first_syllable(w.substr(one)) : one;
    if (two > one && is_particle(w.substr(0, two)))
      w.remove_prefix(two);
    else if (is_particle(w.substr(0, one)))
      w.remove_prefix(one);
    else
      return false;
  }
  return true;
}

}  // namespace

bool is_particle_word(std::string_view w) {
  static constexpr std::string_view kParticleWords[] = {
      "은",   "는",   "이",   "가",   "을",     "를",    "의",   "에",   "와",     "과",
      "로",   "도",   "만",   "다",   "며",     "고",    "서",   "써",   "자",     "여",
      "면",   "지",   "라",   "요",   "께",     "야",    "라고", "라는", "이라고", "이라는",
      "이라", "으로", "에서", "에게", "까지",   "부터",  "처럼", "보다", "이며",   "이고",
      "이다", "이나", "에는", "에도", "으로서", "으로써"};
  return is_one_of(w, kParticleWords);
}

bool ends_in_particle(std::string_view w) {
  std::size_t i = w.size();
  prev_code_point(w, i);
  static constexpr std::string_view kWordFinals[] = {
      "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "로", "도", "만", "다", "며",
      "고", "서", "써", "면", "지", "여", "해", "한", "된", "할", "될", "인", "던", "게", "히"};
  return is_one_of(w.substr(i), kWordFinals);
}

bool is_particle_run(std::string_view w) {
  std::size_t one = first_syllable(w);
  if (!one || one == w.size()) return false;
  std::size_t two = one + first_syllable(w.substr(one));
  return two > one && is_bound_particle(w.substr(0, two)) && particles_only(w.substr(two));
}

bool completes_particle(std::string_view x, std::string_view y) {
  std::size_t i = x.size();
  if (i == 0 || !is_hangul_syllable(prev_code_point(x, i))) return false;
  std::size_t one = first_syllable(y);
  if (!one) return false;
  char joined[6];  // two syllables of three bytes each
  if (x.size() - i + one > sizeof joined) return false;
  std::copy(x.begin() + static_cast<std::ptrdiff_t>(i), x.end(), joined);
  std::copy(y.begin(), y.begin() + static_cast<std::ptrdiff_t>(one), joined + (x.size() - i));
  // Not "에" + "서": "서" starts a verb ("우위에" + "서는") as often as it ends "에서".
  std::string_view particle(joined, x.size() - i + one);
  return particle != "에서" && is_bound_particle(particle) && particles_only(y.substr(one));
}

bool is_connective_ending(std::string_view token) {
  static constexpr std::string_view kEndings[] = {"데,",   "는데,", "지만,", "며,",
                                                  "으며,", "면서,", "므로,", "으나,"};
  return is_one_of(token, kEndings);
}

bool continues_ending(std::string_view x, std::string_view y) {
  std::size_t i = x.size();
  return i > 0 && hangul_final(prev_code_point(x, i)) == 8 && y.starts_with("수록");
}

namespace {

// Whether `y` is a form of 하다 or 되다: its stem syllable, then endings only.
bool is_light_verb_form(std::string_view y) {
  static constexpr std::string_view kStems[] = {"하", "할", "한", "함", "해", "했",
                                                "되", "될", "된", "됨", "돼", "됐"};
  static constexpr std::string_view kEndings[] = {"다", "는", "고", "며", "여", "야", "서",
                                                  "였", "었", "지", "기", "게", "면", "도",
                                                  "록", "자", "려", "어", "왔", "온", "요"};
  std::size_t one = first_syllable(y);
  if (!one || !is_one_of(y.substr(0, one), kStems)) return false;
  for (std::size_t i = one; i < y.size();) {
    std::size_t n = first_syllable(y.substr(i));
    if (!n || !is_one_of(y.substr(i, n), kEndings)) return false;
    i += n;
  }
  return true;
}

}  // namespace

LightVerb light_verb_after(std::string_view x, std::string_view y) {
  std::size_t i = x.size();
  if (i == 0 || !is_light_verb_form(y)) return LightVerb::kUnknown;
  char32_t last = prev_code_point(x, i);
  // One syllable alone may be a word's stem ("가" + "하고"): no evidence either way.
  if (!is_hangul_syllable(last) || i == 0) return LightVerb::kUnknown;
  static constexpr std::string_view kCallsForVerb[] = {"야", "록", "자", "로", "라",
                                                       "게", "만", "을", "를"};
  std::string_view tail = x.substr(i);
  if (is_one_of(tail, kCallsForVerb)) return LightVerb::kSpaces;
  // "이" and "가" end nouns as often as they mark a subject: only "-이 되다" is certain.
  if ((tail == "이" || tail == "가") && y.starts_with("되")) return LightVerb::kSpaces;
  if ((tail == "이" || tail == "가") &&
      (y.starts_with("될") || y.starts_with("된") || y.starts_with("됐") || y.starts_with("돼")))
    return LightVerb::kSpaces;
  return ends_in_particle(tail) ? LightVerb::kUnknown : LightVerb::kJoins;
}

}  // namespace kbrief::detail
