// SPDX-License-Identifier: MIT
// Segmentation's lines become the Document's elements: blocks and footnotes with their clean
// text (element_text.h), the pieces that trace it back to the input, their ids (numbered per type
// in reading order), labels, list items, footnote references, sentences and inline lists; and the
// page furniture.
#pragma once

#include <vector>

#include "kbrief/blocks.h"
#include "kbrief/document.h"

namespace kbrief::detail {

struct Elements {
  std::vector<Block> blocks;  // in reading order, with ids; no dates yet
  std::vector<Footnote> footnotes;
  // footnote-undefined (a marker without a note), footnote-stranded (a marker alone on its
  // line, attached to the text before it), paragraph-start-guessed (a paragraph started on
  // its first words alone); unsorted.
  std::vector<Diagnostic> diagnostics;
};

// Builds the blocks and footnotes of `segments`, taking their lines: segments.blocks and
// segments.footnotes are left empty, each freed as soon as its elements are built (a large
// input holds both only briefly). The rest of `segments` is left as it was. Never fails.
Elements build_elements(const DecodedText& decoded, const LineTable& table, const Layout& layout,
                        Blocks& segments);

// The running headers and footers, page numbers, markers and back matter the layout found,
// in line order; a copyright tail is left to the metadata.
std::vector<Furniture> collect_page_furniture(std::string_view text, const LineTable& table,
                                              const Layout& layout);

}  // namespace kbrief::detail
