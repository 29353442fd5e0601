// SPDX-License-Identifier: MIT
#include "closing_box.h"

#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include "morphology.h"
#include "punctuation.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

// The fewest rows that show two blocks read side by side: two lines of each.
constexpr std::size_t kFewestRows = 4;

class LastPage {
 public:
  LastPage(std::string_view text, const std::vector<Line>& lines) : text_(text), lines_(lines) {
    for (std::size_t i = 0; i < lines.size(); ++i)
      if (lines[i].leading_form_feeds > 0) first_ = i;
  }

  std::size_t first() const { return first_; }
  std::size_t end() const { return lines_.size(); }
  std::string_view text_of(std::size_t i) const {
    return trim(text_.substr(lines_[i].begin, lines_[i].end - lines_[i].begin));
  }
  bool blank(std::size_t i) const { return text_of(i).empty(); }
  // A line that is a block of its own: blank lines right before and after it, on the page.
  bool framed(std::size_t i) const {
    return i > first_ && i + 1 < end() && !blank(i) && blank(i - 1) && blank(i + 1);
  }
  // The first line of the block (lines between blank lines) that ends at line `last`.
  std::size_t block_start(std::size_t last) const {
    while (last > first_ && !blank(last - 1)) --last;
    return last;
  }
  // One past the last line of the block that starts at line `first`.
  std::size_t block_end(std::size_t first) const {
    while (first < end() && !blank(first)) ++first;
    return first;
  }

 private:
  std::string_view text_;
  const std::vector<Line>& lines_;
  std::size_t first_ = 0;
};

// Where the rows start, the rows' count, the right column's block read before them and the
// left column's lines read after them, all as line indices.
struct BoxRows {
  std::size_t first = 0, count = 0;
  std::size_t above = 0;      // first line of the block above the box, which ends at first - 2
  std::size_t after_end = 0;  // the left column's last lines are [first + 2 * count, after_end)
};

// The rows that start at line `r0` (framed lines two apart), if they hold the left column's
// lines and the box's, as read_closing_box_rows describes: an even count, the left lines all
// wrapping on, the box's lines wrapping on up to its last, a polite statement; the block
// before them ending a plain statement; the left column's last lines after them finishing
// their sentence.
std::optional<BoxRows> box_rows_at(const LastPage& page, std::size_t r0) {
  std::size_t count = 0;
  while (page.framed(r0 + 2 * count)) ++count;
  if (count < kFewestRows || count % 2 != 0 || r0 < page.first() + 2) return std::nullopt;
  std::size_t last = r0 + 2 * (count - 1);
  for (std::size_t r = r0; r < last; r += 2)
    if (ends_statement(page.text_of(r))) return std::nullopt;
  if (statement_speech_level(page.text_of(last)) != SpeechLevel::kPolite) return std::nullopt;
  std::size_t above_last = r0 - 2;
  if (page.blank(above_last) ||
      statement_speech_level(page.text_of(above_last)) != SpeechLevel::kPlain)
    return std::nullopt;
  std::size_t after = last + 2;
  if (after >= page.end() || page.blank(after)) return std::nullopt;
  std::size_t after_end = page.block_end(after);
  if (!ends_statement(page.text_of(after_end - 1))) return std::nullopt;
  return BoxRows{r0, count, page.block_start(above_last), after_end};
}

}  // namespace

LineTable read_closing_box_rows(std::string_view text, LineTable table) {
  std::vector<Line>& lines = table.lines;
  LastPage page(text, lines);
  std::optional<BoxRows> rows;
  for (std::size_t i = page.first(); i < page.end() && !rows; ++i)
    if (page.framed(i) && (i < 2 || !page.framed(i - 2))) rows = box_rows_at(page, i);
  // The block above the box must not open the page: its first line carries the page break.
  if (!rows || rows->above == page.first()) return table;

  std::vector<Line> out(lines.begin(), lines.begin() + rows->above);
  std::vector<Line> blanks, box;
  blanks.push_back(lines[rows->first - 1]);
  for (std::size_t j = 0; j < rows->count; ++j) {
    std::size_t r = rows->first + 2 * j;
    (j % 2 == 0 ? out : box).push_back(lines[r]);
    blanks.push_back(lines[r + 1]);
  }
  std::size_t after = rows->first + 2 * rows->count;
  out.insert(out.end(), lines.begin() + after, lines.begin() + rows->after_end);
  // The block above the box, then the box, each after a blank line of the rows.
  std::size_t blank = 0;
  out.push_back(blanks[blank++]);
  out.insert(out.end(), lines.begin() + rows->above, lines.begin() + rows->first - 1);
  for (const Line& line : box) {
    out.push_back(blanks[blank++]);
    out.push_back(line);
  }
  while (blank < blanks.size()) out.push_back(blanks[blank++]);
  out.insert(out.end(), lines.begin() + rows->after_end, lines.end());
  lines = std::move(out);
  return table;
}

}  // namespace kbrief::detail
