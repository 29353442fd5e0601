// SPDX-License-Identifier: MIT
#include "kbrief/markdown.h"

#include <fmt/format.h>

#include <algorithm>

#include "markers.h"
#include "unicode.h"

namespace kbrief {
namespace {

bool is_ascii_digit_char(char c) {
  return c >= '0' && c <= '9';
}
bool is_ascii_letter_char(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

// Bytes escape_markdown() writes as they are wherever they stand.
bool written_as_is(char c) {
  auto u = static_cast<unsigned char>(c);
  if (u >= 0x80) return u != 0xE2;
  return u == ' ' || (u >= '0' && u <= '9') || is_ascii_letter_char(c);
}

// ASCII punctuation that some Markdown construct gives a meaning anywhere in a line:
// emphasis, code, links and notes, raw HTML, tables, Pandoc's sub/superscript, math,
// citations, entities, attributes, and the `smart` extension's quotes.
bool always_escaped(char c) {
  switch (c) {
    case '\\':
    case '`':
    case '*':
    case '_':
    case '[':
    case ']':
    case '<':
    case '>':
    case '#':
    case '|':
    case '~':
    case '^':
    case '$':
    case '@':
    case '&':
    case '{':
    case '}':
    case '"':
    case '\'':
      return true;
    default:
      return false;
  }
}

// An autolink as printed in footnotes: "<https://…>" with no space inside.
std::size_t autolink_length(std::string_view s) {
  if (!s.starts_with("<http://") && !s.starts_with("<https://")) return 0;
  std::size_t close = s.find('>');
  if (close == std::string_view::npos) return 0;
  if (s.substr(1, close - 1).find_first_of(" <") != std::string_view::npos) return 0;
  return close + 1;
}

// A word that Pandoc or CommonMark would read as an ordered-list marker at a line's start:
// "1.", "2024.", "3)", "(1)", "a.", "iv)", "#.".
std::size_t list_marker_delimiter(std::string_view w) {
  std::size_t i = 0;
  if (i < w.size() && w[i] == '(') ++i;
  std::size_t start = i;
  while (i < w.size() && (is_ascii_digit_char(w[i]) || is_ascii_letter_char(w[i]) || w[i] == '#'))
    ++i;
  if (i == start || i >= w.size() || (w[i] != '.' && w[i] != ')')) return std::string_view::npos;
  if (i + 1 != w.size() && w[i + 1] != ' ') return std::string_view::npos;
  return i;
}

}  // namespace

std::string escape_markdown(std::string_view text, bool line_start) {
  std::string out;
  out.reserve(text.size() + text.size() / 8);
  std::size_t i = 0;
  if (line_start && !text.empty()) {
    // Block openers: bullets, headings, quotes, setext underlines, definition lists,
    // ordered-list markers.
    char c = text[0];
    if (c == '-' || c == '+' || c == '=' || c == ':') {
      out += '\\';
      out += c;
      i = 1;
    } else if (std::size_t d = list_marker_delimiter(text.substr(0, text.find(' ')));
               d != std::string_view::npos) {
      if (text[0] == '(') {
        out += "\\(";
        out.append(text.substr(1, d - 1));
      } else {
        out.append(text.substr(0, d));
      }
      out += '\\';
      out += text[d];
      i = d + 1;
    }
  }
  while (i < text.size()) {
    // Letters, digits, spaces and characters beyond ASCII other than the curly quotes'
    // lead byte are written as they are: a run of them is appended whole.
    std::size_t run = i;
    while (run < text.size() && written_as_is(text[run])) ++run;
    if (run > i) {
      out.append(text.substr(i, run - i));
      i = run;
      continue;
    }
    char c = text[i];
    if (c == '<') {
      if (std::size_t n = autolink_length(text.substr(i))) {
        out.append(text.substr(i, n));
        i += n;
        continue;
      }
    }
    // `smart` also reads curly quotes as quotation marks and, where it finds no closing one,
    // turns an opening mark into an apostrophe: escaped, each stays the character it is.
    if (c == '\xE2' && i + 2 < text.size() && text[i + 1] == '\x80' &&
        (text[i + 2] == '\x98' || text[i + 2] == '\x99' || text[i + 2] == '\x9C' ||
         text[i + 2] == '\x9D')) {
      out += '\\';
      out.append(text.substr(i, 3));
      i += 3;
      continue;
    }
    // `smart` turns "--" into dashes and "..." into an ellipsis.
    if ((c == '-' && i + 1 < text.size() && text[i + 1] == '-') ||
        (c == '.' && text.substr(i).starts_with("..."))) {
      while (i < text.size() && text[i] == c) {
        out += '\\';
        out += c;
        ++i;
      }
      continue;
    }
    // `smart` binds a short abbreviation to the next word with a no-break space
    // ("pp. 112"); an escaped period keeps the space a space. (A word may end the text
    // handed in: prose is escaped word by word.)
    if (c == '.' && (i + 1 == text.size() || text[i + 1] == ' ') && i > 0 &&
        is_ascii_letter_char(text[i - 1])) {
      std::size_t b = i;
      while (b > 0 && (is_ascii_letter_char(text[b - 1]) || text[b - 1] == '.')) --b;
      if (i - b <= 5) out += '\\';
    }
    if (always_escaped(c)) out += '\\';
    out += c;
    ++i;
  }
  return out;
}

namespace {

// A run of an element's text between footnote references, or a reference.
struct Piece {
  std::string_view text;
  std::string note;  // "[^7]" when this piece is a reference
};

std::string note_label(std::string_view id) {
  std::string_view rest = id.starts_with("fn") ? id.substr(2) : id;
  return fmt::format("[^{}]", rest);
}

// The pieces of text[begin, end) with the references among them. A reference at `end` goes
// to the text that starts there, unless `end` closes a list item, which nothing continues.
std::vector<Piece> pieces_of(std::string_view text, const std::vector<FootnoteRef>& refs,
                             std::uint32_t begin, std::uint32_t end, bool item_end = false) {
  std::vector<Piece> out;
  std::uint32_t at = begin;
  for (const auto& r : refs) {
    if (r.offset < begin || r.offset > end ||
        (r.offset == end && end != text.size() && begin != end && !item_end))
      continue;
    if (r.offset > at) out.push_back({text.substr(at, r.offset - at), {}});
    at = std::max(at, r.offset);
    out.push_back({{}, note_label(r.id)});
  }
  if (end > at) out.push_back({text.substr(at, end - at), {}});
  return out;
}

// Words of a line of prose, each a sequence of pieces, split at spaces; a reference stays
// with the word before it.
using Word = std::vector<Piece>;
std::vector<Word> words_of(const std::vector<Piece>& pieces) {
  std::vector<Word> words(1);
  for (const auto& p : pieces) {
    if (!p.note.empty()) {
      words.back().push_back(p);
      continue;
    }
    std::string_view t = p.text;
    std::size_t i = 0;
    while (i <= t.size()) {
      std::size_t sp = t.find(' ', i);
      std::string_view part =
          t.substr(i, sp == std::string_view::npos ? std::string_view::npos : sp - i);
      if (!part.empty()) words.back().push_back({part, {}});
      if (sp == std::string_view::npos) break;
      if (!words.back().empty()) words.emplace_back();
      i = sp + 1;
    }
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

std::string render_word(const Word& w, bool line_start) {
  std::string out;
  for (std::size_t k = 0; k < w.size(); ++k)
    out += w[k].note.empty() ? escape_markdown(w[k].text, line_start && k == 0) : w[k].note;
  return out;
}

// Prose as one line, or wrapped at `wrap` display columns between words (a word holds its
// URL whole and its references).
std::string render_prose(const std::vector<Piece>& pieces, int wrap, std::string_view indent = {}) {
  std::vector<Word> words = words_of(pieces);
  std::string out;
  int column = 0;
  bool line_start = true;
  for (const auto& w : words) {
    std::string plain = render_word(w, false);
    int width = detail::display_width(plain);
    if (!line_start && wrap > 0 && column + 1 + width > wrap) {
      out += '\n';
      out += indent;
      column = static_cast<int>(indent.size());
      line_start = true;
    }
    if (!line_start) {
      out += ' ';
      ++column;
    }
    std::string rendered = line_start ? render_word(w, true) : plain;
    out += rendered;
    column += detail::display_width(rendered);
    line_start = false;
  }
  return out;
}

// YAML double-quoted scalar; Pandoc reads metadata values as Markdown, so the value is
// Markdown-escaped first.
std::string yaml_string(std::string_view s) {
  std::string md = escape_markdown(s, true);
  std::string out = "\"";
  for (char c : md) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  out += '"';
  return out;
}

// "1." and "1)": the labels CommonMark writes as an ordered list's own markers.
bool is_ordered_label(const Label& label) {
  return label.style == ListStyle::decimal || label.style == ListStyle::decimal_rparen;
}

void write_front(const Document& doc, std::string& out) {
  const Metadata& m = doc.metadata;
  out += "---\n";
  if (m.title) out += fmt::format("title: {}\n", yaml_string(*m.title));
  if (!m.authors.empty()) {
    out += "author:\n";
    for (const auto& a : m.authors) out += fmt::format("  - {}\n", yaml_string(a.name));
  }
  if (m.organization) out += fmt::format("organization: {}\n", yaml_string(*m.organization));
  if (m.publication_date)
    out += fmt::format("date: {}\n", yaml_string(iso_date(*m.publication_date)));
  out += fmt::format("source: {}\n", yaml_string(doc.source.path));
  out += "---\n";
}

void write_list(const Block& b, const MarkdownOptions& options, std::string& out) {
  for (const auto& item : b.items) {
    std::string indent(static_cast<std::size_t>(std::max(0, item.level - 1)) * 4, ' ');
    std::vector<Piece> pieces =
        pieces_of(b.text, b.footnote_refs, item.span.begin, item.span.end, true);
    std::string body = render_prose(pieces, options.wrap, fmt::format("{}    ", indent));
    // Ordered labels stay; "-"-like bullets become "-"; other labels (가., ①, ◎) have no
    // Markdown marker: a bullet, with the label kept as text.
    std::string marker =
        is_ordered_label(item.label) ? item.label.text
        : item.label.style == ListStyle::bullet && detail::is_dash_bullet(item.label.text)
            ? std::string("-")
            : fmt::format("- {}", escape_markdown(item.label.text, true));
    out += fmt::format("{}{} {}\n", indent, marker, body);
  }
}

void write_paragraph(const Block& b, const MarkdownOptions& options, std::string& out);

// A summary box's section: its title in bold before its lead, then its items as a list.
void write_summary(const Block& b, const MarkdownOptions& options, std::string& out) {
  if (b.title.empty() && b.items.empty()) return write_paragraph(b, options, out);
  std::uint32_t lead_end =
      b.items.empty() ? static_cast<std::uint32_t>(b.text.size()) : b.items.front().span.begin;
  while (lead_end > 0 && (b.text[lead_end - 1] == '\n' || b.text[lead_end - 1] == ' ')) --lead_end;
  std::string lead;
  if (!b.title.empty()) lead = fmt::format("**{}**", escape_markdown(b.title, false));
  if (lead_end > 0) {
    if (!lead.empty()) lead += ' ';
    lead += render_prose(pieces_of(b.text, b.footnote_refs, 0, lead_end), options.wrap);
  }
  if (!lead.empty()) out += lead + '\n';
  if (b.items.empty()) return;
  if (!lead.empty()) out += '\n';
  write_list(b, options, out);
}

void write_paragraph(const Block& b, const MarkdownOptions& options, std::string& out) {
  const auto size = static_cast<std::uint32_t>(b.text.size());
  if (!options.expand_lists || b.lists.empty()) {
    out += render_prose(pieces_of(b.text, b.footnote_refs, 0, size), options.wrap);
    out += '\n';
    return;
  }
  // Each inline list after the sentence that introduces it: the text before its first
  // label, then the items, then the text after its last item.
  std::uint32_t at = 0;
  bool first = true;
  for (const auto& list : b.lists) {
    if (list.items.empty()) continue;
    std::uint32_t label_at = list.items.front().span.begin;
    // back over the label and the space after it
    std::uint32_t intro_end = label_at;
    while (intro_end > at && b.text[intro_end - 1] == ' ') --intro_end;
    intro_end -= std::min<std::uint32_t>(
        intro_end - at, static_cast<std::uint32_t>(list.items.front().label.text.size()));
    while (intro_end > at && b.text[intro_end - 1] == ' ') --intro_end;
    if (!first) out += '\n';
    first = false;
    if (intro_end > at) {
      out += render_prose(pieces_of(b.text, b.footnote_refs, at, intro_end), options.wrap);
      out += "\n\n";
    }
    int n = 1;
    for (const auto& item : list.items) {
      out += fmt::format("{}. ", n++);
      out += render_prose(pieces_of(b.text, b.footnote_refs, item.span.begin, item.span.end),
                          options.wrap, "   ");
      out += '\n';
    }
    at = list.items.back().span.end;
  }
  while (at < size && (b.text[at] == ' ' || b.text[at] == ',')) ++at;
  if (at < size)
    out += fmt::format("\n{}\n",
                       render_prose(pieces_of(b.text, b.footnote_refs, at, size), options.wrap));
}

// Lines of `t` as hard line breaks inside one paragraph, each reference of `refs` (in offset
// order) as a note label where its marker stood, at the end of its line when it closed one;
// `first` when nothing of the paragraph was written yet.
void write_lines(std::string_view t, const std::vector<FootnoteRef>& refs, bool first,
                 std::string& out) {
  std::size_t r = 0;
  for (std::size_t i = 0; i <= t.size();) {
    std::size_t nl = t.find('\n', i);
    std::size_t end = nl == std::string_view::npos ? t.size() : nl;
    std::string line;
    std::size_t at = i;
    for (; r < refs.size() && refs[r].offset <= end; ++r) {
      std::size_t offset = std::max<std::size_t>(refs[r].offset, at);
      line += escape_markdown(t.substr(at, offset - at), at == i);
      line += note_label(refs[r].id);
      at = offset;
    }
    if (end > at || at == i) line += escape_markdown(t.substr(at, end - at), at == i);
    if (!line.empty()) {
      if (!first) out += "\\\n";
      out += line;
      first = false;
    }
    if (nl == std::string_view::npos) break;
    i = nl + 1;
  }
  out += '\n';
}

// The publisher's matter closes the document, set off from the body by a rule ("* * *", not
// "---", which would read as a YAML separator), its lines kept as printed.
void write_back_matter(const Document& doc, std::string& out) {
  bool any = false;
  for (const Block& b : doc.blocks) {
    if (b.type != BlockType::back_matter) continue;
    if (!any) out += "\n* * *\n";
    any = true;
    out += '\n';
    write_lines(b.text, {}, true, out);
  }
}

}  // namespace

void write_markdown(const Document& doc, std::string& out, const MarkdownOptions& options) {
  write_front(doc, out);
  for (const Block& b : doc.blocks) {
    out += '\n';
    switch (b.type) {
      case BlockType::heading: {
        int level = std::clamp(b.level + 1, 2, 6);
        out += std::string(static_cast<std::size_t>(level), '#');
        out += ' ';
        if (!b.label.empty()) {
          out += escape_markdown(b.label.text, false);
          out += ' ';
        }
        // A heading is one line: its references stand where they were, never wrapped.
        const auto size = static_cast<std::uint32_t>(b.text.size());
        for (const Piece& p : pieces_of(b.text, b.footnote_refs, 0, size))
          out += p.note.empty() ? escape_markdown(p.text, false) : p.note;
        out += '\n';
        break;
      }
      case BlockType::list:
        write_list(b, options, out);
        break;
      case BlockType::table:
      case BlockType::figure: {
        // Kept as lines, the caption first: hard line breaks inside one paragraph.
        bool first = true;
        if (!b.caption.empty()) {
          out += escape_markdown(b.caption, true);
          first = false;
        }
        write_lines(b.text, b.footnote_refs, first, out);
        break;
      }
      case BlockType::paragraph:
        write_paragraph(b, options, out);
        break;
      case BlockType::summary:
        write_summary(b, options, out);
        break;
      case BlockType::back_matter:
        break;  // after the body
    }
  }
  write_back_matter(doc, out);
  bool any_note = false;
  for (const Footnote& n : doc.footnotes) {
    if (n.referenced_by.empty())
      continue;  // a definition nothing refers to would be dropped by readers
    if (!any_note) out += '\n';
    any_note = true;
    // The definition's text is read as blocks: its first word is at a line's start.
    std::vector<Piece> pieces{{n.text, {}}};
    std::string body = render_prose(pieces, options.wrap, "    ");
    out += fmt::format("{}: {}\n", note_label(n.id), body);
  }
}

}  // namespace kbrief
