// SPDX-License-Identifier: MIT
// The pipeline that builds a Document from decoded text: lines, layout, segmentation,
// elements, metadata, footnote links and dates.
//
//   auto text = kbrief::decode(std::move(bytes));  // may fail: InputError
//   kbrief::Document doc = kbrief::build_document(std::move(*text), "brief.txt");
#pragma once

#include <optional>
#include <string>

#include "kbrief/dates.h"
#include "kbrief/decode.h"
#include "kbrief/document.h"
#include "kbrief/pdf.h"

namespace kbrief {

struct DocumentOptions {
  // The writing date for deictic dates ("올해", "지난 7월"); without it, the brief's
  // publication date, else its latest dated citation or past event, else its copyright year.
  std::optional<CivilDate> reference_date;
};

// Builds the Document of decoded text: lines, layout, segmentation, elements, metadata,
// footnote links and dates, with every stage's diagnostics sorted by position. Never fails:
// problems in the brief are diagnostics.
Document build_document(DecodedText decoded, std::string path, const DocumentOptions& options = {});
// The same for a PDF's text (source.format "pdf"); its lines' geometry stays in the Document
// (Document::line_geometry).
Document build_document(PdfText pdf, std::string path, const DocumentOptions& options = {});

}  // namespace kbrief
