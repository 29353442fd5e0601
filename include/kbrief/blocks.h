// SPDX-License-Identifier: MIT
// Stage 4 of the pipeline: layout -> blocks. Decides which lines form which element of the
// brief — front matter, metadata, headings, paragraphs, lists, tables, summaries and
// footnotes — and in what order, without yet building their text.
//
// Each element lists the lines it owns in reading order (a drop cap first, a paragraph's
// lines on both sides of a footnote block together), so that the next stage can join them.
// Every content line of the layout ends up in exactly one element.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kbrief/dates.h"
#include "kbrief/layout.h"
#include "kbrief/pdf_info.h"

namespace kbrief {

// back_matter: the publisher's closing matter (a disclaimer, a list of other issues, a
// colophon), one block per contiguous run of its lines. A figure is a region like a table
// (a chart's or diagram's labels, its caption and source note), kept as lines.
enum class BlockType { heading, paragraph, list, summary, table, back_matter, figure };
std::string_view to_string(BlockType type);
// Tables and figures: regions of lines under a caption, never prose.
inline bool is_region(BlockType type) {
  return type == BlockType::table || type == BlockType::figure;
}

// How a list or heading is numbered or marked.
enum class ListStyle {
  decimal,         // 1.
  decimal_paren,   // (1)
  decimal_rparen,  // 1)
  hangul,          // 가.
  hangul_paren,    // (가)
  circled,         // ①
  roman,           // Ⅰ.
  bullet,          // ◎ □ ○ ■ ● • - － – · ㅇ ◦ ▪ ※ ▶ …
  compound,        // Ⅰ-1.  2-3)  (the ordinal is the number after the hyphen)
};
std::string_view to_string(ListStyle style);

// A marker at a line's start: its bytes in the text, its style and its ordinal (1 for "1.",
// "가.", "①"; 0 for bullets).
struct Marker {
  std::uint32_t begin = 0, end = 0;  // the label, e.g. "1." or "◎"
  ListStyle style = ListStyle::bullet;
  int ordinal = 0;
  bool valid() const { return end > begin; }
};

struct ListItemLines {
  Marker marker;
  std::vector<std::uint32_t> lines;
  int level = 1;  // nesting: the list's first marker kind is level 1, the next kind 2, …
  // lines[0] holds only the item's first letter, which starts the word on lines[1].
  bool first_letter_apart = false;
};

// How a paragraph's start was guessed where nothing else marked it (BlockLines::start_guess).
enum class StartGuess : std::uint8_t { none, opener, shortfall };

struct BlockLines {
  BlockType type = BlockType::paragraph;
  std::vector<std::uint32_t> lines;  // owned lines, in reading order
  int level = 0;                     // headings: 1 for sections, 2 for sub-sections, …
  // Numbered headings: "1.", "Ⅰ."; summaries: a side label that shares the lead's first
  // line (layout text), not part of the lead.
  Marker label;
  std::vector<ListItemLines> items;  // lists, and summaries made of items
  // Summaries: lines[0, title_lines) are the label printed beside the box's section
  // ("배경과 목적"), not its text; the lines after them that no item holds are its lead.
  std::size_t title_lines = 0;
  // A summary's lead (or a paragraph's lines): lines after the title that no item holds.
  std::vector<std::uint32_t> lead_lines() const;
  // Tables and figures: the caption's line, or kNoCaption for a table found by its cells
  // alone (its caption is then "").
  static constexpr std::uint32_t kNoCaption = UINT32_MAX;
  std::uint32_t caption_line = 0;
  // Lines that hold nothing but a footnote marker stranded by the extractor ("1)").
  std::vector<std::uint32_t> stranded_markers;
  bool drop_cap = false;  // lines[0] is a drop cap that starts the first word
  // Paragraphs: the line before reaches the margin and ends a sentence, and in a document
  // without indentation or geometry to read, what said that a paragraph starts here: the
  // word this one's first line opens with, or the width it lacks as the document's first
  // lines do. Either is a guess.
  StartGuess start_guess = StartGuess::none;
  // Unnumbered headings in text: the level is the sub-heading's before it, read from position
  // alone, which a count of points found under it later corrects.
  bool level_guessed = false;
};

struct FootnoteLines {
  int number = -1;    // printed number; -1 for an unnumbered "*" note
  std::string id;     // "fn7", "fn7-2" for a duplicate, "fnu1" for "*" notes
  Marker label;       // "7)" or "*" in the first line
  bool bare = false;  // labelled "7 text": its markers are bare superscripts ("워게임7과")
  std::vector<std::uint32_t> lines;  // definition and continuation lines, across pages too
};

enum class MetaField { title, author, issue, publication_date, organization };
std::string_view to_string(MetaField field);

struct MetaLine {
  MetaField field = MetaField::title;
  std::uint32_t line = 0;
  // What a masthead line says, as segmentation read it: "제1996호(24-23)", the full date
  // ("2024년 6월 21일", "2024. 6. 21."), the organization after "발행처". An issue line may
  // carry the date too. Empty for title and author lines. The date is as printed: a day
  // the month does not have ("2월 30일") is kept, and is no date to resolve others against.
  std::optional<std::string> issue;
  std::optional<CivilDate> publication_date;
  std::optional<std::string> organization;
  // The line is page furniture (a running header that prints the issue number on every
  // page): the fact is read from it, the line stays furniture and is no metadata source.
  bool page_furniture = false;
};

// One author of the byline, as segmentation read the author lines.
struct Author {
  std::string name;  // letter spacing removed: "김 민 성" -> "김민성"
  std::optional<std::string> affiliation, position, email;
};

struct Blocks {
  std::vector<BlockLines> blocks;  // reading order (by first line)
  std::vector<FootnoteLines> footnotes;
  std::vector<std::uint32_t> front_matter;  // lines before the body that are not metadata
  std::vector<MetaLine> metadata;           // lines parsed into metadata, in line order
  std::vector<Author> authors;              // the byline's authors, in the order printed
};

// Segments the layout's content lines into elements. Never fails. A PDF's lines' geometry,
// where given (one per line), is further evidence for paragraph starts, headings and the
// title; its Info dictionary, for the title and the byline.
Blocks segment_blocks(std::string_view text, const LineTable& table, const Layout& layout,
                      const LineGeometryTable& geometry = {}, const PdfInfo& info = {});

}  // namespace kbrief
