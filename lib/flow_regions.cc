// SPDX-License-Identifier: MIT
// Figures and tables in the flow: a caption opens a region, which takes its cells (lines
// short of prose, or set in smaller type) and its notes, and hands back the prose a caption
// interrupted (see flow_detail.h).
#include <algorithm>

#include "flow_detail.h"
#include "punctuation.h"
#include "unicode.h"

namespace kbrief::detail {

bool is_table_note(std::string_view t) {
  std::size_t i = 0;
  if (t.starts_with("*"))
    i = 1;
  else if (t.starts_with("\u203B"))
    i = 3;
  while (i < t.size() && t[i] == ' ') ++i;
  std::size_t letters = 0;
  while (i < t.size()) {
    std::size_t j = i;
    char32_t c = next_code_point(t, j);
    if (!is_hangul_syllable(c)) break;
    ++letters;
    i = j;
  }
  // A numbered note ("주1:", "주2:") under a table that has several.
  std::size_t digits = 0;
  while (i < t.size() && digits < 3 && t[i] >= '0' && t[i] <= '9') ++i, ++digits;
  while (i < t.size() && t[i] == ' ') ++i;
  return letters >= 1 && letters <= 4 && digits <= 2 && i < t.size() && t[i] == ':';
}

void Flow::start_table(std::uint32_t i) {
  // A caption met in the middle of a sentence is set in a column that wraps around its
  // figure: the paragraph goes on after the caption (and the figure's notes).
  int interrupted = open() && open()->type == BlockType::paragraph && !finished_ &&
                            !ctx_.ends_sentence(last_line()) && holds_a_sentence_end(*open())
                        ? open_
                        : -1;
  std::vector<std::uint32_t> above = take_region_above(i);
  BlockType type =
      caption_kind(text(i)) == CaptionKind::figure ? BlockType::figure : BlockType::table;
  BlockLines& table = start(type, i);
  table.caption_line = i;
  table.lines.insert(table.lines.begin(), above.begin(), above.end());
  table_open_ = true;
  interrupted_ = above.empty() ? interrupted : -1;
  caption_below_ = !above.empty() && !stands_above(i, above);
  cells_ = small_cells_ = bulleted_cells_ = 0;
  for (std::uint32_t l : above) count_cell(l);
  finished_ = true;
  note_ahead_.reset();
  if (!body_.known() && above.empty() && interrupted_ < 0) note_ahead_ = region_note_ahead();
}

std::optional<std::size_t> Flow::region_note_ahead() const {
  for (std::size_t k = pos_ + 1; k < lines_.size(); ++k) {
    std::uint32_t l = lines_[k];
    std::string_view t = text(l);
    if (is_table_note(t)) return k;
    if (is_caption(t)) return std::nullopt;
    if (const std::optional<Marker>& m = ctx_.marker(l);
        m && levels_.continues(*m) && heading_candidate(l, true))
      return std::nullopt;
  }
  return std::nullopt;
}

bool Flow::wider_than_body(std::uint32_t i) const {
  return ctx_.width(i) * 100 > ctx_.layout.body_width * (100 + kSmallTypeMargin);
}

bool Flow::runs_on_from(std::uint32_t last) const {
  return wider_than_body(last) && !ctx_.ends_sentence(last);
}

bool Flow::note_runs_on(std::uint32_t last, std::uint32_t i) const {
  if (ctx_.ends_sentence(last)) return false;
  if (body_.known())
    return body_.smaller(last) && body_.of(i).font_size == body_.of(last).font_size;
  return wider_than_body(last) ||
         (!ctx_.is_short(last) && !ctx_.layout.double_spaced && !ctx_.blank_between(last, i));
}

bool Flow::set_above_note(std::uint32_t i) const {
  return body_.known() && ctx_.page(i) == ctx_.page(first_note_) &&
         body_.of(i).bottom <= body_.of(first_note_).top;
}

void Flow::count_cell(std::uint32_t i) {
  // A line without letters in the body's type or larger (a lone circled number drawn from
  // another font) says nothing of the cells' type.
  if (cell_type(i) || has_letter(text(i))) {
    ++cells_;
    small_cells_ += cell_type(i);
  }
  if (std::string_view bullet = bullet_of(i); !bullet.empty()) {
    if (bulleted_cells_ == 0) cell_bullet_ = bullet;
    bulleted_cells_ += bullet == cell_bullet_;
  }
}

std::string_view Flow::bullet_of(std::uint32_t i) const {
  const std::optional<Marker>& m = ctx_.marker(i);
  if (!m || m->style != ListStyle::bullet) return {};
  return text(i).substr(m->begin, m->end - m->begin);
}

bool Flow::goes_on_with_cell_items(std::uint32_t i, std::uint32_t last) const {
  return bulleted_cells_ >= 2 && bullet_of(i) == cell_bullet_ && !ctx_.blank_between(last, i);
}

bool Flow::larger_than_region(std::uint32_t i, const BlockLines& region) const {
  if (!body_.known() || body_.smaller(i)) return false;
  float largest = 0;
  for (std::uint32_t l : region.lines)
    if (l != region.caption_line) largest = std::max(largest, body_.of(l).font_size);
  // A lone symbol drawn from a larger font (a circled number in a cell) is no such line.
  return largest > 0 && body_.of(i).font_size > largest * BodyType::kTypeStep &&
         has_letter(text(i));
}

bool Flow::stands_above(std::uint32_t i, const std::vector<std::uint32_t>& lines) const {
  if (!body_.known()) return false;
  return std::all_of(lines.begin(), lines.end(),
                     [&](std::uint32_t l) { return body_.of(i).bottom <= body_.of(l).top; });
}

bool Flow::could_be_region_lines(const BlockLines& b) const {
  if (b.type == BlockType::heading && b.label.valid()) return false;
  return lines_could_be_cells(b);
}

bool Flow::numbers_a_cell(std::size_t k) const {
  const BlockLines& b = out_.blocks[k];
  if (k == 0 || b.type != BlockType::heading || !b.label.valid() || !lines_could_be_cells(b))
    return false;
  const BlockLines& before = out_.blocks[k - 1];
  return could_be_region_lines(before) &&
         ctx_.page(before.lines.back()) == ctx_.page(b.lines.front());
}

bool Flow::lines_could_be_cells(const BlockLines& b) const {
  if (b.type != BlockType::heading && b.type != BlockType::paragraph && b.type != BlockType::list)
    return false;
  // A line of figures alone (a chart's axis) is a region's however wide it runs, and so is
  // one of cells set apart (layout text).
  return std::all_of(b.lines.begin(), b.lines.end(), [&](std::uint32_t l) {
    std::string_view t = text(l);
    return (ctx_.is_short(l) || !has_letter(t) || holds_cells_set_apart(t)) && !ends_statement(t) &&
           !has_sentence_end_inside(t);
  });
}

bool Flow::holds_cells_set_apart(std::string_view t) {
  return t.find("   ") != std::string_view::npos;
}

std::vector<std::uint32_t> Flow::take_region_above(std::uint32_t i) {
  std::size_t k = out_.blocks.size();
  std::size_t lines = 0;
  while (k > 0) {
    const BlockLines& b = out_.blocks[k - 1];
    if (!(could_be_region_lines(b) || numbers_a_cell(k - 1)) ||
        ctx_.page(b.lines.front()) != ctx_.page(i))
      break;
    lines += b.lines.size();
    --k;
  }
  if (lines < 2 || k == 0 || out_.blocks[k - 1].type == BlockType::table ||
      out_.blocks[k - 1].type == BlockType::figure)
    return {};
  std::vector<std::uint32_t> taken;
  for (std::size_t j = k; j < out_.blocks.size(); ++j) {
    const BlockLines& b = out_.blocks[j];
    taken.insert(taken.end(), b.lines.begin(), b.lines.end());
    taken.insert(taken.end(), b.stranded_markers.begin(), b.stranded_markers.end());
  }
  out_.blocks.resize(k);
  open_ = static_cast<int>(k) - 1;
  median_block_ = -1;  // the cached widths may be of a block taken here
  std::sort(taken.begin(), taken.end());
  taken.erase(std::unique(taken.begin(), taken.end()), taken.end());
  return taken;
}

bool Flow::continue_table(std::uint32_t i) {
  BlockLines& table = *open();
  std::string_view t = text(i);
  if (is_caption(t)) return false;
  if (interrupted_ >= 0 && !is_table_note(t) && continues_interrupted(i)) {
    int paragraph = interrupted_;
    close_table();
    open_ = paragraph;
    finished_ = false;
    median_block_ = -1;
    return false;
  }
  // The next number of the document's headings ("Ⅲ." after "Ⅱ." opened a section) is
  // the next section, never a cell of a table that ran over its page.
  if (const std::optional<Marker>& m = ctx_.marker(i);
      m && levels_.continues(*m) && heading_candidate(i, true)) {
    close_table();
    return false;
  }
  // In a PDF, a line set in the larger type of two headings or more found so far is a
  // heading, never a cell.
  if (set_as_a_heading(i) && heading_candidate(i)) {
    close_table();
    return false;
  }
  if (table_note_seen_ && !is_table_note(t)) {
    if (set_above_note(i)) {
      table.lines.push_back(i);
      return true;
    }
    if (table.lines.back() == last_note_ && note_runs_on(last_note_, i)) {
      table.lines.push_back(i);
      last_note_ = i;
      return true;
    }
    close_table();
    return false;
  }
  if (is_table_note(t)) {
    table.lines.push_back(i);
    if (!table_note_seen_) first_note_ = i;
    last_note_ = i;
    table_note_seen_ = true;
    return true;
  }
  if (caption_below_ || (cells_in_cell_type() && !cell_type(i) && has_letter(t))) {
    close_table();
    return false;
  }
  // In text, the lines before the note ahead are the region's, and so is a line set in
  // smaller type or the wrap of one.
  if ((note_ahead_ && pos_ < *note_ahead_) || text_cell(i) ||
      (!body_.known() && runs_on_from(table.lines.back())) ||
      goes_on_with_cell_items(i, table.lines.back())) {
    table.lines.push_back(i);
    count_cell(i);
    return true;
  }
  // In a PDF a region's cells and a boxed excerpt are set smaller than the body: a line
  // in smaller type stays in the region however wide it runs, and type larger than all
  // the region's own (a heading's, the body's) ends it as a line as wide as prose does.
  bool larger = larger_than_region(i, table);
  if (body_.smaller(i) && !larger) {
    table.lines.push_back(i);
    count_cell(i);
    return true;
  }
  // A full line right under a caption is prose (the region is an image the text lacks),
  // and so is any line on the page after a caption that ends its page.
  // A line of cells set apart is no prose, however wide, nor is a row the region numbers.
  bool wide = !ctx_.is_short(i) && !holds_cells_set_apart(t) && !numbers_on_from_region(i, table);
  bool next_page = ctx_.page(i) != ctx_.page(table.lines.back());
  if (table.lines.size() == 1 && (wide || next_page)) {
    close_table();
    return false;
  }
  if (wide && reread_page_head(table, i)) return true;
  if ((wide || larger) && table.lines.size() > 1) {
    // A heading set apart from the cells above it belongs to the text that follows: set
    // apart by a blank line where cells are not, or by its number; or, where blank lines
    // part the cells, set apart from them and against the prose under it with none between.
    std::uint32_t last = table.lines.back();
    std::optional<Marker> number = ctx_.marker(last);
    if (number && number->style == ListStyle::bullet) number.reset();
    bool gap = !ctx_.layout.double_spaced && table.lines.size() >= 2 &&
               ctx_.blank_between(table.lines[table.lines.size() - 2], last) &&
               (number || !cells_set_apart(table) ||
                (wide && !ctx_.blank_between(last, i) && ctx_.page(last) == ctx_.page(i)));
    close_table();
    if (gap && heading_candidate(last, number.has_value())) {
      BlockLines& t2 = out_.blocks[static_cast<std::size_t>(open_)];
      t2.lines.pop_back();
      BlockLines h;
      h.type = BlockType::heading;
      h.lines.push_back(last);
      // In a PDF the type says the level, as for any unnumbered heading.
      h.level = body_.prominent(last) ? body_.rank(last) + 1 : 1;
      if (number) {
        h.label = *number;
        h.level = levels_.level_for(*number,
                                    text(last).substr(number->begin, number->end - number->begin));
        unnumbered_levels_.other_heading();
      } else if (ctx_.geometry.empty()) {
        h.level = unnumbered_level(text(last), false);
        h.level_guessed = unnumbered_levels_.guessed();
      }
      note_heading_type(last);
      out_.blocks.push_back(std::move(h));
      open_ = static_cast<int>(out_.blocks.size()) - 1;
      finished_ = true;
      previous_heading_level_ = out_.blocks.back().level;
      last_was_heading_ = true;
    }
    return false;
  }
  table.lines.push_back(i);
  count_cell(i);
  return true;
}

bool Flow::reread_page_head(BlockLines& region, std::uint32_t i) {
  if (body_.known()) return false;
  std::size_t k = region.lines.size();
  while (k > 0 && ctx_.page(region.lines[k - 1]) == ctx_.page(i)) --k;
  if (k == 0 || k == region.lines.size() || region.lines.size() - k > kMostPageHeadLines)
    return false;
  std::uint32_t first = region.lines[k];
  std::size_t at = pos_;
  while (at > 0 && lines_[at] != first) --at;
  if (lines_[at] != first) return false;
  region.lines.resize(k);
  close_table();
  pos_ = at - 1;  // the loop's step goes on at `first`
  return true;
}

bool Flow::numbers_on_from_region(std::uint32_t i, const BlockLines& region) const {
  const std::optional<Marker>& m = ctx_.marker(i);
  if (!m || m->style == ListStyle::bullet || m->ordinal < 2) return false;
  std::string_view label = text(i).substr(m->begin, m->end - m->begin);
  bool numbered_on = std::any_of(region.lines.begin(), region.lines.end(), [&](std::uint32_t l) {
    const std::optional<Marker>& row = ctx_.marker(l);
    if (!row || row->style != m->style || row->ordinal + 1 != m->ordinal) return false;
    // ASCII Roman numerals differ in more than their ordinal's spelling ("I.", "II."): their
    // style and closing mark say they number one sequence.
    std::string_view row_label = text(l).substr(row->begin, row->end - row->begin);
    return same_punctuation(row_label, label) ||
           (m->style == ListStyle::roman && row_label.back() == label.back());
  });
  return numbered_on && !ctx_.ends_sentence(i) && !has_sentence_end_inside(text(i));
}

bool Flow::cells_set_apart(const BlockLines& table) const {
  std::size_t pairs = 0, apart = 0;
  for (std::size_t k = 1; k + 1 < table.lines.size(); ++k) {
    if (table.lines[k - 1] == table.caption_line) continue;
    ++pairs;
    if (ctx_.blank_between(table.lines[k - 1], table.lines[k])) ++apart;
  }
  return pairs > 0 && apart * 2 >= pairs;
}

bool Flow::holds_a_sentence_end(const BlockLines& b) const {
  return std::any_of(b.lines.begin(), b.lines.end(), [&](std::uint32_t l) {
    return ctx_.ends_sentence(l) || has_sentence_end_inside(text(l));
  });
}

bool Flow::continues_interrupted(std::uint32_t i) const {
  const BlockLines& p = out_.blocks[static_cast<std::size_t>(interrupted_)];
  if (ctx_.page(i) != ctx_.page(p.lines.back()) || !has_letter(text(i))) return false;
  return !body_.known() || body_.body_sized(i);
}

void Flow::mark_uncaptioned_tables() {
  for (BlockLines& b : out_.blocks) {
    if (b.type != BlockType::paragraph || b.lines.size() < kUncaptionedRows ||
        holds_a_sentence_end(b))
      continue;
    std::size_t digits = 0, letters = 0;
    for (std::uint32_t l : b.lines) {
      std::string_view t = text(l);
      for (std::size_t k = 0; k < t.size();) {
        char32_t c = next_code_point(t, k);
        digits += is_ascii_digit(c);
        letters += is_letter(c);
      }
    }
    if (digits * 100 >= (digits + letters) * kUncaptionedDigitShare) {
      b.type = BlockType::table;
      b.caption_line = BlockLines::kNoCaption;
    }
  }
}

void Flow::close_table() {
  note_ahead_.reset();
  interrupted_ = -1;
  table_open_ = false;
  table_note_seen_ = false;
  caption_below_ = false;
}

}  // namespace kbrief::detail
