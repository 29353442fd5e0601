// SPDX-License-Identifier: MIT
#include "elements.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "element_text.h"
#include "footnote_links.h"
#include "inline.h"
#include "kbrief/positions.h"
#include "layout_detail.h"
#include "markers.h"
#include "text_builder.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

// The label `m` found in `line`, kept with its style and ordinal.
Label label_of(std::string_view line, const Marker& m) {
  return {std::string(line.substr(m.begin, m.end - m.begin)), m.style, m.ordinal};
}

// A table's caption line, single-spaced like every element's text (a -layout extraction pads
// it).
std::string single_spaced(std::string_view raw) {
  std::string out;
  for (std::size_t i = 0; i < raw.size();) {
    std::size_t start = i;
    if (is_space(next_code_point(raw, i))) {
      i = start;
      if (skip_space_run(raw, i)) out += ' ';
    } else {
      out.append(raw.substr(start, i - start));
    }
  }
  return out;
}

// The elements' lines are kept sorted and without spare room: the Document holds them.
std::vector<std::uint32_t> sorted_lines(std::vector<std::uint32_t> lines) {
  std::sort(lines.begin(), lines.end());
  lines.shrink_to_fit();
  return lines;
}

class ElementBuilder {
 public:
  ElementBuilder(const DecodedText& decoded, const LineTable& table, const Layout& layout,
                 const Blocks& segments)
      : text_(decoded.text),
        table_(table),
        layout_(layout),
        notes_(segments.footnotes),
        element_text_(decoded, table, layout, segments, notes_, diagnostics_),
        positions_(decoded, table) {}

  // Takes the lines of `in` and frees the rest of it.
  Block block(BlockLines& in) {
    Block out;
    out.type = in.type;
    out.level = in.level;
    TextBuilder b(text_);
    switch (in.type) {
      case BlockType::heading:
        out.label = label_of(line(in.lines.front()), in.label);
        element_text_.append_lines(b, in.lines, in.label.end, &out.footnote_refs);
        break;
      case BlockType::table:
      case BlockType::figure:
        if (in.caption_line != BlockLines::kNoCaption)
          out.caption = single_spaced(line(in.caption_line));
        for (std::uint32_t l : in.lines) {
          if (l == in.caption_line) continue;
          if (b.size() > 0) b.separator('\n');
          element_text_.append_row(b, l, out.footnote_refs);
        }
        break;
      case BlockType::back_matter:
        for (std::uint32_t l : in.lines) {
          if (b.size() > 0) b.separator('\n');
          element_text_.append_line(b, l);
        }
        break;
      case BlockType::list:
        list_items(in, b, out);
        break;
      case BlockType::paragraph:
        element_text_.append_lines(b, in.lines, 0, &out.footnote_refs, in.drop_cap);
        // A drop cap stands before the line the start was guessed on.
        if (in.start_guess != StartGuess::none)
          guessed_start(in.lines[in.drop_cap && in.lines.size() > 1 ? 1 : 0], in.start_guess);
        break;
      case BlockType::summary:
        summary(in, b, out);
        break;
    }
    std::vector<std::uint32_t> owned = std::move(in.lines);
    for (std::uint32_t l : in.stranded_markers) {
      stranded_markers(l, b.size(), out);
      owned.push_back(l);
    }
    out.text = b.take_text();
    out.pieces = b.take_pieces();
    in = BlockLines{};
    place(owned, out.first_line, out.last_line, out.pages);
    out.source_lines = sorted_lines(std::move(owned));
    if (out.type == BlockType::paragraph || out.type == BlockType::summary) {
      // A summary's items are statements of their own, rarely ending in a period.
      std::uint32_t lead_end = out.items.empty() ? static_cast<std::uint32_t>(out.text.size())
                                                 : out.items.front().span.begin;
      out.sentences = splitter_.split(std::string_view(out.text).substr(0, lead_end));
      while (!out.sentences.empty() && out.sentences.back().begin >= lead_end)
        out.sentences.pop_back();
      for (const ListItem& item : out.items) out.sentences.push_back(item.span);
      out.lists = find_inline_lists(out.text);
    }
    return out;
  }

  // Takes the lines of `in`.
  Footnote footnote(FootnoteLines& in) {
    Footnote out;
    out.id = std::move(in.id);
    out.number = in.number;
    out.label = label_of(line(in.lines.front()), in.label).text;
    TextBuilder b(text_);
    element_text_.append_lines(b, in.lines, in.label.end, nullptr);
    out.text = b.take_text();
    out.pieces = b.take_pieces();
    place(in.lines, out.first_line, out.last_line, out.pages);
    out.source_lines = sorted_lines(std::move(in.lines));
    out.sentences = splitter_.split(out.text);
    return out;
  }

  std::vector<Diagnostic> take_diagnostics() { return std::move(diagnostics_); }

 private:
  std::string_view line(std::uint32_t i) const { return line_text(text_, table_, layout_, i); }

  // A summary: its title apart, then its lead (the lines no item holds), then its items.
  void summary(const BlockLines& in, TextBuilder& b, Block& out) {
    auto title_end = in.lines.begin() + static_cast<std::ptrdiff_t>(in.title_lines);
    if (in.title_lines > 0) {
      TextBuilder title(text_);
      element_text_.append_lines(title, std::vector<std::uint32_t>(in.lines.begin(), title_end), 0,
                                 nullptr);
      out.title = title.take_text();
    }
    // A side label sharing the lead's first line (layout text) is the title.
    if (in.label.valid())
      out.title = single_spaced(
          line(in.lines.front()).substr(in.label.begin, in.label.end - in.label.begin));
    element_text_.append_lines(b, in.lead_lines(), in.label.end, &out.footnote_refs,
                               in.drop_cap && in.title_lines == 0);
    if (!in.items.empty()) list_items(in, b, out);
  }

  void list_items(const BlockLines& in, TextBuilder& b, Block& out) {
    out.style = in.items.front().marker.style;
    for (const auto& item : in.items) {
      if (b.size() > 0) b.separator('\n');
      ListItem li;
      li.label = label_of(line(item.lines.front()), item.marker);
      li.level = item.level;
      li.first_line = *std::min_element(item.lines.begin(), item.lines.end());
      li.last_line = *std::max_element(item.lines.begin(), item.lines.end());
      li.span.begin = b.size();
      element_text_.append_lines(b, item.lines, item.marker.end, &out.footnote_refs,
                                 item.first_letter_apart);
      li.span.end = b.size();
      out.items.push_back(std::move(li));
    }
  }

  // The markers alone on line `l` (segmentation found them): each a reference at `offset` of
  // the text before them when its note exists, else kept as a stranded marker.
  void stranded_markers(std::uint32_t l, std::uint32_t offset, Block& out) {
    std::string_view line_text = line(l);
    for (const Marker& m : detail::stranded_labels(line_text, kFootnoteSequenceDigits))
      stranded_marker(l, line_text.substr(m.begin, m.end - m.begin), m.ordinal, offset, out);
  }

  void stranded_marker(std::uint32_t l, std::string_view t, int number, std::uint32_t offset,
                       Block& out) {
    Position p = positions_.at(l, static_cast<std::size_t>(t.data() - text_.data()));
    if (const std::string* id = notes_.resolve(number, l)) {
      out.footnote_refs.push_back({*id, std::string(t), offset, l});
      diagnostics_.push_back(
          {Severity::info, "footnote-stranded",
           fmt::format(
               "footnote marker {} stands alone on its line; attached to the text before it", t),
           p.line, p.column});
    } else {
      out.stranded_markers.emplace_back(t);
      diagnostics_.push_back({Severity::warning, "footnote-undefined",
                              fmt::format("footnote marker {} has no definition", t), p.line,
                              p.column});
    }
  }

  // A paragraph that segmentation started on line `l` from its opening word or its width alone.
  void guessed_start(std::uint32_t l, StartGuess guess) {
    Position p = positions_.start_of(l);
    diagnostics_.push_back(
        {Severity::info, "paragraph-start-guessed",
         guess == StartGuess::opener
             ? "paragraph break guessed: the line before reaches the margin and ends a sentence, "
               "and this line opens with a word that opens other paragraphs of the document"
             : "paragraph break guessed: the line before reaches the margin and ends a sentence, "
               "and this line falls short of the margin as the document's first lines do",
         p.line, p.column});
  }

  void place(const std::vector<std::uint32_t>& lines, std::uint32_t& first, std::uint32_t& last,
             std::vector<std::uint32_t>& pages) const {
    if (lines.empty()) return;
    first = *std::min_element(lines.begin(), lines.end());
    last = *std::max_element(lines.begin(), lines.end());
    std::set<std::uint32_t> p;
    for (std::uint32_t l : lines) p.insert(layout_.lines[l].page);
    pages.assign(p.begin(), p.end());
  }

  std::string_view text_;
  const LineTable& table_;
  const Layout& layout_;
  FootnoteNumbers notes_;
  std::vector<Diagnostic> diagnostics_;
  ElementText element_text_;
  PositionFinder positions_;
  SentenceSplitter splitter_;
};

// "h1", "p1", "l1", "s1", "t1": numbered per type in reading order.
void assign_ids(std::vector<Block>& blocks) {
  std::map<BlockType, int> counts;
  for (Block& b : blocks) {
    int n = ++counts[b.type];
    char prefix = b.type == BlockType::heading     ? 'h'
                  : b.type == BlockType::paragraph ? 'p'
                  : b.type == BlockType::list      ? 'l'
                  : b.type == BlockType::summary   ? 's'
                  : b.type == BlockType::table     ? 't'
                  : b.type == BlockType::figure    ? 'f'
                                                   : 'b';
    b.id = fmt::format("{}{}", prefix, n);
  }
}

}  // namespace

Elements build_elements(const DecodedText& decoded, const LineTable& table, const Layout& layout,
                        Blocks& segments) {
  ElementBuilder build(decoded, table, layout, segments);
  Elements out;
  // Sized once: a block is a few hundred bytes before its text, and growing the vector by
  // doubling would hold two copies at the moment it moves.
  out.blocks.reserve(segments.blocks.size());
  out.footnotes.reserve(segments.footnotes.size());
  for (BlockLines& b : segments.blocks) out.blocks.push_back(build.block(b));
  std::vector<BlockLines>().swap(segments.blocks);
  for (FootnoteLines& note : segments.footnotes) out.footnotes.push_back(build.footnote(note));
  std::vector<FootnoteLines>().swap(segments.footnotes);
  assign_ids(out.blocks);
  out.diagnostics = build.take_diagnostics();
  return out;
}

std::vector<Furniture> collect_page_furniture(std::string_view text, const LineTable& table,
                                              const Layout& layout) {
  std::vector<Furniture> out;
  for (std::uint32_t i = 0; i < table.lines.size(); ++i) {
    const LineInfo& info = layout.lines[i];
    if (info.role == LineRole::furniture) {
      // A copyright tail went to the metadata: the furniture keeps the rest of the line.
      std::uint32_t end = info.tail == TailKind::copyright ? info.tail_begin : table.lines[i].end;
      std::string_view t = trim(text.substr(table.lines[i].begin, end - table.lines[i].begin));
      if (!t.empty()) out.push_back({info.furniture, without_zero_width(t), i});
    } else if (info.tail == TailKind::end_mark) {
      std::string_view t = trim(text.substr(info.tail_begin, table.lines[i].end - info.tail_begin));
      out.push_back({FurnitureKind::back_matter, without_zero_width(t), i});
    }
  }
  return out;
}

}  // namespace kbrief::detail
