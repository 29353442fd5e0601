// SPDX-License-Identifier: MIT
#include "morphology.h"

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

}  // namespace kbrief::detail
