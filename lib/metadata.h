// SPDX-License-Identifier: MIT
// What precedes a brief's body, as the Document keeps it: front matter lines as printed, and
// the metadata (title, authors, issue, publication date, organization, copyright) from the
// lines segmentation marked as metadata and the copyright notices the layout found at line
// ends. Segmentation has read each masthead line's facts (MetaLine) and the byline's authors
// (Author) already: they are stored as they are, never read again. The copyright notice's
// holder and year are read here, once.
#pragma once

#include <cstdint>
#include <vector>

#include "kbrief/blocks.h"
#include "kbrief/document.h"

namespace kbrief::detail {

struct FrontMatter {
  std::vector<FrontMatterLine> lines;
  Metadata metadata;                    // no reference date yet: the dates stage chooses it
  std::vector<Diagnostic> diagnostics;  // title-missing
};

// Reads segments.front_matter and segments.metadata. Never fails: what is missing stays
// empty.
FrontMatter read_front_matter(std::string_view text, const LineTable& table, const Layout& layout,
                              const Blocks& segments);

}  // namespace kbrief::detail
