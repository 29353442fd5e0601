// SPDX-License-Identifier: MIT
// Lists in the flow: a marker that continues the open list or starts one, the level it
// nests at, and the wrapped lines that go on with an item (see flow_detail.h).
#include <algorithm>

#include "flow_detail.h"
#include "punctuation.h"
#include "unicode.h"

namespace kbrief::detail {

bool Flow::leaves_item_type(std::uint32_t i) const {
  if (!body_.known()) return false;
  const BlockLines& b = out_.blocks[static_cast<std::size_t>(open_)];
  float item = body_.of(b.items.back().lines.front()).font_size, own = body_.of(i).font_size;
  return ctx_.blank_between(b.lines.back(), i) &&
         std::max(item, own) > std::min(item, own) * BodyType::kTypeStep;
}

bool Flow::items_closed_on_their_lines() const {
  const std::vector<ListItemLines>& items = out_.blocks[static_cast<std::size_t>(open_)].items;
  if (items.size() < 2) return false;
  // From the last item back, so that a list whose items wrap stops at once.
  return std::all_of(items.rbegin(), items.rend(), [&](const ListItemLines& item) {
    return item.lines.size() == 1 && ctx_.ends_sentence(item.lines.front());
  });
}

bool Flow::ends_in_hangul_word(std::uint32_t i) const {
  std::string_view t = trim_end(text(i));
  std::size_t end = t.size();
  return end > 0 && is_hangul_syllable(prev_code_point(t, end));
}

bool Flow::hangs_under_item(std::uint32_t i) {
  const BlockLines* b = open();
  if (!b || b->type != BlockType::list || pos_ == 0) return false;
  const ListItemLines& item = b->items.back();
  int indent = ctx_.layout.lines[i].indent;
  int column = item_text_column(item);
  return lines_[pos_ - 1] == item.lines.back() && indent >= column &&
         indent <= column + kSubListIndent && ctx_.page(i) == ctx_.page(item.lines.back()) &&
         !ctx_.blank_between(item.lines.back(), i);
}

int Flow::item_text_column(const ListItemLines& item) const {
  std::string_view t = text(item.lines.front());
  std::size_t k = item.marker.end;
  int column = ctx_.layout.lines[item.lines.front()].indent +
               static_cast<int>(count_code_points(t.substr(0, k)));
  for (std::size_t j = k; j < t.size() && is_space(next_code_point(t, j)); k = j) ++column;
  return column;
}

bool Flow::list_item(std::uint32_t i, const Marker& m) {
  std::string_view t = text(i);
  std::string_view label = t.substr(m.begin, m.end - m.begin);
  BlockLines* b = open();
  bool ordered = m.style != ListStyle::bullet;
  // A numbered line of a new kind that reads as a heading and has no sibling after it
  // ends the list rather than opening a one-item sub-list ("Ⅰ. 문제 제기" after bullets).
  bool heading_like =
      ordered && !continues_list(m, label) && heading_candidate(i, true) && !sibling_follows(m);
  if (b && b->type == BlockType::list && !heading_like) {
    int level = list_level(i, m, label, finished_);
    if (level > 0) {
      ListItemLines item;
      item.marker = m;
      item.level = level;
      item.lines.push_back(i);
      b->items.push_back(std::move(item));
      b->lines.push_back(i);
      take_split_first_word(*b);
      after_text_line(b->lines.back());
      return true;
    }
  }
  // A wrapped line may happen to start like a marker ("다. ", "- "), but never with a
  // bullet symbol such as ◎ or •: those start a list even after unfinished text.
  bool symbol_bullet = !ordered && m.end - m.begin > 1;
  // Text left without its sentence's end goes on with a wrapped line, but not over a page
  // or a blank line into the document's heading numbering: a page's end stops a box or a
  // line of keywords (a journal's abstract) where the body's first section starts on the
  // next, and space stops lines of code or cells read as text. (A Hangul letter's marker
  // there may be the wrapped sentence's end, "있" + "다. ", but only after a line that
  // stops inside a Hangul word: not after a number or a Latin word, a cell's.)
  bool set_apart = b && (ctx_.page(last_line()) != ctx_.page(i) ||
                         (!ctx_.layout.double_spaced && ctx_.blank_between(last_line(), i)));
  // A colon ends a lead that introduces the list under it ("…은 다음과 같다:").
  bool introduced =
      b && !b->lines.empty() && text(last_line()).ends_with(':') && (!ordered || m.ordinal == 1);
  bool closed = sentence_closed() || symbol_bullet || introduced;
  bool wrap_may_spell =
      m.style == ListStyle::hangul && (closed || !b || ends_in_hangul_word(last_line()));
  // Most marker-like lines inside unfinished text stop here, before the numbering is read.
  if (!closed && (!set_apart || wrap_may_spell)) return false;
  // However wide it runs, a numbered line that could stand alone numbers a heading when
  // it opens the document's heading numbering or goes on with it. Not so a Hangul letter's
  // marker, which a wrapped sentence's end may spell ("있" + "다. "): as wide as prose, it
  // must open the numbering ("가.") with a next heading of its own.
  bool numbers_headings =
      ordered && !sibling_follows(m) && heading_candidate(i, true, true) &&
      ((opens_heading_numbering(m, label, wrap_may_spell) && (!wrap_may_spell || m.ordinal == 1)) ||
       (!wrap_may_spell && (levels_.continues(m) || completes_page_numbering(m, label))));
  if (!closed && !numbers_headings) return false;
  if (ordered && ((heading_candidate(i, true) && !sibling_follows(m)) || numbers_headings) &&
      !opens_small_print(i)) {
    int under = unnumbered_heading_above();
    BlockLines& h = start(BlockType::heading, i);
    h.label = m;
    h.level = levels_.level_for(m, label, under);
    unnumbered_levels_.other_heading();
    if (numbers_headings) take_heading_wrap(h);
    finish_heading(h);
    return true;
  }
  if (ordered && m.ordinal != 1) return false;
  if (!settled() && !symbol_bullet && !introduced) return false;
  promote_lead_in_to_heading();
  BlockLines& list = start(BlockType::list, i);
  ListItemLines item;
  item.marker = m;
  item.lines.push_back(i);
  list.items.push_back(std::move(item));
  list_stack_.assign(1,
                     {m.style, m.ordinal, std::string(label), ctx_.layout.lines[i].indent, false});
  take_split_first_word(list);
  after_text_line(list.lines.back());
  return true;
}

bool Flow::opens_small_print(std::uint32_t i) const {
  auto next = next_line();
  return body_.known() && next && body_.smaller(i) && body_.smaller(*next) && ctx_.is_short(i) &&
         ctx_.page(*next) == ctx_.page(i) && !ctx_.blank_between(i, *next);
}

void Flow::take_split_first_word(BlockLines& list) {
  ListItemLines& item = list.items.back();
  std::string_view rest = trim(text(item.lines.front()).substr(item.marker.end));
  auto next = next_line();
  if (!is_drop_cap(rest) || !next || ctx_.marker(*next) ||
      ctx_.page(*next) != ctx_.page(item.lines.front()))
    return;
  item.lines.push_back(*next);
  item.first_letter_apart = true;
  list.lines.push_back(*next);
  ++pos_;
}

bool Flow::sibling_follows(const Marker& m) const {
  auto next = next_line();
  if (!next) return false;
  const std::optional<Marker>& n = ctx_.marker(*next);
  return n && n->style == m.style && n->ordinal == m.ordinal + 1;
}

bool Flow::continues_list(const Marker& m, std::string_view label) const {
  return std::any_of(list_stack_.begin(), list_stack_.end(), [&](const auto& e) {
    bool same = e.style == m.style && (m.style != ListStyle::bullet || e.label == label);
    return same && (m.style == ListStyle::bullet || m.ordinal == e.ordinal + 1);
  });
}

int Flow::list_level(std::uint32_t i, const Marker& m, std::string_view label, bool item_finished) {
  auto same_kind = [&](const ListLevel& e) {
    return e.style == m.style && (m.style != ListStyle::bullet || e.label == label);
  };
  const int indent = ctx_.layout.lines[i].indent;
  if (!list_stack_.empty() && same_kind(list_stack_.back()) &&
      (m.style == ListStyle::bullet || m.ordinal == 1) && indented_under(list_stack_.back(), i)) {
    list_stack_.push_back({m.style, m.ordinal, std::string(label), indent, true});
    return static_cast<int>(list_stack_.size());
  }
  for (std::size_t l = list_stack_.size(); l-- > 0;) {
    auto& e = list_stack_[l];
    if (e.by_indent && indent + kSubListIndent <= e.indent) continue;
    if (same_kind(e) && (m.style == ListStyle::bullet || m.ordinal == e.ordinal + 1)) {
      list_stack_.resize(l + 1);
      e.ordinal = m.ordinal;
      return static_cast<int>(l) + 1;
    }
  }
  bool new_kind = std::none_of(list_stack_.begin(), list_stack_.end(), same_kind);
  if (new_kind && (m.style == ListStyle::bullet || m.ordinal == 1) &&
      (item_finished || m.style == ListStyle::bullet)) {
    list_stack_.push_back({m.style, m.ordinal, std::string(label), indent, false});
    return static_cast<int>(list_stack_.size());
  }
  return 0;
}

bool Flow::indented_under(const ListLevel& level, std::uint32_t i) {
  int indent = ctx_.layout.lines[i].indent;
  return indent >= level.indent + kSubListIndent && indent <= level.indent + 4 * kSubListIndent &&
         ctx_.page(i) == ctx_.page(last_line());
}

}  // namespace kbrief::detail
