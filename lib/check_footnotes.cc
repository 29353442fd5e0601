// SPDX-License-Identifier: MIT
// Footnote rules: footnote-sequence (definitions numbered 1, 2, 3, …) and footnote-order
// (first references in number order). footnote-undefined and footnote-unused come from the
// document stage, which links references to definitions.
#include <fmt/format.h>

#include <algorithm>
#include <map>

#include "check_detail.h"
#include "markers.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

// Where a reference's marker stands: just after the character it is glued to, when that
// character is on the marker's line; else (a marker stranded on a line of its own) the
// line's first character.
Position marker_position(Findings& out, const Block& b, const FootnoteRef& r) {
  if (r.offset > 0) {
    std::size_t i = r.offset;
    prev_code_point(b.text, i);
    Position before = out.positions().in(b.pieces, static_cast<std::uint32_t>(i));
    if (before.line == r.line + 1) return {before.line, before.column + 1};
  }
  return out.line_start(r.line);
}

}  // namespace

void check_footnotes(Findings& out) {
  const Document& doc = out.doc();
  std::vector<const Footnote*> numbered;
  for (const Footnote& f : doc.footnotes)
    if (f.number >= 0) numbered.push_back(&f);
  std::stable_sort(numbered.begin(), numbered.end(), [](const Footnote* a, const Footnote* b) {
    return a->first_line < b->first_line;
  });
  // Print numbers the way this document prints its labels: "3)" after "1)".
  const std::string first = numbered.empty() ? std::string() : numbered.front()->label;
  auto describe = [&](int n) { return first.empty() ? std::to_string(n) : relabel(first, n); };

  std::vector<NumberedItem> items;
  for (const Footnote* f : numbered)  // a label stands at its first line's first character
    items.push_back({f->number, f->label, out.line_start(f->first_line)});
  check_sequence(items, 1, "footnote-sequence", "footnote", describe, out);

  std::map<std::string_view, int> number_of;
  for (const Footnote& f : doc.footnotes) number_of[f.id] = f.number;
  std::map<std::string_view, bool> seen;
  int highest = 0;
  std::string highest_label;
  for (const Block& b : doc.blocks)
    for (const FootnoteRef& r : b.footnote_refs) {
      auto it = number_of.find(r.id);
      if (it == number_of.end() || it->second < 0 || seen[r.id]) continue;
      seen[r.id] = true;
      if (it->second < highest)
        out.at("footnote-order", marker_position(out, b, r),
               fmt::format("footnote {} is first referenced after {}; number the notes in the "
                           "order the text refers to them",
                           r.marker, highest_label),
               count_code_points(r.marker));
      else {
        highest = it->second;
        highest_label = r.marker;
      }
    }
}

}  // namespace kbrief::detail
