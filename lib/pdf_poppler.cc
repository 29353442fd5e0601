// SPDX-License-Identifier: MIT
// The PDF reader over poppler's C++ API: each page's words, with their boxes, font names and
// sizes, handed to page_lines() one page at a time.
#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <future>
#include <memory>
#include <vector>

#include "kbrief/pdf.h"

namespace kbrief {
namespace {

// Poppler writes its complaints about a damaged file to stderr; kbrief reports one message of
// its own instead. One complaint is kept: a font whose character collection poppler cannot map
// without its language data leaves that font's glyphs out of the text with no other trace.
thread_local std::string* missing_collection_on_page = nullptr;

void note_poppler_message(const std::string& message, void*) {
  if (!missing_collection_on_page || !missing_collection_on_page->empty()) return;
  *missing_collection_on_page = missing_collection_in(message);
}

// A PDF ends with %%EOF (a few bytes of padding may follow). Poppler reconstructs a file cut
// short from what is left, which reads as a shorter brief: refused instead, so no page goes
// missing unnoticed.
bool ends_with_eof_marker(std::string_view bytes) {
  std::string_view tail = bytes.substr(bytes.size() > 1024 ? bytes.size() - 1024 : 0);
  return tail.find("%%EOF") != std::string_view::npos;
}

std::string utf8_of(const poppler::ustring& text) {
  poppler::byte_array bytes = text.to_utf8();
  return std::string(bytes.begin(), bytes.end());
}

PdfPage words_of(const poppler::page& page, std::uint32_t number) {
  PdfPage out;
  out.number = number;
  poppler::rectf rect = page.page_rect();
  out.width = static_cast<float>(rect.width());
  out.height = static_cast<float>(rect.height());
  for (const poppler::text_box& box : page.text_list(poppler::page::text_list_include_font)) {
    poppler::rectf b = box.bbox();
    PdfWord w;
    w.text = utf8_of(box.text());
    w.x0 = static_cast<float>(b.left());
    w.y0 = static_cast<float>(b.top());
    w.x1 = static_cast<float>(b.right());
    w.y1 = static_cast<float>(b.bottom());
    if (box.has_font_info()) {
      w.font_size = static_cast<float>(box.get_font_size());
      w.bold = is_bold_font(box.get_font_name());
    }
    w.space_after = box.has_space_after();
    out.words.push_back(std::move(w));
  }
  return out;
}

// One page as read, ready for PdfTextBuilder::add_page.
struct ReadPage {
  std::vector<PdfLine> lines;
  std::string missing_collection;  // see UnreadablePage
  std::string overdrawn;           // see PdfText::overdrawn
};

ReadPage read_page(const poppler::document& doc, int index) {
  ReadPage out;
  std::unique_ptr<poppler::page> page(doc.create_page(index));
  if (!page) return out;
  missing_collection_on_page = &out.missing_collection;
  PdfPage words = words_of(*page, static_cast<std::uint32_t>(index + 1));
  missing_collection_on_page = nullptr;
  out.overdrawn = take_out_overdrawn(words);
  out.lines = page_lines(words);
  return out;
}

std::unique_ptr<poppler::document> load(const std::string& bytes, const PdfOptions& options) {
  return std::unique_ptr<poppler::document>(poppler::document::load_from_raw_data(
      bytes.data(), static_cast<int>(bytes.size()), options.password, options.password));
}

// The further documents for `wanted` readers in all, over the same bytes; fewer where one
// does not open as the first did.
std::vector<std::unique_ptr<poppler::document>> more_readers(const std::string& bytes,
                                                             const PdfOptions& options, int wanted,
                                                             int pages) {
  std::vector<std::unique_ptr<poppler::document>> out;
  while (static_cast<int>(out.size()) + 1 < wanted) {
    std::unique_ptr<poppler::document> doc = load(bytes, options);
    if (!doc || doc->is_locked() || doc->pages() != pages) break;
    out.push_back(std::move(doc));
  }
  return out;
}

// Reads every page into `text` in page order. With several readers, each has a document of
// its own, and they read a round of consecutive pages at once, one page each: no more than a
// round's pages are held before they are added, so memory stays bounded on any length.
void read_pages(const std::string& bytes, const PdfOptions& options,
                std::unique_ptr<poppler::document> first, PdfTextBuilder& text,
                std::string& overdrawn) {
  int pages = first->pages();
  auto add = [&](ReadPage page, int index) {
    if (!page.overdrawn.empty()) overdrawn += (overdrawn.empty() ? "" : " ") + page.overdrawn;
    text.add_page(page.lines, static_cast<std::uint32_t>(index + 1),
                  std::move(page.missing_collection));
  };
  // The first page is read alone: poppler sets up the colour profiles that all its documents
  // share as it draws its first page, unguarded, and the threads must find them made. The
  // other readers' documents are opened meanwhile (opening draws nothing).
  int wanted = std::min(static_cast<int>(std::max(1u, options.page_readers)), pages);
  std::future<std::vector<std::unique_ptr<poppler::document>>> opening;
  if (wanted > 1)
    opening = std::async(std::launch::async, more_readers, std::cref(bytes), std::cref(options),
                         wanted, pages);
  add(read_page(*first, 0), 0);
  std::vector<std::unique_ptr<poppler::document>> readers;
  readers.push_back(std::move(first));
  if (opening.valid())
    for (auto& doc : opening.get()) readers.push_back(std::move(doc));
  auto round = static_cast<int>(readers.size());
  std::vector<std::future<ReadPage>> others(readers.size() - 1);
  for (int start = 1; start < pages; start += round) {
    int count = std::min(round, pages - start);
    for (int r = 1; r < count; ++r)
      others[r - 1] = std::async(std::launch::async, read_page, std::cref(*readers[r]), start + r);
    for (int r = 0; r < count; ++r)
      add(r == 0 ? read_page(*readers[0], start) : others[r - 1].get(), start + r);
  }
}

PdfInfo info_of(const poppler::document& doc) {
  PdfInfo info;
  info.title = clean_info_text(utf8_of(doc.info_key("Title")));
  info.author = clean_info_text(utf8_of(doc.info_key("Author")));
  info.created = pdf_date(utf8_of(doc.info_key("CreationDate")));
  info.modified = pdf_date(utf8_of(doc.info_key("ModDate")));
  return info;
}

}  // namespace

bool pdf_supported() {
  return true;
}

Expected<PdfText> read_pdf(std::string bytes, const PdfOptions& options) {
  static const bool quiet = [] {
    poppler::set_debug_error_function(note_poppler_message, nullptr);
    return true;
  }();
  (void)quiet;
  if (bytes.size() > INT_MAX)
    return InputError{InputErrorKind::too_large,
                      "a PDF larger than 2 GiB, more than poppler reads"};
  if (!ends_with_eof_marker(bytes))
    return InputError{InputErrorKind::pdf_damaged,
                      "damaged PDF: it stops before its end marker %%EOF (a truncated download?)"};
  std::unique_ptr<poppler::document> doc = load(bytes, options);
  if (!doc) return InputError{InputErrorKind::pdf_damaged, "damaged PDF: poppler cannot read it"};
  if (doc->is_locked())
    return InputError{InputErrorKind::pdf_encrypted,
                      options.password.empty()
                          ? "encrypted PDF: give its password with --password"
                          : "encrypted PDF: the password given with --password does not open it"};
  if (doc->pages() <= 0)
    return InputError{InputErrorKind::pdf_damaged, "damaged PDF: it has no pages"};
  PdfInfo info = info_of(*doc);
  PdfTextBuilder text;
  std::string overdrawn;
  read_pages(bytes, options, std::move(doc), text, overdrawn);
  if (!text.has_text())
    return InputError{InputErrorKind::pdf_no_text,
                      "PDF without a text layer (scanned pages?): make one with OCR first, e.g. "
                      "'ocrmypdf --language kor FILE.pdf OUT.pdf', then read OUT.pdf"};
  if (text.unreadable())
    return InputError{InputErrorKind::pdf_no_unicode,
                      "PDF whose fonts give no Unicode: its text reads as U+FFFD (fonts without "
                      "a ToUnicode map): make a text layer with OCR first, e.g. 'ocrmypdf "
                      "--force-ocr --language kor FILE.pdf OUT.pdf', then read OUT.pdf"};
  PdfText out = std::move(text).finish(bytes.size());
  out.info = std::move(info);
  out.overdrawn = std::move(overdrawn);
  return out;
}

}  // namespace kbrief
