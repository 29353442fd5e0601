// SPDX-License-Identifier: MIT
#include "heading_levels.h"

namespace kbrief::detail {

int HeadingLevels::level_for(const Marker& m, std::string_view label, int under) {
  std::vector<std::size_t>& same = kinds_[kind_key(m, label)];
  for (std::size_t k = same.size(); k-- > 0;) {
    std::size_t l = same[k];
    if (m.ordinal == stack_[l].ordinal + 1 || m.style == ListStyle::bullet) return reuse(l, m);
  }
  // "(1)" again under the next unnumbered sub-heading: the count restarts in a sibling
  // section, not one level deeper.
  if (under > 0 && m.ordinal == 1 && !same.empty() && stack_[same.back()].level == under + 1)
    return reuse(same.back(), m);
  if (m.ordinal > 1 && !same.empty()) return reuse(same.back(), m);
  int level = stack_.empty() ? 1 : stack_.back().level + 1;
  if (under > 0) {
    // The unnumbered heading closes what was open at its level or deeper.
    close_from(under + 1);
    level = under + 1;
  }
  kinds_[kind_key(m, label)].push_back(stack_.size());
  used_.insert(kind_key(m, label));
  stack_.push_back({m.ordinal, kind_key(m, label), level});
  return level;
}

bool HeadingLevels::continues(const Marker& m) const {
  if (m.style == ListStyle::bullet) return false;
  // The innermost open entry of the kind only: it is asked for every line of a table, and an
  // archive of briefs in one file keeps an entry of the kind for each brief.
  auto same = kinds_.find(kind_key(m, ""));
  if (same == kinds_.end() || same->second.empty()) return false;
  return stack_[same->second.back()].ordinal + 1 == m.ordinal;
}

bool HeadingLevels::numbers_with(const Marker& m) const {
  return m.style != ListStyle::bullet && used_.count(kind_key(m, "")) > 0;
}

std::string HeadingLevels::kind_key(const Marker& m, std::string_view label) {
  std::string key(1, static_cast<char>('A' + static_cast<int>(m.style)));
  if (m.style == ListStyle::bullet) key += label;
  return key;
}

int HeadingLevels::reuse(std::size_t k, const Marker& m) {
  while (stack_.size() > k + 1) {
    kinds_[stack_.back().kind].pop_back();  // the top entry is its kind's last
    stack_.pop_back();
  }
  stack_[k].ordinal = m.ordinal;
  return stack_[k].level;
}

void HeadingLevels::close_from(int level) {
  while (!stack_.empty() && stack_.back().level >= level) {
    kinds_[stack_.back().kind].pop_back();
    stack_.pop_back();
  }
}

}  // namespace kbrief::detail
