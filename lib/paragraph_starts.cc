// SPDX-License-Identifier: MIT
// Where paragraphs start when the line before a start happens to reach the margin, so that
// its width says nothing: the first line's indentation, when the document indents first
// lines; otherwise the width a first line's indent takes from it, where the document shows
// that clearly, and a guess from the words that open the document's own paragraphs.
#include "paragraph_starts.h"

#include <algorithm>
#include <string_view>
#include <unordered_map>

#include "body_type.h"
#include "markers.h"
#include "morphology.h"
#include "punctuation.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

// A first-line indent is a few columns: more is a centred or set-apart line.
constexpr int kMinIndent = 2;
constexpr int kMaxIndent = 8;
// In a PDF, the same in ems of the body's type: half an em to four.
constexpr float kMinIndentEms = 0.5f;
constexpr float kMaxIndentEms = 4.0f;
// A line reaches the margin when its right edge is within two ems of the next line's.
constexpr float kMarginEms = 2.0f;
// A word of the text (no connective of the grammar) is taken for a paragraph opener once it
// opens this many of the document's certain paragraph starts: once may be chance.
constexpr int kLearntOpenerStarts = 2;
// A paragraph opener opens paragraphs more than twice as often as sentences inside them: a
// word that does both about equally (첫째 … 셋째 opening the points of one paragraph and of
// a closing list of paragraphs) says nothing.
constexpr int kOpenerShare = 2;
// Plain text keeps a first line's indent only as missing width, and a full line's width varies
// by a few columns with its characters (Latin letters, digits and spaces are narrower than a
// Hangul syllable in print but take a column each), as much as a one-em indent takes: the two
// overlap in most documents. A document shows its indent when the median shortfall of its
// certain first lines exceeds, by a column or more, what all but one in twenty of its certain
// continuation lines fall short by; a line then starts a paragraph when it falls short by more
// than those continuations do, after a full line that ends with a sentence's punctuation (a
// nominal ending at the margin, "… 포함", is as often a word the line wraps). Over the
// plain-text corpus (36 documents) 10 show the indent so, and there it finds 9 starts that a
// full line ending a sentence hid, and 1 false one.
constexpr int kIndentSeparation = 1;
constexpr int kContinuationPercentile = 95;
constexpr std::size_t kLeastCertainStarts = 4;
constexpr std::size_t kLeastCertainContinuations = 20;
// A line more than this many columns wider than the body's full lines is set in another
// measure (a table, a box), whose width says nothing of the body's indents.
constexpr int kWiderThanBody = 4;

// The word a line or sentence opens with, a comma after it left out ("한편," is "한편"). The
// ordinal adverbs count as one word: a document that counts its points in sentences
// ("첫째, … 둘째, …" inside a paragraph) does so for the third too.
std::string_view opening_word(std::string_view t) {
  std::string_view w = first_word(t);
  if (w.ends_with(',')) w.remove_suffix(1);
  return is_ordinal_adverb(w) ? std::string_view("첫째") : w;
}

class Reader {
 public:
  Reader(const Ctx& ctx, const std::vector<std::uint32_t>& flow)
      : ctx_(ctx), flow_(flow), body_(ctx.geometry, flow) {}

  ParagraphStarts read() {
    ParagraphStarts out;
    out.indented_start.assign(flow_.size(), 0);
    out.nudged_start.assign(flow_.size(), 0);
    for (std::size_t k = 0; k < flow_.size(); ++k) {
      out.indented_start[k] = indented(k);
      out.nudged_start[k] = out.indented_start[k] || indented(k, 1);
    }
    out.indents_first_lines = indents_first_lines(out.indented_start);
    out.nudges_first_lines = indents_first_lines(out.nudged_start);
    out.narrow_start.assign(flow_.size(), 0);
    out.counted_point_start.assign(flow_.size(), 0);
    // Indentation and geometry, where there are any, say more than widths and words.
    if (!out.indents_first_lines && !out.nudges_first_lines && !body_.known()) {
      out.full_line_spread = mark_narrow_starts(out.narrow_start);
      out.opener_words = OpenerWords(opener_uses());
      mark_counted_points(out.opener_words, out.counted_point_start);
    }
    return out;
  }

 private:
  int indent(std::size_t k) const { return ctx_.layout.lines[flow_[k]].indent; }
  std::string_view text(std::size_t k) const { return ctx_.line(flow_[k]); }

  // Line k stands a few columns right of the line after it on its page, and still reaches
  // the margin: a full line whose start is pushed in, not a short or centred one.
  bool indented(std::size_t k, int least = kMinIndent) const {
    if (k + 1 >= flow_.size() || ctx_.page(flow_[k]) != ctx_.page(flow_[k + 1])) return false;
    if (body_.known()) return indented_on_page(k);
    int shift = indent(k) - indent(k + 1);
    if (shift < least || shift > kMaxIndent || ctx_.marker(flow_[k])) return false;
    return ctx_.width(flow_[k]) + shift >= ctx_.layout.short_line_limit();
  }

  // The same from a PDF's geometry: the left edges' difference in ems of the body's type,
  // and the right edge as far out as the next line's (the next may end its paragraph short,
  // so the line itself must be full width: not short by the layout's measure either).
  bool indented_on_page(std::size_t k) const {
    const LineGeometry &line = body_.of(flow_[k]), &next = body_.of(flow_[k + 1]);
    if (line.page != next.page || ctx_.marker(flow_[k])) return false;
    float em = body_.size();
    float shift = line.left - next.left;
    if (shift < kMinIndentEms * em || shift > kMaxIndentEms * em) return false;
    return line.right + kMarginEms * em >= next.right;
  }

  // Whether the document marks starts by indentation: most lines that certainly start a
  // paragraph (after a short line ending a sentence) are indented, and lines that certainly
  // continue one (after a full line left open) almost never are.
  bool indents_first_lines(const std::vector<char>& indented_start) const {
    std::size_t starts = 0, starts_indented = 0, continued = 0, continued_indented = 0;
    for (std::size_t k = 1; k + 1 < flow_.size(); ++k) {
      std::uint32_t before = flow_[k - 1];
      if (ctx_.is_short(flow_[k]) || ctx_.marker(flow_[k])) continue;
      bool closed = ctx_.ends_sentence(before);
      if (ctx_.is_short(before) && closed) {
        ++starts;
        starts_indented += indented_start[k];
      } else if (!ctx_.is_short(before) && !closed) {
        ++continued;
        continued_indented += indented_start[k];
      }
    }
    return starts >= 3 && starts_indented * 2 >= starts && continued_indented * 20 <= continued;
  }

  // Whether line k certainly starts a paragraph: the line before ends a sentence and is short
  // of the margin, or a blank line stands between them (where blank lines mean something).
  // A short line left open is a heading's, not a paragraph's.
  bool certain_start(std::size_t k) const {
    std::uint32_t before = flow_[k - 1], line = flow_[k];
    if (!ctx_.ends_sentence(before) || ctx_.marker(line)) return false;
    if (ctx_.is_short(line) && !ctx_.ends_sentence(line)) return false;
    return ctx_.is_short(before) ||
           (!ctx_.layout.double_spaced && ctx_.blank_between(before, line));
  }

  // Line i reaches the margin by the layout's measure and is set in the body's measure.
  bool near_full_width(std::uint32_t i) const {
    return !ctx_.is_short(i) && ctx_.width(i) <= ctx_.layout.body_width + kWiderThanBody;
  }

  // The columns line i falls short of the body's full lines by.
  int shortfall(std::uint32_t i) const { return ctx_.layout.body_width - ctx_.width(i); }

  // The first-line indent read from widths: how far the document's certain first lines (after
  // a short line that ends a sentence) and its certain continuation lines (after a full line
  // left open) fall short of the body's width, both reaching the margin; where the two are
  // clearly apart, a line after a full line that ends a sentence, falling short by more than
  // the continuations do, starts a paragraph. Returns how much the continuations' shortfalls
  // vary (ParagraphStarts::full_line_spread), 0 when too few are certain.
  int mark_narrow_starts(std::vector<char>& narrow_start) const {
    std::vector<int> starts, continued;
    for (std::size_t k = 1; k + 1 < flow_.size(); ++k) {
      std::uint32_t before = flow_[k - 1], line = flow_[k];
      if (!near_full_width(line) || ctx_.marker(line)) continue;
      bool closed = ctx_.ends_sentence(before);
      if (closed && ctx_.is_short(before))
        starts.push_back(shortfall(line));
      else if (!closed && !ctx_.is_short(before))
        continued.push_back(shortfall(line));
    }
    if (continued.size() < kLeastCertainContinuations) return 0;
    std::sort(continued.begin(), continued.end());
    int usual =
        continued[std::min(continued.size() - 1, continued.size() * kContinuationPercentile / 100)];
    int spread = usual - continued[continued.size() * (100 - kContinuationPercentile) / 100];
    if (starts.size() < kLeastCertainStarts) return spread;
    std::sort(starts.begin(), starts.end());
    if (starts[starts.size() / 2] < usual + kIndentSeparation) return spread;
    for (std::size_t k = 1; k + 1 < flow_.size(); ++k) {
      std::uint32_t before = flow_[k - 1], line = flow_[k];
      narrow_start[k] = ctx_.ends_sentence(before) && ends_with_period(ctx_.line(before)) &&
                        !ctx_.is_short(before) && near_full_width(line) && !ctx_.marker(line) &&
                        shortfall(line) > usual;
    }
    return spread;
  }

  // Counts, over the flow, the words opening certain paragraph starts, then how often those
  // words (no others: a long document opens many sentences) open a sentence after a
  // sentence's end inside a line.
  std::unordered_map<std::string_view, OpenerWords::Uses> opener_uses() const {
    std::unordered_map<std::string_view, OpenerWords::Uses> uses;
    for (std::size_t k = 1; k < flow_.size(); ++k)
      if (certain_start(k)) ++uses[opening_word(text(k))].paragraphs;
    if (uses.empty()) return uses;
    std::vector<std::size_t> starts;
    for (std::size_t k = 0; k < flow_.size(); ++k) {
      std::string_view t = text(k);
      sentence_starts_inside(t, starts);
      for (std::size_t start : starts) {
        auto use = uses.find(opening_word(t.substr(start)));
        if (use != uses.end()) ++use->second.sentences;
      }
    }
    return uses;
  }

  // Whether a point of count `count` is told inside a line (after a sentence's end, not at the
  // line's start) from flow position `from` up to, not including, `to`.
  bool count_told_inside(std::size_t from, std::size_t to, int count) const {
    std::vector<std::size_t> starts;
    for (std::size_t k = from; k < to; ++k) {
      std::string_view t = text(k);
      sentence_starts_inside(t, starts);
      for (std::size_t start : starts)
        if (ordinal_count(t.substr(start)) == count) return true;
    }
    return false;
  }

  // The points of one count are opened alike: where the point before opened a paragraph (a
  // certain start, or one found so), the count's next point at a line's start after a
  // sentence's end opens one too, however often the document tells other counts' points
  // inside its paragraphs ("첫째, … 둘째, …" in an introduction, then "첫째," … "다섯째," each
  // opening a paragraph of the conclusion). A point of the same count told inside a line in
  // between says the count goes on inside a paragraph.
  void mark_counted_points(const OpenerWords& openers, std::vector<char>& counted) const {
    std::size_t point = 0;  // flow position of the latest point that opened a paragraph
    int count = 0;          // its count, 0 for none
    for (std::size_t k = 1; k < flow_.size(); ++k) {
      // (A point opens a sentence: a line after a sentence's end, read from facts at hand.)
      if (!ctx_.ends_sentence(flow_[k - 1])) continue;
      int c = ordinal_count(text(k));
      if (c == 0) continue;
      bool next_point =
          count > 0 && c == count + 1 && !ctx_.marker(flow_[k]) && !count_told_inside(point, k, c);
      if (next_point) counted[k] = 1;
      bool opens =
          counted[k] || certain_start(k) || (!ctx_.marker(flow_[k]) && openers.open(text(k)));
      point = k;
      count = opens ? c : 0;
    }
  }

  const Ctx& ctx_;
  const std::vector<std::uint32_t>& flow_;
  BodyType body_;
};

}  // namespace

bool OpenerWords::open(std::string_view text) const {
  if (uses_.empty()) return false;
  std::string_view w = opening_word(text);
  if (w.empty()) return false;
  std::size_t i = 0;
  if (!is_letter(next_code_point(w, i))) return false;
  auto use = uses_.find(w);
  if (use == uses_.end() || use->second.paragraphs <= kOpenerShare * use->second.sentences)
    return false;
  return use->second.paragraphs >= kLearntOpenerStarts || is_sentence_connective(w);
}

ParagraphStarts read_paragraph_starts(const Ctx& ctx, const std::vector<std::uint32_t>& flow) {
  return Reader(ctx, flow).read();
}

}  // namespace kbrief::detail
