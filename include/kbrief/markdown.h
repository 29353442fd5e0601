// SPDX-License-Identifier: MIT
// Emitter: a Document as Markdown that Pandoc's default `markdown` reader and CommonMark
// with the GFM footnote extension both read back to the same text (docs/markdown.md).
//
// A YAML metadata block first (title, author, organization, date, source); section headings
// from `##` down; one paragraph per block; footnote references `[^N]` where the markers stood
// and the definitions at the end. Every character that Markdown (or Pandoc's `smart`
// extension) would reinterpret is backslash-escaped, so the rendered text equals the text.
#pragma once

#include <string>
#include <string_view>

#include "kbrief/document.h"

namespace kbrief {

struct MarkdownOptions {
  bool expand_lists = false;  // inline circled-number lists as an ordered list after their sentence
  int wrap = 0;               // wrap prose at this display width (0: one line per paragraph)
};

// Appends the document's Markdown, ending with a newline, to `out`.
void write_markdown(const Document& doc, std::string& out, const MarkdownOptions& options = {});

// `text` escaped for Markdown inline content; `line_start` also escapes what would open a
// block (a list marker, a heading, a quote) at the start of a line.
std::string escape_markdown(std::string_view text, bool line_start);

}  // namespace kbrief
