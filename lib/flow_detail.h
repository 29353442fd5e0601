// SPDX-License-Identifier: MIT
// The body's flow: what remains once footnotes, furniture and the front page's metadata are
// out of the way, read line by line into headings, paragraphs, lists, figures and tables.
// Private to segmentation (segment_flow in blocks_detail.h is its one entry).
//
// A paragraph goes on until a line that is both short of the body's full width and ends a
// sentence; page breaks, footnote blocks and furniture between its lines do not end it.
// A short line without a sentence's end, standing after finished text, is a heading; a
// line starting with a marker is a list item when it can start or continue a list; a
// caption opens a figure or a table that runs over its cells to its notes.
//
// One Flow reads the free lines once, in reading order (step() per line), then settles what
// only the whole body shows (levels, counted points, the first page's summary). Its rules
// live in one source per kind of block, named in the sections below.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "blocks_detail.h"
#include "body_type.h"
#include "heading_levels.h"
#include "markers.h"
#include "paragraph_starts.h"
#include "running_median.h"
#include "unnumbered_levels.h"

namespace kbrief::detail {

// A line of one or two digits alone: a page or section number the extractor set apart.
bool is_lone_number(std::string_view t);
// A single letter alone on a line: a drop cap the extractor set apart from its word.
bool is_drop_cap(std::string_view t);
// Whether a line leaves its text open (a comma, a colon, an opening bracket, a dash): the
// next line goes on with it, so it is no heading and ends no block.
bool ends_open(std::string_view t);

// One level of the open list: its marker kind and count so far.
struct ListLevel {
  ListStyle style;
  int ordinal;
  std::string label;
  int indent;      // of its first item's line
  bool by_indent;  // opened by indentation, under a level of the same kind
};

class Flow {
 public:
  Flow(Ctx& ctx, Blocks& out);
  void run();

 private:
  std::string_view text(std::uint32_t i) const { return ctx_.line(i); }

  bool bracket_open(std::uint32_t i) const { return ctx_.bracket_open(i); }

  BlockLines* open() {
    return open_ >= 0 ? &out_.blocks[static_cast<std::size_t>(open_)] : nullptr;
  }

  std::uint32_t last_line() {
    return open()->items.empty() ? open()->lines.back() : open()->items.back().lines.back();
  }

  // Whether what is open has come to an end, so that a new block may start.
  bool settled() {
    if (!open()) return true;
    if (finished_) return true;
    return open()->type == BlockType::heading || is_region(open()->type);
  }

  // For headings: the text before ends a sentence even if its line is full.
  bool sentence_closed() { return settled() || ctx_.ends_sentence(last_line()); }

  // The free line after the one at pos_, if any.
  std::optional<std::uint32_t> next_line() const {
    return pos_ + 1 < lines_.size() ? std::optional<std::uint32_t>(lines_[pos_ + 1]) : std::nullopt;
  }

  // --- Reading the lines (flow.cc): stray markers, drop caps, prose and where paragraphs start.

  // Hangul syllables alone on their lines, one after another on a page (blank lines between
  // them aside): a word set letter-spaced ("요   약"), which the extractor parted letter by
  // letter. How many start at pos_: 2 to kMostSpacedLetters make such a word; 0 or 1, none.
  // (A drop cap is one such letter before a full line.)
  static constexpr std::size_t kMostSpacedLetters = 4;
  std::size_t letter_spaced_run() const;
  // The word of the `n` letters from pos_ on, read as a heading of its own (a report's
  // "요 약" over its summary); pos_ moves to its last letter.
  void open_letter_spaced_heading(std::size_t n);
  // A margin label (Line::margin_label) is a side heading over what follows it, set apart by
  // its place on the page whatever its type; its further lines go on with the heading its
  // first line opened. Whether line i was taken so.
  bool takes_margin_label(std::uint32_t i, std::string_view t);
  // A heading that its place on the page sets apart (a margin label, a letter-spaced word):
  // opened at line i, its level from its type in a PDF (1 in text), and finished.
  BlockLines& open_placed_heading(std::uint32_t i);

  // A footnote marker alone on its line: "7)", or "1000)" when the notes are numbered so far.
  bool is_stranded(std::string_view t) const;

  // Reads line i, the line at pos_: into the open block, a new one, or the open region.
  void step(std::uint32_t i);

  // How a line is known to start a paragraph: not at all, by its indentation (or a blank
  // line and indentation together), or by a guess from the word it opens with or the width
  // it lacks.
  enum class ParagraphStart { none, indented, guessed_by_opener, guessed_by_shortfall };

  // Whether the line at pos_ starts a paragraph although the open one's last line reaches
  // the margin: that line ends a sentence, and this one is indented as first lines are or,
  // in a document without indentation to read, falls short of the margin as the document's
  // first lines do, or opens with a word that opens the document's paragraphs (a guess). An
  // indented line set apart by a blank line starts one even where the document's indentation
  // alone says nothing: the two signs together do.
  ParagraphStart paragraph_start();

  // Whether line i, the latest of the open block, is short of a full line: measured
  // against the body's width, or against the block's own lines when they run wider (a
  // summary box spanning two columns).
  // A list's items are indented, so once items have wrapped in the document, a full item
  // line is as wide as those wrapped lines, not as the body's.
  bool short_in_block(std::uint32_t i);

  // Whether line i, the latest of an open paragraph in plain text, reaches the margin by the
  // layout's measure yet falls short of every other line of its paragraph after the first
  // (three at least) by as much as the document's full lines vary
  // (ParagraphStarts::full_line_spread), and ends a sentence with a period before a full
  // line: it is the paragraph's last line.
  bool narrower_than_its_paragraph(std::uint32_t i);

  // A block is finished by a short line that ends a sentence (a list item by any short
  // line: items often end in a noun), never by one that leaves a bracket open.
  void after_text_line(std::uint32_t i);

  // Opens a block of `type` at line i (closing an open region), and hands it a drop cap or
  // stray markers waiting for it.
  BlockLines& start(BlockType type, std::uint32_t i);

  // Markers or a drop cap waiting for a block that never came go to the last block; with no
  // block at all, they make a paragraph of their own.
  void adopt_leftovers();
  // Paragraphs that are data, not prose, are tables without a caption: four lines or more,
  // no sentence end among them, and nearly half their letters and digits digits (a table's
  // rows of figures under its row labels, which no caption introduced).
  void mark_uncaptioned_tables();

  // --- Headings (flow_headings.cc): which short lines stand apart, and at what level.

  // A short line that could stand alone: no sentence end, nothing left open (a bracket, a
  // comma), and no wrap cue saying the line goes on. In a PDF a numbered line set in type
  // more prominent than the body's stands apart as a heading however wide it runs.
  // `any_width`: the width says nothing (other evidence set the line apart).
  bool heading_candidate(std::uint32_t i, bool numbered = false, bool any_width = false) const;

  // Whether the line at pos_ is one of three short lines or more set one right under the
  // other in text (no blank line, no other line between), none a sentence's end nor an item,
  // with blank lines above and below them: a column of a table's cells that the extractor
  // took apart and set as a block of its own. Headings that a document stacks so (text
  // without blank lines) go on into their text; a column set apart by blank lines does not.
  bool in_cell_column() const;

  // Whether a PDF sets line i, which ends short, and the line right under it on its page
  // smaller than the body: a numbered line so is a cell of a table or chart whose caption the
  // reading order put after it, never a heading, whose text follows in the body's type (a
  // line under a heading in its own small type is that heading's wrap, under a long line).
  bool opens_small_print(std::uint32_t i) const;

  // Whether the line after the one at pos_ opens with a particle that only ends a word: it
  // goes on with the word this line ended (a paragraph's first words set apart), so this
  // line is no heading.
  bool next_goes_on_with_word() const;

  // Whether the line at pos_ is one word of a justified line the extractor split at its wide
  // spaces: it and the lines after it on its page are single words, up to one that leaves
  // its phrase open ("분류(가상,"). Such a word is no heading.
  bool opens_split_line() const;

  // Whether line i, in text without type sizes, is the last of its page's body text.
  bool ends_page_text(std::uint32_t i) const;

  // A short line that ends its page's text, after finished prose, is the end of the page's
  // last footnote when that note is unfinished (its last lines set in the next column): taken
  // into the note, it is no heading with nothing under it.
  bool ends_unfinished_note(std::uint32_t i);
  // The last note whose first line comes before line i; null when there is none.
  FootnoteLines* note_before(std::uint32_t i);
  // The rest of a note the page before left unfinished, set at this page's foot: the line at
  // pos_ follows finished prose, opens with a word's ending (a particle no word starts with,
  // "를 시청하며"), and stands among its page's last kMostNoteRestLines lines. Taken, with
  // the page's lines after it, into that note.
  static constexpr std::size_t kMostNoteRestLines = 4;
  bool continues_note_from_page_before(std::uint32_t i);

  // Whether the line at pos_ opens prose set in a narrow column (beside a figure): the
  // short lines that run on from it, no blank line between, no marker, wrap a sentence that
  // ends on the third line or later (not on the one right after it), or run to one right
  // edge, four lines in a row, as a justified column does (its sentence may end past it).
  bool opens_narrow_prose() const;

  int right_edge(std::uint32_t i) const { return ctx_.layout.lines[i].indent + ctx_.width(i); }

  // Whether line i is set in the type, larger than the body's, of two headings or more
  // found before: the document's own heading type, where one heading may be a stray label.
  bool set_as_a_heading(std::uint32_t i) const;

  // Counts a heading's type, kept by its first line.
  void note_heading_type(std::uint32_t i);

  // The level of an unnumbered heading right above the block about to start: the last
  // block, or the one before it when that is a single paragraph (a section's lead-in);
  // 0 when there is none.
  int unnumbered_heading_above() const;

  // An unnumbered heading's level in text input, where no type size ranks it: from where it
  // stands among the headings before it. The heading right above
  // may show itself a section heading by having this one right under it, and its level is set
  // again.
  int unnumbered_level(std::string_view t, bool under_heading);

  void finish_heading(BlockLines& h);

  // A single unpunctuated line between a heading and a list is the list's sub-heading (a
  // summary box's bold lead-in), whatever its width.
  void promote_lead_in_to_heading();

  // Whether the next marker of this one's kind (its number's punctuation alike) numbers the
  // next item as a heading does, after prose of its own: the document numbers its headings
  // so, and this line opens that numbering, however wide it runs, rather than a list.
  // `short_next`: the next one must be short of a full line itself.
  bool opens_heading_numbering(const Marker& m, std::string_view label, bool short_next) const;

  // In text, reading order may take a page's columns out of turn (pdftotext without -layout
  // reads a right column's top before the left column's end), and their numbered headings
  // with them. Whether marker `m` (printed `label`), in the style of the document's open
  // heading numbering, is one of a count that its page completes out of order: the page's
  // lines of its kind that stand apart as headings do (a blank line before, after a
  // finished sentence or a short line, no sentence of their own) are numbered 1 to k, each
  // once, k >= 2, not in reading order.
  bool completes_page_numbering(const Marker& m, std::string_view label) const;

  // A heading that runs to the margin goes on to the next line when that line follows
  // straight on (no space between), short and unpunctuated: the heading's wrapped end.
  void take_heading_wrap(BlockLines& h);

  // --- Lists (flow_lists.cc): items, their nesting and their wrapped lines.

  // Whether line i, with a blank line above it, is set in a size other than the open list
  // item's first line (by the body's yardstick).
  bool leaves_item_type(std::uint32_t i) const;

  // Whether the open list's items, two or more, each closed a sentence on its one line (a
  // box of statements, one a line): the unmarked line after them is prose of its own, not a
  // second sentence of the last item, however wide that item's line ran.
  bool items_closed_on_their_lines() const;

  // Whether line i stops inside a word of Hangul, which a wrapped "다. " may end.
  bool ends_in_hangul_word(std::uint32_t i) const;

  // In layout text a wrapped item's lines hang under its text, deeper than its marker: a
  // line right under the item's last one, so indented, goes on with the item however short
  // that line was (a box narrower than the body ends its lines early).
  bool hangs_under_item(std::uint32_t i);

  // The column where an item's text starts after its marker (a wide marker such as "－"
  // may set it up to kSubListIndent further on the page).
  int item_text_column(const ListItemLines& item) const;

  // Line-initial markers: a list item when the marker continues the open list or can start
  // one after finished text; a numbered heading when it is short, unpunctuated, and not
  // followed by a sibling item.
  bool list_item(std::uint32_t i, const Marker& m);

  // An item whose text is one letter on its marker's line ("◎생"): the extractor set the
  // item's first letter apart, as it does a drop cap, and the next line goes on with its word.
  void take_split_first_word(BlockLines& list);

  bool sibling_follows(const Marker& m) const;

  // Whether the marker is the next item at some level of the open list.
  bool continues_list(const Marker& m, std::string_view label) const;

  // The nesting level the marker on line i takes in the open list, or 0 when it cannot
  // continue it. A new marker kind opens a level under the open ones; so does the innermost
  // kind's marker set deeper on the page (a sub-list of the same bullet), and a level opened
  // that way closes when a line comes back out to the indentation above it.
  int list_level(std::uint32_t i, const Marker& m, std::string_view label, bool item_finished);

  // Whether line i is indented under the items of `level`, as sub-items are: a few
  // characters deeper on the same page (further would be another column).
  bool indented_under(const ListLevel& level, std::uint32_t i);

  // --- Figures and tables (flow_regions.cc): a caption's region, its cells and notes.

  // A caption opens a figure or a table, as its word says. A caption printed under its
  // region takes the region's lines before it; cells then no longer follow it, only notes.
  void start_table(std::uint32_t i);

  // In text, whose type says nothing of cells, the note that closes the region opened by the
  // caption at pos_: the first note line before any other caption and before the next
  // number of the document's headings. The lines up to it, however wide they run, are the
  // region's (a PDF sets them in smaller type than the body's). Each line is read by the
  // scan from the nearest caption above it only.
  std::optional<std::size_t> region_note_ahead() const;

  // A line clearly wider than the body's full lines is set in smaller type: in text, where
  // nothing else tells the type, a cell or a boxed excerpt.
  bool wider_than_body(std::uint32_t i) const;

  bool text_cell(std::uint32_t i) const { return !body_.known() && wider_than_body(i); }

  // Whether the region's line `last`, set in smaller type, runs on into the next: wider than
  // the body's lines, it ends no sentence.
  bool runs_on_from(std::uint32_t last) const;

  // Whether line i is the wrap of the note line `last`, which ends no sentence: in a PDF, set
  // in the note's smaller type; in text, after a line wider than the body's, or after a full
  // line with no blank line between.
  bool note_runs_on(std::uint32_t last, std::uint32_t i) const;

  // Whether a PDF sets line i above the open region's first note on the note's page: a cell
  // its text layer reads after the note (a table's right column), not the text after it.
  bool set_above_note(std::uint32_t i) const;

  // A PDF's line set in smaller type than the body's, as a table's cells are: even as wide
  // as prose, it is no prose that ends the region.
  bool cell_type(std::uint32_t i) const { return body_.smaller(i); }

  void count_cell(std::uint32_t i);

  // The bullet symbol line i opens with, or "" when it opens with none.
  std::string_view bullet_of(std::uint32_t i) const;

  // Whether line i is one more item of a list the region's cells hold: it opens with the
  // bullet that opened two of its cells or more, right under the cell before it.
  bool goes_on_with_cell_items(std::uint32_t i, std::uint32_t last) const;

  // Whether every cell read so far, and at least kTypedCells of them, is set in type smaller
  // than the body's: a line of the body's type or larger then leaves the region (a heading,
  // prose), however short, if it holds a letter (not a lone symbol from another font). Fewer may be
  // a unit line or a heading over the region's image.
  bool cells_in_cell_type() const { return cells_ >= kTypedCells && small_cells_ == cells_; }

  // Whether, in a PDF, line i is set in type larger than any cell of the region so far (its
  // caption aside: a caption's type says nothing of its cells'), and no smaller than the
  // body's (a unit note over a table's columns is set a little larger than its cells).
  bool larger_than_region(std::uint32_t i, const BlockLines& region) const;

  // Whether, in a PDF, caption line i is printed above the lines that reading order put
  // before it: the head of a table over its cells, which its cells still follow.
  bool stands_above(std::uint32_t i, const std::vector<std::uint32_t>& lines) const;

  // Whether a block read so far could be labels of a figure or cells of a table: lines
  // short of the body's width, none of them ending a sentence, and no numbered heading.
  bool could_be_region_lines(const BlockLines& b) const;
  // Whether out_.blocks[k], a numbered heading, numbers a box of a diagram rather than the
  // document: lines that could be cells, right after a block of such lines (a list, or no
  // numbered heading) on its page. A heading of the document's own follows prose, another
  // numbered heading, or opens its page.
  bool numbers_a_cell(std::size_t k) const;

  // Layout text sets a table's or a diagram's cells side by side, three blanks or more apart;
  // prose, its columns read apart, has single spaces.
  static bool holds_cells_set_apart(std::string_view t);
  // could_be_region_lines() but for its numbered heading: the lines alone.
  bool lines_could_be_cells(const BlockLines& b) const;

  // The lines of a region printed above its caption (line i): the blocks since the last
  // finished prose on the caption's page, when all could be region lines and there are at
  // least two of them (one short line is a heading over the caption, not a region).
  std::vector<std::uint32_t> take_region_above(std::uint32_t i);

  // In text, a region that ran over a page break and meets prose (line i) on the new page
  // within a few lines: those lines are the page's own, a heading and the prose's opening
  // line, not cells. Closes the region without them and steps back so the flow reads them
  // again; whether it did.
  bool reread_page_head(BlockLines& region, std::uint32_t i);
  static constexpr std::size_t kMostPageHeadLines = 3;

  // Whether line i opens with the next number after a label that opens a line of the region
  // ("Ⅱ." under its "Ⅰ." row): one more row of the region's own numbering, however wide it
  // runs, that ends no sentence.
  bool numbers_on_from_region(std::uint32_t i, const BlockLines& region) const;

  // Cells go on until a note line (kept) or a line as wide as prose (not kept; a short
  // unpunctuated line just before it is handed back as a heading).
  bool continue_table(std::uint32_t i);

  // Whether most cells before the last stand apart with blank lines between them, so that
  // a blank line before the last one sets no heading apart.
  bool cells_set_apart(const BlockLines& table) const;

  // Whether a block's lines end a sentence somewhere: prose, not a table's cells read as a
  // paragraph.
  bool holds_a_sentence_end(const BlockLines& b) const;

  // Whether line i, after a caption that cut a paragraph short, is that paragraph's text:
  // on the caption's page, with a letter, and in a PDF in the body's type (a figure's
  // labels are smaller).
  bool continues_interrupted(std::uint32_t i) const;

  // Ends the open region: what comes next is read as the body's again.
  void close_table();

  // --- Summaries (flow_summaries.cc): the first page's summary prose or box of items.

  // Prose set apart on the first page, after the byline and before any heading, ending
  // there, and citing no footnote, is the brief's summary.
  void mark_summaries();

  // A summary under its own title: the first page's blocks are unnumbered headings (a
  // label, a title: "Abstract" over a journal article's title in English) and then prose,
  // all ending on that page and citing no note, and the body opens on a later page with a
  // numbered heading. Each paragraph becomes a summary, the first titled by the headings.
  void mark_titled_summary();

  // Whether a block's lines carry a marker of a footnote that was found.
  bool cites_a_note(const BlockLines& b) const;

  // A summary box of items: the first page's blocks are short labels, lead lines and lists,
  // none of them prose that ends a sentence or a numbered heading, none citing a note, all
  // ending on that page; and the body starts afresh on a later page with a paragraph of its
  // own. The box opens at most two blocks (a section's label and lead) before its first
  // items; each of its sections (a label, its lead, its items with their sub-items) becomes
  // one summary. Blocks before it (a byline the front matter missed) stay as they are.
  void mark_summary_box();

  // In layout text a box's side label shares its line with the lead, apart by a column gap
  // (three spaces or more) after a few words: the label's end, when line i so starts.
  std::optional<std::uint32_t> side_label_end(std::uint32_t i) const;

  // Where the box opens, before its first items: its lead lines run straight into them (no
  // blank line between), and a heading set apart above the lead, not to its right (a byline
  // is), is the section's label.
  std::size_t box_start(std::size_t first_items) const;

  // A section opens with the box or after items, set apart by a blank line (a line that
  // runs straight on from an item is the rest of the item, cut short by the box's width);
  // a heading that opens a section is its title.
  void add_to_box(std::vector<BlockLines>& box, BlockLines b) const;

  // --- State.

  Ctx& ctx_;
  Blocks& out_;
  std::vector<std::uint32_t> lines_;
  ParagraphStarts starts_;         // evidence for starts after lines that reach the margin
  BodyType body_;                  // the body's typical type, for a PDF's headings
  std::vector<int> note_numbers_;  // of the footnotes found, ascending
  std::size_t pos_ = 0;
  int open_ = -1;
  bool finished_ = true;
  bool table_open_ = false;
  bool table_note_seen_ = false;
  bool caption_below_ = false;  // the open region's lines came before its caption
  // The open region's cells (its lines but the caption and notes), and of them those set in
  // smaller type than the body's (a PDF's).
  std::size_t cells_ = 0, small_cells_ = 0;
  // Of them, those that open with the bullet the first bulleted cell opened with.
  std::size_t bulleted_cells_ = 0;
  std::string_view cell_bullet_;
  std::uint32_t first_note_ = 0;  // the open region's first note line, once seen
  std::uint32_t last_note_ = 0;   // and its last note line (or a note's wrapped line)
  // In text, where in lines_ the note that closes the open region stands, when one does.
  std::optional<std::size_t> note_ahead_;
  int interrupted_ = -1;  // the paragraph the open region's caption cut short, if any
  bool last_was_heading_ = false;
  int previous_heading_level_ = 0;  // of the last numbered heading, or the first of a run
  std::optional<std::uint32_t> pending_drop_cap_;
  std::vector<std::uint32_t> pending_markers_;
  HeadingLevels levels_;
  UnnumberedLevels unnumbered_levels_;
  // A PDF's heading types, larger than the body's: a first line of each, and how many.
  std::vector<std::pair<std::uint32_t, int>> heading_types_;
  // completes_page_numbering()'s last answer, the same for every line of its page and kind:
  // a page is read for it once.
  struct PageNumbering {
    std::uint32_t page = 0;
    ListStyle style = ListStyle::bullet;
    std::string label;
    bool completes = false;
  };
  mutable std::optional<PageNumbering> page_numbering_;
  // How much deeper than its parent's a sub-item's marker is set, in characters.
  static constexpr int kSubListIndent = 2;
  static constexpr std::size_t kTypedCells = 3;
  // opens_split_line(): the most words of one line that the extractor set on lines apart.
  static constexpr std::size_t kSplitLineWords = 4;
  // mark_uncaptioned_tables(): the fewest lines, and the share of digits (percent).
  static constexpr std::size_t kUncaptionedRows = 4;
  static constexpr std::size_t kUncaptionedDigitShare = 45;
  // How much wider than the body's full lines, in percent, a text line set in smaller type
  // runs: the body's own full lines keep within the 8% its width was measured over.
  static constexpr int kSmallTypeMargin = 10;
  // How far on a numbered line looks for the next number of its kind, in lines.
  static constexpr std::size_t kNumberingLookahead = 80;
  // How far opens_narrow_prose() looks for a sentence's end, in lines.
  static constexpr std::size_t kNarrowProseLines = 8;
  // A justified column: this many lines in a row whose right edges lie within kJustifiedSlack
  // columns of each other (text widths differ by a space's stretch and half-width letters),
  // a quarter of the body's measure from the margin or more (a few words each: short
  // headings in a row may end alike by chance).
  static constexpr std::size_t kJustifiedLines = 4;
  static constexpr int kJustifiedSlack = 3;
  // The fewest short lines stacked without a blank line that in_cell_column() reads as cells.
  static constexpr std::size_t kCellColumnLines = 3;
  // How far in_cell_column() looks up and down for the ends of a column.
  static constexpr std::size_t kCellColumnReach = 12;
  // The most characters a box's side label has ("배경과 목적" has 6).
  static constexpr std::size_t kSideLabelLength = 10;
  std::vector<ListLevel> list_stack_;
  RunningMedian list_wrap_widths_;
  // The open block's line widths for short_in_block: of which block, and how many lines.
  RunningMedian block_widths_;
  int median_block_ = -1;
  std::size_t median_lines_ = 0;
  // The open paragraph's narrowest line after its first, for narrower_than_its_paragraph: of
  // which block, and how many of its lines it has read.
  int narrowest_ = 0;
  int narrowest_block_ = -1;
  std::size_t narrowest_lines_ = 0;
};

}  // namespace kbrief::detail
