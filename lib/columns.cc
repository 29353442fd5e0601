// SPDX-License-Identifier: MIT
#include "kbrief/columns.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "closing_box.h"
#include "layout_detail.h"
#include "markers.h"
#include "punctuation.h"
#include "unicode.h"

namespace kbrief {
namespace {

// A gutter is at least two blank positions wide: one is the space between two words.
constexpr std::size_t kGutter = 2;
// Beyond these a page is read as it stands, so that the search stays linear in the input: no
// printed page has more lines or wider ones.
constexpr std::size_t kMostLinesPerPage = 200;
constexpr std::size_t kMostPositions = 300;
// Columns inside columns: a margin label beside two columns, a table beside a column.
constexpr int kMostDepth = 4;

// One line as character positions (code points after leading form feeds), with running counts
// that answer "how much ink between positions a and b" at once.
struct Grid {
  std::vector<std::uint32_t> offset;   // byte of each position; one more: the line's end
  std::vector<std::uint16_t> ink;      // non-space characters before each position
  std::vector<std::uint16_t> letters;  // letters (Hangul syllables, Latin) before it
  std::vector<std::uint16_t> width;    // display width before it
  std::vector<std::uint16_t> gaps;     // positions before it that end three blanks in a row
  bool splittable = false;             // no form feed inside, not wider than a page

  std::size_t size() const { return offset.empty() ? 0 : offset.size() - 1; }
  int ink_in(std::size_t a, std::size_t b) const {
    a = std::min(a, size());
    b = std::min(b, size());
    return a < b ? ink[b] - ink[a] : 0;
  }
  // The first and one past the last inked position in [a, b); a == b when none.
  std::pair<std::size_t, std::size_t> inked(std::size_t a, std::size_t b) const {
    b = std::min(b, size());
    a = std::min(a, b);
    while (a < b && ink[a + 1] == ink[a]) ++a;
    while (b > a && ink[b] == ink[b - 1]) --b;
    return {a, b};
  }
};

Grid grid_of(std::string_view text, const Line& line) {
  Grid g;
  std::string_view s = text.substr(line.begin, line.end - line.begin);
  g.splittable = line.inner_form_feeds == 0;
  std::uint16_t ink = 0, letters = 0, width = 0, gaps = 0, blanks = 0;
  for (std::size_t i = 0; i < s.size();) {
    if (g.offset.size() >= kMostPositions) {
      g.splittable = false;
      break;
    }
    g.offset.push_back(static_cast<std::uint32_t>(line.begin + i));
    g.ink.push_back(ink);
    g.letters.push_back(letters);
    g.width.push_back(width);
    g.gaps.push_back(gaps);
    char32_t c = detail::next_code_point(s, i);
    blanks = detail::is_space(c) ? blanks + 1 : 0;
    gaps += blanks >= 3;
    ink += !detail::is_space(c);
    letters += detail::is_hangul_syllable(c) || detail::is_ascii_alpha(c);
    width += static_cast<std::uint16_t>(detail::code_point_width(c));
  }
  g.offset.push_back(line.end);  // a line too wide to split is never cut: its end is exact
  g.ink.push_back(ink);
  g.letters.push_back(letters);
  g.width.push_back(width);
  g.gaps.push_back(gaps);
  return g;
}

// Lines of a page between two positions: the page itself, or a column of it.
struct Strip {
  std::vector<std::size_t> lines;  // indices into the line table, top to bottom
  std::size_t from = 0, to = SIZE_MAX;
};

// A gutter found: lines [first, last) of a strip leave positions [cut - 1, cut + 1) blank.
struct Gutter {
  std::size_t first = 0, last = 0, cut = 0;
  std::size_t both = 0;      // lines with text on both sides
  bool labels = false;       // one side holds margin labels beside the other's body text
  bool labels_left = false;  // ... and it is the left side
};

// Whether the line has text on both sides of two blanks or more: only such a line can stand
// beside a gutter. Plain text has hardly any, so most pages are passed over without their grids.
bool has_inner_blanks(std::string_view s) {
  bool ink = false;
  std::size_t blanks = 0;
  for (std::size_t i = 0; i < s.size();) {
    auto byte = static_cast<unsigned char>(s[i]);
    if (detail::leads_hangul_block(byte) && i + 2 < s.size()) {
      if (ink && blanks >= kGutter) return true;
      i += 3;
      ink = true;
      blanks = 0;
      continue;
    }
    char32_t c = byte < 0x80 ? (++i, byte) : detail::next_code_point(s, i);
    if (detail::is_space(c)) {
      ++blanks;
      continue;
    }
    if (ink && blanks >= kGutter) return true;
    ink = true;
    blanks = 0;
  }
  return false;
}

// Whether a page of `lines` may be cut by a gutter: it is not too long for a page, and a line
// has text on both sides of blanks.
bool may_have_gutter(std::string_view text, const LineTable& table,
                     const std::vector<std::size_t>& lines) {
  return lines.size() <= kMostLinesPerPage &&
         std::any_of(lines.begin(), lines.end(), [&](std::size_t i) {
           const Line& line = table.lines[i];
           return line.inner_form_feeds == 0 &&
                  has_inner_blanks(text.substr(line.begin, line.end - line.begin));
         });
}

class ColumnReader {
 public:
  ColumnReader(std::string_view text, const LineTable& table,
               const std::vector<std::vector<std::size_t>>& pages)
      : text_(text), table_(table), pages_(pages) {}

  // The page's lines in reading order, each a whole line or a piece of one.
  void read_page(const std::vector<std::size_t>& lines, std::vector<Line>& out) {
    std::size_t first = out.size();
    bool split = false;
    if (may_have_gutter(text_, table_, lines)) {
      // The running lines and the grids matter only where a gutter may cut a page: made
      // when first needed.
      if (running_.empty()) find_running_lines(pages_);
      if (grids_.empty()) grids_.resize(table_.lines.size());
      for (std::size_t i : lines) grids_[i] = grid_of(text_, table_.lines[i]);
      read(Strip{lines, 0, SIZE_MAX}, 0, out, split);
    } else {
      for (std::size_t i : lines) out.push_back(table_.lines[i]);
    }
    if (!split || out.size() == first) return;
    // The page break belongs to the page's first line as read.
    std::uint16_t breaks = table_.lines[lines.front()].leading_form_feeds;
    for (std::size_t k = first; k < out.size(); ++k) out[k].leading_form_feeds = 0;
    out[first].leading_form_feeds = breaks;
  }

 private:
  // The running headers and footers: lines whose text, digits aside, stands at the top or
  // bottom of most pages. A margin label's gutter never cuts one (see accept).
  void find_running_lines(const std::vector<std::vector<std::size_t>>& pages) {
    running_.assign(table_.lines.size(), 0);
    std::vector<std::vector<std::size_t>> edges(pages.size());  // the lines in a page's zones
    std::map<std::string, std::size_t> pages_with;              // per key, pages it stands on
    for (std::size_t p = 0; p < pages.size(); ++p) {
      std::vector<std::size_t> content;
      for (std::size_t i : pages[p])
        if (!line_text(i).empty()) content.push_back(i);
      std::set<std::string> keys;
      for (std::size_t k = 0; k < content.size(); ++k) {
        if (k >= detail::kHeaderZone && k + detail::kFooterZone < content.size()) continue;
        edges[p].push_back(content[k]);
        keys.insert(key_of(content[k]));
      }
      for (const std::string& key : keys) ++pages_with[key];
    }
    std::size_t needed = detail::running_pages_needed(pages.size());
    for (const auto& lines : edges)
      for (std::size_t i : lines) {
        std::string key = key_of(i);
        if (detail::count_code_points(key) >= 2 && pages_with[key] >= needed) running_[i] = 1;
      }
  }

  // The line's text without the blanks around it.
  std::string_view line_text(std::size_t i) const {
    const Line& line = table_.lines[i];
    return detail::trim(text_.substr(line.begin, line.end - line.begin));
  }
  std::string key_of(std::size_t i) const { return detail::repetition_key(line_text(i)); }

  void read(const Strip& strip, int depth, std::vector<Line>& out, bool& split) {
    Gutter g;
    if (depth < kMostDepth && find_gutter(strip, g)) {
      split = true;
      Strip before{{strip.lines.begin(), strip.lines.begin() + g.first}, strip.from, strip.to};
      Strip after{{strip.lines.begin() + g.last, strip.lines.end()}, strip.from, strip.to};
      Strip left{{strip.lines.begin() + g.first, strip.lines.begin() + g.last}, strip.from, g.cut};
      Strip right{left.lines, column_edge(left.lines, g.cut, strip.to), strip.to};
      read(before, depth, out, split);
      if (g.labels)
        read_labelled(g.labels_left ? left : right, g.labels_left ? right : left, depth + 1, out,
                      split);
      else {
        read(left, depth + 1, out, split);
        read(right, depth + 1, out, split);
      }
      read(after, depth, out, split);
      return;
    }
    for (std::size_t i : strip.lines) emit(i, strip, out);
  }

  // Margin labels beside body text: each group of label lines is read just before the body
  // lines it stands beside, so a label opens what follows it where it stands on the page.
  void read_labelled(const Strip& labels, const Strip& body, int depth, std::vector<Line>& out,
                     bool& split) {
    std::size_t k = 0, n = labels.lines.size();
    while (k < n) {
      std::size_t end = k;
      while (end < n && has_ink(labels.lines[end], labels)) ++end;
      if (end == k) {
        // Body lines up to the next label.
        while (end < n && !has_ink(labels.lines[end], labels)) ++end;
      }
      Strip label_part{
          {labels.lines.begin() + k, labels.lines.begin() + end}, labels.from, labels.to};
      Strip body_part{{body.lines.begin() + k, body.lines.begin() + end}, body.from, body.to};
      std::vector<Line> label;
      for (std::size_t i : label_part.lines)
        if (has_ink(i, label_part)) emit(i, label_part, label);
      for (Line& l : label)
        l.margin_label =
            &l == &label.front() ? Line::MarginLabel::first : Line::MarginLabel::continued;
      auto at = out.end();
      if (!label.empty() && hangs_below_item_start(out, body_part)) --at;
      out.insert(at, label.begin(), label.end());
      read(body_part, depth, out, split);
      k = end;
    }
  }

  // A label set beside an item's second line, half a line lower than the item's start where
  // the item takes two or three lines: the line read just before its body part opens with a
  // list marker right above it, and the body part's first line goes on with that item (no
  // marker of its own). The label stands for the item, and is read before it.
  bool hangs_below_item_start(const std::vector<Line>& out, const Strip& body_part) const {
    if (out.empty() || body_part.lines.empty()) return false;
    std::size_t beside = body_part.lines.front();
    const Line& above = out.back();
    if (above.number + 1 != table_.lines[beside].number || !has_ink(beside, body_part))
      return false;
    std::string_view above_text = detail::trim(text_.substr(above.begin, above.end - above.begin));
    const Grid& g = grids_[beside];
    std::size_t from = g.offset[std::min(body_part.from, g.size())];
    std::size_t to = g.offset[std::min(body_part.to, g.size())];
    std::string_view beside_text = detail::trim(text_.substr(from, to - from));
    return !above_text.empty() && detail::line_marker(above_text) &&
           !detail::line_marker(beside_text);
  }

  bool has_ink(std::size_t i, const Strip& s) const { return grids_[i].ink_in(s.from, s.to) > 0; }

  // Where the right column's text starts: its leftmost character on the lines of the run, so
  // that indentation counts from the column's own edge.
  std::size_t column_edge(const std::vector<std::size_t>& lines, std::size_t cut,
                          std::size_t to) const {
    std::size_t edge = SIZE_MAX;
    for (std::size_t i : lines) {
      auto [a, b] = grids_[i].inked(cut, to);
      if (a < b) edge = std::min(edge, a);
    }
    return edge == SIZE_MAX ? cut : edge;
  }

  // The piece of line i inside the strip, or the whole line when the strip spans it all.
  void emit(std::size_t i, const Strip& s, std::vector<Line>& out) const {
    const Line& line = table_.lines[i];
    const Grid& g = grids_[i];
    if (s.from == 0 && s.to >= g.size()) {
      out.push_back(line);
      return;
    }
    if (g.ink_in(s.from, s.to) == 0) {
      if (g.ink_in(0, g.size()) == 0) out.push_back(line);  // a blank line stays in each column
      return;
    }
    Line piece = line;
    piece.start = piece.begin = g.offset[std::min(s.from, g.size())];
    piece.end = piece.next = g.offset[std::min(s.to, g.size())];
    piece.leading_form_feeds = 0;
    out.push_back(piece);
  }

  bool find_gutter(const Strip& strip, Gutter& best) {
    std::size_t width = 0;
    for (std::size_t i : strip.lines)
      if (grids_[i].splittable) width = std::max(width, grids_[i].size());
    width = std::min(width, strip.to);
    bool found = false;
    for (std::size_t cut = strip.from + kGutter; cut + 1 < width; ++cut) {
      std::size_t k = 0, n = strip.lines.size();
      while (k < n) {
        while (k < n && crosses(strip.lines[k], cut)) ++k;
        std::size_t first = k, both = 0;
        for (; k < n && !crosses(strip.lines[k], cut); ++k) {
          const Grid& g = grids_[strip.lines[k]];
          both += g.ink_in(strip.from, cut - 1) > 0 && g.ink_in(cut + 1, strip.to) > 0;
        }
        // Of runs with as many lines beside the gutter, the longest: two columns whose lines
        // alternate have lines on one side only above and below those with both.
        bool better =
            !found || both > best.both || (both == best.both && k - first > best.last - best.first);
        if (both == 0 || !better) continue;
        Gutter candidate{first, k, cut, both, false};
        if (accept(strip, candidate)) {
          best = candidate;
          found = true;
        }
      }
    }
    return found;
  }

  bool crosses(std::size_t i, std::size_t cut) const {
    const Grid& g = grids_[i];
    return !g.splittable || g.ink_in(cut - 1, cut + 1) > 0;
  }

  // What the text on one side of a cut looks like over a run of lines.
  struct Side {
    std::size_t parts = 0;   // lines with text on this side
    std::size_t full = 0;    // of them, lines reaching nearly the side's typical width
    std::size_t worded = 0;  // of them, lines with two letters or more
    std::size_t gapped = 0;  // of them, lines with cells apart: three blanks inside the text
    std::size_t joined = 0;  // of them, lines with text on this side just above or below
    // of them, lines not joined so but two lines off, a line of the other side's between
    std::size_t alternate = 0;
    std::size_t closed = 0;    // of them, lines where a sentence ends
    std::size_t labelled = 0;  // of them, lines that open with a label
    std::size_t captions = 0;  // of them, a table's or a figure's caption
    int typical = 0;           // the median of their display widths
    int widest = 0;
    // The cells of a figure, a diagram or a table, where no sentence ends: labels opening two
    // lines in three (one item a line), or a caption among them. A column of prose ends its
    // sentences on some of its lines; a table's column whose items wrap has fewer labels.
    bool cells() const { return closed == 0 && (labelled * 3 >= parts * 2 || captions > 0); }
    bool prose() const {
      // A column of prose runs on from line to line; the boxes of a figure or a table's cells
      // stand apart.
      return parts >= 6 && !cells() && typical >= 20 && full * 2 >= parts && gapped * 3 <= parts &&
             joined * 3 >= parts * 2;
    }
    // Two columns whose baselines alternate, so that most lines have text on one side only:
    // each side's lines run on across a line of the other's.
    bool interleaved_prose() const {
      return parts >= 6 && !cells() && typical >= 20 && full * 2 >= parts && gapped * 3 <= parts &&
             (joined + alternate) * 3 >= parts * 2 && alternate * 2 >= parts;
    }
    // Prose of any width that runs on from line to line and ends a sentence, with no cells set
    // apart: a column narrowed to make room for a figure beside it.
    bool running_prose() const {
      return parts >= 4 && captions == 0 && closed > 0 && gapped == 0 && worded == parts &&
             joined * 3 >= parts * 2;
    }
    // A figure's or a table's caption, alone on its side (its image is no text).
    bool lone_caption() const { return parts == 1 && captions == 1; }
  };

  Side side(const Strip& strip, const Gutter& g, std::size_t from, std::size_t to) const {
    Side s;
    std::vector<int> widths;
    // Per line, with two lines of margin either side: text on this side, or only elsewhere.
    std::vector<bool> text(g.last - g.first + 4, false), elsewhere(text.size(), false);
    for (std::size_t k = g.first; k < g.last; ++k) {
      const Grid& grid = grids_[strip.lines[k]];
      auto [a, b] = grid.inked(from, to);
      if (a == b) {
        elsewhere[k - g.first + 2] = grid.ink_in(0, grid.size()) > 0;
        continue;
      }
      text[k - g.first + 2] = true;
      widths.push_back(grid.width[b] - grid.width[a]);
      s.worded += grid.letters[b] - grid.letters[a] >= 2;
      s.gapped += grid.gaps[b] > grid.gaps[a];
      std::string_view t = text_.substr(grid.offset[a], grid.offset[b] - grid.offset[a]);
      s.closed += detail::ends_sentence(t) || detail::has_sentence_end_inside(t);
      s.labelled += detail::opens_with_label(t);
      s.captions += detail::is_caption(t);
    }
    s.parts = widths.size();
    if (widths.empty()) return s;
    for (std::size_t k = 2; k + 2 < text.size(); ++k) {
      if (!text[k]) continue;
      if (text[k - 1] || text[k + 1])
        ++s.joined;
      else if ((elsewhere[k - 1] && text[k - 2]) || (elsewhere[k + 1] && text[k + 2]))
        ++s.alternate;
    }
    std::vector<int> sorted = widths;
    std::sort(sorted.begin(), sorted.end());
    s.typical = sorted[sorted.size() / 2];
    s.widest = sorted.back();
    for (int w : widths) s.full += w * 100 >= s.typical * 85;
    return s;
  }

  // A gutter stands between two columns of prose that share three lines or more, or between a
  // column of prose and its margin labels: words (not a list's markers or a number set apart)
  // in a narrow column beside a few of its lines.
  bool accept(const Strip& strip, Gutter& g) {
    Side left = side(strip, g, strip.from, g.cut - 1);
    Side right = side(strip, g, g.cut + 1, strip.to);
    if (left.prose() && right.prose()) return g.both >= 3;
    if (beside_narrowed_prose(strip, g)) return true;
    if (left.interleaved_prose() && right.interleaved_prose()) return g.both >= 3;
    if (!left.prose() && !right.prose()) return false;
    const Side& other = left.prose() ? right : left;
    const Side& body = left.prose() ? left : right;
    if (other.worded * 2 < other.parts || other.worded == 0) return false;
    // A narrow side is margin labels when its text stands beside few of the body's lines; beside
    // most of them it is a table's first column or a list's keys, read as they stand.
    bool narrow = other.widest * 10 <= body.typical * 4;
    // A wide side that is not prose (a table's own columns, the boxes of a figure) is read as it
    // stands: a table within a column stands beside the other column's prose, and that column
    // is prose on most of its lines.
    if (!narrow || other.parts * 3 > body.parts) return false;
    g.labels = true;
    g.labels_left = !left.prose();
    const std::size_t label_from = g.labels_left ? strip.from : g.cut + 1;
    const std::size_t label_to = g.labels_left ? g.cut - 1 : strip.to;
    // The run starts at the first label: the body above it is no part of it. A running header
    // or footer whose words happen to stand where the labels stand is none: cut, it would
    // break into pieces that no page repeats, and its page's furniture would be lost in the
    // body; the run ends short of it.
    auto labelled = [&](std::size_t k) {
      std::size_t i = strip.lines[k];
      return grids_[i].ink_in(label_from, label_to) > 0 && !running_[i];
    };
    while (g.first < g.last && !labelled(g.first)) ++g.first;
    auto blank = [&](std::size_t k) {
      const Grid& line = grids_[strip.lines[k]];
      return line.ink_in(0, line.size()) == 0;
    };
    std::size_t end = g.last;
    while (end > g.first && blank(end - 1)) --end;
    if (end > g.first && running_[strip.lines[end - 1]]) {
      while (end > g.first && running_[strip.lines[end - 1]]) --end;
      g.last = end;
    }
    return g.first < g.last;
  }

  // A figure's caption printed beside the prose that wraps around its image: the caption alone
  // on one side, prose narrowed to a column on the other, running on from line to line (its
  // lines shorter than the body's, so no prose() column). Two columns, read one after the
  // other, so that the caption neither joins a line of prose nor takes one into the figure.
  // A running header or footer across the gutter is left out of the run; failing that, so is
  // all but the block of lines around the caption's, no blank line inside: a page's number or
  // a note set apart below the prose is no part of what wraps around the figure.
  bool beside_narrowed_prose(const Strip& strip, Gutter& g) const {
    Gutter run = g;
    while (run.first < run.last && running_[strip.lines[run.first]]) ++run.first;
    while (run.last > run.first && running_[strip.lines[run.last - 1]]) --run.last;
    if (run.first == run.last) return false;
    if (!caption_beside_prose(strip, run)) {
      if (!narrow_to_block_beside(strip, run) || !caption_beside_prose(strip, run)) return false;
    }
    g = run;
    return true;
  }

  bool caption_beside_prose(const Strip& strip, const Gutter& run) const {
    Side left = side(strip, run, strip.from, run.cut - 1);
    Side right = side(strip, run, run.cut + 1, strip.to);
    return (left.lone_caption() && right.running_prose()) ||
           (right.lone_caption() && left.running_prose());
  }

  // Narrows the run to the lines around its one line with text on both sides of the cut, one
  // side a caption, up to the blank lines above and below; whether that left out any line.
  bool narrow_to_block_beside(const Strip& strip, Gutter& run) const {
    if (run.both != 1) return false;
    auto line = [&](std::size_t k) -> const Grid& { return grids_[strip.lines[k]]; };
    auto inked = [&](std::size_t k) { return line(k).ink_in(0, line(k).size()) > 0; };
    auto piece = [&](const Grid& g, std::size_t from, std::size_t to) {
      auto [a, b] = g.inked(from, to);
      return text_.substr(g.offset[a], g.offset[b] - g.offset[a]);
    };
    std::size_t k = run.first;
    while (k < run.last && !(line(k).ink_in(strip.from, run.cut - 1) > 0 &&
                             line(k).ink_in(run.cut + 1, strip.to) > 0))
      ++k;
    if (k == run.last || !(detail::is_caption(piece(line(k), strip.from, run.cut - 1)) ||
                           detail::is_caption(piece(line(k), run.cut + 1, strip.to))))
      return false;
    std::size_t first = k, last = k + 1;
    while (first > run.first && inked(first - 1)) --first;
    while (last < run.last && inked(last)) ++last;
    if (first == run.first && last == run.last) return false;
    run.first = first;
    run.last = last;
    return true;
  }

  std::string_view text_;
  const LineTable& table_;
  const std::vector<std::vector<std::size_t>>& pages_;
  std::vector<Grid> grids_;    // per line, built for the pages that may have a gutter
  std::vector<char> running_;  // per line of the table: a running header or footer
};

}  // namespace

LineTable read_columns(std::string_view text, const LineTable& table) {
  // The pages, each its lines' indices, and the page markers that stand between them.
  std::vector<std::vector<std::size_t>> pages;
  std::vector<std::size_t> markers;       // index of each page marker in the table
  std::vector<std::size_t> marker_after;  // how many pages stand before each marker
  std::vector<std::size_t> page;
  auto flush = [&] {
    if (!page.empty()) pages.push_back(page);
    page.clear();
  };
  for (std::size_t i = 0; i < table.lines.size(); ++i) {
    const Line& line = table.lines[i];
    std::string_view t = detail::trim(text.substr(line.begin, line.end - line.begin));
    if (line.leading_form_feeds > 0) flush();
    if (detail::is_page_marker(t)) {
      flush();
      markers.push_back(i);
      marker_after.push_back(pages.size());
      continue;
    }
    page.push_back(i);
  }
  flush();
  // Plain text, which no page sets in columns side by side (most text is so), keeps its
  // table as it is: rows read across the last page's foot are the only columns it can show.
  if (std::none_of(pages.begin(), pages.end(), [&](const std::vector<std::size_t>& page) {
        return may_have_gutter(text, table, page);
      }))
    return detail::read_closing_box_rows(text, table);
  ColumnReader reader(text, table, pages);
  LineTable out;
  out.form_feeds = table.form_feeds;
  out.text_after_last_form_feed = table.text_after_last_form_feed;
  out.lines.reserve(table.lines.size());
  std::size_t m = 0;
  for (std::size_t p = 0; p <= pages.size(); ++p) {
    for (; m < markers.size() && marker_after[m] == p; ++m)
      out.lines.push_back(table.lines[markers[m]]);
    if (p < pages.size()) reader.read_page(pages[p], out.lines);
  }
  // Plain text, which no page set in columns side by side: rows read across the last page's
  // foot are the only columns it can show.
  if (out.lines.size() == table.lines.size())
    return detail::read_closing_box_rows(text, std::move(out));
  return out;
}

}  // namespace kbrief
