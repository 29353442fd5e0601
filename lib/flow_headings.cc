// SPDX-License-Identifier: MIT
// Headings in the flow: a short line that stands apart after finished text, a numbered
// line that opens or goes on with the document's heading numbering, and the level each
// takes (see flow_detail.h).
#include <algorithm>
#include <iterator>

#include "flow_detail.h"
#include "markers.h"
#include "morphology.h"
#include "punctuation.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

// "정확도: 0.9958": a measure and its value, as a chart or a table prints it, never a
// heading: a key, ": ", then a number with a decimal point.
bool states_a_measured_value(std::string_view t) {
  // The value ends the line: most lines end otherwise and are not searched for a colon.
  if (t.empty() || !is_ascii_digit(static_cast<unsigned char>(t.back()))) return false;
  std::size_t colon = t.rfind(": ");
  if (colon == std::string_view::npos || colon == 0) return false;
  std::string_view value = t.substr(colon + 2);
  std::size_t point = value.find('.');
  if (point == 0 || point == std::string_view::npos || point + 1 == value.size()) return false;
  return std::all_of(
             value.begin(), value.end(),
             [](char c) { return c == '.' || is_ascii_digit(static_cast<unsigned char>(c)); }) &&
         value.find('.', point + 1) == std::string_view::npos;
}

// "중앙정부 169.1 181.3 191.3", "(비중) (10.6) (10.9) (10.7)": a table's row of figures, never
// a heading: three numbers or more (parentheses, a sign, "%" and thousands' commas aside),
// and at least as many numbers as other words.
bool holds_a_row_of_figures(std::string_view t) {
  // A row ends with a figure: most lines end otherwise and are not split into words.
  if (t.empty() ||
      !(is_ascii_digit(static_cast<unsigned char>(t.back())) || t.back() == ')' || t.back() == '%'))
    return false;
  std::size_t numbers = 0, words = 0;
  for (std::size_t at = 0; at < t.size();) {
    std::size_t end = std::min(t.find(' ', at), t.size());
    std::string_view w = t.substr(at, end - at);
    at = end + 1;
    if (w.empty()) continue;
    while (!w.empty() && (w.front() == '(' || w.front() == '-' || w.front() == '+'))
      w.remove_prefix(1);
    while (!w.empty() && (w.back() == ')' || w.back() == '%')) w.remove_suffix(1);
    bool number = !w.empty() && is_ascii_digit(static_cast<unsigned char>(w.front())) &&
                  std::all_of(w.begin(), w.end(), [](char c) {
                    return is_ascii_digit(static_cast<unsigned char>(c)) || c == '.' || c == ',';
                  });
    (number ? numbers : words)++;
  }
  return numbers >= 3 && numbers >= words;
}

}  // namespace

bool Flow::heading_candidate(std::uint32_t i, bool numbered, bool any_width) const {
  std::string_view t = text(i);
  bool apart = any_width || ctx_.is_short(i) || (numbered && body_.prominent(i));
  if (!apart || ctx_.ends_statement(i) || ends_open(t) || !has_letter(t) || is_lone_number(t))
    return false;
  // An address, or a comment of code set as text ("// 설정"), is no heading.
  if (bracket_open(i) || t.find("://") != std::string_view::npos || t.starts_with("//"))
    return false;
  if (ctx_.layout.wrap_cues && ctx_.layout.lines[i].trailing_space) return false;
  // In a PDF an unnumbered heading is set apart by its type; the body's type is not one.
  // In text an unnumbered heading is clearly shorter than a full line.
  bool set_apart = body_.known() && !numbered
                       ? body_.prominent(i)
                       : numbered || ctx_.width(i) * 100 <= ctx_.layout.body_width * 85;
  if (!set_apart || states_a_measured_value(t) || holds_a_row_of_figures(t)) return false;
  // A sentence that ends inside the line makes it prose: the rest of a line whose start the
  // extractor set apart, never a heading. (Read last: it scans the whole line.)
  const std::optional<Marker>& m = ctx_.marker(i);
  std::string_view words = m ? trim(t.substr(m->end)) : t;
  // A number over a single letter ("5) 지") is a wrapped word's piece after a note's number,
  // never a heading's title.
  if (m && count_code_points(words) < 2) return false;
  return !has_sentence_end_inside(words);
}

bool Flow::in_cell_column() const {
  if (!ctx_.geometry.empty()) return false;
  auto cell = [&](std::size_t k) {
    return heading_candidate(lines_[k]) && !ctx_.marker(lines_[k]);
  };
  auto stacked = [&](std::size_t k) {
    return lines_[k + 1] == lines_[k] + 1 && ctx_.page(lines_[k]) == ctx_.page(lines_[k + 1]);
  };
  auto blank = [&](std::uint32_t line) {
    return line < ctx_.layout.lines.size() && ctx_.layout.lines[line].role == LineRole::blank;
  };
  std::size_t first = pos_, last = pos_;
  while (first > 0 && pos_ - first < kCellColumnReach && stacked(first - 1) && cell(first - 1))
    --first;
  while (last + 1 < lines_.size() && last - pos_ < kCellColumnReach && stacked(last) &&
         cell(last + 1))
    ++last;
  return last - first + 1 >= kCellColumnLines && lines_[first] > 0 && blank(lines_[first] - 1) &&
         blank(lines_[last] + 1);
}

bool Flow::next_goes_on_with_word() const {
  auto next = next_line();
  if (!next || ctx_.page(*next) != ctx_.page(lines_[pos_])) return false;
  std::string_view t = text(*next);
  return only_ends_a_word(first_word(t));
}

bool Flow::opens_split_line() const {
  auto one_word = [](std::string_view t) {
    return !t.empty() && t.find(' ') == std::string_view::npos;
  };
  for (std::size_t k = pos_; k < lines_.size() && k < pos_ + kSplitLineWords; ++k) {
    std::string_view t = text(lines_[k]);
    if (!one_word(t) || ctx_.page(lines_[k]) != ctx_.page(lines_[pos_])) return false;
    if (k > pos_ && (ends_open(t) || bracket_open(lines_[k]))) return true;
  }
  return false;
}

bool Flow::ends_page_text(std::uint32_t i) const {
  return !body_.known() && next_line() && ctx_.page(*next_line()) != ctx_.page(i);
}

FootnoteLines* Flow::note_before(std::uint32_t i) {
  // Notes stand in the order of their first lines: the last note before line i is found by
  // halving, not by a walk over the notes after it.
  auto after =
      std::partition_point(out_.footnotes.begin(), out_.footnotes.end(),
                           [&](const FootnoteLines& note) { return note.lines.front() < i; });
  return after == out_.footnotes.begin() ? nullptr : &*std::prev(after);
}

bool Flow::ends_unfinished_note(std::uint32_t i) {
  FootnoteLines* found = note_before(i);
  if (!found) return false;
  FootnoteLines& note = *found;
  std::uint32_t last = note.lines.back();
  if (last > i || ctx_.page(last) != ctx_.page(i) || ctx_.ends_sentence(last)) return false;
  note.lines.push_back(i);
  return true;
}

bool Flow::continues_note_from_page_before(std::uint32_t i) {
  std::string_view t = text(i);
  if (!sentence_closed() || !only_ends_a_word(first_word(t))) return false;
  std::size_t end = pos_ + 1;
  while (end < lines_.size() && ctx_.page(lines_[end]) == ctx_.page(i)) ++end;
  if (end - pos_ > kMostNoteRestLines) return false;
  FootnoteLines* found = note_before(i);
  if (!found) return false;
  FootnoteLines& note = *found;
  std::uint32_t last = note.lines.back();
  if (last > i || ctx_.page(last) + 1 != ctx_.page(i) || ctx_.ends_sentence(last)) return false;
  for (; pos_ < end; ++pos_) note.lines.push_back(lines_[pos_]);
  --pos_;  // the loop in run() steps on from the last line taken
  return true;
}

bool Flow::opens_narrow_prose() const {
  std::size_t k = pos_;
  int nearest = right_edge(lines_[pos_]), farthest = nearest;
  while (k + 1 < lines_.size() && k - pos_ < kNarrowProseLines) {
    std::uint32_t a = lines_[k], b = lines_[k + 1];
    std::string_view t = text(b);
    if (ctx_.page(a) != ctx_.page(b) || ctx_.blank_between(a, b) || !ctx_.is_short(b) ||
        ctx_.marker(b))
      return false;
    ++k;
    bool sentence_ends = ends_sentence(t) || has_sentence_end_inside(t);
    // Lines that each end their own sentence (a list of references) are no wrapped prose.
    if (sentence_ends) return k - pos_ >= 2;
    nearest = std::min(nearest, right_edge(b));
    farthest = std::max(farthest, right_edge(b));
    if (k - pos_ + 1 >= kJustifiedLines && farthest - nearest <= kJustifiedSlack &&
        nearest * 4 >= ctx_.layout.body_width)
      return true;
  }
  return false;
}

bool Flow::set_as_a_heading(std::uint32_t i) const {
  return std::any_of(heading_types_.begin(), heading_types_.end(), [&](const auto& t) {
    return t.second >= 2 && body_.same_larger_type(t.first, i);
  });
}

void Flow::note_heading_type(std::uint32_t i) {
  if (!body_.same_larger_type(i, i)) return;  // not larger than the body's
  for (auto& [line, count] : heading_types_)
    if (body_.same_larger_type(line, i)) {
      ++count;
      return;
    }
  heading_types_.emplace_back(i, 1);
}

int Flow::unnumbered_heading_above() const {
  std::size_t k = out_.blocks.size();
  if (k > 0 && out_.blocks[k - 1].type == BlockType::paragraph) --k;
  if (k == 0) return 0;
  const BlockLines& b = out_.blocks[k - 1];
  return b.type == BlockType::heading && !b.label.valid() ? b.level : 0;
}

int Flow::unnumbered_level(std::string_view t, bool under_heading) {
  if (!under_heading) return unnumbered_levels_.after_text(t, previous_heading_level_);
  BlockLines& above = *open();
  int above_level = previous_heading_level_;
  int level = unnumbered_levels_.right_under(t, above_level, above.label.valid());
  if (above_level != previous_heading_level_) {
    above.level = above_level;
    above.level_guessed = false;
    previous_heading_level_ = above_level;
  }
  return level;
}

void Flow::finish_heading(BlockLines& h) {
  previous_heading_level_ = h.level;
  finished_ = true;
}

void Flow::promote_lead_in_to_heading() {
  BlockLines* b = open();
  if (!b || b->type != BlockType::paragraph || b->lines.size() != 1 || b->drop_cap ||
      out_.blocks.size() < 2)
    return;
  const BlockLines& before = out_.blocks[out_.blocks.size() - 2];
  std::string_view t = text(b->lines.front());
  if (before.type != BlockType::heading || ends_sentence(t) || ends_open(t)) return;
  b->type = BlockType::heading;
  b->level = before.level + 1;
  previous_heading_level_ = b->level;
  unnumbered_levels_.other_heading();
}

bool Flow::opens_heading_numbering(const Marker& m, std::string_view label, bool short_next) const {
  bool prose_between = false;
  for (std::size_t p = pos_ + 1; p < lines_.size() && p <= pos_ + kNumberingLookahead; ++p) {
    const std::optional<Marker>& n = ctx_.marker(lines_[p]);
    if (n && n->style == m.style &&
        same_punctuation(text(lines_[p]).substr(n->begin, n->end - n->begin), label))
      return n->ordinal == m.ordinal + 1 && prose_between &&
             heading_candidate(lines_[p], true, !short_next);
    prose_between = prose_between || (!n && ctx_.ends_sentence(lines_[p]));
  }
  return false;
}

bool Flow::completes_page_numbering(const Marker& m, std::string_view label) const {
  if (!ctx_.geometry.empty() || m.style == ListStyle::bullet || !levels_.numbers_with(m))
    return false;
  std::uint32_t page = ctx_.page(lines_[pos_]);
  if (page_numbering_ && page_numbering_->page == page && page_numbering_->style == m.style &&
      same_punctuation(page_numbering_->label, label))
    return page_numbering_->completes;
  page_numbering_ = PageNumbering{page, m.style, std::string(label), false};
  std::size_t first = pos_, last = pos_;
  while (first > 0 && ctx_.page(lines_[first - 1]) == page) --first;
  while (last + 1 < lines_.size() && ctx_.page(lines_[last + 1]) == page) ++last;
  std::vector<int> ordinals;
  for (std::size_t p = first; p <= last; ++p) {
    std::uint32_t i = lines_[p];
    const std::optional<Marker>& n = ctx_.marker(i);
    if (!n || n->style != m.style ||
        !same_punctuation(text(i).substr(n->begin, n->end - n->begin), label))
      continue;
    bool apart = p > first && ctx_.blank_between(lines_[p - 1], i) &&
                 (ctx_.ends_sentence(lines_[p - 1]) || ctx_.is_short(lines_[p - 1])) &&
                 heading_candidate(i, true, true);
    if (!apart) return false;  // an item of a list in the style, or a wrapped line
    ordinals.push_back(n->ordinal);
  }
  std::vector<int> sorted = ordinals;
  std::sort(sorted.begin(), sorted.end());
  for (std::size_t k = 0; k < sorted.size(); ++k)
    if (sorted[k] != static_cast<int>(k) + 1) return false;
  page_numbering_->completes = sorted.size() >= 2 && sorted != ordinals;
  return page_numbering_->completes;
}

void Flow::take_heading_wrap(BlockLines& h) {
  auto next = next_line();
  if (ctx_.is_short(h.lines.back()) || !next || ctx_.blank_between(h.lines.back(), *next) ||
      ctx_.marker(*next) || !heading_candidate(*next, true) ||
      ctx_.page(*next) != ctx_.page(h.lines.back()))
    return;
  h.lines.push_back(*next);
  ++pos_;
}

}  // namespace kbrief::detail
