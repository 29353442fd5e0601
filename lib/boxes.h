// SPDX-License-Identifier: MIT
// Where each element stands on the PDF's pages: its lines' boxes, joined page by page. Text
// input has no geometry, and its elements no boxes.
#pragma once

#include <cstdint>
#include <optional>
#include <span>
#include <vector>

#include "kbrief/document.h"
#include "kbrief/lines.h"

namespace kbrief::detail {

// The box of line `line` (0-based); none when the table has no such line (text input) or the
// line is a blank one kbrief put between blocks.
std::optional<PageBox> line_box(const LineGeometryTable& geometry, std::size_t line);

// One box per page that `lines` (0-based, ascending) reach: the union of their boxes there.
std::vector<PageBox> boxes_of(const LineGeometryTable& geometry,
                              std::span<const std::uint32_t> lines);

// Sets the boxes of the Document's blocks, footnotes, page furniture and diagnostics from
// its line geometry; nothing for text input.
void place_on_pages(Document& doc);

// The same for findings about `doc` (their 1-based lines).
void place_on_pages(const Document& doc, std::vector<Diagnostic>& findings);

}  // namespace kbrief::detail
