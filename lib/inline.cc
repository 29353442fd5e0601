// SPDX-License-Identifier: MIT
#include "inline.h"

#include <optional>

#include "markers.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

// Particles and endings that tie a last item to the rest of its sentence, longest first.
constexpr std::string_view kParticles[] = {
    "이라는", "이라고", "으로서", "으로써", "라는", "라고", "으로", "에서", "에게", "까지",
    "부터",   "과의",   "와의",   "이나",   "이며", "이고", "을",   "를",   "은",   "는",
    "이",     "가",     "과",     "와",     "의",   "에",   "로",   "도",   "만"};

// End of the last item starting at `from`: before the particle of the first word that
// carries one, before a comma or a sentence's end, or at most eight words on.
std::uint32_t last_item_end(std::string_view text, std::size_t from) {
  std::size_t i = from;
  for (int words = 0; words < 8 && i < text.size(); ++words) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t start = i;
    while (i < text.size() && text[i] != ' ') ++i;
    std::string_view word = text.substr(start, i - start);
    if (word.empty()) break;
    std::size_t cut = word.find_first_of(",;");
    if (cut != std::string_view::npos) return static_cast<std::uint32_t>(start + cut);
    if (word.back() == '.' || word.back() == '?' || word.back() == '!') {
      std::size_t e = word.size();
      while (e > 0 && (word[e - 1] == '.' || word[e - 1] == '?' || word[e - 1] == '!')) --e;
      return static_cast<std::uint32_t>(start + e);
    }
    for (std::string_view p : kParticles)
      if (word.size() > p.size() && word.ends_with(p))
        return static_cast<std::uint32_t>(start + word.size() - p.size());
  }
  return static_cast<std::uint32_t>(i);
}

Span trimmed(std::string_view text, std::size_t b, std::size_t e) {
  std::string_view s = text.substr(b, e - b);
  std::string_view t = trim(s);
  while (!t.empty() && (t.back() == ',' || t.back() == ';'))
    t = trim_end(t.substr(0, t.size() - 1));
  if (t.empty()) return {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(b)};
  auto begin = static_cast<std::uint32_t>(t.data() - text.data());
  return {begin, static_cast<std::uint32_t>(begin + t.size())};
}

}  // namespace

std::vector<Marker> find_inline_labels(std::string_view text) {
  std::vector<Marker> labels;
  for (std::size_t i = 0; i < text.size();) {
    bool word_start = i == 0 || text[i - 1] == ' ';
    if (!word_start) {  // on to the next word start, after the next space
      std::size_t space = text.find(' ', i);
      if (space == std::string_view::npos) break;
      i = space + 1;
      continue;
    }
    if (auto l = inline_label(text, i)) {
      labels.push_back(*l);
      i = l->end;
      continue;
    }
    next_code_point(text, i);
  }
  return labels;
}

std::vector<InlineList> find_inline_lists(std::string_view text) {
  std::vector<Marker> labels = find_inline_labels(text);
  std::vector<InlineList> out;
  for (std::size_t k = 0; k < labels.size();) {
    if (labels[k].ordinal != 1) {
      ++k;
      continue;
    }
    std::size_t m = k + 1;
    while (m < labels.size() && labels[m].style == labels[k].style &&
           labels[m].ordinal == labels[m - 1].ordinal + 1)
      ++m;
    if (m - k >= 2) {
      InlineList list;
      list.style = labels[k].style;
      for (std::size_t n = k; n < m; ++n) {
        ListItem item;
        item.label = {std::string(text.substr(labels[n].begin, labels[n].end - labels[n].begin)),
                      labels[n].style, labels[n].ordinal};
        std::uint32_t end = n + 1 < m ? labels[n + 1].begin : last_item_end(text, labels[n].end);
        item.span = trimmed(text, labels[n].end, end);
        list.items.push_back(std::move(item));
      }
      out.push_back(std::move(list));
    }
    k = m;
  }
  return out;
}

}  // namespace kbrief::detail
