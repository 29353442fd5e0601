// SPDX-License-Identifier: MIT
// Stage 1, the second reader: PDF bytes -> the text kbrief reads, and each line's geometry.
// A PDF then enters the same pipeline as text (one model, one pipeline, two readers):
//
//   if (kbrief::is_pdf(bytes)) {
//     kbrief::Expected<kbrief::PdfText> pdf = kbrief::read_pdf(std::move(bytes));
//     if (!pdf) std::cerr << pdf.error().message;  // encrypted, no text layer, damaged, ...
//     kbrief::Document doc = kbrief::build_document(std::move(*pdf), "brief.pdf");
//   }
//
// The text has the shape pdftotext gives (the "plain pdftotext" shape of the conventions): one
// line per line of print in reading order, words separated by a space where the gap between
// them says so, a blank line where the space above a line (or a change of column) ends a
// block, and a form feed after every page, the last one included. Columns are found on each
// page from the gaps its own words leave, never from fixed coordinates. Pages are read one at a
// time: memory holds the PDF, the text so far and one page's words.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kbrief/decode.h"
#include "kbrief/lines.h"
#include "kbrief/pdf_info.h"

namespace kbrief {

// Whether the bytes are a PDF: they start with the signature "%PDF-" (the file's name does
// not count).
bool is_pdf(std::string_view bytes);

// Whether this kbrief reads PDFs (it was built with -DKBRIEF_PDF=ON, with poppler).
bool pdf_supported();

struct PdfOptions {
  std::string password;  // an encrypted PDF's user or owner password; "": none
  // Pages read at once, each by a thread of its own with a poppler document of its own over the
  // same bytes: poppler reads one document's pages one after another, and spends most of a
  // page's time in its own drawing code. 1: the calling thread reads every page.
  unsigned page_readers = 1;
};

// A page whose fonts left characters unreadable: glyphs drawn without a Unicode map (no
// ToUnicode, a font's own map to U+FFFD), which poppler reports as U+FFFD.
struct UnreadablePage {
  std::uint32_t page = 0;        // 1-based
  std::uint32_t characters = 0;  // on the page, whitespace and control characters aside
  std::uint32_t unreadable = 0;  // of them: each U+FFFD, and each "(cid:N)" counted as one
  // The first unreadable character: its line among the text's lines (0-based) and its column
  // (1-based code points, as in a diagnostic).
  std::uint32_t line = 0, column = 0;
  // The character collection (as "Adobe-Korea1") of a font on the page that poppler could not
  // map to Unicode for want of its language data (Debian's poppler-data): such glyphs are left
  // out of the text altogether, not counted above. Empty: none. Then `line` and `column` point
  // at the page's first line.
  std::string missing_collection;
};

struct PdfText {
  // The text as decode() gives a text file's: UTF-8 in NFC (`encoding` "UTF-8", the text
  // layer's Unicode); `input_bytes` is the PDF's size.
  DecodedText decoded;
  // One entry per line of split_lines(decoded.text), blank lines included.
  LineGeometryTable geometry;
  // The pages with at least one unreadable character, in page order (the Document reports
  // each as an `unreadable-page` diagnostic).
  std::vector<UnreadablePage> unreadable_pages;
  PdfInfo info;
  // The text of words drawn again over words already read (take_out_overdrawn()), left out
  // of `decoded`; separated by spaces.
  std::string overdrawn;
};

// Reads a PDF's text layer. Fails, with InputErrorKind::
//   pdf_unsupported  this kbrief was built without PDF support (the message names KBRIEF_PDF);
//   pdf_encrypted    the PDF needs a password, and `options.password` is missing or wrong;
//   pdf_no_text      no page has any text (scanned pages: the message suggests OCR);
//   pdf_no_unicode   its text is unreadable (PdfTextBuilder::unreadable(): fonts without a
//                    Unicode map; the message suggests OCR);
//   pdf_damaged      not a PDF poppler can read, or cut short (no %%EOF at its end).
Expected<PdfText> read_pdf(std::string bytes, const PdfOptions& options = {});

// ---------------------------------------------------------------------------------------
// The layout step on its own, without poppler: one page's words -> its lines in reading
// order. Coordinates as in LineGeometry.

struct PdfWord {
  std::string text;  // UTF-8
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  float font_size = 0;
  bool bold = false;
  bool space_after = false;  // poppler's has_space_after()
};

struct PdfPage {
  std::uint32_t number = 0;  // 1-based
  float width = 0, height = 0;
  std::vector<PdfWord> words;  // in any order
};

struct PdfLine {
  std::string text;  // no line break, form feed or other control character
  LineGeometry geometry;
};

// What a line's text opens with where the text layer lost its list marker: a line's first
// word that starts with a control character right before its text (no space between, nothing
// on the line before it). Elsewhere a control character follows the marker it spaces ("- ",
// "◎ ", "1) ", "자료:") and reads as a space; opening a line, it stands where the marker is
// drawn. The line's geometry says so (LineGeometry::marker_stand_in).
inline constexpr std::string_view kLostMarker = "\u2022 ";

// Text drawn a second time over text already drawn (a shadowed or outlined title) is read
// once. The second drawing is often cut into other words than the first ("가나·" over "가나"
// and "·다라"): a word whose box lies within another's on its baseline, sharing its left edge
// and its first letters, or its right edge and its last ones, is those glyphs again. Takes
// such words out of `page.words` and returns their text, separated by spaces (empty when the
// page has none); call it before page_lines().
std::string take_out_overdrawn(PdfPage& page);

// The page's lines in reading order: columns (the page's own wide vertical gaps that run
// through several lines) left to right, each top to bottom, with blank lines between blocks.
std::vector<PdfLine> page_lines(const PdfPage& page);

// The Info dictionary's text as PdfInfo keeps it (NFC, whitespace made single spaces), and a
// PDF date string's calendar date ("D:20240621154335+09'00'" -> 2024-06-21).
std::string clean_info_text(std::string_view utf8);
std::optional<CivilDate> pdf_date(std::string_view value);

// The character collection named by poppler's complaint that it has no language data to map
// it ("Missing language pack for 'Adobe-Korea1' mapping" -> "Adobe-Korea1"); "" for any other
// message.
std::string missing_collection_in(std::string_view poppler_message);

// Whether a font's name says bold ("NanumGothicBold", "ABCDEF+Malgun-Bold", "HYGothic-Black").
bool is_bold_font(std::string_view font_name);

// What a font without a Unicode map leaves in a text: U+FFFD for each glyph (poppler), or a
// "(cid:N)" run (other extractors). `characters` counts the text's characters, whitespace and
// control characters aside and each "(cid:N)" as one; `unreadable` those of them that are
// U+FFFD or "(cid:N)"; `first` the code point index of the first unreadable one (npos: none).
struct Readability {
  std::uint32_t characters = 0, unreadable = 0;
  std::size_t first = std::string_view::npos;
};
Readability readability_of(std::string_view text);

// Builds the PdfText of pages' lines: their text joined (a form feed after each page) and
// normalised, and their geometry beside it. `input_bytes` is the PDF's size.
class PdfTextBuilder {
 public:
  // `number`: the page's 1-based number (0: one more than the page before);
  // `missing_collection`: see UnreadablePage.
  void add_page(const std::vector<PdfLine>& lines, std::uint32_t number = 0,
                std::string missing_collection = {});
  PdfText finish(std::size_t input_bytes) &&;
  bool has_text() const { return has_text_; }
  // Whether the text cannot be used: at least nine in ten of its characters are unreadable
  // (what is left is page numbers and stray Latin labels in some other font, not a brief).
  bool unreadable() const;

 private:
  std::string text_;
  LineGeometryTable geometry_;
  std::vector<UnreadablePage> unreadable_pages_;
  std::uint64_t characters_ = 0, unreadable_ = 0;
  std::uint32_t pages_ = 0;
  bool has_text_ = false;
};

}  // namespace kbrief
