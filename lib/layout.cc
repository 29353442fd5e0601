// SPDX-License-Identifier: MIT
#include "kbrief/layout.h"

#include <algorithm>

#include "layout_detail.h"
#include "unicode.h"

namespace kbrief {

std::string_view to_string(Shape shape) {
  switch (shape) {
    case Shape::wrap_cued:
      return "wrap-cued";
    case Shape::plain:
      return "plain";
    case Shape::page_marked:
      return "page-marked";
  }
  return "plain";
}

std::string_view to_string(FurnitureKind kind) {
  switch (kind) {
    case FurnitureKind::running_header:
      return "running-header";
    case FurnitureKind::running_footer:
      return "running-footer";
    case FurnitureKind::page_number:
      return "page-number";
    case FurnitureKind::sidebar:
      return "sidebar";
    case FurnitureKind::page_marker:
      return "page-marker";
    case FurnitureKind::extractor_note:
      return "extractor-note";
    case FurnitureKind::back_matter:
      return "back-matter";
  }
  return "running-header";
}

namespace detail {

std::vector<std::vector<std::size_t>> content_lines_by_page(const Layout& layout) {
  std::vector<std::vector<std::size_t>> pages(layout.pages);
  for (std::size_t i = 0; i < layout.lines.size(); ++i) {
    const LineInfo& info = layout.lines[i];
    if (info.role == LineRole::content && info.page >= 1 && info.page <= layout.pages)
      pages[info.page - 1].push_back(i);
  }
  return pages;
}

bool is_page_marker(std::string_view t) {
  if (t.size() < 8 || t.substr(0, 3) != "===" || t.substr(t.size() - 3) != "===") return false;
  return t.find_first_of("0123456789") != std::string_view::npos;
}

}  // namespace detail

namespace {

// First integer in `t`, or -1.
long first_integer(std::string_view t) {
  std::size_t i = t.find_first_of("0123456789");
  if (i == std::string_view::npos) return -1;
  long v = 0;
  for (; i < t.size() && t[i] >= '0' && t[i] <= '9' && v < 100000; ++i) v = v * 10 + (t[i] - '0');
  return v;
}

// Whether the text after the last page's form feed... : counts pages from form feeds.
void assign_pages_by_form_feeds(const LineTable& table, Layout& layout) {
  std::uint32_t breaks = 0;
  for (std::size_t i = 0; i < table.lines.size(); ++i) {
    breaks += table.lines[i].leading_form_feeds;
    layout.lines[i].page = breaks + 1;
    breaks += table.lines[i].inner_form_feeds;
  }
  layout.pages = table.form_feeds + (table.text_after_last_form_feed ? 1 : 0);
}

void assign_pages_by_markers(std::string_view text, const LineTable& table, Layout& layout) {
  std::uint32_t page = 1;
  for (std::size_t i = 0; i < table.lines.size(); ++i) {
    std::string_view t = detail::line_text(text, table, layout, i);
    if (detail::is_page_marker(t)) {
      long n = first_integer(t);
      if (n > static_cast<long>(page) || (i == 0 && n >= 1)) page = static_cast<std::uint32_t>(n);
      layout.lines[i].role = LineRole::furniture;
      layout.lines[i].furniture = FurnitureKind::page_marker;
    }
    layout.lines[i].page = page;
    layout.pages = std::max(layout.pages, page);
  }
}

// The wrap-cued extractor replaces each page's form feed by a single space at the start of
// the page's first line. Such lines must be rare, and deeper indents absent, for the
// reading to hold.
bool assign_pages_by_leading_space(std::string_view text, const LineTable& table, Layout& layout) {
  std::size_t content = 0, single = 0, deeper = 0;
  for (std::size_t i = 0; i < table.lines.size(); ++i) {
    if (layout.lines[i].role != LineRole::content) continue;
    ++content;
    std::string_view raw =
        text.substr(table.lines[i].begin, table.lines[i].end - table.lines[i].begin);
    if (raw.size() > 1 && raw[0] == ' ' && raw[1] != ' ')
      ++single;
    else if (raw.size() > 1 && raw[0] == ' ')
      ++deeper;
  }
  if (single == 0 || single * 100 > content * 15 || deeper * 100 > content * 5) return false;
  std::uint32_t page = 0;
  bool seen_content = false;
  for (std::size_t i = 0; i < table.lines.size(); ++i) {
    std::string_view raw =
        text.substr(table.lines[i].begin, table.lines[i].end - table.lines[i].begin);
    bool content_line = layout.lines[i].role == LineRole::content;
    if (content_line && ((raw.size() > 1 && raw[0] == ' ' && raw[1] != ' ') || !seen_content)) {
      if (!(page == 1 && !seen_content)) ++page;
      if (page == 0) page = 1;
    }
    if (content_line) seen_content = true;
    layout.lines[i].page = std::max<std::uint32_t>(page, 1);
  }
  layout.pages = std::max<std::uint32_t>(page, 1);
  return true;
}

// Median of the densest window of widths: the margin most body lines reach. Lines under
// half the 90th percentile (headings, list items, cells) cannot be full lines.
int typical_width(const std::vector<int>& widths) {
  if (widths.empty()) return 0;
  std::vector<int> w = widths;
  std::sort(w.begin(), w.end());
  int p90 = w[w.size() * 9 / 10];
  w.erase(w.begin(), std::lower_bound(w.begin(), w.end(), p90 / 2));
  std::size_t best_lo = 0, best_hi = 0, best_count = 0;
  for (std::size_t hi = 0, lo = 0; hi < w.size(); ++hi) {
    int span = std::max(4, w[hi] * 8 / 100);
    while (w[lo] < w[hi] - span) ++lo;
    std::size_t count = hi - lo + 1;
    if (count >= best_count) {  // ties go to the wider margin
      best_count = count;
      best_lo = lo;
      best_hi = hi;
    }
  }
  return w[(best_lo + best_hi) / 2];
}

// A PDF that draws a space glyph after a line's last word where the wrap falls between words
// (most briefs made with Hancom or Word) tells each wrap as the wrap-cued text shape does: the
// cue is obeyed when as many of its lines carry one as that shape asks of trailing spaces.
void read_pdf_wrap_cues(const LineGeometryTable& geometry, Layout& layout, std::size_t content) {
  std::size_t cued = 0;
  for (std::size_t i = 0; i < geometry.size() && i < layout.lines.size(); ++i)
    cued += layout.lines[i].role == LineRole::content && geometry[i].space_after;
  if (content < 4 || cued * 100 < content * 20) return;
  layout.wrap_cues = true;
  for (std::size_t i = 0; i < geometry.size() && i < layout.lines.size(); ++i)
    layout.lines[i].trailing_space = geometry[i].space_after;
}

}  // namespace

Layout analyse_layout(std::string_view text, const LineTable& table,
                      const LineGeometryTable& geometry) {
  Layout layout;
  layout.lines.resize(table.lines.size());
  bool markers = false;
  std::size_t content = 0, trailing = 0, followed_by_blank = 0;
  for (std::size_t i = 0; i < table.lines.size(); ++i) {
    const Line& line = table.lines[i];
    LineInfo& info = layout.lines[i];
    std::string_view raw = text.substr(line.begin, line.end - line.begin);
    // The one place a whole line is trimmed: every later stage reads the stored span.
    std::string_view t = detail::trim(raw);
    auto lead = static_cast<std::uint32_t>(t.data() - raw.data());
    info.text_begin = line.begin + lead;
    info.text_end = info.text_begin + static_cast<std::uint32_t>(t.size());
    if (t.empty()) {
      // A content line followed by this blank one.
      followed_by_blank += i > 0 && layout.lines[i - 1].role == LineRole::content;
      continue;
    }
    info.role = LineRole::content;
    ++content;
    info.indent = static_cast<std::uint16_t>(
        std::min<std::size_t>(detail::count_code_points(raw.substr(0, lead)), 0xFFFF));
    info.trailing_space = info.text_end < line.end;
    trailing += info.trailing_space;
    markers = markers || detail::is_page_marker(t);
  }

  if (markers) {
    layout.shape = Shape::page_marked;
    assign_pages_by_markers(text, table, layout);
  } else if (table.form_feeds > 0) {
    layout.shape = Shape::plain;
    assign_pages_by_form_feeds(table, layout);
  } else {
    layout.double_spaced = content >= 4 && followed_by_blank * 10 >= content * 6;
    layout.wrap_cues = content >= 4 && trailing * 100 >= content * 20;
    layout.shape = layout.double_spaced && layout.wrap_cues ? Shape::wrap_cued : Shape::plain;
    if (!assign_pages_by_leading_space(text, table, layout)) {
      for (auto& info : layout.lines) info.page = 1;
      layout.pages = content > 0 ? 1 : 0;
    }
  }
  if (layout.shape != Shape::wrap_cued) {
    layout.double_spaced = content >= 4 && followed_by_blank * 10 >= content * 6;
    layout.wrap_cues = false;
  }
  if (!geometry.empty()) read_pdf_wrap_cues(geometry, layout, content);
  if (layout.pages == 0 && content > 0) layout.pages = 1;
  for (auto& info : layout.lines)
    info.page =
        std::min(std::max<std::uint32_t>(info.page, 1), std::max<std::uint32_t>(layout.pages, 1));

  detail::mark_furniture(text, table, geometry, layout);
  detail::mark_back_matter(text, table, geometry, layout);

  std::vector<int> widths;
  for (std::size_t i = 0; i < table.lines.size(); ++i) {
    LineInfo& info = layout.lines[i];
    if (info.role == LineRole::blank) continue;
    info.width = static_cast<std::uint16_t>(
        std::min(detail::display_width(detail::line_text(text, table, layout, i)), 0xFFFF));
    if (info.role == LineRole::content && info.width >= 10) widths.push_back(info.width);
  }
  layout.body_width = typical_width(widths);
  return layout;
}

}  // namespace kbrief
