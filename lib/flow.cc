// SPDX-License-Identifier: MIT
// The flow's reading of the lines: one step per free line, in reading order, which hands a
// caption, a marker or a line standing apart to its kind's rules (flow_regions.cc,
// flow_lists.cc, flow_headings.cc) and otherwise goes on with the open block or starts a
// paragraph (see flow_detail.h).
#include <algorithm>

#include "flow_detail.h"
#include "morphology.h"
#include "punctuation.h"
#include "unicode.h"

namespace kbrief::detail {

bool is_lone_number(std::string_view t) {
  return !t.empty() && t.size() <= 2 &&
         std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool is_drop_cap(std::string_view t) {
  std::size_t i = 0;
  if (t.empty()) return false;
  char32_t c = next_code_point(t, i);
  return i == t.size() && is_letter(c);
}

bool ends_open(std::string_view t) {
  std::size_t i = t.size();
  if (i == 0) return true;
  char32_t c = prev_code_point(t, i);
  return c == ',' || c == ';' || c == ':' || is_opening_mark(c) || c == 0xB7 || c == '-' ||
         c == '~';
}

Flow::Flow(Ctx& ctx, Blocks& out)
    : ctx_(ctx),
      out_(out),
      lines_(ctx.free_lines()),
      starts_(read_paragraph_starts(ctx, lines_)),
      body_(ctx.geometry, lines_) {
  for (const auto& n : out_.footnotes) note_numbers_.push_back(n.number);
  std::sort(note_numbers_.begin(), note_numbers_.end());
}

void Flow::run() {
  for (pos_ = 0; pos_ < lines_.size(); ++pos_) step(lines_[pos_]);
  close_table();
  adopt_leftovers();
  mark_uncaptioned_tables();
  promote_counted_leads(ctx_, out_.blocks);
  settle_guessed_levels(ctx_, out_.blocks);
  if (ctx_.geometry.empty()) level_by_space_below(ctx_, out_.blocks);
  level_counted_headings(ctx_, out_.blocks);
  promote_counted_items(ctx_, out_.blocks);
  mark_summaries();
  mark_summary_box();
  mark_titled_summary();
}

bool Flow::is_stranded(std::string_view t) const {
  std::vector<Marker> markers = stranded_labels(t, kFootnoteSequenceDigits);
  return !markers.empty() && std::all_of(markers.begin(), markers.end(), [&](const Marker& m) {
    return !needs_sequence(static_cast<int>(m.end - m.begin) - 1) ||
           std::binary_search(note_numbers_.begin(), note_numbers_.end(), m.ordinal);
  });
}

void Flow::step(std::uint32_t i) {
  std::string_view t = text(i);
  if (table_open_ && continue_table(i)) return;

  if (is_stranded(t)) {
    if (open() && open()->type != BlockType::heading)
      open()->stranded_markers.push_back(i);
    else
      pending_markers_.push_back(i);
    return;
  }
  if (takes_margin_label(i, t)) return;
  if (std::size_t n = letter_spaced_run(); n > 1 && sentence_closed()) {
    open_letter_spaced_heading(n);
    return;
  }
  if (is_drop_cap(t)) {
    // The extractor sets a drop cap after the first line of its paragraph: that line
    // starts a paragraph, even where its width made it look like a continuation.
    BlockLines* b = open();
    if (b && b->type == BlockType::paragraph && !b->drop_cap && pos_ > 0 &&
        lines_[pos_ - 1] == b->lines.back()) {
      if (b->lines.size() > 1) {
        std::uint32_t first = b->lines.back();
        b->lines.pop_back();
        b = &start(BlockType::paragraph, first);
      }
      b->lines.insert(b->lines.begin(), i);
      b->drop_cap = true;
      return;
    }
    // A list item that ran on over a page break took the first line of a paragraph the
    // drop cap now shows to start there.
    if (b && b->type == BlockType::list && pos_ > 0 && b->items.back().lines.size() > 1 &&
        lines_[pos_ - 1] == b->items.back().lines.back()) {
      ListItemLines& item = b->items.back();
      std::uint32_t first = item.lines.back();
      if (ctx_.page(first) != ctx_.page(item.lines[item.lines.size() - 2])) {
        item.lines.pop_back();
        b->lines.pop_back();
        BlockLines& p = start(BlockType::paragraph, first);
        p.lines.insert(p.lines.begin(), i);
        p.drop_cap = true;
        return;
      }
    }
    // Before a paragraph's first line: only when a full line follows and no other
    // drop cap is waiting.
    if (!pending_drop_cap_ && next_line() && !ctx_.is_short(*next_line())) {
      pending_drop_cap_ = i;
      return;
    }
  }
  if (is_caption(t)) {
    start_table(i);
    return;
  }
  // In a PDF, type larger or bolder than the body's ends the body text before it.
  if (open() && open()->type != BlockType::heading && body_.prominent(i) &&
      !body_.prominent(last_line()))
    finished_ = true;
  const std::optional<Marker>& marker = ctx_.marker(i);
  if (marker) {
    if (list_item(i, *marker)) return;
  } else if (hangs_under_item(i)) {
    BlockLines* b = open();
    b->items.back().lines.push_back(i);
    b->lines.push_back(i);
    after_text_line(i);
    return;
  }
  if (is_lone_number(t) && sentence_closed() && next_line() && heading_candidate(*next_line())) {
    Marker label{0, static_cast<std::uint32_t>(t.size()), ListStyle::decimal,
                 std::stoi(std::string(t))};
    int under = unnumbered_heading_above();
    BlockLines& h = start(BlockType::heading, i);
    h.lines.push_back(*next_line());
    h.label = label;
    h.level = levels_.level_for(label, "", under);
    unnumbered_levels_.other_heading();
    ++pos_;
    return;
  }
  // A numbered line that is neither a heading nor a list item is prose, never an
  // unnumbered heading that keeps its number in its text.
  bool numbered = marker && marker->style != ListStyle::bullet;
  // A line opened by a note's label ("자료:", "주:") is a table's note that reading order
  // set apart from its table, never a heading.
  bool stands_alone = !numbered && heading_candidate(i) && sentence_closed() && next_line() &&
                      !is_table_note(t) && !in_cell_column() && !next_goes_on_with_word() &&
                      !opens_split_line();
  if (stands_alone && ends_page_text(i) && ends_unfinished_note(i)) return;
  if (stands_alone && !opens_narrow_prose()) {
    // A heading right under another is its sub-heading; further headings right under
    // it are its siblings, not ever deeper levels. In text, a heading that ended the page
    // before is none's section: a page never leaves a heading without its text below it.
    bool under_heading =
        last_was_heading_ && open() && open()->type == BlockType::heading &&
        (!ctx_.geometry.empty() || ctx_.page(open()->lines.back()) == ctx_.page(i));
    int level = under_heading ? previous_heading_level_ + 1 : 1;
    // In a PDF the type says the level: the document's prominent sizes ranked.
    if (body_.prominent(i))
      level = body_.rank(i) + 1;
    else if (ctx_.geometry.empty())
      level = unnumbered_level(t, under_heading);
    BlockLines& h = start(BlockType::heading, i);
    h.level = level;
    h.level_guessed = ctx_.geometry.empty() && unnumbered_levels_.guessed();
    if (under_heading)
      finished_ = true;
    else
      finish_heading(h);
    return;
  }
  // In a PDF an item's text keeps its item's type: a line set apart in another size (the
  // body's paragraph under an item set as a sub-heading) starts a block of its own. Nor does
  // prose go on with items that each closed on their one line.
  if (!settled() && open()->type == BlockType::list &&
      (leaves_item_type(i) || items_closed_on_their_lines()))
    finished_ = true;
  if (continues_note_from_page_before(i)) return;
  // Prose: continue what is open and unfinished, or start a paragraph.
  ParagraphStart evidence = settled() ? ParagraphStart::none : paragraph_start();
  if (evidence != ParagraphStart::none) finished_ = true;
  if (!settled()) {
    BlockLines* b = open();
    if (b->type == BlockType::list) {
      list_wrap_widths_.add(ctx_.width(b->items.back().lines.back()));
      b->items.back().lines.push_back(i);
    }
    b->lines.push_back(i);
    after_text_line(i);
    return;
  }
  start(BlockType::paragraph, i).start_guess =
      evidence == ParagraphStart::guessed_by_opener      ? StartGuess::opener
      : evidence == ParagraphStart::guessed_by_shortfall ? StartGuess::shortfall
                                                         : StartGuess::none;
  after_text_line(i);
}

std::size_t Flow::letter_spaced_run() const {
  auto lone_syllable = [&](std::size_t p) {
    std::string_view t = text(lines_[p]);
    std::size_t at = 0;
    return !t.empty() && is_hangul_syllable(next_code_point(t, at)) && at == t.size() &&
           ctx_.page(lines_[p]) == ctx_.page(lines_[pos_]);
  };
  std::size_t n = 0;
  while (pos_ + n < lines_.size() && n <= kMostSpacedLetters && lone_syllable(pos_ + n)) ++n;
  return n <= kMostSpacedLetters ? n : 0;
}

void Flow::open_letter_spaced_heading(std::size_t n) {
  BlockLines& h = open_placed_heading(lines_[pos_]);
  for (std::size_t k = 1; k < n; ++k) h.lines.push_back(lines_[pos_ + k]);
  pos_ += n - 1;
}

bool Flow::takes_margin_label(std::uint32_t i, std::string_view t) {
  Line::MarginLabel label = ctx_.table.lines[i].margin_label;
  // (Only where it stands as a heading would: a table's or a figure's cells beside each
  // other are read as labels too.) In a PDF its type need not be larger than the body's.
  if (label == Line::MarginLabel::first && heading_candidate(i, true) && sentence_closed() &&
      !is_table_note(t) && !in_cell_column()) {
    open_placed_heading(i);
    return true;
  }
  if (label == Line::MarginLabel::continued && open() && open()->type == BlockType::heading &&
      ctx_.table.lines[open()->lines.back()].margin_label != Line::MarginLabel::none) {
    open()->lines.push_back(i);
    return true;
  }
  return false;
}

BlockLines& Flow::open_placed_heading(std::uint32_t i) {
  BlockLines& h = start(BlockType::heading, i);
  h.level = body_.prominent(i) ? body_.rank(i) + 1 : 1;
  unnumbered_levels_.other_heading();
  finish_heading(h);
  return h;
}

Flow::ParagraphStart Flow::paragraph_start() {
  if (open()->type != BlockType::paragraph) return ParagraphStart::none;
  std::uint32_t before = last_line();
  if (bracket_open(before)) return ParagraphStart::none;
  bool set_apart = !ctx_.layout.double_spaced && ctx_.blank_between(before, lines_[pos_]);
  if (!ctx_.ends_sentence(before)) {
    // A sentence of prose whose end mark was left out ("… 수도 있다"): its line ends short,
    // space stands under it, and the next is indented as the document indents first lines.
    // (A table's cells read as a paragraph end no sentence: they wait for their table.)
    bool same_page = ctx_.page(before) == ctx_.page(lines_[pos_]);
    bool three_signs = set_apart && ctx_.is_short(before) && starts_.indents_first_lines &&
                       starts_.nudged_start[pos_] && same_page && holds_a_sentence_end(*open());
    // The same where the line before, full or not, ends in a statement's ending ("…하였다"),
    // and the next is indented as a sentence's end and space would start a paragraph.
    bool unmarked_end = set_apart && same_page &&
                        (starts_.indented_start[pos_] || starts_.nudged_start[pos_]) &&
                        ends_in_past_statement(text(before));
    return three_signs || unmarked_end ? ParagraphStart::indented : ParagraphStart::none;
  }
  if (starts_.indented_start[pos_] && (starts_.indents_first_lines || set_apart))
    return ParagraphStart::indented;
  if (starts_.nudged_start[pos_] && (starts_.nudges_first_lines || set_apart))
    return ParagraphStart::indented;
  if (starts_.narrow_start[pos_]) return ParagraphStart::guessed_by_shortfall;
  bool opens = starts_.counted_point_start[pos_] ||
               (!ctx_.marker(lines_[pos_]) && starts_.opener_words.open(text(lines_[pos_])));
  return opens ? ParagraphStart::guessed_by_opener : ParagraphStart::none;
}

bool Flow::short_in_block(std::uint32_t i) {
  const BlockLines& b = *open();
  int full = ctx_.layout.body_width;
  if (b.type == BlockType::list) {
    // wrapped item lines of this and earlier lists
    if (list_wrap_widths_.size() > 0) full = list_wrap_widths_.median();
  } else {
    // The block's lines before i (i is its latest), added as the block grows.
    if (median_block_ != open_ || median_lines_ >= b.lines.size()) {
      block_widths_.clear();
      median_block_ = open_;
      median_lines_ = 0;
    }
    for (; median_lines_ + 1 < b.lines.size(); ++median_lines_)
      if (b.lines[median_lines_] != i) block_widths_.add(ctx_.width(b.lines[median_lines_]));
    if (block_widths_.size() >= 2) full = std::max(full, block_widths_.median());
  }
  return ctx_.width(i) < full - (full * 8 + 99) / 100;
}

bool Flow::narrower_than_its_paragraph(std::uint32_t i) {
  const BlockLines& b = *open();
  // The first line may be indented or open with a drop cap; the others, full lines.
  constexpr std::size_t kLeastOtherLines = 3;
  int spread = starts_.full_line_spread;
  if (spread <= 0 || b.type != BlockType::paragraph || b.lines.size() < kLeastOtherLines + 2 ||
      ctx_.is_short(i) || !ends_with_period(text(i)) || !next_line() || ctx_.is_short(*next_line()))
    return false;
  // Read once per line as the paragraph grows (lines before i, its first aside).
  if (narrowest_block_ != open_ || narrowest_lines_ >= b.lines.size()) {
    narrowest_block_ = open_;
    narrowest_lines_ = 1;
    narrowest_ = ctx_.width(b.lines[1]);
  }
  for (; narrowest_lines_ + 1 < b.lines.size(); ++narrowest_lines_)
    narrowest_ = std::min(narrowest_, ctx_.width(b.lines[narrowest_lines_]));
  return ctx_.width(i) <= narrowest_ - spread;
}

void Flow::after_text_line(std::uint32_t i) {
  bool list = open()->type == BlockType::list;
  finished_ = (list || ctx_.ends_sentence(i)) && !bracket_open(i) &&
              (short_in_block(i) || (!list && narrower_than_its_paragraph(i)));
}

BlockLines& Flow::start(BlockType type, std::uint32_t i) {
  close_table();
  if (type != BlockType::heading) unnumbered_levels_.block_starts(type == BlockType::paragraph);
  if (pending_drop_cap_ && type != BlockType::paragraph) {
    // No paragraph came for the drop cap: it is a one-line paragraph of its own.
    BlockLines lone;
    lone.lines.push_back(*pending_drop_cap_);
    pending_drop_cap_.reset();
    out_.blocks.push_back(std::move(lone));
  }
  BlockLines b;
  b.type = type;
  if (type == BlockType::paragraph && pending_drop_cap_) {
    b.lines.push_back(*pending_drop_cap_);
    b.drop_cap = true;
    pending_drop_cap_.reset();
  }
  b.lines.push_back(i);
  if (type != BlockType::heading) {
    b.stranded_markers = std::move(pending_markers_);
    pending_markers_.clear();
  }
  out_.blocks.push_back(std::move(b));
  open_ = static_cast<int>(out_.blocks.size()) - 1;
  finished_ = false;
  last_was_heading_ = type == BlockType::heading;
  if (type == BlockType::heading) note_heading_type(i);
  return out_.blocks.back();
}

void Flow::adopt_leftovers() {
  std::vector<std::uint32_t> left = std::move(pending_markers_);
  if (pending_drop_cap_) left.push_back(*pending_drop_cap_);
  if (left.empty()) return;
  if (out_.blocks.empty()) {
    BlockLines b;
    b.lines = left;
    out_.blocks.push_back(std::move(b));
    return;
  }
  for (std::uint32_t l : left) {
    BlockLines& last = out_.blocks.back();
    if (is_stranded(text(l))) {
      last.stranded_markers.push_back(l);
    } else if (last.type == BlockType::paragraph) {
      last.lines.push_back(l);
    } else {
      // A list's or heading's text comes from its own lines: a paragraph of its own.
      BlockLines lone;
      lone.lines.push_back(l);
      out_.blocks.push_back(std::move(lone));
    }
  }
}

void segment_flow(Ctx& ctx, Blocks& out) {
  Flow(ctx, out).run();
  for (const auto& b : out.blocks) {
    for (std::uint32_t l : b.lines) ctx.taken[l] = 1;
    for (const auto& item : b.items)
      for (std::uint32_t l : item.lines) ctx.taken[l] = 1;
    for (std::uint32_t l : b.stranded_markers) ctx.taken[l] = 1;
  }
}

}  // namespace kbrief::detail
