// SPDX-License-Identifier: MIT
// The body's flow: what remains once footnotes, furniture and the front page's metadata are
// out of the way, read line by line into headings, paragraphs, lists and tables.
//
// A paragraph goes on until a line that is both short of the body's full width and ends a
// sentence; page breaks, footnote blocks and furniture between its lines do not end it.
// A short line without a sentence's end, standing after finished text, is a heading; a
// line starting with a marker is a list item when it can start or continue a list.
#include <algorithm>
#include <functional>
#include <iterator>
#include <queue>

#include "blocks_detail.h"
#include "body_type.h"
#include "heading_levels.h"
#include "markers.h"
#include "paragraph_starts.h"
#include "punctuation.h"
#include "unicode.h"
#include "unnumbered_levels.h"

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

namespace {

// The upper median (element size/2 of the sorted values) of a growing multiset, in
// O(log n) per value: a block of n lines asks for it n times, so sorting would be O(n²).
class RunningMedian {
 public:
  void add(int value) {
    if (upper_.empty() || value >= upper_.top())
      upper_.push(value);
    else
      lower_.push(value);
    std::size_t n = lower_.size() + upper_.size();
    while (lower_.size() > n / 2) {
      upper_.push(lower_.top());
      lower_.pop();
    }
    while (lower_.size() < n / 2) {
      lower_.push(upper_.top());
      upper_.pop();
    }
  }
  std::size_t size() const { return lower_.size() + upper_.size(); }
  int median() const { return upper_.top(); }  // requires size() > 0
  void clear() { *this = RunningMedian(); }

 private:
  std::priority_queue<int> lower_;                                       // the smaller half
  std::priority_queue<int, std::vector<int>, std::greater<int>> upper_;  // the rest
};

bool is_lone_number(std::string_view t) {
  return !t.empty() && t.size() <= 2 &&
         std::all_of(t.begin(), t.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool has_letter(std::string_view t) {
  for (std::size_t i = 0; i < t.size();)
    if (is_letter(next_code_point(t, i))) return true;
  return false;
}

// A single letter alone on a line: a drop cap the extractor set apart from its word.
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

// One level of the open list: its marker kind and count so far.
struct ListLevel {
  ListStyle style;
  int ordinal;
  std::string label;
  int indent;      // of its first item's line
  bool by_indent;  // opened by indentation, under a level of the same kind
};

class Flow {
 public:
  Flow(Ctx& ctx, Blocks& out)
      : ctx_(ctx),
        out_(out),
        lines_(ctx.free_lines()),
        starts_(read_paragraph_starts(ctx, lines_)),
        body_(ctx.geometry, lines_) {
    for (const auto& n : out_.footnotes) note_numbers_.push_back(n.number);
    std::sort(note_numbers_.begin(), note_numbers_.end());
  }

  void run() {
    for (pos_ = 0; pos_ < lines_.size(); ++pos_) step(lines_[pos_]);
    close_table();
    adopt_leftovers();
    promote_counted_leads(ctx_, out_.blocks);
    settle_guessed_levels(ctx_, out_.blocks);
    if (ctx_.geometry.empty()) level_by_space_below(ctx_, out_.blocks);
    level_counted_headings(ctx_, out_.blocks);
    promote_counted_items(ctx_, out_.blocks);
    mark_summaries();
    mark_summary_box();
  }

 private:
  std::string_view text(std::uint32_t i) const { return ctx_.line(i); }
  bool bracket_open(std::uint32_t i) const { return ctx_.bracket_open(i); }
  BlockLines* open() {
    return open_ >= 0 ? &out_.blocks[static_cast<std::size_t>(open_)] : nullptr;
  }
  std::uint32_t last_line() {
    return open()->items.empty() ? open()->lines.back() : open()->items.back().lines.back();
  }

  // A short line that could stand alone: no sentence end, nothing left open (a bracket, a
  // comma), and no wrap cue saying the line goes on. In a PDF a numbered line set in type
  // more prominent than the body's stands apart as a heading however wide it runs.
  // `any_width`: the width says nothing (other evidence set the line apart).
  bool heading_candidate(std::uint32_t i, bool numbered = false, bool any_width = false) const {
    std::string_view t = text(i);
    bool apart = any_width || ctx_.is_short(i) || (numbered && body_.prominent(i));
    if (!apart || ctx_.ends_statement(i) || ends_open(t) || !has_letter(t) || is_lone_number(t))
      return false;
    if (bracket_open(i) || t.find("://") != std::string_view::npos) return false;
    if (ctx_.layout.wrap_cues && ctx_.layout.lines[i].trailing_space) return false;
    // In a PDF an unnumbered heading is set apart by its type; the body's type is not one.
    if (body_.known() && !numbered) return body_.prominent(i);
    // An unnumbered heading is clearly shorter than a full line.
    return numbered || ctx_.width(i) * 100 <= ctx_.layout.body_width * 85;
  }

  // Whether the line at pos_ is one of three short lines or more set one right under the
  // other in text (no blank line, no other line between), none a sentence's end nor an item,
  // with blank lines above and below them: a column of a table's cells that the extractor
  // took apart and set as a block of its own. Headings that a document stacks so (text
  // without blank lines) go on into their text; a column set apart by blank lines does not.
  bool in_cell_column() const {
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

  // Whether line i, in text without type sizes, is the last of its page's body text.
  bool ends_page_text(std::uint32_t i) const {
    return !body_.known() && next_line() && ctx_.page(*next_line()) != ctx_.page(i);
  }

  // A short line that ends its page's text, after finished prose, is the end of the page's
  // last footnote when that note is unfinished (its last lines set in the next column): taken
  // into the note, it is no heading with nothing under it.
  bool ends_unfinished_note(std::uint32_t i) {
    // Notes stand in the order of their first lines: the page's last note before line i is
    // found by halving, not by a walk over the notes after it.
    auto after =
        std::partition_point(out_.footnotes.begin(), out_.footnotes.end(),
                             [&](const FootnoteLines& note) { return note.lines.front() < i; });
    if (after == out_.footnotes.begin()) return false;
    FootnoteLines& note = *std::prev(after);
    std::uint32_t last = note.lines.back();
    if (last > i || ctx_.page(last) != ctx_.page(i) || ctx_.ends_sentence(last)) return false;
    note.lines.push_back(i);
    return true;
  }

  // Whether the line at pos_ opens prose set in a narrow column (beside a figure): the
  // short lines that run on from it, no blank line between, no marker, wrap a sentence that
  // ends on the third line or later (not on the one right after it), or run to one right
  // edge, four lines in a row, as a justified column does (its sentence may end past it).
  bool opens_narrow_prose() const {
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
  int right_edge(std::uint32_t i) const { return ctx_.layout.lines[i].indent + ctx_.width(i); }

  // Whether what is open has come to an end, so that a new block may start.
  bool settled() {
    if (!open()) return true;
    if (finished_) return true;
    return open()->type == BlockType::heading || is_region(open()->type);
  }
  // For headings: the text before ends a sentence even if its line is full.
  bool sentence_closed() { return settled() || ctx_.ends_sentence(last_line()); }

  // A footnote marker alone on its line: "7)", or "1000)" when the notes are numbered so far.
  bool is_stranded(std::string_view t) const {
    std::optional<Marker> m = stranded_label(t, kFootnoteSequenceDigits);
    if (!m || !needs_sequence(static_cast<int>(m->end - m->begin) - 1)) return m.has_value();
    return std::binary_search(note_numbers_.begin(), note_numbers_.end(), m->ordinal);
  }

  std::optional<std::uint32_t> next_line() const {
    return pos_ + 1 < lines_.size() ? std::optional<std::uint32_t>(lines_[pos_ + 1]) : std::nullopt;
  }

  void step(std::uint32_t i) {
    std::string_view t = text(i);
    if (table_open_ && continue_table(i)) return;

    if (is_stranded(t)) {
      if (open() && open()->type != BlockType::heading)
        open()->stranded_markers.push_back(i);
      else
        pending_markers_.push_back(i);
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
                        !is_table_note(t) && !in_cell_column();
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
    // body's paragraph under an item set as a sub-heading) starts a block of its own.
    if (!settled() && open()->type == BlockType::list && leaves_item_type(i)) finished_ = true;
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
    start(BlockType::paragraph, i).start_guessed = evidence == ParagraphStart::guessed;
    after_text_line(i);
  }

  // Whether line i, with a blank line above it, is set in a size other than the open list
  // item's first line (by the body's yardstick).
  bool leaves_item_type(std::uint32_t i) const {
    if (!body_.known()) return false;
    const BlockLines& b = out_.blocks[static_cast<std::size_t>(open_)];
    float item = body_.of(b.items.back().lines.front()).font_size, own = body_.of(i).font_size;
    return ctx_.blank_between(b.lines.back(), i) &&
           std::max(item, own) > std::min(item, own) * BodyType::kTypeStep;
  }

  // In layout text a wrapped item's lines hang under its text, deeper than its marker: a
  // line right under the item's last one, so indented, goes on with the item however short
  // that line was (a box narrower than the body ends its lines early).
  bool hangs_under_item(std::uint32_t i) {
    const BlockLines* b = open();
    if (!b || b->type != BlockType::list || pos_ == 0) return false;
    const ListItemLines& item = b->items.back();
    int indent = ctx_.layout.lines[i].indent;
    int column = item_text_column(item);
    return lines_[pos_ - 1] == item.lines.back() && indent >= column &&
           indent <= column + kSubListIndent && ctx_.page(i) == ctx_.page(item.lines.back()) &&
           !ctx_.blank_between(item.lines.back(), i);
  }

  // The column where an item's text starts after its marker (a wide marker such as "－"
  // may set it up to kSubListIndent further on the page).
  int item_text_column(const ListItemLines& item) const {
    std::string_view t = text(item.lines.front());
    std::size_t k = item.marker.end;
    int column = ctx_.layout.lines[item.lines.front()].indent +
                 static_cast<int>(count_code_points(t.substr(0, k)));
    for (std::size_t j = k; j < t.size() && is_space(next_code_point(t, j)); k = j) ++column;
    return column;
  }

  // Whether the line at pos_ starts a paragraph although the open one's last line reaches
  // the margin: that line ends a sentence, and this one is indented as first lines are or,
  // in a document without indentation to read, falls short of the margin as the document's
  // first lines do, or opens with a word that opens the document's paragraphs (a guess). An
  // indented line set apart by a blank line starts one even where the document's indentation alone
  // says nothing: the two signs together do.
  enum class ParagraphStart { none, indented, guessed };
  ParagraphStart paragraph_start() {
    if (open()->type != BlockType::paragraph) return ParagraphStart::none;
    std::uint32_t before = last_line();
    if (bracket_open(before)) return ParagraphStart::none;
    bool set_apart = !ctx_.layout.double_spaced && ctx_.blank_between(before, lines_[pos_]);
    if (!ctx_.ends_sentence(before)) {
      // A sentence of prose whose end mark was left out ("… 수도 있다"): its line ends short,
      // space stands under it, and the next is indented as the document indents first lines.
      // (A table's cells read as a paragraph end no sentence: they wait for their table.)
      bool three_signs = set_apart && ctx_.is_short(before) && starts_.indents_first_lines &&
                         starts_.nudged_start[pos_] &&
                         ctx_.page(before) == ctx_.page(lines_[pos_]) &&
                         holds_a_sentence_end(*open());
      return three_signs ? ParagraphStart::indented : ParagraphStart::none;
    }
    if (starts_.indented_start[pos_] && (starts_.indents_first_lines || set_apart))
      return ParagraphStart::indented;
    if (starts_.nudged_start[pos_] && (starts_.nudges_first_lines || set_apart))
      return ParagraphStart::indented;
    if (starts_.narrow_start[pos_]) return ParagraphStart::indented;
    return starts_.opener_start[pos_] ? ParagraphStart::guessed : ParagraphStart::none;
  }

  // Whether line i, the latest of the open block, is short of a full line: measured
  // against the body's width, or against the block's own lines when they run wider (a
  // summary box spanning two columns).
  // A list's items are indented, so once items have wrapped in the document, a full item
  // line is as wide as those wrapped lines, not as the body's.
  bool short_in_block(std::uint32_t i) {
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

  // A block is finished by a short line that ends a sentence (a list item by any short
  // line: items often end in a noun), never by one that leaves a bracket open.
  void after_text_line(std::uint32_t i) {
    bool list = open()->type == BlockType::list;
    finished_ = short_in_block(i) && (list || ctx_.ends_sentence(i)) && !bracket_open(i);
  }

  BlockLines& start(BlockType type, std::uint32_t i) {
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

  // Whether line i is set in the type, larger than the body's, of two headings or more
  // found before: the document's own heading type, where one heading may be a stray label.
  bool set_as_a_heading(std::uint32_t i) const {
    return std::any_of(heading_types_.begin(), heading_types_.end(), [&](const auto& t) {
      return t.second >= 2 && body_.same_larger_type(t.first, i);
    });
  }
  // Counts a heading's type, kept by its first line.
  void note_heading_type(std::uint32_t i) {
    if (!body_.same_larger_type(i, i)) return;  // not larger than the body's
    for (auto& [line, count] : heading_types_)
      if (body_.same_larger_type(line, i)) {
        ++count;
        return;
      }
    heading_types_.emplace_back(i, 1);
  }

  // The level of an unnumbered heading right above the block about to start: the last
  // block, or the one before it when that is a single paragraph (a section's lead-in);
  // 0 when there is none.
  int unnumbered_heading_above() const {
    std::size_t k = out_.blocks.size();
    if (k > 0 && out_.blocks[k - 1].type == BlockType::paragraph) --k;
    if (k == 0) return 0;
    const BlockLines& b = out_.blocks[k - 1];
    return b.type == BlockType::heading && !b.label.valid() ? b.level : 0;
  }

  // An unnumbered heading's level in text input, where no type size ranks it: from where it
  // stands among the headings before it. The heading right above
  // may show itself a section heading by having this one right under it, and its level is set
  // again.
  int unnumbered_level(std::string_view t, bool under_heading) {
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

  void finish_heading(BlockLines& h) {
    previous_heading_level_ = h.level;
    finished_ = true;
  }

  // Line-initial markers: a list item when the marker continues the open list or can start
  // one after finished text; a numbered heading when it is short, unpunctuated, and not
  // followed by a sibling item.
  bool list_item(std::uint32_t i, const Marker& m) {
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
    if (!sentence_closed() && !symbol_bullet) return false;
    // However wide it runs, a numbered line that could stand alone numbers a heading when
    // it opens the document's heading numbering or goes on with it. Not so a Hangul letter's
    // marker, which a wrapped sentence's end may spell ("있" + "다. "): as wide as prose, it
    // must open the numbering with a next heading of its own.
    bool wrap_may_spell = m.style == ListStyle::hangul;
    bool numbers_headings = ordered && !sibling_follows(m) && heading_candidate(i, true, true) &&
                            (opens_heading_numbering(m, label, wrap_may_spell) ||
                             (!wrap_may_spell && levels_.continues(m)));
    if (ordered && ((heading_candidate(i, true) && !sibling_follows(m)) || numbers_headings)) {
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
    if (!settled() && !symbol_bullet) return false;
    promote_lead_in_to_heading();
    BlockLines& list = start(BlockType::list, i);
    ListItemLines item;
    item.marker = m;
    item.lines.push_back(i);
    list.items.push_back(std::move(item));
    list_stack_.assign(
        1, {m.style, m.ordinal, std::string(label), ctx_.layout.lines[i].indent, false});
    take_split_first_word(list);
    after_text_line(list.lines.back());
    return true;
  }

  // An item whose text is one letter on its marker's line ("◎생"): the extractor set the
  // item's first letter apart, as it does a drop cap, and the next line goes on with its word.
  void take_split_first_word(BlockLines& list) {
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

  // A single unpunctuated line between a heading and a list is the list's sub-heading (a
  // summary box's bold lead-in), whatever its width.
  void promote_lead_in_to_heading() {
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

  // Whether the next marker of this one's kind (its number's punctuation alike) numbers the
  // next item as a heading does, after prose of its own: the document numbers its headings
  // so, and this line opens that numbering, however wide it runs, rather than a list.
  // `short_next`: the next one must be short of a full line itself.
  bool opens_heading_numbering(const Marker& m, std::string_view label, bool short_next) const {
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

  // Whether two labels have the same characters other than their digits: "(1)" and "(12)"
  // do, "1." and "1)" do not.
  static bool same_punctuation(std::string_view a, std::string_view b) {
    std::size_t i = 0, j = 0;
    for (;; ++i, ++j) {
      while (i < a.size() && is_ascii_digit(static_cast<unsigned char>(a[i]))) ++i;
      while (j < b.size() && is_ascii_digit(static_cast<unsigned char>(b[j]))) ++j;
      if (i == a.size() || j == b.size()) return i == a.size() && j == b.size();
      if (a[i] != b[j]) return false;
    }
  }

  // A heading that runs to the margin goes on to the next line when that line follows
  // straight on (no space between), short and unpunctuated: the heading's wrapped end.
  void take_heading_wrap(BlockLines& h) {
    auto next = next_line();
    if (ctx_.is_short(h.lines.back()) || !next || ctx_.blank_between(h.lines.back(), *next) ||
        ctx_.marker(*next) || !heading_candidate(*next, true) ||
        ctx_.page(*next) != ctx_.page(h.lines.back()))
      return;
    h.lines.push_back(*next);
    ++pos_;
  }

  bool sibling_follows(const Marker& m) const {
    auto next = next_line();
    if (!next) return false;
    const std::optional<Marker>& n = ctx_.marker(*next);
    return n && n->style == m.style && n->ordinal == m.ordinal + 1;
  }

  // Whether the marker is the next item at some level of the open list.
  bool continues_list(const Marker& m, std::string_view label) const {
    return std::any_of(list_stack_.begin(), list_stack_.end(), [&](const auto& e) {
      bool same = e.style == m.style && (m.style != ListStyle::bullet || e.label == label);
      return same && (m.style == ListStyle::bullet || m.ordinal == e.ordinal + 1);
    });
  }

  // The nesting level the marker on line i takes in the open list, or 0 when it cannot
  // continue it. A new marker kind opens a level under the open ones; so does the innermost
  // kind's marker set deeper on the page (a sub-list of the same bullet), and a level opened
  // that way closes when a line comes back out to the indentation above it.
  int list_level(std::uint32_t i, const Marker& m, std::string_view label, bool item_finished) {
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

  // Whether line i is indented under the items of `level`, as sub-items are: a few
  // characters deeper on the same page (further would be another column).
  bool indented_under(const ListLevel& level, std::uint32_t i) {
    int indent = ctx_.layout.lines[i].indent;
    return indent >= level.indent + kSubListIndent && indent <= level.indent + 4 * kSubListIndent &&
           ctx_.page(i) == ctx_.page(last_line());
  }

  // A caption opens a figure or a table, as its word says. A caption printed under its
  // region takes the region's lines before it; cells then no longer follow it, only notes.
  void start_table(std::uint32_t i) {
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

  // In text, whose type says nothing of cells, the note that closes the region opened by the
  // caption at pos_: the first note line before any other caption and before the next
  // number of the document's headings. The lines up to it, however wide they run, are the
  // region's (a PDF sets them in smaller type than the body's). Each line is read by the
  // scan from the nearest caption above it only.
  std::optional<std::size_t> region_note_ahead() const {
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

  // A line clearly wider than the body's full lines is set in smaller type: in text, where
  // nothing else tells the type, a cell or a boxed excerpt.
  bool wider_than_body(std::uint32_t i) const {
    return ctx_.width(i) * 100 > ctx_.layout.body_width * (100 + kSmallTypeMargin);
  }
  bool text_cell(std::uint32_t i) const { return !body_.known() && wider_than_body(i); }

  // Whether the region's line `last`, set in smaller type, runs on into the next: wider than
  // the body's lines, it ends no sentence.
  bool runs_on_from(std::uint32_t last) const {
    return wider_than_body(last) && !ctx_.ends_sentence(last);
  }
  // Whether line i is the wrap of the note line `last`, which ends no sentence: in a PDF, set
  // in the note's smaller type; in text, after a line wider than the body's, or after a full
  // line with no blank line between.
  bool note_runs_on(std::uint32_t last, std::uint32_t i) const {
    if (ctx_.ends_sentence(last)) return false;
    if (body_.known())
      return body_.smaller(last) && body_.of(i).font_size == body_.of(last).font_size;
    return wider_than_body(last) ||
           (!ctx_.is_short(last) && !ctx_.layout.double_spaced && !ctx_.blank_between(last, i));
  }

  // Whether a PDF sets line i above the open region's first note on the note's page: a cell
  // its text layer reads after the note (a table's right column), not the text after it.
  bool set_above_note(std::uint32_t i) const {
    return body_.known() && ctx_.page(i) == ctx_.page(first_note_) &&
           body_.of(i).bottom <= body_.of(first_note_).top;
  }

  // A PDF's line set in smaller type than the body's, as a table's cells are: even as wide
  // as prose, it is no prose that ends the region.
  bool cell_type(std::uint32_t i) const { return body_.smaller(i); }
  void count_cell(std::uint32_t i) {
    ++cells_;
    small_cells_ += cell_type(i);
    if (std::string_view bullet = bullet_of(i); !bullet.empty()) {
      if (bulleted_cells_ == 0) cell_bullet_ = bullet;
      bulleted_cells_ += bullet == cell_bullet_;
    }
  }
  // The bullet symbol line i opens with, or "" when it opens with none.
  std::string_view bullet_of(std::uint32_t i) const {
    const std::optional<Marker>& m = ctx_.marker(i);
    if (!m || m->style != ListStyle::bullet) return {};
    return text(i).substr(m->begin, m->end - m->begin);
  }
  // Whether line i is one more item of a list the region's cells hold: it opens with the
  // bullet that opened two of its cells or more, right under the cell before it.
  bool goes_on_with_cell_items(std::uint32_t i, std::uint32_t last) const {
    return bulleted_cells_ >= 2 && bullet_of(i) == cell_bullet_ && !ctx_.blank_between(last, i);
  }
  // Whether every cell read so far, and at least kTypedCells of them, is set in type smaller
  // than the body's: a line of the body's type or larger then leaves the region (a heading,
  // prose), however short. Fewer may be a unit line or a heading over the region's image.
  bool cells_in_cell_type() const { return cells_ >= kTypedCells && small_cells_ == cells_; }

  // Whether, in a PDF, line i is set in type larger than any cell of the region so far (its
  // caption aside: a caption's type says nothing of its cells'), and no smaller than the
  // body's (a unit note over a table's columns is set a little larger than its cells).
  bool larger_than_region(std::uint32_t i, const BlockLines& region) const {
    if (!body_.known() || body_.smaller(i)) return false;
    float largest = 0;
    for (std::uint32_t l : region.lines)
      if (l != region.caption_line) largest = std::max(largest, body_.of(l).font_size);
    // A lone symbol drawn from a larger font (a circled number in a cell) is no such line.
    return largest > 0 && body_.of(i).font_size > largest * BodyType::kTypeStep &&
           has_letter(text(i));
  }

  // Whether, in a PDF, caption line i is printed above the lines that reading order put
  // before it: the head of a table over its cells, which its cells still follow.
  bool stands_above(std::uint32_t i, const std::vector<std::uint32_t>& lines) const {
    if (!body_.known()) return false;
    return std::all_of(lines.begin(), lines.end(),
                       [&](std::uint32_t l) { return body_.of(i).bottom <= body_.of(l).top; });
  }

  // Whether a block read so far could be labels of a figure or cells of a table: lines
  // short of the body's width, none of them ending a sentence, and no numbered heading.
  bool could_be_region_lines(const BlockLines& b) const {
    if (b.type == BlockType::heading && b.label.valid()) return false;
    if (b.type != BlockType::heading && b.type != BlockType::paragraph && b.type != BlockType::list)
      return false;
    // A line of figures alone (a chart's axis) is a region's however wide it runs, and so is
    // one of cells set apart (layout text).
    return std::all_of(b.lines.begin(), b.lines.end(), [&](std::uint32_t l) {
      std::string_view t = text(l);
      return (ctx_.is_short(l) || !has_letter(t) || holds_cells_set_apart(t)) &&
             !ends_statement(t) && !has_sentence_end_inside(t);
    });
  }

  // Layout text sets a table's or a diagram's cells side by side, three blanks or more apart;
  // prose, its columns read apart, has single spaces.
  static bool holds_cells_set_apart(std::string_view t) {
    return t.find("   ") != std::string_view::npos;
  }

  // The lines of a region printed above its caption (line i): the blocks since the last
  // finished prose on the caption's page, when all could be region lines and there are at
  // least two of them (one short line is a heading over the caption, not a region).
  std::vector<std::uint32_t> take_region_above(std::uint32_t i) {
    std::size_t k = out_.blocks.size();
    std::size_t lines = 0;
    while (k > 0) {
      const BlockLines& b = out_.blocks[k - 1];
      if (!could_be_region_lines(b) || ctx_.page(b.lines.front()) != ctx_.page(i)) break;
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

  // Cells go on until a note line (kept) or a line as wide as prose (not kept; a short
  // unpunctuated line just before it is handed back as a heading).
  bool continue_table(std::uint32_t i) {
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
    if (caption_below_ || (cells_in_cell_type() && !cell_type(i))) {
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
    // A line of cells set apart is no prose, however wide.
    bool wide = !ctx_.is_short(i) && !holds_cells_set_apart(t);
    bool next_page = ctx_.page(i) != ctx_.page(table.lines.back());
    if (table.lines.size() == 1 && (wide || next_page)) {
      close_table();
      return false;
    }
    if ((wide || larger) && table.lines.size() > 1) {
      // A heading set apart from the cells above it belongs to the text that follows: set
      // apart by a blank line where cells are not, or by its number.
      std::uint32_t last = table.lines.back();
      std::optional<Marker> number = ctx_.marker(last);
      if (number && number->style == ListStyle::bullet) number.reset();
      bool gap = !ctx_.layout.double_spaced && table.lines.size() >= 2 &&
                 ctx_.blank_between(table.lines[table.lines.size() - 2], last) &&
                 (number || !cells_set_apart(table));
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
          h.level = levels_.level_for(
              *number, text(last).substr(number->begin, number->end - number->begin));
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

  // Whether most cells before the last stand apart with blank lines between them, so that
  // a blank line before the last one sets no heading apart.
  bool cells_set_apart(const BlockLines& table) const {
    std::size_t pairs = 0, apart = 0;
    for (std::size_t k = 1; k + 1 < table.lines.size(); ++k) {
      if (table.lines[k - 1] == table.caption_line) continue;
      ++pairs;
      if (ctx_.blank_between(table.lines[k - 1], table.lines[k])) ++apart;
    }
    return pairs > 0 && apart * 2 >= pairs;
  }

  // Whether a block's lines end a sentence somewhere: prose, not a table's cells read as a
  // paragraph.
  bool holds_a_sentence_end(const BlockLines& b) const {
    return std::any_of(b.lines.begin(), b.lines.end(), [&](std::uint32_t l) {
      return ctx_.ends_sentence(l) || has_sentence_end_inside(text(l));
    });
  }

  // Whether line i, after a caption that cut a paragraph short, is that paragraph's text:
  // on the caption's page, with a letter, and in a PDF in the body's type (a figure's
  // labels are smaller).
  bool continues_interrupted(std::uint32_t i) const {
    const BlockLines& p = out_.blocks[static_cast<std::size_t>(interrupted_)];
    if (ctx_.page(i) != ctx_.page(p.lines.back()) || !has_letter(text(i))) return false;
    return !body_.known() || body_.body_sized(i);
  }

  void close_table() {
    note_ahead_.reset();
    interrupted_ = -1;
    table_open_ = false;
    table_note_seen_ = false;
    caption_below_ = false;
  }

  // Markers or a drop cap waiting for a block that never came go to the last block; with no
  // block at all, they make a paragraph of their own.
  void adopt_leftovers() {
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

  // Prose set apart on the first page, after the byline and before any heading, ending
  // there, and citing no footnote, is the brief's summary.
  void mark_summaries() {
    if (ctx_.layout.pages < 2 || out_.blocks.empty()) return;
    std::uint32_t first_page = ctx_.page(out_.blocks.front().lines.front());
    std::vector<std::size_t> candidates;
    std::size_t k = 0;
    for (; k < out_.blocks.size(); ++k) {
      const BlockLines& b = out_.blocks[k];
      std::uint32_t last = *std::max_element(b.lines.begin(), b.lines.end());
      if (b.type != BlockType::paragraph || ctx_.page(b.lines.front()) != first_page ||
          ctx_.page(last) != first_page)
        break;
      candidates.push_back(k);
    }
    if (candidates.empty() || out_.metadata.empty()) return;
    // A summary box carries no footnote references: prose that cites a note is the body.
    for (std::size_t c : candidates)
      if (cites_a_note(out_.blocks[c])) return;
    if (k < out_.blocks.size()) {
      const BlockLines& next = out_.blocks[k];
      if (next.type != BlockType::heading && ctx_.page(next.lines.front()) == first_page) return;
    }
    for (std::size_t c : candidates) out_.blocks[c].type = BlockType::summary;
  }

  bool cites_a_note(const BlockLines& b) const {
    for (std::uint32_t l : b.lines)
      for (const GluedMarker& m : glued_markers(text(l), kFootnoteSequenceDigits))
        if (std::any_of(out_.footnotes.begin(), out_.footnotes.end(),
                        [&](const auto& n) { return n.number == m.number; }))
          return true;
    return false;
  }

  // A summary box of items: the first page's blocks are short labels, lead lines and lists,
  // none of them prose that ends a sentence or a numbered heading, none citing a note, all
  // ending on that page; and the body starts afresh on a later page with a paragraph of its
  // own. The box opens at most two blocks (a section's label and lead) before its first
  // items; each of its sections (a label, its lead, its items with their sub-items) becomes
  // one summary. Blocks before it (a byline the front matter missed) stay as they are.
  void mark_summary_box() {
    if (ctx_.layout.pages < 2 || out_.blocks.empty()) return;
    std::uint32_t first_page = ctx_.page(out_.blocks.front().lines.front());
    std::size_t n = 0, first_items = out_.blocks.size();
    for (; n < out_.blocks.size(); ++n) {
      const BlockLines& b = out_.blocks[n];
      if (ctx_.page(b.lines.front()) != first_page) break;
      if (ctx_.page(*std::max_element(b.lines.begin(), b.lines.end())) != first_page) return;
      if (b.type == BlockType::list)
        first_items = std::min(first_items, n);
      else if (b.type == BlockType::paragraph && ends_with_period(text(b.lines.back())))
        return;  // prose: a box's lines end in nouns and nominal endings ("확인", "수행함")
      else if (b.type != BlockType::paragraph && b.type != BlockType::heading)
        return;
      if ((b.type == BlockType::heading && b.label.valid()) || cites_a_note(b)) return;
    }
    if (first_items >= n || n == out_.blocks.size() || out_.blocks[n].type != BlockType::paragraph)
      return;
    const auto from = static_cast<std::ptrdiff_t>(box_start(first_items));
    const auto to = static_cast<std::ptrdiff_t>(n);
    std::vector<BlockLines> box;
    for (auto k = from; k < to; ++k)
      add_to_box(box, std::move(out_.blocks[static_cast<std::size_t>(k)]));
    out_.blocks.erase(out_.blocks.begin() + from, out_.blocks.begin() + to);
    out_.blocks.insert(out_.blocks.begin() + from, std::make_move_iterator(box.begin()),
                       std::make_move_iterator(box.end()));
  }

  // In layout text a box's side label shares its line with the lead, apart by a column gap
  // (three spaces or more) after a few words: the label's end, when line i so starts.
  std::optional<std::uint32_t> side_label_end(std::uint32_t i) const {
    std::string_view t = text(i);
    std::size_t gap = t.find("   ");
    if (gap == std::string_view::npos || gap == 0 || trim(t.substr(gap)).empty() ||
        count_code_points(t.substr(0, gap)) > kSideLabelLength)
      return std::nullopt;
    return static_cast<std::uint32_t>(gap);
  }

  // Where the box opens, before its first items: its lead lines run straight into them (no
  // blank line between), and a heading set apart above the lead, not to its right (a byline
  // is), is the section's label.
  std::size_t box_start(std::size_t first_items) const {
    std::size_t k = first_items;
    auto first_line = [&](std::size_t j) { return out_.blocks[j].lines.front(); };
    auto last_line = [&](std::size_t j) {
      const auto& l = out_.blocks[j].lines;
      return *std::max_element(l.begin(), l.end());
    };
    while (k > 0 && !ctx_.blank_between(last_line(k - 1), first_line(k))) --k;
    if (k > 0 && k < first_items && out_.blocks[k - 1].type == BlockType::heading &&
        ctx_.layout.lines[first_line(k - 1)].indent <= ctx_.layout.lines[first_line(k)].indent)
      --k;
    return k;
  }

  // A section opens with the box or after items, set apart by a blank line (a line that
  // runs straight on from an item is the rest of the item, cut short by the box's width);
  // a heading that opens a section is its title.
  void add_to_box(std::vector<BlockLines>& box, BlockLines b) const {
    if (!box.empty() && b.type != BlockType::list && !box.back().items.empty() &&
        !ctx_.blank_between(box.back().lines.back(), b.lines.front())) {
      ListItemLines& item = box.back().items.back();
      item.lines.insert(item.lines.end(), b.lines.begin(), b.lines.end());
      box.back().lines.insert(box.back().lines.end(), b.lines.begin(), b.lines.end());
      return;
    }
    if (box.empty() || (b.type != BlockType::list && !box.back().items.empty())) {
      box.emplace_back().type = BlockType::summary;
      if (auto end = side_label_end(b.lines.front()); end && b.type != BlockType::list) {
        box.back().label = Marker{0, *end, ListStyle::bullet, 0};
      } else if (b.type == BlockType::heading) {
        box.back().lines = std::move(b.lines);
        box.back().title_lines = box.back().lines.size();
        return;
      }
    }
    BlockLines& s = box.back();
    s.lines.insert(s.lines.end(), b.lines.begin(), b.lines.end());
    s.stranded_markers.insert(s.stranded_markers.end(), b.stranded_markers.begin(),
                              b.stranded_markers.end());
    for (ListItemLines& item : b.items) s.items.push_back(std::move(item));
  }

  Ctx& ctx_;
  Blocks& out_;
  std::vector<std::uint32_t> lines_;
  ParagraphStarts starts_;         // evidence for starts after lines that reach the margin
  BodyType body_;                  // the body's typical type, for a PDF's headings
  std::vector<int> note_numbers_;  // of the footnotes found, ascending
  std::size_t pos_ = 0;
  int open_ = -1;
  bool finished_ = true;
  bool table_open_ = false;
  bool table_note_seen_ = false;
  bool caption_below_ = false;  // the open region's lines came before its caption
  // The open region's cells (its lines but the caption and notes), and of them those set in
  // smaller type than the body's (a PDF's).
  std::size_t cells_ = 0, small_cells_ = 0;
  // Of them, those that open with the bullet the first bulleted cell opened with.
  std::size_t bulleted_cells_ = 0;
  std::string_view cell_bullet_;
  std::uint32_t first_note_ = 0;  // the open region's first note line, once seen
  std::uint32_t last_note_ = 0;   // and its last note line (or a note's wrapped line)
  // In text, where in lines_ the note that closes the open region stands, when one does.
  std::optional<std::size_t> note_ahead_;
  int interrupted_ = -1;  // the paragraph the open region's caption cut short, if any
  bool last_was_heading_ = false;
  int previous_heading_level_ = 0;  // of the last numbered heading, or the first of a run
  std::optional<std::uint32_t> pending_drop_cap_;
  std::vector<std::uint32_t> pending_markers_;
  HeadingLevels levels_;
  UnnumberedLevels unnumbered_levels_;
  // A PDF's heading types, larger than the body's: a first line of each, and how many.
  std::vector<std::pair<std::uint32_t, int>> heading_types_;
  // How much deeper than its parent's a sub-item's marker is set, in characters.
  static constexpr int kSubListIndent = 2;
  static constexpr std::size_t kTypedCells = 3;
  // How much wider than the body's full lines, in percent, a text line set in smaller type
  // runs: the body's own full lines keep within the 8% its width was measured over.
  static constexpr int kSmallTypeMargin = 10;
  // How far on a numbered line looks for the next number of its kind, in lines.
  static constexpr std::size_t kNumberingLookahead = 80;
  // How far opens_narrow_prose() looks for a sentence's end, in lines.
  static constexpr std::size_t kNarrowProseLines = 8;
  // A justified column: this many lines in a row whose right edges lie within kJustifiedSlack
  // columns of each other (text widths differ by a space's stretch and half-width letters),
  // a quarter of the body's measure from the margin or more (a few words each: short
  // headings in a row may end alike by chance).
  static constexpr std::size_t kJustifiedLines = 4;
  static constexpr int kJustifiedSlack = 3;
  // The fewest short lines stacked without a blank line that in_cell_column() reads as cells.
  static constexpr std::size_t kCellColumnLines = 3;
  // How far in_cell_column() looks up and down for the ends of a column.
  static constexpr std::size_t kCellColumnReach = 12;
  // The most characters a box's side label has ("배경과 목적" has 6).
  static constexpr std::size_t kSideLabelLength = 10;
  std::vector<ListLevel> list_stack_;
  RunningMedian list_wrap_widths_;
  // The open block's line widths for short_in_block: of which block, and how many lines.
  RunningMedian block_widths_;
  int median_block_ = -1;
  std::size_t median_lines_ = 0;
};

}  // namespace

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
