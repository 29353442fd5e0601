// SPDX-License-Identifier: MIT
#include "footnote_links.h"

#include <fmt/format.h>

#include <algorithm>

namespace kbrief::detail {

FootnoteNumbers::FootnoteNumbers(const std::vector<FootnoteLines>& notes) {
  for (const FootnoteLines& note : notes) {
    if (note.number < 0) continue;
    defs_[note.number].push_back({note.lines.front(), note.id});
    if (note.bare) bare_[note.number].push_back({note.lines.front(), note.id});
  }
  for (Defs* d : {&defs_, &bare_})
    for (auto& [number, defs] : *d)
      std::stable_sort(defs.begin(), defs.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
}

const std::string* FootnoteNumbers::resolve_bare(int number, std::uint32_t line,
                                                 const Layout& layout) const {
  auto it = bare_.find(number);
  if (it == bare_.end()) return nullptr;
  auto next = std::upper_bound(it->second.begin(), it->second.end(), line,
                               [](std::uint32_t l, const auto& def) { return l < def.first; });
  if (next == it->second.end() || layout.lines[next->first].page != layout.lines[line].page)
    return nullptr;
  return &next->second;
}

const std::string* FootnoteNumbers::resolve(int number, std::uint32_t line) const {
  auto it = defs_.find(number);
  if (it == defs_.end()) return nullptr;
  const auto& defs = it->second;
  auto next = std::upper_bound(defs.begin(), defs.end(), line,
                               [](std::uint32_t l, const auto& def) { return l < def.first; });
  return next == defs.end() ? &defs.back().second : &next->second;
}

std::vector<Diagnostic> link_footnotes(const std::vector<Block>& blocks,
                                       std::vector<Footnote>& notes, PositionFinder& positions) {
  std::map<std::string, Footnote*> by_id;
  for (Footnote& f : notes) by_id[f.id] = &f;
  for (const Block& b : blocks)
    for (const FootnoteRef& r : b.footnote_refs) {
      auto it = by_id.find(r.id);
      if (it == by_id.end()) continue;
      auto& refs = it->second->referenced_by;
      // Blocks come in order, so a block already listed is the last one listed: no search
      // through a note that thousands of blocks refer to.
      if (refs.empty() || refs.back() != b.id) refs.push_back(b.id);
    }
  std::vector<Diagnostic> unused;
  for (const Footnote& f : notes) {
    if (!f.referenced_by.empty() || f.number < 0) continue;
    Position p = positions.start_of(f.first_line);
    unused.push_back({Severity::warning, "footnote-unused",
                      fmt::format("footnote {} is never referenced", f.label), p.line, p.column});
  }
  return unused;
}

}  // namespace kbrief::detail
