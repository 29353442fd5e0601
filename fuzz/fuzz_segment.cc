// SPDX-License-Identifier: MIT
// decode (lossy, auto) -> build_document on arbitrary bytes: nothing is lost (CONVENTIONS §6)
// and diagnostics point into the input.
#include <fmt/format.h>
#include <kbrief/decode.h>
#include <kbrief/document.h>
#include <kbrief/pipeline.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::optional<kbrief::Document> read = kbrief::fuzz::document_from_bytes(data, size);
  if (!read) return 0;  // binary (a NUL byte) or too large
  const kbrief::Document& doc = *read;

  std::string problems = kbrief::fuzz::nothing_lost(doc);
  KBRIEF_FUZZ_ASSERT(problems.empty(), "nothing lost:" + problems);

  // Text read in columns may hold one input line as two entries (a margin label and the body
  // beside it), each keeping the input line's number: numbers run 1..source.lines.
  std::size_t highest = 0;
  for (const kbrief::Line& line : doc.line_table.lines) {
    KBRIEF_FUZZ_ASSERT(line.number >= 1 && line.number <= doc.source.lines,
                       fmt::format("line number {} of {} lines", line.number, doc.source.lines));
    highest = std::max<std::size_t>(highest, line.number);
  }
  KBRIEF_FUZZ_ASSERT(highest == doc.source.lines && doc.line_table.lines.size() >= highest,
                     fmt::format("source.lines {}, highest line number {}, {} entries",
                                 doc.source.lines, highest, doc.line_table.lines.size()));
  // An empty input has no lines; its only diagnostic (title-missing) stands at 1:1.
  const std::size_t last_line = doc.source.lines == 0 ? 1 : doc.source.lines;
  for (const kbrief::Diagnostic& d : doc.diagnostics) {
    KBRIEF_FUZZ_ASSERT(d.line >= 1 && d.line <= last_line && d.column >= 1,
                       fmt::format("diagnostic {} at {}:{} of {} lines: {}", d.rule, d.line,
                                   d.column, doc.source.lines, d.message));
    KBRIEF_FUZZ_ASSERT(
        !d.rule.empty() && !d.message.empty(),
        fmt::format("diagnostic without rule or message at {}:{}", d.line, d.column));
  }
  return 0;
}
