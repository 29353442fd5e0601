// SPDX-License-Identifier: MIT
#include "kbrief/json.h"

#include <fmt/format.h>

#include <algorithm>
#include <tuple>
#include <vector>

#include "json_writer.h"
#include "kbrief/timeline.h"
#include "unicode.h"

namespace kbrief {
namespace {

using detail::CodePoints;
using Writer = detail::JsonWriter;

// The input's line number of line index `i` (a piece of a line set in columns keeps its line's).
std::size_t number(const LineTable& lines, std::uint32_t i) {
  return i < lines.lines.size() ? lines.lines[i].number : i + 1;
}

// The first and last input line of what lies on line indices first..last, in input order: read
// in columns, a paragraph may end on a line above the one it starts on.
void line_range(Writer& w, const LineTable& lines, std::uint32_t first, std::uint32_t last) {
  std::uint32_t range[2] = {static_cast<std::uint32_t>(number(lines, first)),
                            static_cast<std::uint32_t>(number(lines, last))};
  if (range[0] > range[1]) std::swap(range[0], range[1]);
  w.key("lines");
  w.inline_numbers(range, range + 2);
}

void lines_and_pages(Writer& w, const LineTable& lines, std::uint32_t first, std::uint32_t last,
                     const std::vector<std::uint32_t>& pages) {
  line_range(w, lines, first, last);
  w.key("pages");
  w.inline_numbers(pages.begin(), pages.end());
}

// Where the element stands on the PDF's pages; written for PDF input only, so the JSON of a
// text input has no such key.
void boxes(Writer& w, const std::vector<PageBox>& list) {
  w.key("boxes");
  w.begin_array();
  for (const PageBox& box : list) detail::write_box(w, box);
  w.end_array();
}

void footnote_refs(Writer& w, const Block& b, CodePoints& cp) {
  w.key("footnote_refs");
  w.begin_array();
  for (const FootnoteRef& r : b.footnote_refs) {
    w.begin_object();
    w.key("id");
    w.value(r.id);
    w.key("marker");
    w.value(r.marker);
    w.key("offset");
    w.value(cp(r.offset));
    w.end_object();
  }
  w.end_array();
}

void item_fields(Writer& w, const ListItem& item, const std::string& text, CodePoints& cp) {
  w.key("label");
  w.value(item.label.text);
  w.key("text");
  w.value(std::string_view(text).substr(item.span.begin, item.span.end - item.span.begin));
  w.key("start");
  w.value(cp(item.span.begin));
  w.key("end");
  w.value(cp(item.span.end));
}

// Inline enumerations: one level, no lines.
void items(Writer& w, const std::vector<ListItem>& list, const std::string& text, CodePoints& cp) {
  w.key("items");
  w.begin_array();
  for (const ListItem& item : list) {
    w.begin_object();
    item_fields(w, item, text, cp);
    w.end_object();
  }
  w.end_array();
}

// Line-initial items from list[k] on that stand at `level` or deeper, as a tree: each item
// holds the deeper items after it in its own "items" (written only when it has some).
// Returns the index of the first item left, which belongs to a shallower level.
std::size_t nested_items(Writer& w, const std::vector<ListItem>& list, std::size_t k, int level,
                         const std::string& text, CodePoints& cp, const LineTable& lines) {
  w.key("items");
  w.begin_array();
  while (k < list.size() && list[k].level >= level) {
    const ListItem& item = list[k++];
    w.begin_object();
    item_fields(w, item, text, cp);
    w.key("level");
    w.value(item.level);
    line_range(w, lines, item.first_line, item.last_line);
    if (k < list.size() && list[k].level > item.level)
      k = nested_items(w, list, k, item.level + 1, text, cp, lines);
    w.end_object();
  }
  w.end_array();
  return k;
}

bool by_sentence(const DateMention& a, const DateMention& b) {
  return a.sentence < b.sentence;
}

// The dates of one sentence (all of them when `sentence` is -1). Dates come in text order
// (`in_order` says so, checked once per element), so a sentence's dates are found by binary
// search, and `cp` (one per element) only moves forward.
void dates(Writer& w, const std::vector<DateMention>& all, int sentence, std::string_view id,
           DateOrigin origin, const std::string& text, CodePoints& cp, bool in_order = false) {
  w.key("dates");
  w.begin_array();
  auto first = all.begin(), last = all.end();
  DateMention probe;
  probe.sentence = sentence;
  if (sentence >= 0 && in_order)
    std::tie(first, last) = std::equal_range(all.begin(), all.end(), probe, by_sentence);
  for (auto it = first; it != last; ++it)
    if (sentence < 0 || it->sentence == sentence)
      detail::write_date(w, TimelineRow{{}, &*it, id, origin, text}, cp, detail::FileField::omit);
  w.end_array();
}

void block(Writer& w, const Block& b, bool pdf, const LineTable& lines) {
  CodePoints cp(b.text);
  CodePoints date_cp(b.text);  // for the dates, which go forward on their own
  CodePoints ref_cp(b.text);   // for the footnote references, likewise
  const bool dates_in_order = std::is_sorted(b.dates.begin(), b.dates.end(), by_sentence);
  w.begin_object();
  w.key("id");
  w.value(b.id);
  w.key("type");
  w.value(to_string(b.type));
  if (b.type == BlockType::heading) {
    w.key("level");
    w.value(b.level);
    w.key("label");
    if (b.label.empty())
      w.null();
    else
      w.value(b.label.text);
  }
  if (b.type == BlockType::list) {
    w.key("style");
    w.value(to_string(b.style));
  }
  if (b.type == BlockType::summary) {
    w.key("title");
    if (b.title.empty())
      w.null();
    else
      w.value(b.title);
  }
  if (is_region(b.type)) {
    w.key("caption");
    w.value(b.caption);
  }
  w.key("text");
  w.value(b.text);
  lines_and_pages(w, lines, b.first_line, b.last_line, b.pages);
  if (pdf) boxes(w, b.boxes);
  if (b.type != BlockType::back_matter) footnote_refs(w, b, ref_cp);
  if (b.type == BlockType::paragraph || b.type == BlockType::summary) {
    w.key("sentences");
    w.begin_array();
    for (const Span& s : b.sentences) {
      w.begin_object();
      w.key("text");
      w.value(std::string_view(b.text).substr(s.begin, s.end - s.begin));
      w.key("start");
      w.value(cp(s.begin));
      w.key("end");
      w.value(cp(s.end));
      dates(w, b.dates, static_cast<int>(&s - b.sentences.data()), b.id, DateOrigin::body, b.text,
            date_cp, dates_in_order);
      w.end_object();
    }
    w.end_array();
    w.key("lists");
    w.begin_array();
    for (const InlineList& list : b.lists) {
      w.begin_object();
      w.key("style");
      w.value(to_string(list.style));
      items(w, list.items, b.text, cp);
      w.end_object();
    }
    w.end_array();
  }
  if (b.type == BlockType::list || b.type == BlockType::summary)
    nested_items(w, b.items, 0, 1, b.text, cp, lines);
  if (b.type != BlockType::paragraph && b.type != BlockType::summary &&
      b.type != BlockType::back_matter)
    dates(w, b.dates, -1, b.id, DateOrigin::body, b.text, date_cp);
  if (!b.stranded_markers.empty()) {
    w.key("stranded_markers");
    w.begin_array();
    for (const auto& m : b.stranded_markers) w.value(m);
    w.end_array();
  }
  w.end_object();
}

void metadata(Writer& w, const Metadata& m, const LineTable& lines) {
  w.key("metadata");
  w.begin_object();
  w.key("title");
  w.optional(m.title);
  w.key("authors");
  w.begin_array();
  for (const Author& a : m.authors) {
    w.begin_object();
    w.key("name");
    w.value(a.name);
    w.key("affiliation");
    w.optional(a.affiliation);
    w.key("position");
    w.optional(a.position);
    w.key("email");
    w.optional(a.email);
    w.end_object();
  }
  w.end_array();
  w.key("organization");
  w.optional(m.organization);
  w.key("copyright");
  w.optional(m.copyright);
  w.key("issue");
  w.optional(m.issue);
  w.key("publication_date");
  w.optional(m.publication_date ? std::optional(iso_date(*m.publication_date)) : std::nullopt);
  w.key("reference_date");
  if (m.reference_date) {
    w.begin_object();
    w.key("value");
    w.value(reference_value(*m.reference_date));
    w.key("source");
    w.value(m.reference_date->source);
    w.end_object();
  } else {
    w.null();
  }
  w.key("sources");
  w.begin_array();
  for (const MetadataSource& s : m.sources) {
    w.begin_object();
    w.key("field");
    w.value(s.field);
    w.key("text");
    w.value(s.text);
    w.key("line");
    w.value(number(lines, s.line));
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

// A PDF's Info dictionary as read: each field that the PDF gives, `{}` when it gives none.
void pdf_info(Writer& w, const PdfInfo& info) {
  w.key("pdf_info");
  w.begin_object();
  for (const auto& [key, text] :
       {std::pair{"title", &info.title}, std::pair{"author", &info.author}})
    if (!text->empty()) {
      w.key(key);
      w.value(*text);
    }
  for (const auto& [key, date] :
       {std::pair{"created", &info.created}, std::pair{"modified", &info.modified}})
    if (*date) {
      w.key(key);
      w.value(iso_date(**date));
    }
  w.end_object();
}

}  // namespace

namespace {

void write_document(Writer& w, const Document& doc) {
  const bool pdf = doc.source.format == SourceFormat::pdf;
  w.begin_object();
  w.key("schema");
  w.value(kJsonSchema);
  w.key("source");
  w.begin_object();
  if (!doc.source.id_json.empty()) {
    w.key("id");
    w.raw(doc.source.id_json);
  }
  w.key("path");
  w.value(doc.source.path);
  if (!doc.source.path_bytes.empty()) {
    w.key("path_bytes");
    w.value(doc.source.path_bytes);
  }
  w.key("format");
  w.value(to_string(doc.source.format));
  w.key("encoding");
  w.value(doc.source.encoding);
  w.key("bytes");
  w.value(doc.source.bytes);
  w.key("lines");
  w.value(doc.source.lines);
  w.key("pages");
  w.value(doc.source.pages);
  w.key("shape");
  w.value(to_string(doc.layout.shape));
  if (pdf) pdf_info(w, doc.source.pdf_info);
  w.end_object();
  metadata(w, doc.metadata, doc.line_table);

  w.key("front_matter");
  w.begin_array();
  for (const auto& f : doc.front_matter) {
    w.begin_object();
    w.key("text");
    w.value(f.text);
    w.key("line");
    w.value(number(doc.line_table, f.line));
    w.end_object();
  }
  w.end_array();

  w.key("blocks");
  w.begin_array();
  for (const Block& b : doc.blocks) {
    block(w, b, pdf, doc.line_table);
    w.boundary();
  }
  w.end_array();

  w.key("footnotes");
  w.begin_array();
  for (const Footnote& f : doc.footnotes) {
    w.begin_object();
    w.key("id");
    w.value(f.id);
    w.key("number");
    if (f.number < 0)
      w.null();
    else
      w.value(f.number);
    w.key("label");
    w.value(f.label);
    w.key("text");
    w.value(f.text);
    lines_and_pages(w, doc.line_table, f.first_line, f.last_line, f.pages);
    if (pdf) boxes(w, f.boxes);
    w.key("referenced_by");
    w.begin_array();
    for (const auto& id : f.referenced_by) w.value(id);
    w.end_array();
    CodePoints date_cp(f.text);
    dates(w, f.dates, -1, f.id, DateOrigin::footnote, f.text, date_cp);
    w.end_object();
    w.boundary();
  }
  w.end_array();

  w.key("page_furniture");
  w.begin_array();
  for (const Furniture& f : doc.page_furniture) {
    w.begin_object();
    w.key("kind");
    w.value(to_string(f.kind));
    w.key("text");
    w.value(f.text);
    w.key("line");
    w.value(number(doc.line_table, f.line));
    if (pdf) boxes(w, f.box ? std::vector<PageBox>{*f.box} : std::vector<PageBox>{});
    w.end_object();
    w.boundary();
  }
  w.end_array();

  w.key("diagnostics");
  w.begin_array();
  for (const Diagnostic& d : doc.diagnostics) {
    w.begin_object();
    w.key("file");
    w.value(doc.source.path);
    w.key("line");
    w.value(d.line);
    w.key("column");
    w.value(d.column);
    w.key("severity");
    w.value(to_string(d.severity));
    w.key("rule");
    w.value(d.rule);
    w.key("message");
    w.value(d.message);
    if (d.box) {
      w.key("box");
      detail::write_box(w, *d.box);
    }
    w.end_object();
    w.boundary();
  }
  w.end_array();
  w.end_object();
}

}  // namespace

void write_json(const Document& doc, std::string& out, const JsonOptions& options) {
  // The JSON of a brief runs to about four times its text: reserved once, not regrown.
  out.reserve(out.size() + 4 * doc.decoded.text.size());
  Writer w(out, options.pretty);
  write_document(w, doc);
}

void write_json(const Document& doc, const std::function<void(std::string_view)>& sink,
                const JsonOptions& options) {
  constexpr std::size_t kPiece = std::size_t{1} << 20;
  std::string out;
  out.reserve(std::min(kPiece + kPiece / 4, 4 * doc.decoded.text.size() + 64));
  Writer w(out, options.pretty);
  w.stream_to(&sink, kPiece);
  write_document(w, doc);
  if (!out.empty()) sink(out);
}

}  // namespace kbrief
