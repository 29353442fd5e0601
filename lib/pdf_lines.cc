// SPDX-License-Identifier: MIT
// One page's words -> lines in reading order. Every threshold is a multiple of the page's own
// type size ("em"), so the same rules hold for a 9-point brief and a 12-point one.
#include <algorithm>
#include <cmath>
#include <map>
#include <utility>

#include "kbrief/pdf.h"
#include "markers.h"
#include "punctuation.h"
#include "unicode.h"

namespace kbrief {
namespace {

// A gap between two words this wide (in em) parts them into separate fragments of a row: word
// spaces, even in justified lines, stay well under it; column gutters are wider.
constexpr float kFragmentGap = 1.2f;
// A column must be at least this wide (em) and hold two rows: narrower strips beside each other
// are table cells or labels, read row by row.
constexpr float kMinColumnWidth = 5.0f;
// A gap wider than this (em) between two words of a row is a space even without a space glyph.
constexpr float kSpaceGap = 0.2f;
// Space above a line beyond the page's usual line gap, in em, that starts a new block.
constexpr float kBlockGap = 0.5f;

// A margin label is at most this wide (em), beside a body line at least this wide.
constexpr float kMostLabelWidth = 8.0f;
constexpr std::size_t kMostLabelLines = 3;
constexpr float kLeastBodyWidth = 12.0f;

// A footer across the feet of a section's columns: at most this many rows, each column's set
// apart from the text above it by at least this space (em); a column's lines, its paragraphs
// and its footnotes stand closer.
constexpr std::size_t kMostFootRows = 2;
constexpr float kFootGap = 1.2f;

// Two words of a row stand over each other when their centres differ by more than this part
// of the shorter word's height; less is the jitter of one baseline.
constexpr float kStackedShift = 0.25f;
// Two edges this close (em) are one edge: glyphs drawn again at the same place.
constexpr float kSameEdge = 0.15f;

using Interval = std::pair<float, float>;

// Words side by side with no wide gap: the unit columns are made of.
struct Fragment {
  std::vector<const PdfWord*> words;  // left to right
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

float height_of(float y0, float y1) {
  return std::max(y1 - y0, 0.01f);
}

// Whether two vertical extents overlap by at least half the smaller: the same row of print
// (a raised footnote marker included).
bool same_row(float a0, float a1, float b0, float b1) {
  float overlap = std::min(a1, b1) - std::max(a0, b0);
  return overlap >= 0.5f * std::min(height_of(a0, a1), height_of(b0, b1));
}

template <class T>
float median(std::vector<T> v) {
  if (v.empty()) return 0;
  std::nth_element(v.begin(), v.begin() + v.size() / 2, v.end());
  return static_cast<float>(v[v.size() / 2]);
}

// Groups items (anything with y0, y1) into rows of print, top to bottom. Items much taller than
// most (a drop cap two lines high) are placed last, each into the row it overlaps most, so
// that they never merge the rows they stand beside.
template <class Item, class Extent>
std::vector<std::vector<Item>> rows_of(std::vector<Item> items, Extent extent) {
  auto height = [&](const Item& item) {
    auto [y0, y1] = extent(item);
    return height_of(y0, y1);
  };
  std::vector<float> heights;
  for (const Item& item : items) heights.push_back(height(item));
  float tall = 1.5f * median(heights);
  std::stable_sort(items.begin(), items.end(), [&](const Item& a, const Item& b) {
    bool a_tall = height(a) > tall, b_tall = height(b) > tall;
    if (a_tall != b_tall) return b_tall;
    auto [a0, a1] = extent(a);
    auto [b0, b1] = extent(b);
    return a0 + a1 < b0 + b1;
  });
  std::vector<std::vector<Item>> rows;
  std::vector<Interval> spans;
  for (const Item& item : items) {
    auto [y0, y1] = extent(item);
    std::size_t best = rows.size();
    float best_overlap = 0;
    if (height(item) > tall) {
      for (std::size_t k = 0; k < rows.size(); ++k) {
        auto [s0, s1] = spans[k];
        float overlap = std::min(s1, y1) - std::max(s0, y0);
        // Of rows it covers alike, the one whose top it shares (a drop cap starts a paragraph).
        float alike = 0.25f * height_of(s0, s1);
        if (overlap < 0.5f * height_of(s0, s1)) continue;
        bool better = best == rows.size() || overlap > best_overlap + alike ||
                      (overlap > best_overlap - alike &&
                       std::abs(s0 - y0) < std::abs(spans[best].first - y0));
        if (better) best = k, best_overlap = overlap;
      }
    } else {
      // Only the last few rows can still take it: items come by their vertical centre.
      std::size_t stop = rows.size() > 4 ? rows.size() - 4 : 0;
      for (std::size_t k = rows.size(); k > stop; --k)
        if (same_row(spans[k - 1].first, spans[k - 1].second, y0, y1)) {
          best = k - 1;
          break;
        }
    }
    if (best < rows.size()) {
      rows[best].push_back(item);
      if (height(item) <= tall) {
        spans[best].first = std::min(spans[best].first, y0);
        spans[best].second = std::max(spans[best].second, y1);
      }
    } else {
      rows.push_back({item});
      spans.push_back({y0, y1});
    }
  }
  // Back into reading order: rows of tall items were added at the end.
  std::vector<std::size_t> order(rows.size());
  for (std::size_t k = 0; k < order.size(); ++k) order[k] = k;
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return spans[a].first + spans[a].second < spans[b].first + spans[b].second;
  });
  std::vector<std::vector<Item>> sorted;
  for (std::size_t k : order) sorted.push_back(std::move(rows[k]));
  return sorted;
}

float centre(const PdfWord* w) {
  return (w->y0 + w->y1) / 2;
}

// The words of one row that draw again what another word drew (see take_out_overdrawn()) are
// dropped from it.
void drop_overdrawn(std::vector<const PdfWord*>& row, float em) {
  if (row.size() < 2) return;
  std::sort(row.begin(), row.end(), [](const PdfWord* a, const PdfWord* b) {
    return a->x0 != b->x0 ? a->x0 < b->x0 : a->x1 > b->x1;
  });
  float edge = kSameEdge * em;
  auto repeats = [&](const PdfWord* k, const PdfWord* w) {
    if (w->x0 + edge < k->x0 || w->x1 > k->x1 + edge) return false;
    float shorter = std::min(k->y1 - k->y0, w->y1 - w->y0);
    if (std::abs(centre(k) - centre(w)) > kStackedShift * shorter) return false;
    return (std::abs(w->x0 - k->x0) <= edge && k->text.starts_with(w->text)) ||
           (std::abs(w->x1 - k->x1) <= edge && k->text.ends_with(w->text));
  };
  // The word drawn over is among the last few kept before it, left to right: only pieces of
  // the same drawing stand between them (a row of a thousand words stays linear work).
  constexpr std::size_t kLookBack = 8;
  std::vector<const PdfWord*> kept;
  for (const PdfWord* w : row) {
    auto from = kept.size() > kLookBack ? kept.end() - kLookBack : kept.begin();
    if (std::none_of(from, kept.end(), [&](const PdfWord* k) { return repeats(k, w); }))
      kept.push_back(w);
  }
  row = std::move(kept);
}

// Two words of one line of print never stand over each other: where a row holds such a pair
// (small letters stacked into a logo, "KI" over "DA"), the upper one is taken out, into `out`,
// to be a line of its own, as pdftotext gives it. The rest stays in `row`, left to right.
void take_out_stacked(std::vector<const PdfWord*>& row, std::vector<const PdfWord*>& out) {
  std::sort(row.begin(), row.end(),
            [](const PdfWord* a, const PdfWord* b) { return a->x0 < b->x0; });
  std::vector<const PdfWord*> kept;
  for (const PdfWord* w : row) {
    if (!kept.empty()) {
      const PdfWord* prev = kept.back();
      float overlap = std::min(prev->x1, w->x1) - std::max(prev->x0, w->x0);
      float narrower = std::min(prev->x1 - prev->x0, w->x1 - w->x0);
      // Words on one baseline that overlap (a bracket's wide glyph box over the particle
      // set after it) are not stacked: stacked words stand a good part of a line apart.
      float shorter = std::min(prev->y1 - prev->y0, w->y1 - w->y0);
      bool apart = std::abs(centre(prev) - centre(w)) > kStackedShift * shorter;
      if (narrower > 0 && overlap > 0.5f * narrower && apart) {
        bool prev_upper = centre(prev) < centre(w);
        out.push_back(prev_upper ? prev : w);
        if (prev_upper) kept.back() = w;
        continue;
      }
    }
    kept.push_back(w);
  }
  row = std::move(kept);
}

// A row of two to four Hangul syllables and nothing else, each a word of its own, spaced
// evenly and no further apart than a few of their own widths: one word set letter-spaced (a
// report's "요   약" label), not cells of a table, which stand a column apart.
bool letter_spaced(const std::vector<const PdfWord*>& row) {
  if (row.size() < 2 || row.size() > 4) return false;
  float least = 0, most = 0;
  for (std::size_t k = 0; k < row.size(); ++k) {
    std::size_t at = 0;
    std::string_view t = row[k]->text;
    if (!detail::is_hangul_syllable(detail::next_code_point(t, at)) || at != t.size()) return false;
    if (k == 0) continue;
    float gap = row[k]->x0 - row[k - 1]->x1, width = row[k]->x1 - row[k]->x0;
    if (gap <= 0 || gap > 3 * width) return false;
    least = k == 1 ? gap : std::min(least, gap);
    most = std::max(most, gap);
  }
  return most <= 1.2f * least;
}

std::vector<Fragment> fragments_of(const std::vector<const PdfWord*>& words, float em) {
  auto extent = [](const PdfWord* w) { return Interval{w->y0, w->y1}; };
  std::vector<Fragment> out;
  std::vector<std::vector<const PdfWord*>> rows = rows_of(words, extent);
  for (std::size_t r = 0; r < rows.size(); ++r) {
    std::vector<const PdfWord*> stacked;
    take_out_stacked(rows[r], stacked);
    // Each word taken out is a row of its own (it may hold more stacked words: a third level).
    for (const PdfWord* w : stacked) rows.push_back({w});
    const std::vector<const PdfWord*>& row = rows[r];
    bool one_word = letter_spaced(row);
    for (const PdfWord* w : row) {
      bool starts = out.empty() || w == row.front() ||
                    (!one_word && w->x0 - out.back().x1 > kFragmentGap * em);
      if (starts) out.push_back({{}, w->x0, w->y0, w->x1, w->y1});
      Fragment& f = out.back();
      f.words.push_back(w);
      f.x1 = std::max(f.x1, w->x1);
      f.y0 = std::min(f.y0, w->y0);
      f.y1 = std::max(f.y1, w->y1);
    }
  }
  return out;
}

// Fragments whose vertical extents chain into each other: nothing may be read across a band's
// top or bottom edge.
std::vector<std::vector<const Fragment*>> bands_of(std::vector<const Fragment*> frags) {
  std::sort(frags.begin(), frags.end(),
            [](const Fragment* a, const Fragment* b) { return a->y0 < b->y0; });
  std::vector<std::vector<const Fragment*>> bands;
  float bottom = 0;
  for (const Fragment* f : frags) {
    // Touching boxes of consecutive lines (tight leading) do not chain: half a line must overlap.
    if (bands.empty() || f->y0 >= bottom - 0.25f * height_of(f->y0, f->y1)) {
      bands.push_back({});
      bottom = f->y1;
    }
    bands.back().push_back(f);
    bottom = std::max(bottom, f->y1);
  }
  return bands;
}

// [x0, x1] minus the fragments' x-extents.
std::vector<Interval> free_space(const std::vector<const Fragment*>& band, float x0, float x1) {
  std::vector<Interval> used;
  for (const Fragment* f : band) used.push_back({f->x0, f->x1});
  std::sort(used.begin(), used.end());
  std::vector<Interval> free;
  float at = x0;
  for (auto [a, b] : used) {
    if (a > at) free.push_back({at, a});
    at = std::max(at, b);
  }
  if (at < x1) free.push_back({at, x1});
  return free;
}

std::vector<Interval> intersect(const std::vector<Interval>& a, const std::vector<Interval>& b) {
  std::vector<Interval> out;
  for (auto [a0, a1] : a)
    for (auto [b0, b1] : b)
      if (std::min(a1, b1) > std::max(a0, b0)) out.push_back({std::max(a0, b0), std::min(a1, b1)});
  return out;
}

// The intervals of `free` wide enough for a gutter with text on both sides of them.
std::vector<Interval> gutters(const std::vector<Interval>& free, float text_x0, float text_x1,
                              float em) {
  std::vector<Interval> out;
  for (auto [a, b] : free)
    if (b - a >= kFragmentGap * em && a > text_x0 && b < text_x1) out.push_back({a, b});
  return out;
}

class PageReader {
 public:
  // `lost_marker`: the words (of those the fragments point to) whose text opened with a
  // control character right before their text (opens_at_lost_marker()).
  PageReader(const PdfPage& page, float em, std::vector<const PdfWord*> lost_marker)
      : page_(page), em_(em), lost_marker_(std::move(lost_marker)) {}

  std::vector<PdfLine> read(const std::vector<Fragment>& fragments) {
    std::vector<const Fragment*> all;
    for (const Fragment& f : fragments) all.push_back(&f);
    flow(all);
    place_margin_labels();
    return finish();
  }

 private:
  // Lays out a region: bands top to bottom; consecutive bands that share a gutter form a
  // section of columns, each read whole (and laid out the same way) before the next.
  void flow(const std::vector<const Fragment*>& region) {
    if (region.empty()) return;
    float x0 = region.front()->x0, x1 = region.front()->x1;
    for (const Fragment* f : region) x0 = std::min(x0, f->x0), x1 = std::max(x1, f->x1);
    auto bands = bands_of(region);
    for (std::size_t i = 0; i < bands.size();) {
      std::vector<Interval> free = free_space(bands[i], x0, x1);
      float tx0 = x1, tx1 = x0;  // the section's text extent
      auto widen = [&](const std::vector<const Fragment*>& band) {
        for (const Fragment* f : band) tx0 = std::min(tx0, f->x0), tx1 = std::max(tx1, f->x1);
      };
      widen(bands[i]);
      std::vector<Interval> cuts = gutters(free, tx0, tx1, em_);
      std::size_t j = i + 1;
      for (; j < bands.size(); ++j) {
        std::vector<Interval> shared = intersect(free, free_space(bands[j], x0, x1));
        float s0 = tx0, s1 = tx1;
        widen(bands[j]);
        std::vector<Interval> next = gutters(shared, tx0, tx1, em_);
        if (next.empty()) {
          tx0 = s0, tx1 = s1;
          break;
        }
        free = std::move(shared);
        cuts = std::move(next);
      }
      std::vector<const Fragment*> section;
      for (std::size_t k = i; k < j; ++k)
        section.insert(section.end(), bands[k].begin(), bands[k].end());
      if (!cuts.empty() && read_columns(section, cuts)) {
        i = j;
        continue;
      }
      for (std::size_t k = i; k < j; ++k) read_rows(bands[k]);
      i = j;
    }
  }

  // Splits a section at its gutters and reads each column whole, when each is a column of text
  // (wide enough, two rows or more); returns false, reading nothing, otherwise.
  bool read_columns(const std::vector<const Fragment*>& section,
                    const std::vector<Interval>& cuts) {
    std::vector<std::vector<const Fragment*>> columns(cuts.size() + 1);
    for (const Fragment* f : section) {
      std::size_t c = 0;
      while (c < cuts.size() && f->x0 >= cuts[c].second - 0.01f) ++c;
      columns[c].push_back(f);
    }
    for (const auto& column : columns) {
      if (column.empty()) return false;
      float c0 = column.front()->x0, c1 = column.front()->x1;
      for (const Fragment* f : column) c0 = std::min(c0, f->x0), c1 = std::max(c1, f->x1);
      auto extent = [](const Fragment* f) { return Interval{f->y0, f->y1}; };
      if (c1 - c0 < kMinColumnWidth * em_ || rows_of(column, extent).size() < 2) return false;
    }
    std::vector<const Fragment*> foot = take_foot(columns);
    for (const auto& column : columns) {
      block_break();
      flow(column);
      block_break();
    }
    if (!foot.empty()) {
      flow(foot);
      block_break();
    }
    return true;
  }

  // The rows that close every column of a section at the same heights, each column's set apart
  // from the rest of it by a gap of kFootGap or more: a footer printed across the columns' feet
  // (a colophon's address under one column, its ISSN under the next), taken out of the columns
  // to be read after all of them, as the page prints it below them.
  std::vector<const Fragment*> take_foot(std::vector<std::vector<const Fragment*>>& columns) {
    auto extent = [](const Fragment* f) { return Interval{f->y0, f->y1}; };
    auto span = [](const std::vector<const Fragment*>& row) {
      Interval s{row.front()->y0, row.front()->y1};
      for (const Fragment* f : row) s = {std::min(s.first, f->y0), std::max(s.second, f->y1)};
      return s;
    };
    std::vector<std::vector<std::vector<const Fragment*>>> rows;  // per column, top to bottom
    std::vector<std::size_t> foot_from;                           // per column: its foot's row
    for (const auto& column : columns) {
      rows.push_back(rows_of(column, extent));
      const auto& r = rows.back();
      std::size_t from = 0;
      for (std::size_t k = r.size() - 1; k > 0 && r.size() - k <= kMostFootRows; --k)
        if (span(r[k]).first - span(r[k - 1]).second >= kFootGap * em_) {
          from = k;
          break;
        }
      if (from == 0) return {};
      foot_from.push_back(from);
    }
    std::size_t count = rows[0].size() - foot_from[0];
    for (std::size_t c = 1; c < columns.size(); ++c) {
      if (rows[c].size() - foot_from[c] != count) return {};
      for (std::size_t k = 0; k < count; ++k) {
        Interval a = span(rows[0][foot_from[0] + k]), b = span(rows[c][foot_from[c] + k]);
        if (!same_row(a.first, a.second, b.first, b.second)) return {};
      }
    }
    std::vector<const Fragment*> foot;
    for (std::size_t c = 0; c < columns.size(); ++c) {
      columns[c].clear();
      for (std::size_t k = 0; k < rows[c].size(); ++k) {
        auto& to = k < foot_from[c] ? columns[c] : foot;
        to.insert(to.end(), rows[c][k].begin(), rows[c][k].end());
      }
    }
    return foot;
  }

  // A band that is no section of columns: row by row, and within a row each fragment (the
  // words between two wide gaps: a margin label, a table cell, a page number beside a running
  // title) a line of its own, left to right, as pdftotext gives them.
  void read_rows(const std::vector<const Fragment*>& band) {
    auto extent = [](const Fragment* f) { return Interval{f->y0, f->y1}; };
    for (std::vector<const Fragment*>& row : rows_of(band, extent)) {
      std::sort(row.begin(), row.end(),
                [](const Fragment* a, const Fragment* b) { return a->x0 < b->x0; });
      for (const Fragment* f : row) {
        lines_.push_back(line_of(f->words));
        starts_block_.push_back(pending_break_);
        pending_break_ = false;
      }
    }
  }

  void block_break() { pending_break_ = !lines_.empty(); }

  // Line k is a margin label: short, narrow, set left of a line of the body on its row (read
  // right before it), more than an em apart.
  bool label_beside(std::size_t k) const {
    if (k + 1 >= lines_.size()) return false;
    const LineGeometry &label = lines_[k].geometry, &body = lines_[k + 1].geometry;
    float overlap = std::min(label.bottom, body.bottom) - std::max(label.top, body.top);
    return label.page == body.page && !label.blank && !body.blank &&
           overlap >= 0.5f * std::min(label.bottom - label.top, body.bottom - body.top) &&
           label.right + em_ <= body.left && label.right - label.left <= kMostLabelWidth * em_ &&
           body.right - body.left >= kLeastBodyWidth * em_;
  }

  // Margin labels beside the body's lines, as -layout text's columns stage reads them: each
  // label (its lines one below the other, each beside a body line) is read before the body
  // lines it stands beside, or before the item above them when it stands beside an item's
  // second line (set half a line low); its lines are marked (LineGeometry::margin_label).
  void place_margin_labels() {
    std::vector<PdfLine> out;
    std::vector<bool> starts;
    for (std::size_t k = 0; k < lines_.size();) {
      if (!label_beside(k)) {
        out.push_back(std::move(lines_[k]));
        starts.push_back(starts_block_[k]);
        ++k;
        continue;
      }
      // A label takes a few lines, and the body's rows above and below it have none; labels
      // beside row after row are a table's first column.
      std::size_t rows = 1;
      while (label_beside(k + 2 * rows) && next_label_line(lines_[k + 2 * rows - 2], k + 2 * rows))
        ++rows;
      // A label of several lines stands for the item it hangs beside; several rows each with
      // a word beside a line, otherwise, are a table's.
      bool alone = !(k >= 2 && label_beside(k - 2)) && !label_beside(k + 2 * rows);
      bool hangs = hangs_below_item_start(out, lines_[k + 1]);
      if (rows > kMostLabelLines || !alone || (rows > 1 && !hangs)) {
        for (std::size_t n = 0; n < 2 * rows; ++n, ++k) {
          out.push_back(std::move(lines_[k]));
          starts.push_back(starts_block_[k]);
        }
        continue;
      }
      bool first_starts = starts_block_[k] || starts_block_[k + 1];
      std::vector<PdfLine> label, body;
      std::vector<bool> body_starts;
      for (std::size_t n = 0; n < rows; ++n, k += 2) {
        label.push_back(std::move(lines_[k]));
        label.back().geometry.margin_label =
            n == 0 ? Line::MarginLabel::first : Line::MarginLabel::continued;
        body.push_back(std::move(lines_[k + 1]));
        body_starts.push_back(n > 0 && (starts_block_[k] || starts_block_[k + 1]));
      }
      std::size_t at = out.size();
      if (hangs) {
        // Read before the item it stands for, in the item's place and with its block break.
        at = out.size() - 1;
        first_starts = starts[at];
        starts[at] = false;
      }
      for (std::size_t n = 0; n < label.size(); ++n) {
        auto to = static_cast<std::ptrdiff_t>(at + n);
        out.insert(out.begin() + to, std::move(label[n]));
        starts.insert(starts.begin() + to, n == 0 && first_starts);
      }
      for (std::size_t n = 0; n < body.size(); ++n) {
        out.push_back(std::move(body[n]));
        starts.push_back(body_starts[n]);
      }
    }
    lines_ = std::move(out);
    starts_block_ = std::move(starts);
  }

  // Line j goes on with the label whose last line is `above`: right under it, at its left.
  bool next_label_line(const PdfLine& above, std::size_t j) const {
    const LineGeometry& g = lines_[j].geometry;
    return g.page == above.geometry.page && g.top >= above.geometry.top &&
           g.top - above.geometry.bottom <= em_ && std::abs(g.left - above.geometry.left) <= em_;
  }

  // The last line read is an item's first line (it opens with a list marker), right above the
  // body line the label stands beside (no more than half an em of space between them), which
  // goes on with that item (no marker of its own).
  bool hangs_below_item_start(const std::vector<PdfLine>& out, const PdfLine& beside) const {
    if (out.empty() || out.back().geometry.blank) return false;
    const PdfLine& above = out.back();
    float space = beside.geometry.top - above.geometry.bottom;
    return above.geometry.page == beside.geometry.page && space > -0.5f * em_ &&
           space <= 0.5f * em_ && detail::line_marker(detail::trim(above.text)).has_value() &&
           !detail::line_marker(detail::trim(beside.text)).has_value();
  }

  PdfLine line_of(const std::vector<const PdfWord*>& row) const {
    PdfLine line;
    LineGeometry& g = line.geometry;
    g.page = page_.number;
    g.left = row.front()->x0;
    g.right = row.front()->x1;
    g.top = row.front()->y0;
    g.bottom = row.front()->y1;
    if (std::find(lost_marker_.begin(), lost_marker_.end(), row.front()) != lost_marker_.end()) {
      line.text = kLostMarker;
      g.marker_stand_in = true;
    }
    std::map<float, std::size_t> sizes;  // characters set in each size (tenths of a point)
    std::size_t chars = 0, bold_chars = 0;
    const PdfWord* prev = nullptr;
    for (const PdfWord* w : row) {
      if (prev) {
        float gap = w->x0 - prev->x1;
        float size = std::min(prev->font_size, w->font_size);
        if (prev->space_after || gap > kSpaceGap * (size > 0 ? size : em_)) line.text += ' ';
      }
      line.text += w->text;
      std::size_t n = detail::count_code_points(w->text);
      chars += n;
      if (w->bold) bold_chars += n;
      sizes[std::round(w->font_size * 10) / 10] += n;
      g.right = std::max(g.right, w->x1);
      g.top = std::min(g.top, w->y0);
      g.bottom = std::max(g.bottom, w->y1);
      prev = w;
    }
    // The size of most characters; of equals the larger (a marker set small does not count).
    g.font_size = std::max_element(sizes.begin(), sizes.end(), [](const auto& a, const auto& b) {
                    return std::pair(a.second, a.first) < std::pair(b.second, b.first);
                  })->first;
    g.bold = 2 * bold_chars > chars;
    g.space_after = row.back()->space_after;
    return line;
  }

  // The usual space between two lines of the same type size on this page: the most common one
  // (to a point), the smallest of equals; paragraph and heading gaps are rarer than line gaps.
  float usual_line_gap() const {
    std::map<long, std::size_t> count;
    for (std::size_t k = 1; k < lines_.size(); ++k) {
      const LineGeometry &a = lines_[k - 1].geometry, &b = lines_[k].geometry;
      if (!starts_block_[k] && b.top >= a.bottom && std::abs(a.font_size - b.font_size) < 0.5f)
        ++count[std::lround(b.top - a.bottom)];
    }
    if (count.empty()) return 0.3f * em_;
    auto most = std::max_element(count.begin(), count.end(),
                                 [](const auto& x, const auto& y) { return x.second < y.second; });
    return static_cast<float>(most->first);
  }

  // The lines with a blank line before each block: after a change of column or section, or
  // where the space above a line exceeds the page's usual line gap by half a line, or the type
  // size changes by a fifth.
  std::vector<PdfLine> finish() {
    float usual = usual_line_gap();
    std::vector<PdfLine> out;
    for (std::size_t k = 0; k < lines_.size(); ++k) {
      if (k > 0) {
        const LineGeometry &a = lines_[k - 1].geometry, &b = lines_[k].geometry;
        float size = std::max(a.font_size, b.font_size);
        bool apart = b.top - a.bottom > usual + kBlockGap * (size > 0 ? size : em_);
        bool resized = std::abs(a.font_size - b.font_size) > 0.2f * size;
        if (starts_block_[k] || apart || resized) out.push_back(blank_between(a, b));
      }
      out.push_back(std::move(lines_[k]));
    }
    return out;
  }

  PdfLine blank_between(const LineGeometry& above, const LineGeometry& below) const {
    PdfLine blank;
    blank.geometry.page = page_.number;
    blank.geometry.blank = true;
    blank.geometry.left = below.left;
    blank.geometry.right = below.left;
    blank.geometry.top = std::min(above.bottom, below.top);
    blank.geometry.bottom = below.top;
    return blank;
  }

  const PdfPage& page_;
  float em_;
  std::vector<const PdfWord*> lost_marker_;
  std::vector<PdfLine> lines_;
  std::vector<bool> starts_block_;
  bool pending_break_ = false;
};

bool is_ascii_control(unsigned char c) {
  return c < 0x20 || c == 0x7F;
}

// Replaces what would break the text's line structure (line ends, form feeds, other control
// characters) with a space: a word's text is never a line end.
std::string clean_word(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (unsigned char c : text) out += is_ascii_control(c) ? ' ' : static_cast<char>(c);
  return out;
}

// Whether a word's text opens with a control character that is no whitespace (a glyph some
// font maps there) directly followed by a character of text: where it opens a line, the trace
// of a list marker the text layer lost (kLostMarker).
bool opens_at_lost_marker(std::string_view text) {
  auto glyph_control = [](unsigned char c) {
    return is_ascii_control(c) && !(c >= '\t' && c <= '\r');
  };
  return text.size() >= 2 && glyph_control(static_cast<unsigned char>(text[0])) &&
         !is_ascii_control(static_cast<unsigned char>(text[1])) && text[1] != ' ';
}

}  // namespace

bool is_pdf(std::string_view bytes) {
  return bytes.substr(0, 5) == "%PDF-";
}

bool is_bold_font(std::string_view font_name) {
  std::string name;
  for (char c : font_name.substr(font_name.find('+') == 6 ? 7 : 0))
    name += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  for (std::string_view mark : {"bold", "black", "heavy", "demi", "semibold", "extrab"})
    if (name.find(mark) != std::string::npos) return true;
  return false;
}

std::string take_out_overdrawn(PdfPage& page) {
  if (page.words.size() < 2) return {};
  std::vector<float> sizes;
  std::vector<const PdfWord*> all;
  for (const PdfWord& w : page.words) {
    sizes.push_back(w.font_size > 0 ? w.font_size : height_of(w.y0, w.y1));
    all.push_back(&w);
  }
  float em = median(sizes);
  std::vector<bool> drop(page.words.size(), false);
  bool any = false;
  for (std::vector<const PdfWord*>& row : rows_of(all, [](const PdfWord* w) {
         return Interval{w->y0, w->y1};
       })) {
    std::vector<const PdfWord*> kept = row;
    drop_overdrawn(kept, em);
    if (kept.size() == row.size()) continue;
    for (const PdfWord* w : row)
      if (std::find(kept.begin(), kept.end(), w) == kept.end()) {
        drop[static_cast<std::size_t>(w - page.words.data())] = true;
        any = true;
      }
  }
  if (!any) return {};
  std::string out;
  std::vector<PdfWord> words;
  for (std::size_t k = 0; k < page.words.size(); ++k) {
    if (!drop[k]) {
      words.push_back(std::move(page.words[k]));
      continue;
    }
    if (!out.empty()) out += ' ';
    out += page.words[k].text;
  }
  page.words = std::move(words);
  return out;
}

std::vector<PdfLine> page_lines(const PdfPage& page) {
  std::vector<PdfWord> words;
  std::vector<float> sizes;
  std::vector<std::size_t> lost_marker;  // indices into words
  for (const PdfWord& w : page.words) {
    PdfWord clean = w;
    clean.text = std::string(detail::trim(clean_word(w.text)));
    if (clean.text.empty()) continue;
    if (clean.font_size <= 0) clean.font_size = height_of(w.y0, w.y1);
    sizes.push_back(clean.font_size);
    if (opens_at_lost_marker(w.text)) lost_marker.push_back(words.size());
    words.push_back(std::move(clean));
  }
  if (words.empty()) return {};
  float em = median(sizes);
  std::vector<const PdfWord*> pointers;
  for (const PdfWord& w : words) pointers.push_back(&w);
  std::vector<const PdfWord*> lost;
  for (std::size_t k : lost_marker) lost.push_back(&words[k]);
  PageReader reader(page, em, std::move(lost));
  return reader.read(fragments_of(pointers, em));
}

}  // namespace kbrief
