// SPDX-License-Identifier: MIT
// build_document: the stages in order, each reading what the ones before it built.
#include "kbrief/pipeline.h"

#include <algorithm>
#include <tuple>

#include "boxes.h"
#include "document_dates.h"
#include "elements.h"
#include "footnote_links.h"
#include "kbrief/columns.h"
#include "kbrief/document.h"
#include "kbrief/positions.h"
#include "metadata.h"
#include "source.h"

namespace kbrief {
namespace {

void collect(std::vector<Diagnostic>& all, std::vector<Diagnostic>&& stage) {
  all.insert(all.end(), std::make_move_iterator(stage.begin()),
             std::make_move_iterator(stage.end()));
}

// Either reader's text, and a PDF's geometry, through the one pipeline.
Document build(DecodedText decoded, LineGeometryTable geometry, PdfInfo info, SourceFormat format,
               std::string_view path, const DocumentOptions& options,
               const std::vector<UnreadablePage>& unreadable_pages = {}) {
  Document doc;
  doc.decoded = std::move(decoded);
  doc.line_geometry = std::move(geometry);
  const std::string& text = doc.decoded.text;
  // The Document keeps the line table and the layout: no room left over from growing them.
  // Text set in columns is read a column at a time; a PDF's lines are in reading order already.
  std::vector<Diagnostic> diagnostics;
  {
    LineTable lines = split_lines(text);
    doc.line_table = format == SourceFormat::text ? read_columns(text, lines) : lines;
    // A PDF's reader found its margin labels from the page: the table says so as for text.
    for (std::size_t i = 0; i < doc.line_geometry.size() && i < doc.line_table.lines.size(); ++i)
      doc.line_table.lines[i].margin_label = doc.line_geometry[i].margin_label;
    doc.line_table.lines.shrink_to_fit();
    doc.layout = analyse_layout(text, doc.line_table, doc.line_geometry);
    doc.layout.lines.shrink_to_fit();
    // What the input holds before any structure is told on its lines as they are.
    doc.source = detail::describe_source(path, doc.decoded, lines, doc.layout);
    diagnostics = detail::input_diagnostics(doc.decoded, lines);
  }
  doc.source.format = format;
  doc.source.pdf_info = std::move(info);
  collect(diagnostics, detail::unreadable_page_diagnostics(unreadable_pages));
  {
    // The segmentation is needed only while the elements are built: freed before the dates.
    Blocks segments =
        segment_blocks(text, doc.line_table, doc.layout, doc.line_geometry, doc.source.pdf_info);
    detail::Elements elements =
        detail::build_elements(doc.decoded, doc.line_table, doc.layout, segments);
    doc.blocks = std::move(elements.blocks);
    doc.footnotes = std::move(elements.footnotes);
    collect(diagnostics, std::move(elements.diagnostics));
    detail::FrontMatter front =
        detail::read_front_matter(text, doc.line_table, doc.layout, segments);
    doc.front_matter = std::move(front.lines);
    doc.metadata = std::move(front.metadata);
    collect(diagnostics, std::move(front.diagnostics));
  }
  doc.page_furniture = detail::collect_page_furniture(text, doc.line_table, doc.layout);
  PositionFinder positions(doc);
  collect(diagnostics, detail::link_footnotes(doc.blocks, doc.footnotes, positions));

  detail::DocumentDates dates =
      detail::find_dates(doc.blocks, doc.footnotes, doc.metadata, options.reference_date,
                         doc.source.pdf_info.created, positions);
  doc.metadata.reference_date = dates.reference_date;
  for (detail::ElementDates& d : dates.blocks) doc.blocks[d.index].dates = std::move(d.dates);
  for (detail::ElementDates& d : dates.footnotes) doc.footnotes[d.index].dates = std::move(d.dates);
  collect(diagnostics, std::move(dates.diagnostics));

  // Once, in input order; a stable sort keeps each stage's order where positions tie.
  std::stable_sort(diagnostics.begin(), diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                   });
  doc.diagnostics = std::move(diagnostics);
  detail::place_on_pages(doc);
  return doc;
}

}  // namespace

Document build_document(DecodedText decoded, std::string path, const DocumentOptions& options) {
  return build(std::move(decoded), {}, {}, SourceFormat::text, path, options);
}

Document build_document(PdfText pdf, std::string path, const DocumentOptions& options) {
  return build(std::move(pdf.decoded), std::move(pdf.geometry), std::move(pdf.info),
               SourceFormat::pdf, path, options, pdf.unreadable_pages);
}

}  // namespace kbrief
