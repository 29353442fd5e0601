// SPDX-License-Identifier: MIT
// kbrief's document model: a policy brief as structure (pipeline.h builds it).
//
//   bytes --decode--> DecodedText --split_lines--> LineTable --analyse_layout--> Layout
//         --segment_blocks--> Blocks --elements, metadata, footnote links, dates--> Document
//         --emitters and check rules--> JSON, Markdown, CSV, findings
//
//   kbrief::Document doc = kbrief::build_document(std::move(*text), "brief.txt");  // pipeline.h
//   for (const kbrief::Block& b : doc.blocks) std::cout << b.id << ' ' << b.text << '\n';
//
// Ownership and lifetimes: a Document is a plain value. It owns everything it refers to — the
// decoded text, its lines and layout, and every element's text. Nothing in it points outside
// it and nothing in it changes once built, so it can be moved, copied and read from several
// threads freely; views into `decoded.text` live as long as the Document. Lines and columns
// of its offsets come from a PositionFinder (positions.h).
//
// Offsets: inside the library every offset is a byte offset (into `decoded.text`, or into
// an element's `text`); the JSON emitter converts them to code points.
//
// Nothing lost: every non-blank input line belongs to exactly one element — front matter,
// metadata (which keeps the raw line), a block, a footnote, or page furniture — except a
// tail split off a line's end (a copyright notice, an end mark), which belongs to the
// metadata or the furniture. Each element's characters are its lines' characters, minus
// whitespace, minus the markers and labels it records (footnote markers, list labels,
// heading numbers). NFC applies throughout; tests check the property on every sample.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kbrief/blocks.h"
#include "kbrief/dates.h"
#include "kbrief/decode.h"
#include "kbrief/layout.h"
#include "kbrief/lines.h"
#include "kbrief/pdf_info.h"

namespace kbrief {

// Where a run of an element's text came from: bytes [text_begin, …) of the element's text
// are the characters of decoded.text [source_begin, source_end) on line `line` (0-based),
// with each run of whitespace written as one space.
struct TextPiece {
  std::uint32_t text_begin = 0;
  std::uint32_t source_begin = 0, source_end = 0;
  std::uint32_t line = 0;
};

// Where an element stands on one page of a PDF, so that a viewer can highlight it: the union of
// its lines' boxes on that page, in PDF points (1/72 inch), x from the page's left edge and y
// from its top edge, as poppler reports and the page is shown (its rotation applied; PDF user
// space counts y up from the bottom instead). x0 < x1 and y0 < y1: (x0, y0) is the top left.
// A line's box runs from its first word's left edge to its last word's right edge, and from
// the words' highest top (the font's ascent) to their lowest bottom (its descent).
struct PageBox {
  std::uint32_t page = 0;  // 1-based
  float x0 = 0, y0 = 0, x1 = 0, y1 = 0;
};

struct FootnoteRef {
  std::string id;            // "fn7"
  std::string marker;        // the marker as printed: "7)"
  std::uint32_t offset = 0;  // byte offset in the block's text where the marker stood
  std::uint32_t line = 0;    // 0-based line of the marker
};

struct Span {
  std::uint32_t begin = 0, end = 0;  // byte offsets in the block's text, end exclusive
};

// A date expression in an element's text, resolved against the document's reference date and
// the last date before it in the same element (docs/timeline.md).
struct DateMention {
  std::uint32_t offset = 0, length = 0;  // bytes in the element's text
  std::string expression;                // as written in the clean text
  ResolvedDate date;
  Span event;                        // the sentence (or item, or line) that holds it
  int sentence = -1;                 // its index in the block's sentences, if any
  std::size_t line = 0, column = 0;  // 1-based position in the input
};

// A heading's number or a list item's marker as segmentation read it: the text as printed,
// and the style and ordinal it found there, so that no reader parses the text again. An
// unnumbered heading's label is empty (style bullet, ordinal 0).
struct Label {
  std::string text;  // "①", "1.", "◎"; "3" for a lone number set over its heading
  ListStyle style = ListStyle::bullet;
  int ordinal = 0;  // 1 for "1.", "가.", "①"; 0 for bullets
  bool empty() const { return text.empty(); }
};

// Line-initial items are kept in reading order, flat: an item's sub-items are the items after
// it of a deeper level, up to the next item of its level or shallower (the JSON nests them).
struct ListItem {
  Label label;
  Span span;      // the item's text, label excluded
  int level = 1;  // 1 for the list's first marker kind, 2 for the next kind or indentation, …
  std::uint32_t first_line = 0, last_line = 0;  // 0-based
};

struct InlineList {
  ListStyle style = ListStyle::circled;
  std::vector<ListItem> items;
};

struct Block {
  BlockType type = BlockType::paragraph;
  std::string id;    // "h1", "p1", "l1", "s1", "t1": numbered per type in reading order
  std::string text;  // clean text: re-joined, single-spaced, NFC, markers removed
  Label label;       // headings: their number ("1.", "Ⅱ."); empty when unnumbered
  int level = 0;     // headings: 1 for sections, deeper for sub-sections
  std::uint32_t first_line = 0, last_line = 0;  // 0-based
  std::vector<std::uint32_t> pages;             // 1-based, ascending
  std::vector<FootnoteRef> footnote_refs;
  // Paragraphs and summaries; each item of a summary is a sentence of its own.
  std::vector<Span> sentences;
  std::vector<InlineList> lists;        // inline enumerations in paragraphs
  ListStyle style = ListStyle::bullet;  // list blocks: the first item's style
  // List blocks, and summaries made of items (a summary box's bullets): text holds each
  // item on a line of its own, after a summary's lead.
  std::vector<ListItem> items;
  // Summaries: the label printed beside the box's section ("배경과 목적"), not part of
  // `text`; empty when the summary has none.
  std::string title;
  std::string caption;                        // tables
  std::vector<std::string> stranded_markers;  // markers found alone on a line
  std::vector<DateMention> dates;             // in text order
  std::vector<std::uint32_t> source_lines;    // the lines it owns (0-based), ascending
  std::vector<TextPiece> pieces;
  std::vector<PageBox> boxes = {};  // PDF input: one per page it spans, in page order; else empty
};

struct Footnote {
  std::string id;     // "fn7", "fn7-2", "fnu1"
  int number = -1;    // -1 for an unnumbered note
  std::string label;  // "7)" or "*"
  std::string text;
  std::uint32_t first_line = 0, last_line = 0;  // 0-based
  std::vector<std::uint32_t> pages;
  std::vector<std::string> referenced_by;  // ids of blocks that refer to it, in order
  std::vector<Span> sentences;
  std::vector<DateMention> dates;           // in text order
  std::vector<std::uint32_t> source_lines;  // the lines it owns (0-based), ascending
  std::vector<TextPiece> pieces;
  std::vector<PageBox> boxes = {};  // PDF input: one per page it spans, in page order; else empty
};

struct Furniture {
  FurnitureKind kind = FurnitureKind::running_header;
  std::string text;
  std::uint32_t line = 0;  // 0-based
  // PDF input: its line's box (the whole line's, for a tail split off a line); else none.
  std::optional<PageBox> box = std::nullopt;
};

struct FrontMatterLine {
  std::string text;
  std::uint32_t line = 0;  // 0-based
};

struct MetadataSource {
  std::string field;  // "title", "author", "issue", "publication_date", "organization", "copyright"
  std::string text;   // the raw line (or tail) as printed
  std::uint32_t line = 0;  // 0-based
};

struct Metadata {
  std::optional<std::string> title, organization, copyright, issue;
  // The masthead's date as printed (see MetaLine); output writes it as "2024-06-21".
  std::optional<CivilDate> publication_date;
  // The first copyright notice's year ("ⓒKINU 2024" -> 2024); not printed on its own.
  std::optional<int> copyright_year;
  std::vector<Author> authors;  // Author is in blocks.h: segmentation reads the byline
  std::vector<MetadataSource> sources;
  // The writing date that deictic dates resolve against, and where it came from.
  std::optional<ReferenceDate> reference_date;
};

enum class Severity { error, warning, info };
std::string_view to_string(Severity severity);

// One shape for everything kbrief reports: the Document's diagnostics and `kbrief check`'s
// findings alike.
struct Diagnostic {
  Severity severity = Severity::warning;
  std::string rule;  // kebab-case id, e.g. "footnote-undefined"
  std::string message;
  std::size_t line = 0, column = 0;  // 1-based
  std::size_t length = 0;  // code points from `column` that it covers on `line`; 0: a point
  // PDF input: the box of the line it is on (lines carry no position of each character);
  // none for text input, or for a diagnostic about the file rather than a line.
  std::optional<PageBox> box = std::nullopt;
};

// What kind of file the text came from.
enum class SourceFormat { text, pdf };
std::string_view to_string(SourceFormat format);  // "text", "pdf"

struct SourceInfo {
  std::string path;  // as given by the caller; "-" for standard input; a record's id text
  // When the path's bytes are not UTF-8 (a file name from another system), `path` shows each
  // ill-formed sequence as U+FFFD and this holds the bytes in hex, so nothing is lost and no
  // output carries invalid UTF-8; empty otherwise.
  std::string path_bytes;
  // A JSON Lines record's "id" (a JSON string or number, as written in the record), kept so
  // that output carries it back unchanged; empty for a document read from a file.
  std::string id_json;
  SourceFormat format = SourceFormat::text;
  std::string encoding;
  std::size_t bytes = 0;
  std::size_t lines = 0;
  std::size_t pages = 0;
  // A PDF's Info dictionary as read (pdf_info.h); empty for text input.
  PdfInfo pdf_info;
};

struct Document {
  SourceInfo source;
  Metadata metadata;
  std::vector<FrontMatterLine> front_matter;
  std::vector<Block> blocks;
  std::vector<Footnote> footnotes;
  std::vector<Furniture> page_furniture;
  std::vector<Diagnostic> diagnostics;  // by line and column; ties in the order stages ran

  // The input and the stages' results, kept for positions (positions.h) and for emitters.
  DecodedText decoded;
  LineTable line_table;
  // A PDF's lines' geometry, one per line of line_table; empty for text.
  LineGeometryTable line_geometry;
  Layout layout;
};

}  // namespace kbrief
