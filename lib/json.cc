#include "kbrief/json.h"

#include <fmt/format.h>

#include <vector>

#include "unicode.h"

namespace kbrief {
namespace {

// A minimal streaming JSON writer: values are appended in order; commas, colons and
// indentation are placed by the writer.
class Writer {
 public:
  Writer(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  void key(std::string_view k) {
    separate();
    string_literal(k);
    out_ += pretty_ ? ": " : ":";
    after_key_ = true;
  }
  void value(std::string_view s) {
    separate();
    string_literal(s);
  }
  void optional(const std::optional<std::string>& s) {
    if (s)
      value(std::string_view(*s));
    else
      null();
  }
  void value(std::size_t n) {
    separate();
    fmt::format_to(std::back_inserter(out_), "{}", n);
  }
  void value(int n) {
    separate();
    fmt::format_to(std::back_inserter(out_), "{}", n);
  }
  void null() {
    separate();
    out_ += "null";
  }
  // A short array of numbers kept on one line even when pretty: "lines": [3, 7].
  template <class It>
  void inline_numbers(It begin, It end) {
    separate();
    out_ += '[';
    for (It it = begin; it != end; ++it) {
      if (it != begin) out_ += pretty_ ? ", " : ",";
      fmt::format_to(std::back_inserter(out_), "{}", *it);
    }
    out_ += ']';
  }

 private:
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!first_.empty()) {
      if (!first_.back()) out_ += ',';
      first_.back() = false;
      newline();
    }
  }
  void open(char c) {
    separate();
    out_ += c;
    first_.push_back(true);
  }
  void close(char c) {
    bool empty = first_.back();
    first_.pop_back();
    if (!empty) newline();
    out_ += c;
  }
  void newline() {
    if (!pretty_) return;
    out_ += '\n';
    out_.append(2 * first_.size(), ' ');
  }
  void string_literal(std::string_view s) {
    out_ += '"';
    for (char ch : s) {
      auto c = static_cast<unsigned char>(ch);
      switch (c) {
        case '"':
          out_ += "\\\"";
          break;
        case '\\':
          out_ += "\\\\";
          break;
        case '\n':
          out_ += "\\n";
          break;
        case '\r':
          out_ += "\\r";
          break;
        case '\t':
          out_ += "\\t";
          break;
        case '\b':
          out_ += "\\b";
          break;
        case '\f':
          out_ += "\\f";
          break;
        default:
          if (c < 0x20)
            fmt::format_to(std::back_inserter(out_), "\\u{:04x}", c);
          else
            out_ += ch;
      }
    }
    out_ += '"';
  }

  std::string& out_;
  bool pretty_;
  std::vector<bool> first_;
  bool after_key_ = false;
};

// Converts byte offsets in one text to code point offsets; cheap for increasing offsets.
class CodePoints {
 public:
  explicit CodePoints(std::string_view text) : text_(text) {}
  std::size_t operator()(std::uint32_t byte) {
    if (byte < byte_) byte_ = cp_ = 0;
    for (; byte_ < byte && byte_ < text_.size(); ++byte_)
      cp_ += (static_cast<unsigned char>(text_[byte_]) & 0xC0) != 0x80;
    return cp_;
  }

 private:
  std::string_view text_;
  std::size_t byte_ = 0, cp_ = 0;
};

void lines_and_pages(Writer& w, std::uint32_t first, std::uint32_t last,
                     const std::vector<std::uint32_t>& pages) {
  std::uint32_t range[2] = {first + 1, last + 1};
  w.key("lines");
  w.inline_numbers(range, range + 2);
  w.key("pages");
  w.inline_numbers(pages.begin(), pages.end());
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

void items(Writer& w, const std::vector<ListItem>& list, const std::string& text, CodePoints& cp,
           bool with_lines) {
  w.key("items");
  w.begin_array();
  for (const ListItem& item : list) {
    w.begin_object();
    w.key("label");
    w.value(item.label);
    w.key("text");
    w.value(std::string_view(text).substr(item.span.begin, item.span.end - item.span.begin));
    w.key("start");
    w.value(cp(item.span.begin));
    w.key("end");
    w.value(cp(item.span.end));
    if (with_lines) {
      w.key("level");
      w.value(item.level);
      std::uint32_t range[2] = {item.first_line + 1, item.last_line + 1};
      w.key("lines");
      w.inline_numbers(range, range + 2);
    }
    w.end_object();
  }
  w.end_array();
}

void block(Writer& w, const Block& b) {
  CodePoints cp(b.text);
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
      w.value(b.label);
  }
  if (b.type == BlockType::list) {
    w.key("style");
    w.value(to_string(b.style));
  }
  if (b.type == BlockType::table) {
    w.key("caption");
    w.value(b.caption);
  }
  w.key("text");
  w.value(b.text);
  lines_and_pages(w, b.first_line, b.last_line, b.pages);
  if (b.type != BlockType::table) footnote_refs(w, b, cp);
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
      w.end_object();
    }
    w.end_array();
    w.key("lists");
    w.begin_array();
    for (const InlineList& list : b.lists) {
      w.begin_object();
      w.key("style");
      w.value(to_string(list.style));
      items(w, list.items, b.text, cp, false);
      w.end_object();
    }
    w.end_array();
  }
  if (b.type == BlockType::list) items(w, b.items, b.text, cp, true);
  if (!b.stranded_markers.empty()) {
    w.key("stranded_markers");
    w.begin_array();
    for (const auto& m : b.stranded_markers) w.value(m);
    w.end_array();
  }
  w.end_object();
}

void metadata(Writer& w, const Metadata& m) {
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
  w.optional(m.publication_date);
  w.key("sources");
  w.begin_array();
  for (const MetadataSource& s : m.sources) {
    w.begin_object();
    w.key("field");
    w.value(s.field);
    w.key("text");
    w.value(s.text);
    w.key("line");
    w.value(static_cast<std::size_t>(s.line) + 1);
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace

void write_json(const Document& doc, std::string& out, const JsonOptions& options) {
  Writer w(out, options.pretty);
  w.begin_object();
  w.key("schema");
  w.value("kbrief/1");
  w.key("source");
  w.begin_object();
  w.key("path");
  w.value(doc.source.path);
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
  w.end_object();
  metadata(w, doc.metadata);

  w.key("front_matter");
  w.begin_array();
  for (const auto& f : doc.front_matter) {
    w.begin_object();
    w.key("text");
    w.value(f.text);
    w.key("line");
    w.value(static_cast<std::size_t>(f.line) + 1);
    w.end_object();
  }
  w.end_array();

  w.key("blocks");
  w.begin_array();
  for (const Block& b : doc.blocks) block(w, b);
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
    lines_and_pages(w, f.first_line, f.last_line, f.pages);
    w.key("referenced_by");
    w.begin_array();
    for (const auto& id : f.referenced_by) w.value(id);
    w.end_array();
    w.end_object();
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
    w.value(static_cast<std::size_t>(f.line) + 1);
    w.end_object();
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
    w.end_object();
  }
  w.end_array();
  w.end_object();
}

}  // namespace kbrief
