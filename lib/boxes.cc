// SPDX-License-Identifier: MIT
#include "boxes.h"

#include <algorithm>

namespace kbrief::detail {

std::optional<PageBox> line_box(const LineGeometryTable& geometry, std::size_t line) {
  if (line >= geometry.size() || geometry[line].blank) return std::nullopt;
  const LineGeometry& g = geometry[line];
  return PageBox{g.page, g.left, g.top, g.right, g.bottom};
}

std::vector<PageBox> boxes_of(const LineGeometryTable& geometry,
                              std::span<const std::uint32_t> lines) {
  std::vector<PageBox> boxes;
  for (std::uint32_t line : lines) {
    std::optional<PageBox> b = line_box(geometry, line);
    if (!b) continue;
    // A page's lines are consecutive in reading order, so its box is nearly always the last.
    auto same_page = std::find_if(boxes.rbegin(), boxes.rend(),
                                  [&](const PageBox& x) { return x.page == b->page; });
    if (same_page == boxes.rend()) {
      boxes.push_back(*b);
      continue;
    }
    PageBox& u = *same_page;
    u.x0 = std::min(u.x0, b->x0);
    u.y0 = std::min(u.y0, b->y0);
    u.x1 = std::max(u.x1, b->x1);
    u.y1 = std::max(u.y1, b->y1);
  }
  return boxes;
}

void place_on_pages(Document& doc) {
  if (doc.line_geometry.empty()) return;
  for (Block& b : doc.blocks) b.boxes = boxes_of(doc.line_geometry, b.source_lines);
  for (Footnote& f : doc.footnotes) f.boxes = boxes_of(doc.line_geometry, f.source_lines);
  for (Furniture& f : doc.page_furniture) f.box = line_box(doc.line_geometry, f.line);
  place_on_pages(doc, doc.diagnostics);
}

void place_on_pages(const Document& doc, std::vector<Diagnostic>& findings) {
  if (doc.line_geometry.empty()) return;
  for (Diagnostic& d : findings)
    if (d.line > 0) d.box = line_box(doc.line_geometry, d.line - 1);
}

}  // namespace kbrief::detail
