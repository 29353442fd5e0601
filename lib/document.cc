// SPDX-License-Identifier: MIT
#include "kbrief/document.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <set>

#include "document_dates.h"
#include "front_detail.h"
#include "inline.h"
#include "join.h"
#include "layout_detail.h"
#include "markers.h"
#include "text_builder.h"
#include "unicode.h"

namespace kbrief {

std::string_view to_string(Severity severity) {
  switch (severity) {
    case Severity::error:
      return "error";
    case Severity::warning:
      return "warning";
    case Severity::info:
      return "info";
  }
  return "warning";
}

Position Document::position_in(const std::vector<TextPiece>& pieces, std::uint32_t offset) const {
  if (pieces.empty()) return {};
  auto it =
      std::upper_bound(pieces.begin(), pieces.end(), offset,
                       [](std::uint32_t off, const TextPiece& p) { return off < p.text_begin; });
  const TextPiece& p = it == pieces.begin() ? pieces.front() : *std::prev(it);
  // Walk the piece's source and its text side by side: whitespace runs became one space.
  std::string_view src =
      std::string_view(decoded.text).substr(p.source_begin, p.source_end - p.source_begin);
  std::uint32_t text_pos = p.text_begin;
  std::size_t i = 0;
  if (cursor_.piece == &p && cursor_.piece_source == p.source_begin &&
      cursor_.piece_text == p.text_begin && cursor_.piece_text_pos <= offset) {
    i = cursor_.piece_i;  // further along the piece asked last
    text_pos = cursor_.piece_text_pos;
  }
  while (i < src.size() && text_pos < offset) {
    std::size_t j = i;
    if (detail::is_space(detail::next_code_point(src, j))) {
      j = i;
      // A run of zero-width characters only is no space in the text (TextBuilder).
      if (detail::skip_space_run(src, j)) text_pos += 1;
    } else {
      text_pos += static_cast<std::uint32_t>(j - i);
    }
    i = j;
  }
  // Zero-width characters left out of the text stand before the character asked for.
  if (std::size_t j = i; !detail::skip_space_run(src, j)) i = j;
  cursor_.piece = &p;
  cursor_.piece_source = p.source_begin;
  cursor_.piece_text = p.text_begin;
  cursor_.piece_i = i;
  cursor_.piece_text_pos = text_pos;
  return position_at(p.line, p.source_begin + i);
}

Position Document::position_at(std::size_t line_index, std::size_t offset) const {
  const Line& line = line_table.lines[line_index];
  std::string_view read = decoded.as_read();
  std::size_t from = decoded.source_offset(line.begin);
  std::size_t to = std::max(from, decoded.source_offset(offset));
  std::size_t counted_to = from, column = 1;
  if (cursor_.line == line_index && cursor_.offset <= to) {
    counted_to = cursor_.offset;  // further along the line asked last
    column = cursor_.column;
  }
  column += detail::count_code_points(read.substr(counted_to, to - counted_to));
  cursor_.line = line_index;
  cursor_.offset = to;
  cursor_.column = column;
  return Position{line_index + 1, column};
}

namespace {

using detail::LineRange;
using detail::TextBuilder;

// The label `m` found in `line`, kept with its style and ordinal.
Label label_of(std::string_view line, const Marker& m) {
  return {std::string(line.substr(m.begin, m.end - m.begin)), m.style, m.ordinal};
}

// Which footnote a marker refers to: the next definition with its number after the
// marker, else the last one (a brief may repeat a number; CONVENTIONS §3).
class NoteIndex {
 public:
  void add(int number, std::uint32_t line, const std::string& id) {
    defs_[number].push_back({line, id});
  }
  // Each number's definitions in line order (they come in document order already).
  void seal() {
    for (auto& [number, defs] : defs_)
      std::stable_sort(defs.begin(), defs.end(),
                       [](const auto& a, const auto& b) { return a.first < b.first; });
  }
  // A binary search: an archive of briefs in one file repeats "1)" thousands of times.
  const std::string* resolve(int number, std::uint32_t line) const {
    auto it = defs_.find(number);
    if (it == defs_.end()) return nullptr;
    const auto& defs = it->second;
    auto next = std::upper_bound(defs.begin(), defs.end(), line,
                                 [](std::uint32_t l, const auto& def) { return l < def.first; });
    return next == defs.end() ? &defs.back().second : &next->second;
  }

 private:
  std::map<int, std::vector<std::pair<std::uint32_t, std::string>>> defs_;
};

class Builder {
 public:
  explicit Builder(Document& doc)
      : doc_(doc), text_(doc.decoded.text), table_(doc.line_table), layout_(doc.layout) {}

  // Consumes the segmentation: each element's lines go to it, the rest is freed on the way.
  void run(Blocks& blocks) {
    learn_spacing(blocks);
    for (const auto& note : blocks.footnotes)
      if (note.number >= 0) notes_.add(note.number, note.lines.front(), note.id);
    notes_.seal();
    // Sized once: a block is a few hundred bytes before its text, and growing the vector by
    // doubling would hold two copies at the moment it moves.
    doc_.blocks.reserve(blocks.blocks.size());
    doc_.footnotes.reserve(blocks.footnotes.size());
    for (auto& b : blocks.blocks) doc_.blocks.push_back(build_block(b));
    std::vector<BlockLines>().swap(blocks.blocks);
    for (auto& note : blocks.footnotes) doc_.footnotes.push_back(build_footnote(note));
    std::vector<FootnoteLines>().swap(blocks.footnotes);
    build_front(blocks);
    build_furniture();
    assign_ids();
    link_footnotes();
  }

 private:
  std::string_view line(std::uint32_t i) const {
    return detail::line_text(text_, table_, layout_, i);
  }

  // Spacing evidence from every content line; the prior from the wraps inside elements.
  // Training decides the wraps it learns from; they are kept, by their first line, so that
  // joining their lines weighs no evidence a second time.
  void learn_spacing(const Blocks& blocks) {
    if (layout_.wrap_cues) return;
    std::vector<detail::Wrap> wraps = detail::wraps_of(blocks);
    std::vector<bool> spaces = detail::train(joiner_, text_, table_, layout_, wraps);
    wrap_next_.assign(table_.lines.size(), kNoWrap);
    wrap_spaces_.assign(table_.lines.size(), false);
    for (std::size_t k = 0; k < wraps.size(); ++k) {
      wrap_next_[wraps[k].first] = wraps[k].second;
      wrap_spaces_[wraps[k].first] = spaces[k];
    }
  }

  // Whether the wrap from line a to line b falls between words.
  bool wrap_space(std::uint32_t a, std::uint32_t b) const {
    if (layout_.wrap_cues) return layout_.lines[a].trailing_space;
    if (a < wrap_next_.size() && wrap_next_[a] == b) return wrap_spaces_[a];
    return joiner_.space_between(line(a), line(b));
  }

  // Appends one line's text, leaving out glued footnote markers that refer to a defined
  // note (they become refs) and, when `skip` is set, a leading label.
  void append_line(TextBuilder& b, std::uint32_t i, std::uint32_t skip,
                   std::vector<FootnoteRef>* refs, bool* ended_with_marker) {
    LineRange r = detail::trimmed_range(text_, table_, layout_, i);
    std::uint32_t begin = std::min(r.begin + skip, r.end);
    std::string_view t = std::string_view(text_).substr(begin, r.end - begin);
    std::uint32_t lead = static_cast<std::uint32_t>(t.size() - detail::trim_start(t).size());
    begin += lead;
    t = t.substr(lead);
    std::uint32_t cursor = begin;
    if (ended_with_marker) *ended_with_marker = false;
    if (refs) {
      for (const detail::GluedMarker& m :
           detail::glued_markers(t, detail::kFootnoteSequenceDigits)) {
        const std::string* id = notes_.resolve(m.number, i);
        // Four digits and more are a marker only when the notes are numbered so far.
        if (!id && detail::needs_sequence(m.digits())) continue;
        if (!id) {
          Position p = position_of(doc_.decoded, table_, i, begin + m.begin);
          doc_.diagnostics.push_back(
              {Severity::warning, "footnote-undefined",
               fmt::format("footnote marker {}) has no definition", m.number), p.line, p.column});
          continue;
        }
        b.append(cursor, begin + m.begin, i);
        b.trim_end();
        refs->push_back({*id, std::string(t.substr(m.begin, m.end - m.begin)), b.size(), i});
        cursor = begin + m.end;
        if (ended_with_marker) *ended_with_marker = begin + m.end == r.end;
      }
    }
    b.append(cursor, r.end, i);
  }

  // Text of lines joined at their wraps.
  void append_lines(TextBuilder& b, const std::vector<std::uint32_t>& lines,
                    std::uint32_t label_bytes, std::vector<FootnoteRef>* refs,
                    bool drop_cap = false) {
    bool after_marker = false;
    for (std::size_t k = 0; k < lines.size(); ++k) {
      if (k > 0 && !(drop_cap && k == 1)) {
        if (after_marker || wrap_space(lines[k - 1], lines[k])) b.space();
      }
      append_line(b, lines[k], k == 0 ? label_bytes : 0, refs, &after_marker);
    }
    b.trim_end();
  }

  void set_lines_and_pages(const std::vector<std::uint32_t>& lines, std::uint32_t& first,
                           std::uint32_t& last, std::vector<std::uint32_t>& pages) {
    if (lines.empty()) return;
    first = *std::min_element(lines.begin(), lines.end());
    last = *std::max_element(lines.begin(), lines.end());
    std::set<std::uint32_t> p;
    for (std::uint32_t l : lines) p.insert(layout_.lines[l].page);
    pages.assign(p.begin(), p.end());
  }

  // Takes the lines of `in` and frees the rest of it.
  Block build_block(BlockLines& in) {
    Block out;
    out.type = in.type;
    out.level = in.level;
    TextBuilder b(text_);
    switch (in.type) {
      case BlockType::heading: {
        out.label = label_of(line(in.lines.front()), in.label);
        append_lines(b, in.lines, in.label.end, &out.footnote_refs);
        break;
      }
      case BlockType::table:
      case BlockType::figure: {
        // Single-spaced like every element's text (a -layout extraction pads it).
        std::string_view raw = line(in.caption_line);
        for (std::size_t i = 0; i < raw.size();) {
          std::size_t start = i;
          if (detail::is_space(detail::next_code_point(raw, i))) {
            i = start;
            if (detail::skip_space_run(raw, i)) out.caption += ' ';
          } else {
            out.caption.append(raw.substr(start, i - start));
          }
        }
        for (std::uint32_t l : in.lines) {
          if (l == in.caption_line) continue;
          if (b.size() > 0) b.separator('\n');
          append_line(b, l, 0, nullptr, nullptr);
        }
        break;
      }
      case BlockType::back_matter:
        for (std::uint32_t l : in.lines) {
          if (b.size() > 0) b.separator('\n');
          append_line(b, l, 0, nullptr, nullptr);
        }
        break;
      case BlockType::list: {
        out.style = in.items.front().marker.style;
        for (const auto& item : in.items) {
          if (b.size() > 0) b.separator('\n');
          ListItem li;
          li.label = label_of(line(item.lines.front()), item.marker);
          li.level = item.level;
          li.first_line = *std::min_element(item.lines.begin(), item.lines.end());
          li.last_line = *std::max_element(item.lines.begin(), item.lines.end());
          li.span.begin = b.size();
          append_lines(b, item.lines, item.marker.end, &out.footnote_refs);
          li.span.end = b.size();
          out.items.push_back(std::move(li));
        }
        break;
      }
      case BlockType::paragraph:
      case BlockType::summary:
        append_lines(b, in.lines, 0, &out.footnote_refs, in.drop_cap);
        break;
    }
    std::vector<std::uint32_t> owned = std::move(in.lines);
    for (std::uint32_t l : in.stranded_markers) {
      std::string_view t = line(l);
      // segmentation found one
      int number = detail::stranded_marker(t, detail::kFootnoteSequenceDigits).value_or(0);
      Position p = position_of(doc_.decoded, table_, l, table_.lines[l].begin);
      if (const std::string* id = notes_.resolve(number, l)) {
        out.footnote_refs.push_back({*id, std::string(t), b.size(), l});
        doc_.diagnostics.push_back(
            {Severity::info, "footnote-stranded",
             fmt::format(
                 "footnote marker {} stands alone on its line; attached to the text before it", t),
             p.line, p.column});
      } else {
        out.stranded_markers.emplace_back(t);
        doc_.diagnostics.push_back({Severity::warning, "footnote-undefined",
                                    fmt::format("footnote marker {} has no definition", t), p.line,
                                    p.column});
      }
      owned.push_back(l);
    }
    out.text = b.take_text();
    out.pieces = b.take_pieces();
    in = BlockLines{};
    set_lines_and_pages(owned, out.first_line, out.last_line, out.pages);
    std::sort(owned.begin(), owned.end());
    owned.shrink_to_fit();
    out.source_lines = std::move(owned);
    if (out.type == BlockType::paragraph || out.type == BlockType::summary) {
      out.sentences = splitter_.split(out.text);
      out.lists = detail::find_inline_lists(out.text);
    }
    return out;
  }

  // Takes the lines of `in`.
  Footnote build_footnote(FootnoteLines& in) {
    Footnote out;
    out.id = std::move(in.id);
    out.number = in.number;
    out.label =
        std::string(line(in.lines.front()).substr(in.label.begin, in.label.end - in.label.begin));
    TextBuilder b(text_);
    append_lines(b, in.lines, in.label.end, nullptr);
    out.text = b.take_text();
    out.pieces = b.take_pieces();
    set_lines_and_pages(in.lines, out.first_line, out.last_line, out.pages);
    out.source_lines = std::move(in.lines);
    std::sort(out.source_lines.begin(), out.source_lines.end());
    out.source_lines.shrink_to_fit();
    out.sentences = splitter_.split(out.text);
    return out;
  }

  void build_front(const Blocks& blocks) {
    for (std::uint32_t l : blocks.front_matter)
      doc_.front_matter.push_back({detail::without_zero_width(line(l)), l});
    Metadata& meta = doc_.metadata;
    std::vector<std::string> title;
    std::vector<std::uint32_t> author_lines;
    for (const MetaLine& m : blocks.metadata) {
      std::string t = detail::without_zero_width(line(m.line));
      meta.sources.push_back({std::string(to_string(m.field)), t, m.line});
      switch (m.field) {
        case MetaField::title:
          title.push_back(t);
          break;
        case MetaField::author:
          author_lines.push_back(m.line);
          break;
        default:
          if (!meta.issue) meta.issue = detail::find_issue(t);
          if (!meta.publication_date) meta.publication_date = detail::find_full_date(t);
          if (auto org = detail::field_value(t, "발행처"); org && !meta.organization)
            meta.organization = std::string(*org);
          break;
      }
    }
    if (!title.empty()) {
      std::string joined;
      for (const auto& t : title) {
        if (!joined.empty()) joined += ' ';
        joined += t;
      }
      meta.title = joined;
    }
    parse_authors(author_lines);
    // A copyright notice at a line's end (or alone on a line) belongs to the metadata.
    for (std::uint32_t i = 0; i < table_.lines.size(); ++i) {
      if (layout_.lines[i].tail != TailKind::copyright) continue;
      std::string_view tail = detail::trim(std::string_view(text_).substr(
          layout_.lines[i].tail_begin, table_.lines[i].end - layout_.lines[i].tail_begin));
      std::string copyright = detail::without_zero_width(tail);
      if (!meta.copyright) meta.copyright = copyright;
      meta.sources.push_back({"copyright", std::move(copyright), i});
    }
    if (!meta.organization && meta.copyright) meta.organization = copyright_holder(*meta.copyright);
    std::sort(meta.sources.begin(), meta.sources.end(),
              [](const MetadataSource& a, const MetadataSource& b) { return a.line < b.line; });
    if (!meta.title)
      doc_.diagnostics.push_back(
          {Severity::info, "title-missing", "no title found on the first page", 1, 1});
  }

  // "ⓒKINU 2024" -> "KINU".
  static std::optional<std::string> copyright_holder(std::string_view c) {
    for (std::string_view sign : {std::string_view("\u24D2"), std::string_view("\u00A9")})
      if (c.starts_with(sign)) c.remove_prefix(sign.size());
    std::string out;
    std::size_t i = 0;
    while (i < c.size()) {
      while (i < c.size() && c[i] == ' ') ++i;
      std::size_t j = c.find(' ', i);
      if (j == std::string_view::npos) j = c.size();
      std::string_view word = c.substr(i, j - i);
      bool year = !word.empty() && std::all_of(word.begin(), word.end(),
                                               [](char ch) { return ch >= '0' && ch <= '9'; });
      if (!word.empty() && !year) {
        if (!out.empty()) out += ' ';
        out.append(word);
      }
      i = j;
    }
    if (out.empty()) return std::nullopt;
    return out;
  }

  void parse_authors(const std::vector<std::uint32_t>& lines) {
    auto& authors = doc_.metadata.authors;
    auto strip_name = [](std::string_view n) {
      std::string out;
      for (char ch : n)
        if (ch != ' ' && ch != '*') out += ch;
      return out;
    };
    auto next_without = [&](auto member) -> Author* {
      for (auto& a : authors)
        if (!(a.*member)) return &a;
      return authors.empty() ? nullptr : &authors.back();
    };
    for (std::uint32_t l : lines) {
      std::string_view t = line(l);
      std::size_t open = t.find('(');
      if (open != std::string_view::npos && t.back() == ')' &&
          detail::is_name(detail::trim(t.substr(0, open)))) {
        Author a;
        a.name = strip_name(t.substr(0, open));
        std::string_view inner = detail::trim(t.substr(open + 1, t.size() - open - 2));
        std::size_t space = inner.rfind(' ');
        if (space != std::string_view::npos) {
          a.affiliation = std::string(detail::trim(inner.substr(0, space)));
          a.position = std::string(inner.substr(space + 1));
        } else if (!inner.empty()) {
          a.affiliation = std::string(inner);
        }
        authors.push_back(std::move(a));
      } else if (detail::is_name(t)) {
        authors.push_back(Author{strip_name(t), {}, {}, {}});
      } else if (detail::is_email(t)) {
        if (Author* a = next_without(&Author::email)) a->email = std::string(t);
      } else if (std::size_t space = t.find(' ');
                 space != std::string_view::npos && detail::is_compact_name(t.substr(0, space)) &&
                 authors.size() < 8 && (authors.empty() || authors.back().affiliation)) {
        authors.push_back(Author{std::string(t.substr(0, space)),
                                 std::string(detail::trim(t.substr(space + 1))),
                                 {},
                                 {}});
      } else if (Author* a = next_without(&Author::affiliation)) {
        a->affiliation = std::string(t);
      }
    }
  }

  void build_furniture() {
    for (std::uint32_t i = 0; i < table_.lines.size(); ++i) {
      const LineInfo& info = layout_.lines[i];
      if (info.role == LineRole::furniture) {
        // A copyright tail went to the metadata: the furniture keeps the rest of the line.
        std::uint32_t end =
            info.tail == TailKind::copyright ? info.tail_begin : table_.lines[i].end;
        std::string_view t = detail::trim(
            std::string_view(text_).substr(table_.lines[i].begin, end - table_.lines[i].begin));
        if (!t.empty())
          doc_.page_furniture.push_back({info.furniture, detail::without_zero_width(t), i});
      } else if (info.tail == TailKind::end_mark) {
        std::string_view t = detail::trim(
            std::string_view(text_).substr(info.tail_begin, table_.lines[i].end - info.tail_begin));
        doc_.page_furniture.push_back(
            {FurnitureKind::back_matter, detail::without_zero_width(t), i});
      }
    }
  }

  void assign_ids() {
    std::map<BlockType, int> counts;
    for (Block& b : doc_.blocks) {
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

  void link_footnotes() {
    std::map<std::string, Footnote*> by_id;
    for (Footnote& f : doc_.footnotes) by_id[f.id] = &f;
    for (const Block& b : doc_.blocks)
      for (const FootnoteRef& r : b.footnote_refs) {
        auto it = by_id.find(r.id);
        if (it == by_id.end()) continue;
        auto& refs = it->second->referenced_by;
        // Blocks come in order, so a block already listed is the last one listed: no search
        // through a note that thousands of blocks refer to.
        if (refs.empty() || refs.back() != b.id) refs.push_back(b.id);
      }
    for (const Footnote& f : doc_.footnotes) {
      if (!f.referenced_by.empty() || f.number < 0) continue;
      Position p =
          position_of(doc_.decoded, table_, f.first_line, table_.lines[f.first_line].begin);
      doc_.diagnostics.push_back({Severity::warning, "footnote-unused",
                                  fmt::format("footnote {} is never referenced", f.label), p.line,
                                  p.column});
    }
    std::stable_sort(doc_.diagnostics.begin(), doc_.diagnostics.end(),
                     [](const Diagnostic& a, const Diagnostic& b) {
                       return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                     });
  }

  Document& doc_;
  const std::string& text_;
  const LineTable& table_;
  const Layout& layout_;
  detail::WrapJoiner joiner_;
  static constexpr std::uint32_t kNoWrap = UINT32_MAX;
  std::vector<std::uint32_t> wrap_next_;  // per line: the next line of its wrap, or kNoWrap
  std::vector<bool> wrap_spaces_;         // per line: whether that wrap takes a space
  detail::SentenceSplitter splitter_;
  NoteIndex notes_;
};

// Every run of zero-width characters (is_zero_width): each element's text leaves them out, so
// each run is recorded where it stood, and nothing goes without a word (CONVENTIONS §6).
void note_zero_width(Document& doc) {
  std::string_view t = doc.decoded.text;
  const std::vector<Line>& lines = doc.line_table.lines;
  std::size_t line = 0;
  // All of them are written E2 80 8B..8D, E2 81 A0 or EF BB BF.
  for (std::size_t at = t.find_first_of("\xE2\xEF"); at != std::string_view::npos;
       at = t.find_first_of("\xE2\xEF", at)) {
    std::size_t end = at;
    std::string names;
    for (std::size_t j = end; j < t.size(); end = j) {
      char32_t c = detail::next_code_point(t, j);
      if (!detail::is_zero_width(c)) break;
      names += fmt::format("{}U+{:04X}", names.empty() ? "" : " ", static_cast<std::uint32_t>(c));
    }
    if (end == at) {
      ++at;
      continue;
    }
    while (line + 1 < lines.size() && lines[line].next <= at) ++line;
    Position p = position_of(doc.decoded, doc.line_table, line, at);
    doc.diagnostics.push_back({Severity::info, "zero-width",
                               fmt::format("zero-width {} {} left out of the text",
                                           names.size() > 6 ? "characters" : "character", names),
                               p.line, p.column});
    at = end;
  }
}

}  // namespace

Document build_document(DecodedText decoded, std::string path, const DocumentOptions& options) {
  Document doc;
  doc.decoded = std::move(decoded);
  doc.line_table = split_lines(doc.decoded.text);
  // The Document keeps the line table and the layout: no room left over from growing them.
  doc.line_table.lines.shrink_to_fit();
  doc.layout = analyse_layout(doc.decoded.text, doc.line_table);
  doc.layout.lines.shrink_to_fit();
  doc.source.path = detail::to_valid_utf8(path);
  if (doc.source.path != path)
    for (unsigned char byte : path) doc.source.path_bytes += fmt::format("{:02x}", byte);
  doc.source.encoding = doc.decoded.encoding;
  doc.source.bytes = doc.decoded.input_bytes;
  doc.source.lines = doc.line_table.lines.size();
  doc.source.pages = doc.layout.pages;
  for (const InputError& r : doc.decoded.replaced)
    doc.diagnostics.push_back({Severity::warning, "invalid-bytes",
                               fmt::format("{}, replaced by U+FFFD", r.message), r.line, r.column});
  note_zero_width(doc);  // sorted with the others once the elements are built
  {
    // The segmentation is needed only while the elements are built: freed before the dates.
    Blocks blocks = segment_blocks(doc.decoded.text, doc.line_table, doc.layout);
    Builder(doc).run(blocks);
  }
  detail::find_dates(doc, options.reference_date);
  return doc;
}

}  // namespace kbrief
