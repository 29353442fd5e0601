// SPDX-License-Identifier: MIT
// Footnote definitions ("7) text" at a page's bottom) and the lines they extend over.
//
// A definition is a line starting "N)" (or a label alone on its line whose text follows on the
// next, when a marker elsewhere refers to it) whose number continues the document's sequence and
// is referenced by a glued marker somewhere, or that sits inside a footnote block: after
// another note, or just before the next note's definition (a note no marker points at is
// still a note, which check reports as unused). Four digits and more ("1000)") are read
// only as the sequence's next number: "2024) " at a line's start is a year. It goes
// on over the following lines until the next definition, until it is finished (it ends
// with a period on a line shorter than a full footnote line), or until the page or column
// ends; an unfinished note continues in the next footnote block, just before its first
// definition.
#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <string>

#include "blocks_detail.h"
#include "footnote_type.h"
#include "layout_detail.h"
#include "markers.h"
#include "morphology.h"
#include "punctuation.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

// The most lines a note cut off by a page break is found to go on over on the next page.
constexpr std::size_t kMostContinuedLines = 4;

struct Candidate {
  int number = -1;  // -1: an unnumbered "*" note
  Marker label;
  bool bare = false;  // the label alone on its line, its text on the next ("2)\t" then the note)
  bool bare_number = false;  // "1 text": a superscript number without ")"
  int digits() const { return static_cast<int>(label.end - label.begin) - 1; }
};

// Where a star glued to a word was seen: whether one ends a line ("김 창 호*"), which vouches
// for "* note" lines anywhere, and the lines where one ends a word after a letter
// ("DNAS* 기술"), which vouch for a star note below them on their page only, with or without
// a space ("*Data, …"); a star after a digit in mid-line ("2.15* 3.1") marks significance.
struct StarReferences {
  bool line_end = false;
  std::vector<std::uint32_t> after_letter;  // ascending
};

// "7) text": the number and the label's bytes. `star_at_line_end`: a star ends a line
// somewhere; `star_above`: a star glued after a letter ends a word above this line on its
// page.
std::optional<Candidate> definition_candidate(std::string_view t, bool star_at_line_end,
                                              bool star_above) {
  // "1)   2)": the markers of a line that refers to two notes, stranded together, define none.
  if (stranded_labels(t, kFootnoteSequenceDigits).size() > 1) return std::nullopt;
  if (std::optional<Marker> label = footnote_label(t, kFootnoteSequenceDigits))
    return Candidate{label->ordinal, *label};
  if (std::optional<Marker> label = stranded_label(t, kFootnoteSequenceDigits))
    return Candidate{label->ordinal, *label, true};
  if (std::optional<Marker> label = bare_footnote_label(t))
    return Candidate{label->ordinal, *label, false, true};
  // "* 설명", or "*Data, …" under its reference; a source line ("* 출처: …") is no note.
  bool spaced = t.size() > 2 && t[1] == ' ';
  if (t.size() > 2 && t[0] == '*' && t[1] != '*' && ((spaced && star_at_line_end) || star_above) &&
      !is_table_note(t)) {
    Candidate c;
    c.label = Marker{0, 1, ListStyle::bullet, 0};
    return c;
  }
  return std::nullopt;
}

// Whether a star glued to a word ends `t` (after anything but a space); sets `after_letter`
// when a star after a letter ends a word of `t`, before a space or at the end. A line that
// also carries "**" ranks its stars ("김선준* 노상현**": a byline's affiliation marks), which
// vouch for no note.
bool star_at_end(std::string_view t, bool& after_letter) {
  std::size_t first = t.find("**") == std::string_view::npos ? t.find('*', 1) : t.npos;
  for (std::size_t at = first; at != std::string_view::npos; at = t.find('*', at + 1)) {
    std::size_t k = at;
    char32_t before = prev_code_point(t, k);
    if ((at + 1 == t.size() || t[at + 1] == ' ') && is_letter(before)) after_letter = true;
  }
  return t.size() > 1 && t.back() == '*' && t[t.size() - 2] != ' ' && t[t.size() - 2] != '*';
}

bool starts_with_url(std::string_view t) {
  if (!t.empty() && t.front() == '<') t.remove_prefix(1);
  return t.starts_with("http://") || t.starts_with("https://") || t.starts_with("www.");
}

struct Assignment {
  std::vector<FootnoteLines> notes;
};

// What the lines say before any note is taken, the same for both passes: the markers that
// refer to each number, and each line's definition candidate.
class NoteEvidence {
 public:
  NoteEvidence(const Ctx& ctx, const FootnoteType& type) : ctx_(ctx), type_(type) {
    collect_references();
    candidates_.resize(ctx_.layout.lines.size());
    for (std::size_t k = 0; k < ctx_.content.size(); ++k) {
      std::uint32_t i = ctx_.content[k];
      auto& c = candidates_[i];
      c = definition_candidate(ctx_.line(i), stars_.line_end, star_above(i));
      // "1 text" is considered only under a bare marker of its number, and leaves the other
      // notes' evidence alone.
      if (c && c->bare_number && !type_.at_foot(i) && !bare_marker_above(i, c->number)) c.reset();
      if (c && !c->bare_number) candidate_positions_[c->number].push_back(k);
    }
  }

  const std::optional<Candidate>& candidate(std::uint32_t line) const { return candidates_[line]; }

  // Whether a line after content[k] may define `number`.
  bool later_candidate(std::size_t k, int number) const {
    auto it = candidate_positions_.find(number);
    return it != candidate_positions_.end() && it->second.back() > k;
  }

  int references(int number) const {
    auto it = references_.find(number);
    return it == references_.end() ? 0 : it->second;
  }

 private:
  void collect_references() {
    for (std::uint32_t i : ctx_.content) {
      std::string_view t = ctx_.line(i);
      for (const GluedMarker& m : glued_markers(t, kFootnoteSequenceDigits))
        ++references_[m.number];
      for (const Marker& m : stranded_labels(t, kFootnoteSequenceDigits)) ++references_[m.ordinal];
      // "김 창 호*", "DNAS* 기술": a star glued to a word, ending it, refers to an unnumbered
      // note.
      bool after_letter = false;
      if (star_at_end(t, after_letter)) stars_.line_end = true;
      if (after_letter) stars_.after_letter.push_back(i);
    }
  }

  // Bare markers ("워게임1과") are looked for only once a "1 …" line could be their note: most
  // documents have none, and the scan would read every line for them.
  bool bare_marker_above(std::uint32_t line, int number) {
    if (!bare_scanned_) {
      bare_scanned_ = true;
      for (std::uint32_t i : ctx_.content)
        for (const GluedMarker& m : bare_markers(ctx_.line(i)))
          bare_references_[m.number].push_back(i);
    }
    auto it = bare_references_.find(number);
    if (it == bare_references_.end()) return false;
    return std::any_of(it->second.begin(), it->second.end(), [&](std::uint32_t l) {
      return l < line && ctx_.page(l) == ctx_.page(line);
    });
  }

  bool star_above(std::uint32_t line) const {
    auto it = std::lower_bound(stars_.after_letter.begin(), stars_.after_letter.end(), line);
    return it != stars_.after_letter.begin() && ctx_.page(*std::prev(it)) == ctx_.page(line);
  }

  const Ctx& ctx_;
  const FootnoteType& type_;
  std::map<int, int> references_;
  StarReferences stars_;
  std::map<int, std::vector<std::uint32_t>> bare_references_;  // number -> lines, ascending
  bool bare_scanned_ = false;
  std::vector<std::optional<Candidate>> candidates_;  // per line
  // Per number, the positions in ctx_.content of the lines that may define it, ascending.
  std::map<int, std::vector<std::size_t>> candidate_positions_;
};

class Assigner {
 public:
  Assigner(const Ctx& ctx, const FootnoteType& type, const NoteEvidence& evidence,
           int finished_limit)
      : ctx_(ctx), type_(type), evidence_(evidence), finished_limit_(finished_limit) {}

  Assignment run() {
    assigned_.resize(ctx_.layout.lines.size());
    for (std::size_t k = 0; k < ctx_.content.size(); ++k) step(k);
    return std::move(out_);
  }

 private:
  bool later_candidate(std::size_t k, int number) const {
    return evidence_.later_candidate(k, number);
  }
  int references(int number) const { return evidence_.references(number); }

  // Whether the first definition after content[k] is that of `number` + 1, referenced, in
  // the same region with no blank line between: content[k] opens a footnote block.
  bool opens_block(std::size_t k, int number) const {
    std::uint32_t prev = ctx_.content[k];
    for (std::size_t m = k + 1; m < ctx_.content.size(); ++m) {
      std::uint32_t l = ctx_.content[m];
      if (!same_region(prev, l) || (!ctx_.layout.double_spaced && ctx_.blank_between(prev, l)))
        return false;
      if (const auto& c = evidence_.candidate(l))
        return c->number == number + 1 && references(c->number);
      prev = l;
    }
    return false;
  }

  // Whether, from content[k] on, the lines run without a blank line to the definition of the
  // next note of the sequence, or to their page's end when the open note's block cut the
  // body's sentence short above it: either way they are the foot of the page, a note's own
  // list or quotation. Double-spaced text, whose blank lines say nothing, has no such run.
  bool rest_of_note_block(std::size_t k) const {
    if (ctx_.layout.double_spaced) return false;
    std::uint32_t prev = ctx_.content[k - 1];
    for (std::size_t m = k; m < ctx_.content.size(); ++m) {
      std::uint32_t l = ctx_.content[m];
      if (ctx_.page(l) != ctx_.page(prev)) return block_cuts_body_;
      if (!same_region(prev, l) || ctx_.blank_between(prev, l)) return false;
      if (const auto& c = evidence_.candidate(l); c && !c->bare_number)
        return c->number == last_ + 1 && references(c->number) > 0;
      prev = l;
    }
    return block_cuts_body_;
  }

  bool accept(std::size_t k, const Candidate& c, bool in_block) const {
    if (c.number < 0) return true;
    // Small type at the page's foot vouches for a note the text rules cannot: one no marker
    // refers to, or one whose marker the extractor lost.
    if (type_.at_foot(ctx_.content[k]) && !c.bare && c.number > last_ &&
        c.number <= last_ + (c.bare_number ? 1 : 5))
      return true;
    int refs = references(c.number);
    // A label alone on its line is also what a marker stranded by the extractor looks like
    // (and counts as its reference): it defines a note only when another marker refers to
    // the number and no later line defines it with text.
    if (c.bare && (--refs <= 0 || later_candidate(k, c.number))) return false;
    // "1 text" is a note only as the sequence's next number, under a bare marker with its
    // number on its page.
    if (c.bare_number) return c.number == last_ + 1;
    if (needs_sequence(c.digits()) && c.number != last_ + 1) return false;
    if (c.number == last_ + 1)
      return refs > 0 || in_block || (!later_candidate(k, c.number) && opens_block(k, c.number));
    if (c.number > last_ + 1 && c.number <= last_ + 5 && refs > 0)
      return !later_candidate(k, last_ + 1);
    if (c.number == last_ && last_ > 0 && in_block) return refs >= 2;
    return false;
  }

  bool finished(std::uint32_t line) const {
    return ends_with_period(ctx_.line(line)) && ctx_.width(line) < finished_limit_;
  }

  bool same_region(std::uint32_t a, std::uint32_t b) const {
    if (ctx_.page(a) != ctx_.page(b)) return false;
    for (std::uint32_t k = a + 1; k <= b; ++k)
      if (ctx_.layout.lines[k].column_start) return false;
    return true;
  }

  void step(std::size_t k) {
    std::uint32_t i = ctx_.content[k];
    bool in_block = open_ >= 0;
    const auto& cand = evidence_.candidate(i);
    if (cand && accept(k, *cand, in_block)) {
      if (pending_ >= 0 && !same_region(out_.notes[pending_].lines.back(), i))
        adopt_continuation(k);
      pending_ = -1;
      // A block of notes right under a body line that ends no sentence cut that sentence
      // short: the body goes on after the page's foot. Not on the first page, whose title
      // and masthead the text may set after its notes.
      if (!in_block) {
        std::uint32_t above = k > 0 ? ctx_.content[k - 1] : i;
        block_cuts_body_ = k > 0 && ctx_.page(i) != ctx_.page(ctx_.content.front()) &&
                           same_region(above, i) && !assigned(above) &&
                           !ctx_.ends_sentence(above) && !type_.at_foot(i);
      }
      start(i, *cand);
      return;
    }
    if (open_ < 0 && interrupted_ >= 0 && resumes_interrupted_note(k)) {
      take(out_.notes[interrupted_], i);
      open_ = interrupted_;
      interrupted_ = -1;
      return;
    }
    if (open_ < 0 && pending_ >= 0 && carries_on_cut_note(k)) {
      take(out_.notes[pending_], i);
      open_ = pending_;
      pending_ = -1;
      return;
    }
    if (open_ >= 0) {
      FootnoteLines& note = out_.notes[open_];
      std::uint32_t last = note.lines.back();
      bool blank_gap = !ctx_.layout.double_spaced && ctx_.blank_between(last, i);
      // A web address on the next line goes on with the citation before it.
      bool goes_on = !finished(last) || starts_with_url(ctx_.line(i));
      // In a PDF, the footnote area's type says where a note ends: it goes on in small type at
      // the page's foot whatever its last line's width, and never into the body's type.
      if (type_.at_foot(last))
        goes_on = type_.continues(last, i) && !page_number_value(ctx_.line(i));
      // In text, a note goes on up to the next note's definition that follows it in the same
      // block: lines between two notes of one block are the first's (its own list, a quote).
      else if (!goes_on && same_region(last, i) && !blank_gap) {
        if (runs_to_next_ != open_ && rest_of_note_block(k)) runs_to_next_ = open_;
        goes_on = runs_to_next_ == open_;
      }
      if (same_region(last, i) && !blank_gap && goes_on) {
        take(note, i);
        return;
      }
      if (!finished(last) && (!same_region(last, i) || goes_up_the_page(last, i))) pending_ = open_;
      interrupted_ = ctx_.geometry.empty() && !finished(last) && same_region(last, i) ? open_ : -1;
      open_ = -1;
    }
  }

  // In a PDF, whether line b stands higher on line a's page: reading order went on to the
  // next column.
  bool goes_up_the_page(std::uint32_t a, std::uint32_t b) const {
    const LineGeometryTable& g = ctx_.geometry;
    return !g.empty() && g[a].page == g[b].page && g[b].bottom < g[a].top;
  }

  // In a PDF, whether lines a and b stand in different columns: their x-ranges do not meet.
  bool beside(std::uint32_t a, std::uint32_t b) const {
    const LineGeometryTable& g = ctx_.geometry;
    return !g.empty() && (g[b].left >= g[a].right || g[b].right <= g[a].left);
  }

  // In a PDF, a note cut off at the foot of a column goes on at the top of the next column's
  // footnote area on the same page: the first line there, set in the area's type after the
  // column's body, which opens with no label of its own (a note's or a table's source).
  bool carries_on_cut_note(std::size_t k) const {
    std::uint32_t i = ctx_.content[k];
    std::uint32_t last = out_.notes[pending_].lines.back();
    return k > 0 && type_.at_foot(last) && type_.at_foot(i) && ctx_.page(i) == ctx_.page(last) &&
           !type_.at_foot(ctx_.content[k - 1]) && beside(last, i) &&
           !opens_with_label(ctx_.line(i)) && !page_number_value(ctx_.line(i));
  }

  // Plain text read a row at a time across two columns sets the body's lines beside a note
  // between the note's own, each row apart: an unfinished note goes on at a line a few
  // lines on in its region that opens with what only ends a word ("는 것을 …"), where the
  // line before it finished its last word with a particle and the note's last line did not.
  bool resumes_interrupted_note(std::size_t k) const {
    constexpr std::size_t kMostLinesBetween = 3;
    std::uint32_t i = ctx_.content[k];
    std::uint32_t last = out_.notes[interrupted_].lines.back();
    if (k < 2 || !same_region(last, i) || !ctx_.blank_between(ctx_.content[k - 1], i)) return false;
    std::size_t between = 0;
    for (std::size_t m = k - 1; ctx_.content[m] != last; --m)
      if (++between > kMostLinesBetween || m == 0) return false;
    return only_ends_a_word(first_word(ctx_.line(i))) &&
           ends_in_particle(last_word(ctx_.line(ctx_.content[k - 1]))) &&
           !ends_in_particle(last_word(ctx_.line(last)));
  }

  void start(std::uint32_t i, const Candidate& c) {
    FootnoteLines note;
    note.number = c.number;
    note.label = c.label;
    note.bare = c.bare_number;
    take(note, i);
    if (c.number < 0) {
      note.id = fmt::format("fnu{}", ++unnumbered_);
    } else {
      int seen = ++seen_[c.number];
      note.id = seen > 1 ? fmt::format("fn{}-{}", c.number, seen) : fmt::format("fn{}", c.number);
      last_ = c.number;
    }
    out_.notes.push_back(std::move(note));
    open_ = static_cast<int>(out_.notes.size()) - 1;
    interrupted_ = -1;
  }

  // The lines just before a later footnote block's first definition that carry on a note
  // the previous page cut off: short or footnote-wide lines, not a body line's full width,
  // not a Korean sentence's end — except the note's own last line, when a blank line sets
  // the block apart from the body above it.
  void adopt_continuation(std::size_t k) {
    std::uint32_t def = ctx_.content[k];
    if (type_.at_foot(def)) return adopt_foot_lines(k);
    std::vector<std::uint32_t> adopted;
    int body = ctx_.layout.body_width;
    bool last_ends_sentence = false, set_apart = false;
    for (std::size_t m = k; m-- > 0 && adopted.size() < kMostContinuedLines;) {
      std::uint32_t l = ctx_.content[m];
      if (assigned(l) || !same_region(l, def)) {
        set_apart = !ctx_.layout.double_spaced;
        break;
      }
      std::uint32_t after = adopted.empty() ? def : adopted.back();
      if (!ctx_.layout.double_spaced && ctx_.blank_between(l, after)) {
        set_apart = !adopted.empty();
        break;
      }
      int w = ctx_.width(l);
      bool body_full = w >= ctx_.layout.short_line_limit() && w * 100 < body * 106;
      if (body_full) break;
      if (ends_sentence(ctx_.line(l))) {
        if (!adopted.empty()) break;
        last_ends_sentence = true;
      }
      adopted.push_back(l);
    }
    if (last_ends_sentence && !set_apart) return;
    std::reverse(adopted.begin(), adopted.end());
    for (std::uint32_t l : adopted) take(out_.notes[pending_], l);
  }

  // In a PDF, a note cut off at a page's foot goes on at the top of the next page's footnote
  // area: the lines in the area's type right above the block's first definition, as many as
  // a note's end takes (more are something else set small, a table or a box).
  void adopt_foot_lines(std::size_t k) {
    std::uint32_t def = ctx_.content[k];
    FootnoteLines& note = out_.notes[pending_];
    if (ctx_.page(def) != ctx_.page(note.lines.back()) + 1) return;
    std::size_t first = k;
    while (first > 0) {
      std::uint32_t l = ctx_.content[first - 1];
      if (assigned(l) || !type_.continues(l, ctx_.content[first])) break;
      --first;
    }
    if (k - first > kMostContinuedLines) return;
    for (std::size_t m = first; m < k; ++m) take(note, ctx_.content[m]);
  }

  bool assigned(std::uint32_t line) const { return assigned_[line]; }
  void take(FootnoteLines& note, std::uint32_t line) {
    note.lines.push_back(line);
    assigned_[line] = 1;
  }

  const Ctx& ctx_;
  const FootnoteType& type_;
  const NoteEvidence& evidence_;
  int finished_limit_;
  std::vector<char> assigned_;  // per line: part of a note of out_
  std::map<int, int> seen_;
  Assignment out_;
  int last_ = 0;
  int unnumbered_ = 0;
  int open_ = -1;
  int pending_ = -1;
  int interrupted_ = -1;   // in text, an unfinished note a blank line broke off in its region
  int runs_to_next_ = -1;  // the open note, when it goes on to the rest of its block
  bool block_cuts_body_ = false;  // the open block stands in the middle of a body sentence
};

// Full width of a footnote line: the densest cluster of footnote line widths.
int footnote_full_width(const Ctx& ctx, const Assignment& first) {
  std::vector<int> widths;
  for (const auto& note : first.notes)
    for (std::uint32_t l : note.lines) widths.push_back(ctx.width(l));
  if (widths.size() < 4) return ctx.layout.body_width;
  std::sort(widths.begin(), widths.end());
  std::size_t best_lo = 0, best_hi = 0, best = 0;
  for (std::size_t hi = 0, lo = 0; hi < widths.size(); ++hi) {
    int span = std::max(4, widths[hi] * 8 / 100);
    while (widths[lo] < widths[hi] - span) ++lo;
    if (hi - lo + 1 >= best) {
      best = hi - lo + 1;
      best_lo = lo;
      best_hi = hi;
    }
  }
  return widths[(best_lo + best_hi) / 2];
}

}  // namespace

void find_footnotes(Ctx& ctx, Blocks& out) {
  // First pass: any period ends a note; it finds the footnote lines, whose widths then
  // tell how wide a full footnote line is for the second pass.
  FootnoteType type(ctx);
  NoteEvidence evidence(ctx, type);
  Assignment first = Assigner(ctx, type, evidence, 1 << 30).run();
  int full = footnote_full_width(ctx, first);
  Assignment final = Assigner(ctx, type, evidence, full - (full * 8 + 99) / 100).run();
  for (auto& note : final.notes) {
    for (std::uint32_t l : note.lines) ctx.taken[l] = 1;
    out.footnotes.push_back(std::move(note));
  }
}

}  // namespace kbrief::detail
