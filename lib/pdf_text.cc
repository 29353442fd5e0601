// SPDX-License-Identifier: MIT
// Pages' lines -> the PdfText that enters the pipeline: the same text shape as pdftotext's,
// so every stage reads a PDF as it reads extracted text.
#include "kbrief/pdf.h"
#include "unicode.h"

namespace kbrief {

std::string clean_info_text(std::string_view utf8) {
  using detail::append_utf8, detail::is_space, detail::next_code_point;
  DecodeOptions options;
  options.encoding = "UTF-8";
  options.lossy = true;
  Expected<DecodedText> decoded = decode(std::string(utf8), options);
  if (!decoded) return {};
  std::string_view t = decoded->text;
  std::string out;
  bool space = false;
  for (std::size_t i = 0; i < t.size();) {
    char32_t c = next_code_point(t, i);
    if (is_space(c) || c < 0x20 || (c >= 0x7F && c < 0xA0)) {
      space = !out.empty();
      continue;
    }
    if (space) out += ' ';
    space = false;
    append_utf8(out, c);
  }
  return out;
}

std::optional<CivilDate> pdf_date(std::string_view value) {
  if (value.starts_with("D:")) value.remove_prefix(2);
  if (value.size() < 8) return std::nullopt;
  int digits[8];
  for (std::size_t k = 0; k < 8; ++k) {
    if (!detail::is_ascii_digit(static_cast<unsigned char>(value[k]))) return std::nullopt;
    digits[k] = value[k] - '0';
  }
  int year = digits[0] * 1000 + digits[1] * 100 + digits[2] * 10 + digits[3];
  int month = digits[4] * 10 + digits[5], day = digits[6] * 10 + digits[7];
  if (!is_valid_date(year, month, day)) return std::nullopt;
  return CivilDate{year, month, day};
}

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
