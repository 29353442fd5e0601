// SPDX-License-Identifier: MIT
#include "source.h"

#include <fmt/format.h>

#include <algorithm>

#include "kbrief/positions.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

// Every run of zero-width characters (is_zero_width): each element's text leaves them out, so
// each run is recorded where it stood, and nothing goes without a word.
void note_zero_width(const DecodedText& decoded, const LineTable& table,
                     std::vector<Diagnostic>& out) {
  std::string_view t = decoded.text;
  const std::vector<Line>& lines = table.lines;
  PositionFinder positions(decoded, table);
  std::size_t line = 0;
  // All of them are written E2 80 8B..8D, E2 81 A0 or EF BB BF.
  for (std::size_t at = t.find_first_of("\xE2\xEF"); at != std::string_view::npos;
       at = t.find_first_of("\xE2\xEF", at)) {
    std::size_t end = at;
    std::string names;
    for (std::size_t j = end; j < t.size(); end = j) {
      char32_t c = next_code_point(t, j);
      if (!is_zero_width(c)) break;
      names += fmt::format("{}U+{:04X}", names.empty() ? "" : " ", static_cast<std::uint32_t>(c));
    }
    if (end == at) {
      ++at;
      continue;
    }
    while (line + 1 < lines.size() && lines[line].next <= at) ++line;
    Position p = positions.at(line, at);
    out.push_back({Severity::info, "zero-width",
                   fmt::format("zero-width {} {} left out of the text",
                               names.size() > 6 ? "characters" : "character", names),
                   p.line, p.column});
    at = end;
  }
}

}  // namespace

SourceInfo describe_source(std::string_view path, const DecodedText& decoded,
                           const LineTable& table, const Layout& layout) {
  SourceInfo source;
  source.path = to_valid_utf8(path);
  if (source.path != path)
    for (unsigned char byte : path) source.path_bytes += fmt::format("{:02x}", byte);
  source.encoding = decoded.encoding;
  source.bytes = decoded.input_bytes;
  source.lines = table.lines.size();
  source.pages = layout.pages;
  return source;
}

std::vector<Diagnostic> input_diagnostics(const DecodedText& decoded, const LineTable& table) {
  std::vector<Diagnostic> out;
  for (const InputError& r : decoded.replaced)
    out.push_back({Severity::warning, "invalid-bytes",
                   fmt::format("{}, replaced by U+FFFD", r.message), r.line, r.column});
  note_zero_width(decoded, table, out);
  return out;
}

std::vector<Diagnostic> unreadable_page_diagnostics(const std::vector<UnreadablePage>& pages) {
  std::vector<Diagnostic> out;
  for (const UnreadablePage& p : pages) {
    if (!p.missing_collection.empty())
      out.push_back({Severity::warning, "unreadable-page",
                     fmt::format("page {}: its text in fonts of the character collection {} is "
                                 "missing: poppler has no Unicode map for them without its "
                                 "language data; install the poppler-data package and read the "
                                 "PDF again",
                                 p.page, p.missing_collection),
                     p.line + std::size_t{1}, p.column});
    if (!p.unreadable) continue;
    auto percent = static_cast<unsigned>(100.0 * p.unreadable / std::max(p.characters, 1u) + 0.5);
    out.push_back(
        {Severity::warning, "unreadable-page",
         fmt::format("page {}: {} of its {} characters ({}%) could not be read: a font without a "
                     "Unicode map left U+FFFD; restore the text from the PDF, or make a text "
                     "layer with OCR",
                     p.page, p.unreadable, p.characters, std::max(percent, 1u)),
         p.line + std::size_t{1}, p.column});
  }
  return out;
}

}  // namespace kbrief::detail
