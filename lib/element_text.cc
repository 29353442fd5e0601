// SPDX-License-Identifier: MIT
#include "element_text.h"

#include <fmt/format.h>

#include <algorithm>

#include "layout_detail.h"
#include "markers.h"
#include "unicode.h"

namespace kbrief::detail {

ElementText::ElementText(const DecodedText& decoded, const LineTable& table, const Layout& layout,
                         const Blocks& segments, const FootnoteNumbers& notes,
                         std::vector<Diagnostic>& diagnostics)
    : text_(decoded.text),
      table_(table),
      layout_(layout),
      notes_(notes),
      diagnostics_(diagnostics),
      positions_(decoded, table) {
  // Spacing evidence from every content line; the prior from the wraps inside elements.
  if (layout_.wrap_cues) return;
  std::vector<Wrap> wraps = wraps_of(segments);
  std::vector<bool> spaces = train(joiner_, text_, table_, layout_, wraps);
  wrap_next_.assign(table_.lines.size(), kNoWrap);
  wrap_spaces_.assign(table_.lines.size(), false);
  for (std::size_t k = 0; k < wraps.size(); ++k) {
    wrap_next_[wraps[k].first] = wraps[k].second;
    wrap_spaces_[wraps[k].first] = spaces[k];
  }
}

bool ElementText::wrap_space(std::uint32_t a, std::uint32_t b) const {
  if (layout_.wrap_cues) return layout_.lines[a].trailing_space;
  if (a < wrap_next_.size() && wrap_next_[a] == b) return wrap_spaces_[a];
  return joiner_.space_between(line_text(text_, table_, layout_, a),
                               line_text(text_, table_, layout_, b));
}

bool ElementText::append_line(TextBuilder& b, std::uint32_t i, std::uint32_t skip,
                              std::vector<FootnoteRef>* refs, bool quiet_undefined) {
  LineRange r = trimmed_range(text_, table_, layout_, i);
  std::uint32_t begin = std::min(r.begin + skip, r.end);
  std::string_view t = text_.substr(begin, r.end - begin);
  std::uint32_t lead = static_cast<std::uint32_t>(t.size() - trim_start(t).size());
  begin += lead;
  t = t.substr(lead);
  std::uint32_t cursor = begin;
  bool ended_with_marker = false;
  if (refs) {
    std::vector<GluedMarker> markers = glued_markers(t, kFootnoteSequenceDigits);
    if (notes_.any_bare()) {
      std::vector<GluedMarker> bare = bare_markers(t);
      std::vector<GluedMarker> all(markers.size() + bare.size());
      std::merge(markers.begin(), markers.end(), bare.begin(), bare.end(), all.begin(),
                 [](const GluedMarker& a, const GluedMarker& b) { return a.begin < b.begin; });
      markers = std::move(all);
    }
    for (const GluedMarker& m : markers) {
      const std::string* id = m.shape == GluedShape::bare
                                  ? notes_.resolve_bare(m.number, i, layout_)
                                  : notes_.resolve(m.number, i);
      // Four digits and more are a marker only when the notes are numbered so far; inside a
      // parenthesis, set off at a line's end, or in a table's or figure's cells, only when its
      // note exists.
      if (!id && (needs_sequence(m.digits()) || m.needs_note() || quiet_undefined)) continue;
      if (!id) {
        Position p = positions_.at(i, begin + m.begin);
        diagnostics_.push_back({Severity::warning, "footnote-undefined",
                                fmt::format("footnote marker {}) has no definition", m.number),
                                p.line, p.column,
                                detail::count_code_points(t.substr(m.begin, m.end - m.begin))});
        continue;
      }
      b.append(cursor, begin + m.begin, i);
      b.trim_end();
      refs->push_back({*id, std::string(t.substr(m.begin, m.end - m.begin)), b.size(), i});
      cursor = begin + m.end;
      ended_with_marker = begin + m.end == r.end;
    }
  }
  b.append(cursor, r.end, i);
  return ended_with_marker;
}

void ElementText::append_lines(TextBuilder& b, const std::vector<std::uint32_t>& lines,
                               std::uint32_t label_bytes, std::vector<FootnoteRef>* refs,
                               bool drop_cap) {
  bool after_marker = false;
  for (std::size_t k = 0; k < lines.size(); ++k) {
    // A marker taken out of a line's end leaves a word boundary behind it.
    if (k > 0 && !(drop_cap && k == 1) && (after_marker || wrap_space(lines[k - 1], lines[k])))
      b.space();
    after_marker = append_line(b, lines[k], k == 0 ? label_bytes : 0, refs);
  }
  b.trim_end();
}

}  // namespace kbrief::detail
