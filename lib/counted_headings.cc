// SPDX-License-Identifier: MIT
// Headings that count the points of a section in words: "첫째, …", "둘째, …" or "첫 번째, …",
// "두 번째, …". The count is the document's own numbering, spelled out; it says which lines
// are siblings, whatever their width or punctuation.
#include <optional>

#include "blocks_detail.h"
#include "morphology.h"
#include "punctuation.h"

namespace kbrief::detail {
namespace {

// A counted lead: a paragraph of one line and one sentence that opens with an ordinal word,
// followed by a paragraph of its own that does not. Its count, or 0.
int lead_count(const Ctx& ctx, const std::vector<BlockLines>& blocks, std::size_t k) {
  const BlockLines& b = blocks[k];
  if (b.type != BlockType::paragraph || b.lines.size() != 1 || b.drop_cap || k + 1 >= blocks.size())
    return 0;
  const BlockLines& next = blocks[k + 1];
  std::string_view t = ctx.line(b.lines.front());
  if (next.type != BlockType::paragraph || ordinal_count(ctx.line(next.lines.front())) != 0 ||
      has_sentence_end_inside(t))
    return 0;
  return ordinal_count(t);
}

int level_under_heading_before(const std::vector<BlockLines>& blocks, std::size_t k) {
  while (k-- > 0)
    if (blocks[k].type == BlockType::heading) return blocks[k].level + 1;
  return 1;
}

}  // namespace

void promote_counted_leads(const Ctx& ctx, std::vector<BlockLines>& blocks) {
  std::vector<std::size_t> run;  // the leads counted 1, 2, … so far
  auto close_run = [&] {
    if (run.size() >= 2) {
      int level = level_under_heading_before(blocks, run.front());
      for (std::size_t k : run) {
        blocks[k].type = BlockType::heading;
        blocks[k].level = level;
      }
    }
    run.clear();
  };
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    const BlockLines& b = blocks[k];
    if (b.type == BlockType::heading && !run.empty()) {
      close_run();  // a new section: its count is its own
      continue;
    }
    if (b.type != BlockType::paragraph || b.lines.empty()) continue;
    int count = ordinal_count(ctx.line(b.lines.front()));
    if (count == 0) continue;
    int lead = lead_count(ctx, blocks, k);
    if (lead == 1) {
      close_run();
      run.push_back(k);
    } else if (lead > 1 && !run.empty() && lead == static_cast<int>(run.size()) + 1) {
      run.push_back(k);
    } else {
      // The count goes on in prose, or skips: the one-line paragraphs are not its headings.
      run.clear();
    }
  }
  close_run();
}

void level_counted_headings(const Ctx& ctx, std::vector<BlockLines>& blocks) {
  struct Counted {
    int count;
    int level;
  };
  std::optional<Counted> last;
  for (BlockLines& b : blocks) {
    if (b.type != BlockType::heading || b.label.valid()) continue;
    int count = ordinal_count(ctx.line(b.lines.front()));
    if (count == 0) continue;
    if (count > 1 && last && last->count == count - 1) b.level = last->level;
    last = Counted{count, b.level};
  }
}

}  // namespace kbrief::detail
