// SPDX-License-Identifier: MIT
// Pages' lines -> the PdfText that enters the pipeline: the same text shape as pdftotext's,
// so every stage reads a PDF as it reads extracted text.
#include "kbrief/pdf.h"

namespace kbrief {

void PdfTextBuilder::add_page(const std::vector<PdfLine>& lines) {
  for (const PdfLine& line : lines) {
    text_ += line.text;
    text_ += '\n';
    geometry_.push_back(line.geometry);
    if (!line.geometry.blank) has_text_ = true;
  }
  text_ += '\f';  // after every page, the last one included, as pdftotext writes it
}

PdfText PdfTextBuilder::finish(std::size_t input_bytes) && {
  DecodeOptions utf8;
  utf8.encoding = "UTF-8";
  // Poppler's text is UTF-8; should a broken font map give something that is not, it is kept
  // as U+FFFD with a diagnostic rather than losing the document.
  utf8.lossy = true;
  PdfText out;
  Expected<DecodedText> decoded = decode(std::move(text_), utf8);
  if (decoded) out.decoded = std::move(*decoded);
  out.decoded.input_bytes = input_bytes;
  out.geometry = std::move(geometry_);
  return out;
}

}  // namespace kbrief
