// SPDX-License-Identifier: MIT
// What the Document says about its input: where it came from and its size (SourceInfo), and
// what the decoded text itself shows before any structure is read.
#pragma once

#include <string_view>
#include <vector>

#include "kbrief/document.h"
#include "kbrief/pdf.h"

namespace kbrief::detail {

// `path` as given; a path that is not UTF-8 is shown with U+FFFD and kept in hex too.
SourceInfo describe_source(std::string_view path, const DecodedText& decoded,
                           const LineTable& table, const Layout& layout);

// invalid-bytes for each sequence decoding replaced, then zero-width for each run of
// zero-width characters, which element text leaves out, so that nothing goes unrecorded; unsorted.
std::vector<Diagnostic> input_diagnostics(const DecodedText& decoded, const LineTable& table);

// unreadable-page for each page of a PDF whose fonts left characters unreadable (U+FFFD),
// at its first such character, naming the page and how many of its characters were lost; and
// for each page with text poppler left out for want of a character collection's map, at the
// page's first line, naming the collection and the package that maps it.
std::vector<Diagnostic> unreadable_page_diagnostics(const std::vector<UnreadablePage>& pages);

}  // namespace kbrief::detail
