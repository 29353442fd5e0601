// SPDX-License-Identifier: MIT
// Stage 3 of the pipeline: lines -> layout. Works out the input's shape, which page each
// line is on, the display width of a typical full body line, and which lines are page
// furniture (running headers and footers, page numbers, extractor markers, back matter),
// so that the next stage sees only the brief's own text.
//
// Everything here is inferred from the document's own evidence: lines that repeat on most
// pages, numbers that count the pages, widths that cluster at the right margin.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "kbrief/lines.h"

namespace kbrief {

// The three shapes of extracted text kbrief reads; each must work.
enum class Shape {
  wrap_cued,    // double-spaced; a trailing space marks a wrap between words
  plain,        // pdftotext default: single-spaced, form feeds between pages
  page_marked,  // other extractors: "=== PDF n쪽 / N ===" lines start pages
};

enum class FurnitureKind {
  running_header,
  running_footer,
  page_number,
  sidebar,
  page_marker,     // "=== PDF 3쪽 / 4 ===" and the closing "=== 끝 … ==="
  extractor_note,  // "[왼쪽 단]", "[바닥글]", …
  back_matter,     // the end mark that closes the body ("// 끝 //"); what follows it is
                   // LineRole::back_matter
};

std::string_view to_string(Shape shape);
std::string_view to_string(FurnitureKind kind);

// back_matter: the publisher's matter after the body (disclaimers, lists of other issues,
// colophons), which becomes back-matter blocks rather than body text.
enum class LineRole : std::uint8_t { blank, content, furniture, back_matter };

// What a line's end holds that is not body text: a copyright notice ("ⓒKINU 2024"), which
// belongs to the metadata, or an end mark ("// 끝 //"), which is back matter.
enum class TailKind : std::uint8_t { none, copyright, end_mark };

// The line view: what each line is, worked out once here and read by every later stage.
//
// The trimmed span lives here rather than in `Line` because the text a later stage reads
// excludes the line's tail (a copyright notice, an end mark), which only this stage finds,
// and because the width and indentation are measured on that span: lines -> layout -> blocks
// keeps each fact beside the stage that settles it. `split_lines` stays a plain split.
struct LineInfo {
  std::uint32_t page = 0;  // 1-based; 0 only for a document without text
  // The line's text without leading and trailing whitespace (Unicode White_Space plus
  // U+200B..U+200D, U+2060 and U+FEFF: `is_space` in lib/unicode.h) and without
  // its tail: byte offsets [text_begin, text_end) into the text. Empty for a blank line,
  // where both are the line's end. Later stages read this span and never re-trim a line.
  std::uint32_t text_begin = 0;
  std::uint32_t text_end = 0;
  std::uint16_t width = 0;   // display width of the trimmed text (tail excluded)
  std::uint16_t indent = 0;  // leading whitespace characters before the text
  // Text is followed by whitespace before the line end; in a PDF, the line's last word by a
  // space glyph (LineGeometry::space_after).
  bool trailing_space = false;
  bool column_start = false;  // an extractor note says a new column starts here
  LineRole role = LineRole::blank;
  FurnitureKind furniture = FurnitureKind::running_header;  // meaningful for furniture
  TailKind tail = TailKind::none;
  std::uint32_t tail_begin = 0;  // byte offset where the tail starts (when tail != none)
};

struct Layout {
  Shape shape = Shape::plain;
  std::uint32_t pages = 0;
  std::vector<LineInfo> lines;  // parallel to LineTable::lines
  // Display width of a full body line: the median of the densest cluster of line widths.
  int body_width = 0;
  // The heading of the references that a journal article prints with its dates (received,
  // revised, accepted) over it or under it, which close the body: the article's last
  // section heading, though its line stays back matter like the entries under it.
  std::optional<std::uint32_t> references_heading;
  // Blank lines separate every line, so they say nothing about paragraphs.
  bool double_spaced = false;
  // Trailing spaces are reliable wrap cues: with one, a wrap falls between words; without,
  // it splits a word. Text in the wrap-cued shape, or a PDF with a space glyph after the last
  // word of at least a fifth of its lines.
  bool wrap_cues = false;

  // A line narrower than this cannot be a full line of its paragraph.
  int short_line_limit() const { return body_width - (body_width * 8 + 99) / 100; }
};

// Analyses `text` (split into `table`). Never fails. A PDF's `geometry` (one per line, empty
// for text input) is further evidence for the page furniture: the same text, or a changing
// page number, in the same band at the top or bottom of most pages.
Layout analyse_layout(std::string_view text, const LineTable& table,
                      const LineGeometryTable& geometry = {});

}  // namespace kbrief
