// SPDX-License-Identifier: MIT
// List rules: list-sequence (numbered list items, inline enumerations and numbered headings
// count up by one) and list-style (one marker style within one list).
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "check_detail.h"
#include "inline.h"
#include "markers.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

struct Sequence {
  int level = 0;
  ListStyle style = ListStyle::bullet;
  int first = 1;
  std::vector<NumberedItem> items;
  std::vector<std::uint32_t> lines;  // each item's line (0-based)
  std::uint32_t opened = 0;          // the line after which the sequence began
};

// Every numbered label at a line's start, whatever block holds it: headings' labels, list
// items, and paragraph lines that begin with one. The segmentation may have read one "(2)" as a
// heading and the "(1)" before it as a list; the numbering is the author's all the same.
// Kept by style and number, each with its lines in order, so that asking whether a label
// lies between two lines is a binary search: a brief of thousands of headings asks often.
class LineMarkers {
 public:
  void add(ListStyle style, int ordinal, std::uint32_t line) {
    lines_[{style, ordinal}].push_back(line);
  }
  void sort() {
    for (auto& [key, lines] : lines_) std::sort(lines.begin(), lines.end());
  }
  // Whether a label of `style` numbered `ordinal` starts a line in (after, before).
  bool between(ListStyle style, int ordinal, std::uint32_t after, std::uint32_t before) const {
    auto it = lines_.find({style, ordinal});
    if (it == lines_.end()) return false;
    auto next = std::upper_bound(it->second.begin(), it->second.end(), after);
    return next != it->second.end() && *next < before;
  }

 private:
  std::map<std::pair<ListStyle, int>, std::vector<std::uint32_t>> lines_;
};

LineMarkers line_markers(const Document& doc) {
  LineMarkers out;
  auto add = [&](const Label& label, std::uint32_t line) {
    if (counts_as_numbered(label)) out.add(label.style, label.ordinal, line);
  };
  for (const Block& b : doc.blocks) {
    if (b.type == BlockType::heading) add(b.label, b.first_line);
    for (const ListItem& item : b.items) add(item.label, item.first_line);
    if (b.type == BlockType::paragraph || (b.type == BlockType::summary && b.items.empty()))
      for (std::uint32_t line : b.source_lines) {
        std::string_view t = line_text(doc, line);
        if (auto m = line_marker(t); m && m->style != ListStyle::bullet)
          out.add(m->style, m->ordinal, line);
      }
  }
  out.sort();
  return out;
}

// Drops from a heading sequence the gaps that other blocks' labels fill.
void fill_gaps(Sequence& s, const LineMarkers& markers) {
  std::vector<NumberedItem> kept;
  int expected = 1;
  std::uint32_t after = s.opened;
  for (std::size_t i = 0; i < s.items.size(); ++i) {
    int n = s.items[i].ordinal;
    bool filled = n > expected;
    for (int k = expected; filled && k < n; ++k)
      filled = markers.between(s.style, k, after, s.lines[i]);
    if (filled && kept.empty()) s.first = n;
    if (filled && !kept.empty()) {
      // The missing numbers are there, in other blocks: go on as if they were headings.
      kept.push_back(s.items[i]);
      kept.back().ordinal = kept[kept.size() - 2].ordinal + 1;
    } else {
      kept.push_back(s.items[i]);
    }
    expected = n + 1;
    after = s.lines[i];
  }
  s.items = std::move(kept);
}

void close(Sequence& s, std::string_view what, Findings& out) {
  if (s.items.empty()) return;
  std::string model = s.items.front().label;
  check_sequence(
      s.items, s.first, "list-sequence", what, [&](int n) { return relabel(model, n); }, out);
}

// A list interrupted by a page break, a paragraph or a table goes on with its next number:
// its first item may continue the labels before it, back to the last heading.
void check_list_block(const Document& doc, const Block& b, const LineMarkers& markers,
                      std::uint32_t last_heading, Findings& out) {
  std::vector<Sequence> open;  // by nesting, innermost last
  // Each item's label, and any numbered label that starts one of its continuation lines:
  // the segmentation reads a label that breaks the numbering ("1. 2. 4.", "1. 2. 3)") as
  // the previous item's text, but it is the author's item all the same.
  struct Entry {
    Label label;
    int level;
    std::uint32_t line;
  };
  std::vector<Entry> entries;
  for (const ListItem& item : b.items) {
    entries.push_back({item.label, item.level, item.first_line});
    // Only under a numbered item, and only a label that shares its style or takes its next
    // number: a wrapped inline enumeration ("◎ 3시기, ① …, / ② …") is no item.
    const Label& own = item.label;
    if (own.style == ListStyle::bullet) continue;
    // The item's own lines only: source_lines is in order, so a list of thousands of
    // items does not read every line for each.
    auto from = std::upper_bound(b.source_lines.begin(), b.source_lines.end(), item.first_line);
    for (auto it = from; it != b.source_lines.end() && *it <= item.last_line; ++it) {
      std::uint32_t line = *it;
      std::string_view t = line_text(doc, line);
      auto m = line_marker(t);
      if (!m || m->style == ListStyle::bullet ||
          (m->style != own.style && m->ordinal != own.ordinal + 1))
        continue;
      Label label{std::string(t.substr(m->begin, m->end - m->begin)), m->style, m->ordinal};
      entries.push_back({std::move(label), item.level, line});
    }
  }
  for (const Entry& item : entries) {
    const Label* m = &item.label;
    while (!open.empty() && open.back().level > item.level) {
      close(open.back(), "list item", out);
      open.pop_back();
    }
    if (m->style == ListStyle::bullet) continue;
    NumberedItem n{m->ordinal, m->text, out.line_start(item.line)};
    if (!open.empty() && open.back().level == item.level && open.back().style == m->style) {
      open.back().items.push_back(std::move(n));
    } else if (!open.empty() && open.back().level <= item.level && m->ordinal != 1 &&
               !open.back().items.empty() && open.back().items.back().ordinal + 1 == m->ordinal) {
      // Not a sub-list: the item goes on with its list's numbering in another style.
      out.at("list-style", n.where,
             fmt::format("list item {} continues a list marked {}; use one marker style", m->text,
                         open.back().items.back().label),
             count_code_points(m->text));
      open.back().items.push_back(std::move(n));
    } else {
      Sequence s{item.level, m->style, 1, {}, {}, 0};
      if (m->ordinal > 1 && markers.between(m->style, m->ordinal - 1, last_heading, b.first_line))
        s.first = m->ordinal;  // goes on from the labels before it
      s.items.push_back(std::move(n));
      open.push_back(std::move(s));
    }
  }
  while (!open.empty()) {
    close(open.back(), "list item", out);
    open.pop_back();
  }
}

// Numbered headings: each level's numbers count up under the same parent heading.
void check_headings(const Document& doc, const LineMarkers& markers, Findings& out) {
  std::vector<Sequence> open;
  auto finish = [&](Sequence& s) {
    fill_gaps(s, markers);
    close(s, "heading", out);
  };
  // The latest heading line of each level that a later heading could still have as its
  // parent: levels ascending. A heading drops those at its level or deeper, whose lines are
  // older than its own, so the parent is the one on top (and a brief with hundreds of
  // levels costs no more than one with three).
  std::vector<std::pair<int, std::uint32_t>> parents;
  for (const Block& b : doc.blocks) {
    if (b.type != BlockType::heading) continue;
    while (!parents.empty() && parents.back().first >= b.level) parents.pop_back();
    std::uint32_t parent_line = parents.empty() ? 0 : parents.back().second;
    parents.emplace_back(b.level, b.first_line);
    while (!open.empty() && open.back().level > b.level) {
      finish(open.back());
      open.pop_back();
    }
    const Label& m = b.label;
    if (!counts_as_numbered(m)) continue;
    NumberedItem n{m.ordinal, m.text, out.line_start(b.first_line)};
    if (!open.empty() && open.back().level == b.level && open.back().style != m.style) {
      finish(open.back());
      open.pop_back();
    }
    if (open.empty() || open.back().level < b.level)
      open.push_back({b.level, m.style, 1, {}, {}, parent_line});
    open.back().items.push_back(std::move(n));
    open.back().lines.push_back(b.first_line);
  }
  while (!open.empty()) {
    finish(open.back());
    open.pop_back();
  }
}

// Inline enumerations ("① 지침, ② 보안, …"): each run of one style from its "1" on.
void check_inline(const std::string& text, const std::vector<TextPiece>& pieces, Findings& out) {
  std::vector<Marker> labels = find_inline_labels(text);
  for (std::size_t k = 0; k < labels.size(); ++k) {
    if (labels[k].ordinal != 1) continue;
    std::vector<NumberedItem> run;
    for (std::size_t m = k; m < labels.size(); ++m) {
      if (labels[m].style != labels[k].style) continue;
      if (m > k && labels[m].ordinal == 1) break;
      run.push_back({labels[m].ordinal,
                     text.substr(labels[m].begin, labels[m].end - labels[m].begin),
                     out.positions().in(pieces, labels[m].begin)});
    }
    if (run.size() < 2) continue;
    std::string model = run.front().label;
    check_sequence(
        run, 1, "list-sequence", "item", [&](int n) { return relabel(model, n); }, out);
  }
}

}  // namespace

void check_lists(Findings& out) {
  const Document& doc = out.doc();
  LineMarkers markers = line_markers(doc);
  std::uint32_t last_heading = 0;
  for (const Block& b : doc.blocks) {
    if (b.type == BlockType::heading) last_heading = b.first_line;
    if (b.type == BlockType::list || (b.type == BlockType::summary && !b.items.empty()))
      check_list_block(doc, b, markers, last_heading, out);
    if (b.type == BlockType::paragraph || b.type == BlockType::summary)
      check_inline(b.text, b.pieces, out);
  }
  for (const Footnote& f : doc.footnotes) check_inline(f.text, f.pieces, out);
  check_headings(doc, markers, out);
}

}  // namespace kbrief::detail
