// SPDX-License-Identifier: MIT
// Every corpus PDF read through poppler: read without failing, a geometry entry for each line
// of the text, and how many of its lines carry a space glyph at their end (the wrap cue).
#include <fmt/format.h>
#include <kbrief/pdf.h>

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

}  // namespace
}  // namespace kbrief::test
