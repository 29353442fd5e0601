// SPDX-License-Identifier: MIT
// How an element's lines become its clean text: wrapped lines joined with or without a space
// by the document's own evidence (join.h), glued footnote markers that refer to a defined note
// taken out as references, and a leading label left out. TextBuilder writes the text and
// records where each run came from.
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "footnote_links.h"
#include "join.h"
#include "kbrief/blocks.h"
#include "kbrief/document.h"
#include "kbrief/positions.h"
#include "text_builder.h"

namespace kbrief::detail {

class ElementText {
 public:
  // Learns the spacing of the document's wraps from `segments` (unless the text marks its
  // wraps itself). Keeps references to everything it is given, which must outlive it.
  // Glued markers without a definition are reported to `diagnostics` (footnote-undefined).
  ElementText(const DecodedText& decoded, const LineTable& table, const Layout& layout,
              const Blocks& segments, const FootnoteNumbers& notes,
              std::vector<Diagnostic>& diagnostics);

  // Appends `lines` joined at their wraps, leaving out the first `label_bytes` of the first
  // line. With `refs`, glued markers that refer to a note go there instead of into the text.
  // `drop_cap`: lines[0] is a letter that starts the word on lines[1].
  void append_lines(TextBuilder& b, const std::vector<std::uint32_t>& lines,
                    std::uint32_t label_bytes, std::vector<FootnoteRef>* refs,
                    bool drop_cap = false);
  // Appends one line as it stands, markers included (a back-matter line).
  void append_line(TextBuilder& b, std::uint32_t line) { append_line(b, line, 0, nullptr); }
  // Appends one row of a table or figure: a glued marker whose note exists goes to `refs`;
  // one without a note stays in the text unreported (a table numbers its own notes).
  void append_row(TextBuilder& b, std::uint32_t line, std::vector<FootnoteRef>& refs) {
    append_line(b, line, 0, &refs, true);
  }

 private:
  // Returns whether the line ended with a marker taken out as a reference.
  // `quiet_undefined`: a marker without a note is left as text, not footnote-undefined.
  bool append_line(TextBuilder& b, std::uint32_t i, std::uint32_t skip,
                   std::vector<FootnoteRef>* refs, bool quiet_undefined = false);
  // Whether the wrap from line a to line b falls between words.
  bool wrap_space(std::uint32_t a, std::uint32_t b) const;

  std::string_view text_;  // the decoded text
  const LineTable& table_;
  const Layout& layout_;
  const FootnoteNumbers& notes_;
  std::vector<Diagnostic>& diagnostics_;
  PositionFinder positions_;
  WrapJoiner joiner_;
  // The wraps training decided, by their first line, so that joining their lines weighs no
  // evidence a second time.
  static constexpr std::uint32_t kNoWrap = UINT32_MAX;
  std::vector<std::uint32_t> wrap_next_;  // per line: the next line of its wrap, or kNoWrap
  std::vector<bool> wrap_spaces_;         // per line: whether that wrap takes a space
};

}  // namespace kbrief::detail
