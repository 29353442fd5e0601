// SPDX-License-Identifier: MIT
#include "morphology.h"

#include <algorithm>
#include <cstddef>
#include <iterator>
#include <utility>

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

// Whether `c` is the first syllable of a bound particle: a test of one code point before any
// string is compared, as most wraps are no such case.
bool may_start_bound_particle(char32_t c) {
  switch (c) {
    case U'부':
    case U'처':
    case U'까':
    case U'에':
    case U'으':
    case U'께':
    case U'한':
    case U'로':
      return true;
    default:
      return false;
  }
}

// The syllables a form of 하다 or 되다 starts with.
bool is_light_verb_stem(char32_t c) {
  switch (c) {
    case U'하':
    case U'할':
    case U'한':
    case U'함':
    case U'해':
    case U'했':
    case U'되':
    case U'될':
    case U'된':
    case U'됨':
    case U'돼':
    case U'됐':
      return true;
    default:
      return false;
  }
}

// Whether `a` + `b` spell a bound particle split at a wrap: "처" + "럼", "부" + "터" (not
// "에" + "서": "서" starts a verb, "우위에" + "서는", as often as it ends "에서").
bool is_split_pair(char32_t a, char32_t b) {
  static constexpr std::pair<char32_t, char32_t> kPairs[] = {
      {U'부', U'터'}, {U'처', U'럼'}, {U'까', U'지'}, {U'에', U'게'}, {U'으', U'로'},
      {U'께', U'서'}, {U'한', U'테'}, {U'로', U'서'}, {U'로', U'써'}};
  for (auto [first, second] : kPairs)
    if (a == first && b == second) return true;
  return false;
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

bool may_bind(char32_t x_last, std::string_view y) {
  if (y.empty()) return false;
  char32_t y_first = code_point_at(y, 0);
  if (is_split_pair(x_last, y_first) || may_start_bound_particle(y_first) ||
      is_light_verb_stem(y_first))
    return true;
  if (y_first == U'수') return true;  // -ㄹ수록
  // The connective endings are one or two syllables: "데", "는데", "지만", "으며".
  if (y.size() > 6) return false;
  switch (y_first) {
    case U'데':
    case U'는':
    case U'지':
    case U'며':
    case U'면':
    case U'므':
      return true;
    default:
      return false;
  }
}

bool is_particle_run(std::string_view w) {
  if (w.empty() || !may_start_bound_particle(code_point_at(w, 0))) return false;
  std::size_t one = first_syllable(w);
  if (!one || one == w.size()) return false;
  std::size_t two = one + first_syllable(w.substr(one));
  return two > one && is_bound_particle(w.substr(0, two)) && particles_only(w.substr(two));
}

bool only_ends_a_word(std::string_view w) {
  // Particles of one syllable that no word spells alone ("이", "가", "도" are words too).
  static constexpr std::string_view kCaseParticles[] = {"은", "는", "을", "를", "의", "에"};
  return is_one_of(w, kCaseParticles) || is_particle_run(w);
}

bool completes_particle(std::string_view x, std::string_view y) {
  std::size_t i = x.size();
  if (i == 0 || y.empty() || !is_split_pair(prev_code_point(x, i), code_point_at(y, 0)))
    return false;
  return particles_only(y.substr(first_syllable(y)));
}

bool is_connective_ending(std::string_view token) {
  if (token.empty() || token.back() != ',') return false;
  static constexpr std::string_view kEndings[] = {"데,",   "는데,", "지만,", "며,",
                                                  "으며,", "면서,", "므로,", "으나,"};
  return is_one_of(token, kEndings);
}

bool is_sentence_connective(std::string_view w) {
  static constexpr std::string_view kConnectives[] = {
      // conjunctive adverbs
      "그러나", "그런데", "그러므로", "그래서", "그리고", "하지만", "따라서", "또한", "또", "즉",
      "다만", "단", "게다가", "더욱이", "아울러", "나아가", "반면", "반면에", "그럼에도",
      // discourse adverbs: a new turn of the argument
      "한편", "이에", "특히", "결국", "결론적으로", "요컨대", "이처럼", "이렇듯", "이와같이",
      "물론", "우선", "먼저", "끝으로", "마지막으로", "이후", "다음으로"};
  return is_one_of(w, kConnectives) || is_ordinal_adverb(w);
}

bool is_ordinal_adverb(std::string_view w) {
  static constexpr std::string_view kOrdinals[] = {"첫째",   "둘째",   "셋째",   "넷째",   "다섯째",
                                                   "여섯째", "일곱째", "여덟째", "아홉째", "열째"};
  return is_one_of(w, kOrdinals);
}

int ordinal_count(std::string_view t) {
  static constexpr std::string_view kAdverbs[] = {"첫째",   "둘째",   "셋째",   "넷째",   "다섯째",
                                                  "여섯째", "일곱째", "여덟째", "아홉째", "열째"};
  static constexpr std::string_view kCounted[] = {"첫",   "두",   "세",   "네",   "다섯",
                                                  "여섯", "일곱", "여덟", "아홉", "열"};
  // "째" stands after one syllable (첫째), two (다섯째, 첫번째), two and a space (첫 번째), three
  // (다섯번째) or three and a space (다섯 번째): most lines, which open with no count, are
  // passed over by looking at those few bytes.
  static constexpr std::string_view kJjae = "째";
  static constexpr std::size_t kJjaeAt[] = {3, 6, 7, 9, 10};
  if (std::none_of(std::begin(kJjaeAt), std::end(kJjaeAt), [&](std::size_t at) {
        return at < t.size() && t.substr(at).starts_with(kJjae);
      }))
    return 0;
  // What may follow the word: a comma, a space, or the end.
  auto ends_word = [&](std::size_t at) {
    return at == t.size() || t[at] == ',' || is_space(next_code_point(t, at));
  };
  for (int k = 0; k < 10; ++k) {
    if (t.starts_with(kAdverbs[k])) {
      std::size_t at = kAdverbs[k].size();
      if (t.substr(at).starts_with("로")) at += std::string_view("로").size();  // 첫째로
      if (ends_word(at)) return k + 1;
    }
    if (!t.starts_with(kCounted[k])) continue;
    std::size_t at = kCounted[k].size();
    if (at < t.size() && t[at] == ' ') ++at;
    constexpr std::string_view kTimes = "번째";
    if (t.substr(at).starts_with(kTimes) && ends_word(at + kTimes.size())) return k + 1;
  }
  return 0;
}

bool continues_ending(std::string_view x, std::string_view y) {
  std::size_t i = x.size();
  return i > 0 && hangul_final(prev_code_point(x, i)) == 8 && y.starts_with("수록");
}

namespace {

// Whether `y` is a form of 하다 or 되다: its stem syllable, then endings only.
bool is_light_verb_form(std::string_view y) {
  static constexpr std::string_view kEndings[] = {"다", "는", "고", "며", "여", "야", "서",
                                                  "였", "었", "지", "기", "게", "면", "도",
                                                  "록", "자", "려", "어", "왔", "온", "요"};
  if (y.empty() || !is_light_verb_stem(code_point_at(y, 0))) return false;
  std::size_t one = first_syllable(y);
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

SpeechLevel statement_speech_level(std::string_view t) {
  std::size_t i = t.size();
  if (i == 0 || t[i - 1] != '.') return SpeechLevel::kNone;
  --i;
  if (i == 0 || prev_code_point(t, i) != U'\uB2E4') return SpeechLevel::kNone;  // 다
  // 니 after a syllable closed by ㅂ (합니다, 입니다, 습니다); "아니다." is plain.
  constexpr int kFinalBieup = 17;
  if (i > 0 && prev_code_point(t, i) == U'\uB2C8' && i > 0 &&
      hangul_final(prev_code_point(t, i)) == kFinalBieup)
    return SpeechLevel::kPolite;
  return SpeechLevel::kPlain;
}

bool ends_in_past_statement(std::string_view t) {
  std::size_t i = t.size();
  while (i > 0 && (t[i - 1] == ' ' || t[i - 1] == '\t')) --i;
  if (i == 0 || prev_code_point(t, i) != U'\uB2E4' || i == 0) return false;  // 다
  constexpr int kFinalSsangSiot = 20;  // ㅆ: 었, 았, 였, 했, 있, 겠
  return hangul_final(prev_code_point(t, i)) == kFinalSsangSiot;
}

}  // namespace kbrief::detail
