// SPDX-License-Identifier: MIT
// Headings that count the points of a section in words: "첫째, …", "둘째, …" or "첫 번째, …",
// "두 번째, …". The count is the document's own numbering, spelled out; it says which lines
// are siblings, whatever their width or punctuation.
#include <map>
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

// The level of sub-headings under the heading before block k. That heading has them, so it
// heads a section: a level it took as the sibling of a sub-heading before it, by position
// alone, goes one up.
int level_under_heading_before(std::vector<BlockLines>& blocks, std::size_t k) {
  while (k-- > 0) {
    BlockLines& h = blocks[k];
    if (h.type != BlockType::heading) continue;
    if (h.level_guessed && h.level > 1) --h.level;
    h.level_guessed = false;
    return h.level + 1;
  }
  return 1;
}

// Whether block b is a heading that counts a point in words ("셋째, …").
bool counts_a_point(const Ctx& ctx, const BlockLines& b) {
  return b.type == BlockType::heading && !b.label.valid() &&
         ordinal_count(ctx.line(b.lines.front())) != 0;
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

void settle_guessed_levels(const Ctx& ctx, std::vector<BlockLines>& blocks) {
  const BlockLines* last = nullptr;  // the last heading
  for (BlockLines& b : blocks) {
    if (b.type != BlockType::heading) continue;
    // A heading after a count of points is no sibling of a sub-heading: the count ended
    // the sub-headings' run, and the heading opens a section.
    if (b.level_guessed && last && counts_a_point(ctx, *last)) b.level = 1;
    b.level_guessed = false;
    last = &b;
  }
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

namespace {

// A list of one numbered item on one line that leaves no sentence finished: its marker, or
// nullopt. Such a line may be a heading the flow could not tell from an item (as wide as
// a narrow column's full line, it is no short line).
std::optional<Marker> lone_numbered_item(const Ctx& ctx, const BlockLines& b) {
  if (b.type != BlockType::list || b.items.size() != 1 || b.items.front().lines.size() != 1)
    return std::nullopt;
  const ListItemLines& item = b.items.front();
  if (item.marker.style == ListStyle::bullet || ends_sentence(ctx.line(item.lines.front())))
    return std::nullopt;
  return item.marker;
}

void make_heading(BlockLines& b, const Marker& m, int level) {
  b.type = BlockType::heading;
  b.label = m;
  b.level = level;
  b.items.clear();
}

}  // namespace

void promote_counted_items(const Ctx& ctx, std::vector<BlockLines>& blocks) {
  struct Numbered {
    int ordinal;
    int level;
  };
  std::map<ListStyle, Numbered> last_heading;  // per style, the last numbered heading
  std::map<ListStyle, std::size_t> waiting;    // per style, a lone item a heading may continue
  for (std::size_t k = 0; k < blocks.size(); ++k) {
    BlockLines& b = blocks[k];
    if (b.type == BlockType::heading && b.label.valid() && b.label.style != ListStyle::bullet) {
      const Marker& m = b.label;
      if (auto w = waiting.find(m.style); w != waiting.end()) {
        BlockLines& item = blocks[w->second];
        if (item.items.front().marker.ordinal + 1 == m.ordinal)
          make_heading(item, item.items.front().marker, b.level);
        waiting.erase(w);
      }
      last_heading[m.style] = {m.ordinal, b.level};
      continue;
    }
    auto m = lone_numbered_item(ctx, b);
    if (!m) continue;
    auto h = last_heading.find(m->style);
    if (h != last_heading.end() && h->second.ordinal + 1 == m->ordinal) {
      make_heading(b, *m, h->second.level);
      h->second.ordinal = m->ordinal;
      continue;
    }
    waiting[m->style] = k;
  }
}

}  // namespace kbrief::detail
