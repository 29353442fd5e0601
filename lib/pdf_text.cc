// SPDX-License-Identifier: MIT
// Pages' lines -> the PdfText that enters the pipeline: the same text shape as pdftotext's,
// so every stage reads a PDF as it reads extracted text.
#include <string_view>

#include "kbrief/pdf.h"
#include "unicode.h"

namespace kbrief {
namespace {

// The length of the "(cid:N)" at t[i], 0 when none starts there.
std::size_t cid_length(std::string_view t, std::size_t i) {
  if (!t.substr(i).starts_with("(cid:")) return 0;
  std::size_t k = i + 5, digits = k;
  while (k < t.size() && t[k] >= '0' && t[k] <= '9') ++k;
  return k > digits && k < t.size() && t[k] == ')' ? k + 1 - i : 0;
}

bool is_control(char32_t c) {
  return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

}  // namespace

Readability readability_of(std::string_view text) {
  Readability out;
  std::size_t index = 0;  // code points before i
  for (std::size_t i = 0; i < text.size(); ++index) {
    bool unreadable = false;
    if (std::size_t n = cid_length(text, i); n > 0) {
      unreadable = true;
      i += n;
      index += n - 1;
    } else {
      char32_t c = detail::next_code_point(text, i);
      if (detail::is_space(c) || is_control(c)) continue;
      unreadable = c == 0xFFFD;
    }
    ++out.characters;
    if (!unreadable) continue;
    if (out.unreadable++ == 0) out.first = index;
  }
  return out;
}

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

std::string missing_collection_in(std::string_view poppler_message) {
  static constexpr std::string_view complaint = "Missing language pack for '";
  std::size_t start = poppler_message.find(complaint);
  if (start == std::string_view::npos) return {};
  start += complaint.size();
  std::size_t end = poppler_message.find('\'', start);
  if (end == std::string_view::npos || end == start) return {};
  return std::string(poppler_message.substr(start, end - start));
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

void PdfTextBuilder::add_page(const std::vector<PdfLine>& lines, std::uint32_t number,
                              std::string missing_collection) {
  pages_ = number ? number : pages_ + 1;
  UnreadablePage page;
  page.page = pages_;
  page.line = static_cast<std::uint32_t>(geometry_.size());
  page.column = 1;
  page.missing_collection = std::move(missing_collection);
  for (const PdfLine& line : lines) {
    Readability r = readability_of(line.text);
    if (r.unreadable && !page.unreadable) {
      page.line = static_cast<std::uint32_t>(geometry_.size());
      page.column = static_cast<std::uint32_t>(r.first + 1);
    }
    page.characters += r.characters;
    page.unreadable += r.unreadable;
    text_ += line.text;
    text_ += '\n';
    geometry_.push_back(line.geometry);
    if (!line.geometry.blank) has_text_ = true;
  }
  text_ += '\f';  // after every page, the last one included, as pdftotext writes it
  characters_ += page.characters;
  unreadable_ += page.unreadable;
  if (page.unreadable || !page.missing_collection.empty()) unreadable_pages_.push_back(page);
}

bool PdfTextBuilder::unreadable() const {
  // A brief whose fonts all map is free of U+FFFD (none in the 34 corpus PDFs, 330,000
  // characters); a font without a map turns all its glyphs into U+FFFD, so the share read is
  // about the share of the text set in readable fonts.
  return characters_ > 0 && unreadable_ * 10 >= characters_ * 9;
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
  out.unreadable_pages = std::move(unreadable_pages_);
  return out;
}

}  // namespace kbrief
