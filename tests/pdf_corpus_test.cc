// SPDX-License-Identifier: MIT
// Every corpus PDF read through poppler: read without failing, a geometry entry for each line
// of the text, and how many of its lines carry a space glyph at their end (the wrap cue); and
// nothing lost against poppler: every character its words hold lands in one element.
#include <fmt/format.h>
#include <kbrief/pdf.h>
#include <kbrief/pipeline.h>
#include <poppler-document.h>
#include <poppler-page.h>

#include <algorithm>
#include <filesystem>
#include <iostream>

#include "test_support.h"

namespace kbrief::test {
namespace {

std::vector<std::string> corpus_pdfs() {
  std::vector<std::string> out;
  std::string dir = corpus_dir();
  if (dir.empty()) return out;
  for (const auto& e : std::filesystem::directory_iterator(dir))
    if (e.path().extension() == ".pdf") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

TEST(PdfCorpusTest, EveryPdfIsReadWithGeometryForEachLine) {
  KBRIEF_REQUIRE_CORPUS();
  std::size_t with_cue = 0, files = 0;
  for (const std::string& path : corpus_pdfs()) {
    Expected<PdfText> pdf = read_pdf(read_file(path));
    ASSERT_TRUE(pdf) << path << ": " << pdf.error().message;
    LineTable table = split_lines(pdf->decoded.text);
    EXPECT_EQ(pdf->geometry.size(), table.lines.size()) << path;
    std::size_t lines = 0, spaced = 0;
    for (const LineGeometry& g : pdf->geometry) {
      if (g.blank) continue;
      ++lines;
      spaced += g.space_after;
    }
    double share = lines ? 100.0 * static_cast<double>(spaced) / static_cast<double>(lines) : 0;
    ++files;
    // A quarter of the lines is far above what chance leaves (a stray space before a line end).
    with_cue += share >= 25;
    std::cout << fmt::format("{}: {} pages, {} lines, {:.0f}% end in a space glyph\n",
                             std::filesystem::path(path).filename().string(), table.form_feeds,
                             lines, share);
  }
  std::cout << fmt::format(
      "{} of {} PDFs carry the wrap cue (a space glyph at the end of at "
      "least a quarter of their lines)\n",
      with_cue, files);
}

// The characters of every word poppler reports on every page (what read_pdf is given), in
// NFC, whitespace aside, and the C0 control characters too: the reader writes those as spaces
// (a Hancom brief's U+0007 after a bullet is a spacing glyph), never as text, except the one
// that opens a line where its marker should be (its stand-in is added by the caller).
CharCounts poppler_characters(const std::string& bytes, std::size_t& compared) {
  CharCounts counts;
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc) return counts;
  for (int i = 0; i < doc->pages(); ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    std::string words;
    for (const poppler::text_box& box : page->text_list()) {
      poppler::byte_array utf8 = box.text().to_utf8();
      for (char c : utf8) words += static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? ' ' : c;
      words += ' ';
    }
    DecodeOptions as_utf8;
    as_utf8.encoding = "UTF-8";
    Expected<DecodedText> nfc = decode(std::move(words), as_utf8);
    if (!nfc) continue;
    CharCounts page_counts;
    add_chars(page_counts, nfc->text, +1);
    for (auto [c, n] : page_counts) {
      counts[c] += n;
      compared += static_cast<std::size_t>(n);
    }
  }
  return counts;
}

TEST(PdfCorpusTest, EveryCharacterPopplerReportsLandsInOneElement) {
  KBRIEF_REQUIRE_CORPUS();
  std::size_t total = 0;
  for (const std::string& path : corpus_pdfs()) {
    std::string bytes = read_file(path);
    std::size_t compared = 0;
    CharCounts reported = poppler_characters(bytes, compared);
    Expected<PdfText> pdf = read_pdf(std::move(bytes));
    ASSERT_TRUE(pdf) << path << ": " << pdf.error().message;
    // Where a control character stood for a list marker the text layer lost, the reader
    // writes its stand-in bullet (kLostMarker) instead of a space: one per line it marks.
    for (const LineGeometry& g : pdf->geometry)
      if (g.marker_stand_in) add_chars(reported, kLostMarker, +1);
    // Words drawn again over words already read (a shadowed title) are read once.
    add_chars(reported, pdf->overdrawn, -1);
    Document doc = build_document(std::move(*pdf), std::filesystem::path(path).filename());
    EXPECT_TRUE(nothing_lost_against(doc, std::move(reported)));
    EXPECT_TRUE(nothing_lost(doc));  // against kbrief's own text too, in order
    std::cout << fmt::format("{}: {} characters compared\n",
                             std::filesystem::path(path).filename().string(), compared);
    total += compared;
  }
  std::cout << fmt::format("{} characters poppler reported, each in one element\n", total);
}

}  // namespace
}  // namespace kbrief::test
