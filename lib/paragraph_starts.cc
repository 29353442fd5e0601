// SPDX-License-Identifier: MIT
// Where paragraphs start when the line before a start happens to reach the margin, so that
// its width says nothing: the first line's indentation, when the document indents first
// lines, and otherwise a guess from the words that open the document's own paragraphs.
#include "paragraph_starts.h"

#include <algorithm>

#include "body_type.h"
#include "markers.h"
#include "punctuation.h"

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

class Reader {
 public:
  Reader(const Ctx& ctx, const std::vector<std::uint32_t>& flow)
      : ctx_(ctx), flow_(flow), body_(ctx.geometry, flow) {}

  ParagraphStarts read() {
    ParagraphStarts out;
    out.indented_start.assign(flow_.size(), 0);
    for (std::size_t k = 0; k < flow_.size(); ++k) out.indented_start[k] = indented(k);
    out.indents_first_lines = indents_first_lines(out.indented_start);
    return out;
  }

 private:
  int indent(std::size_t k) const { return ctx_.layout.lines[flow_[k]].indent; }
  std::string_view text(std::size_t k) const { return ctx_.line(flow_[k]); }

  // Line k stands a few columns right of the line after it on its page, and still reaches
  // the margin: a full line whose start is pushed in, not a short or centred one.
  bool indented(std::size_t k) const {
    if (k + 1 >= flow_.size() || ctx_.page(flow_[k]) != ctx_.page(flow_[k + 1])) return false;
    if (body_.known()) return indented_on_page(k);
    int shift = indent(k) - indent(k + 1);
    if (shift < kMinIndent || shift > kMaxIndent || line_marker(text(k))) return false;
    return ctx_.width(flow_[k]) + shift >= ctx_.layout.short_line_limit();
  }

  // The same from a PDF's geometry: the left edges' difference in ems of the body's type,
  // and the right edge as far out as the next line's (the next may end its paragraph short,
  // so the line itself must be full width: not short by the layout's measure either).
  bool indented_on_page(std::size_t k) const {
    const LineGeometry &line = body_.of(flow_[k]), &next = body_.of(flow_[k + 1]);
    if (line.page != next.page || line_marker(text(k))) return false;
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
      if (ctx_.is_short(flow_[k]) || line_marker(text(k))) continue;
      bool closed = ends_sentence(ctx_.line(before));
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

  const Ctx& ctx_;
  const std::vector<std::uint32_t>& flow_;
  BodyType body_;
};

}  // namespace

ParagraphStarts read_paragraph_starts(const Ctx& ctx, const std::vector<std::uint32_t>& flow) {
  return Reader(ctx, flow).read();
}

}  // namespace kbrief::detail
