// SPDX-License-Identifier: MIT
// Page furniture from a PDF's geometry: what the pages print in the same place at their top
// or bottom, beyond the body's lines. Reading order may set a running header anywhere in a
// page's text (after a column, inside a table's band), where the text rules, which look only
// at a page's first and last lines, miss it; its place on the page does not move.
//
// A group is one text (digits and spaces aside, as repetition_key reads it) or, for a number
// alone on its line, every such number, whose lines stand at the same height (their tops
// within half the body's em) on most pages (a text: on a third of them). Its lines are furniture
// where they lie outside the body's typical extent: above the top of the body's type on a typical
// page, or below its bottom; above, a running header, below, a running footer, whatever reading
// order made of them. Numbers must change from page to page, growing with the page: a page number,
// not a figure's axis.
#include <algorithm>
#include <map>
#include <set>

#include "body_type.h"
#include "layout_detail.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

// The key of lines that are a number alone, which no text's key equals (a key has no digits
// and no control characters).
constexpr std::string_view kNumberKey = "\x01";

float median(std::vector<float> v) {
  std::sort(v.begin(), v.end());
  return v[v.size() / 2];
}

bool repeatable(const LineInfo& info) {
  if (info.role == LineRole::content) return true;
  return info.role == LineRole::furniture && (info.furniture == FurnitureKind::running_header ||
                                              info.furniture == FurnitureKind::running_footer ||
                                              info.furniture == FurnitureKind::page_number);
}

class Bands {
 public:
  Bands(std::string_view text, const LineTable& table, const LineGeometryTable& geometry,
        Layout& layout)
      : text_(text), table_(table), geometry_(geometry), layout_(layout) {}

  void run() {
    std::vector<std::uint32_t> content;
    std::map<std::string, std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < layout_.lines.size(); ++i) {
      const LineInfo& info = layout_.lines[i];
      if (geometry_[i].blank || !repeatable(info)) continue;
      if (info.role == LineRole::content) content.push_back(static_cast<std::uint32_t>(i));
      std::string_view t = line_text(text_, table_, layout_, i);
      if (page_number_value(t)) {
        groups[std::string(kNumberKey)].push_back(i);
        continue;
      }
      std::string key = repetition_key(t);
      if (count_code_points(key) >= 2) groups[key].push_back(i);
    }
    drop_labels(groups);
    BodyType body(geometry_, content);
    if (!body.known()) return;
    em_ = body.size();
    std::vector<std::pair<std::vector<std::size_t>, bool>> found;
    for (const auto& [key, lines] : groups) {
      bool number = key == kNumberKey;
      std::vector<std::size_t> aligned = same_height_on_enough_pages(lines, number);
      if (aligned.empty() || (number && !counts_pages(aligned))) continue;
      for (std::size_t i : aligned) repeated_.insert(i);
      found.emplace_back(std::move(aligned), number);
    }
    if (found.empty() || !find_body_extent(body)) return;
    for (const auto& [lines, number] : found)
      for (std::size_t i : lines) mark(i, number);
  }

 private:
  // Of `lines`, the largest set at one height (their tops within half an em of each other),
  // one a page (the first in reading order), when it covers enough pages; else none: most
  // pages for numbers, a third for a text (a journal prints its title over the left-hand
  // pages and the article's over the right-hand ones, the first page aside). A window
  // slides over the lines sorted by height: the work grows as n log n, however many lines
  // share a key (numbers alone in a long table's cells).
  std::vector<std::size_t> same_height_on_enough_pages(std::vector<std::size_t> lines,
                                                       bool number) const {
    std::size_t pages = layout_.pages;
    std::size_t needed = std::max<std::size_t>(2, number ? (pages + 1) / 2 : (pages + 2) / 3);
    if (lines.size() < needed) return {};
    std::stable_sort(lines.begin(), lines.end(), [&](std::size_t a, std::size_t b) {
      return geometry_[a].top < geometry_[b].top;
    });
    std::map<std::uint32_t, std::size_t> in_window;  // page -> lines of it in the window
    std::size_t best_lo = 0, best_hi = 0, best_pages = 0;
    for (std::size_t lo = 0, hi = 0; hi < lines.size(); ++hi) {
      ++in_window[geometry_[lines[hi]].page];
      while (geometry_[lines[hi]].top - geometry_[lines[lo]].top > em_ / 2) {
        auto it = in_window.find(geometry_[lines[lo++]].page);
        if (--it->second == 0) in_window.erase(it);
      }
      if (in_window.size() > best_pages) {
        best_pages = in_window.size();
        best_lo = lo;
        best_hi = hi;
      }
    }
    if (best_pages < needed) return {};
    std::map<std::uint32_t, std::size_t> first;  // page -> line
    for (std::size_t k = best_lo; k <= best_hi; ++k) {
      auto [it, fresh] = first.try_emplace(geometry_[lines[k]].page, lines[k]);
      if (!fresh) it->second = std::min(it->second, lines[k]);
    }
    std::vector<std::size_t> out;
    for (const auto& [page, i] : first) out.push_back(i);
    return out;
  }

  // A number with text right beside it on its row, closer than two of its ems, labels that
  // text (a section's number in a box before its heading) — unless the text repeats on other
  // pages, a running title beside its page number. It is no page number, whatever the text
  // rules, blind to the row, made of it.
  void drop_labels(std::map<std::string, std::vector<std::size_t>>& groups) {
    auto numbers = groups.find(std::string(kNumberKey));
    if (numbers == groups.end()) return;
    std::erase_if(numbers->second, [&](std::size_t i) {
      if (i + 1 >= geometry_.size()) return false;
      const LineGeometry &g = geometry_[i], &next = geometry_[i + 1];
      if (next.blank || next.page != g.page || g.font_size <= 0) return false;
      float overlap = std::min(g.bottom, next.bottom) - std::max(g.top, next.top);
      float gap = next.left - g.right;
      if (overlap < 0.5f * std::min(g.bottom - g.top, next.bottom - next.top) || gap < 0 ||
          gap > 2 * g.font_size)
        return false;
      auto beside = groups.find(repetition_key(line_text(text_, table_, layout_, i + 1)));
      if (beside != groups.end() && beside->second.size() >= 2) return false;
      layout_.lines[i].role = LineRole::content;
      return true;
    });
  }

  // Numbers that count the pages: each larger than the one on an earlier page.
  bool counts_pages(const std::vector<std::size_t>& lines) const {
    long last = -1;
    for (std::size_t i : lines) {  // in page order
      long v = *page_number_value(line_text(text_, table_, layout_, i));
      if (v <= last) return false;
      last = v;
    }
    return true;
  }

  // The top of the first and the bottom of the last line in the body's type, on a typical
  // page: the medians over the pages that have such lines.
  bool find_body_extent(const BodyType& body) {
    std::map<std::uint32_t, std::pair<float, float>> extent;  // page -> top, bottom
    for (std::size_t i = 0; i < layout_.lines.size(); ++i) {
      const LineGeometry& g = geometry_[i];
      if (layout_.lines[i].role != LineRole::content || g.blank || repeated_.count(i)) continue;
      if (std::abs(g.font_size - body.size()) > body.size() * 0.04f) continue;
      auto [it, fresh] = extent.try_emplace(g.page, g.top, g.bottom);
      it->second.first = std::min(it->second.first, g.top);
      it->second.second = std::max(it->second.second, g.bottom);
    }
    if (extent.empty()) return false;
    std::vector<float> tops, bottoms;
    for (const auto& [page, e] : extent) {
      tops.push_back(e.first);
      bottoms.push_back(e.second);
    }
    body_top_ = median(tops);
    body_bottom_ = median(bottoms);
    return true;
  }

  // A line of the band becomes furniture; one the text rules found keeps its kind, unless it
  // called a line at the page's top a footer, or the reverse, from where reading order put it.
  void mark(std::size_t i, bool number) {
    LineInfo& info = layout_.lines[i];
    const LineGeometry& g = geometry_[i];
    bool top = g.bottom <= body_top_ + em_ / 4;
    bool bottom = g.top >= body_bottom_ - em_ / 4;
    if (!top && !bottom) return;
    if (info.role == LineRole::furniture && info.furniture == FurnitureKind::page_number) return;
    info.role = LineRole::furniture;
    info.furniture = number ? FurnitureKind::page_number
                     : top  ? FurnitureKind::running_header
                            : FurnitureKind::running_footer;
  }

  std::string_view text_;
  const LineTable& table_;
  const LineGeometryTable& geometry_;
  Layout& layout_;
  float em_ = 0;
  std::set<std::size_t> repeated_;
  float body_top_ = 0, body_bottom_ = 0;
};

}  // namespace

void mark_band_furniture(std::string_view text, const LineTable& table,
                         const LineGeometryTable& geometry, Layout& layout) {
  if (geometry.size() != layout.lines.size() || layout.pages < 2) return;
  Bands(text, table, geometry, layout).run();
}

}  // namespace kbrief::detail
