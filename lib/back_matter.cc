// SPDX-License-Identifier: MIT
// Back matter and tails: what follows the body's end mark, and copyright notices.
#include <string.h>

#include <algorithm>
#include <optional>
#include <string>

#include "blocks_detail.h"
#include "body_type.h"
#include "front_detail.h"
#include "layout_detail.h"
#include "morphology.h"
#include "punctuation.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

bool is_upper_ascii_word(std::string_view t, std::size_t max_len) {
  if (t.empty() || t.size() > max_len) return false;
  for (char c : t)
    if (c < 'A' || c > 'Z') return false;
  return true;
}

// The end mark that closes a brief's body: a short word between matching rules, "// 끝 //"
// or "-- END --". Returns the byte offset in `t` where it starts, or npos.
std::size_t find_end_mark(std::string_view t) {
  static constexpr std::string_view kRules[] = {"//", "--", "\u2015", "\u2014"};
  for (std::string_view rule : kRules) {
    if (t.size() < 2 * rule.size() + 1 || !t.ends_with(rule)) continue;
    std::string_view inner = t.substr(0, t.size() - rule.size());
    std::size_t open = inner.rfind(rule);
    if (open == std::string_view::npos) continue;
    std::string_view word = trim(inner.substr(open + rule.size()));
    std::size_t cps = count_code_points(word);
    if (cps == 0 || cps > 3 || word.find(' ') != std::string_view::npos) continue;
    if (open > 0 && !is_space(code_point_at(t, open - 1))) {
      std::size_t k = open;
      prev_code_point(t, k);
      if (!is_space(code_point_at(t, k))) continue;  // glued to text: not a mark
    }
    return open;
  }
  return std::string_view::npos;
}

// The last occurrence of `needle` in `t`, as std::string_view::rfind finds it, stepping
// from one occurrence of its first byte to the previous one rather than comparing the whole
// needle at every offset.
std::size_t rfind_bytes(std::string_view t, std::string_view needle) {
  if (needle.empty() || needle.size() > t.size()) return t.rfind(needle);
  // memrchr, not std::string_view::rfind(char), which compares a byte at a time.
  std::size_t end = t.size() - needle.size() + 1;  // candidates are [0, end)
  while (end > 0) {
    const void* hit = memrchr(t.data(), needle.front(), end);
    if (hit == nullptr) break;
    std::size_t at = static_cast<std::size_t>(static_cast<const char*>(hit) - t.data());
    if (t.compare(at, needle.size(), needle) == 0) return at;
    end = at;
  }
  return std::string_view::npos;
}

// A copyright notice at the end of a line: "ⓒKINU 2024", "© 2024 Institute".
std::size_t find_copyright(std::string_view t) {
  // A sign that starts more than this many bytes before the end is followed by more than
  // 40 code points: only the line's last bytes are searched.
  constexpr std::size_t kReach = 4 * 41;
  std::size_t from = t.size() > kReach ? t.size() - kReach : 0;
  for (std::string_view sign : {std::string_view("\u24D2"), std::string_view("\u00A9")}) {
    std::size_t at = rfind_bytes(t.substr(from), sign);
    if (at != std::string_view::npos) at += from;
    if (at == std::string_view::npos) continue;
    if (at > 0 && !is_space(code_point_at(t, at - 1)) && t[at - 1] != '.') continue;
    std::string_view rest = t.substr(at);
    if (count_code_points(rest) > 40 || rest.find_first_of(".!?") != std::string_view::npos)
      continue;
    return at;
  }
  return std::string_view::npos;
}

// The tail starts `at_in_trimmed` bytes into the line's stored text, which then ends before
// it: the stored span loses the tail and the whitespace in front of it.
void set_tail(Layout& layout, std::string_view text, std::size_t i, std::size_t at_in_trimmed,
              TailKind kind) {
  LineInfo& info = layout.lines[i];
  info.tail = kind;
  info.tail_begin = info.text_begin + static_cast<std::uint32_t>(at_in_trimmed);
  std::string_view before_tail = text.substr(info.text_begin, at_in_trimmed);
  info.text_end = info.text_begin + static_cast<std::uint32_t>(trim_end(before_tail).size());
}

// "7) text": a footnote definition's start.
bool starts_like_footnote(std::string_view t) {
  std::size_t d = 0;
  while (d < t.size() && d < 3 && t[d] >= '0' && t[d] <= '9') ++d;
  return d > 0 && d + 1 < t.size() && t[d] == ')' && t[d + 1] == ' ';
}

// Everything from line `from` on is back matter, except the footnotes printed at the bottom
// of page `notes_page` (the end mark's own; 0 for none). Running headers and page numbers
// stay furniture.
void mark_back_matter_from(std::string_view text, const LineTable& table, Layout& layout,
                           std::size_t from, std::uint32_t notes_page) {
  std::uint32_t footnote_page = 0;
  for (std::size_t i = from; i < layout.lines.size(); ++i) {
    if (layout.lines[i].role != LineRole::content) continue;
    if (layout.lines[i].page == notes_page &&
        (footnote_page == layout.lines[i].page ||
         starts_like_footnote(line_text(text, table, layout, i)))) {
      footnote_page = layout.lines[i].page;
      continue;
    }
    layout.lines[i].role = LineRole::back_matter;
  }
}

// Everything after the end mark, which stands on line from - 1.
void mark_rest_as_back_matter(std::string_view text, const LineTable& table, Layout& layout,
                              std::size_t from) {
  mark_back_matter_from(text, table, layout, from, from > 0 ? layout.lines[from - 1].page : 0);
}

// What a line of the publisher's closing matter looks like, by its shape alone.
enum class Shape { other, notice, issue_entry, colophon, footnote };

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

// The most code points a bibliography entry's authors take before the year ("조규표･한만호･
// 류홍렬･이종관･김승민." has 25; "Goo, J., Kishore, R., Nam, K., Rao, H. R., & Song, Y."
// 51).
constexpr std::size_t kReferenceAuthorsLength = 60;
// A references heading is a word or two ("참고문헌", "References").
constexpr std::size_t kReferenceHeadingLength = 12;
// The fewest entries that make a references section.
constexpr std::size_t kReferenceEntries = 3;
// How many lines after its heading the first entry may come (after the article's dates).
constexpr std::size_t kReferenceLookahead = 5;

// "제2034호( 3월17일)": another issue of the series, by its number.
bool starts_with_issue_number(std::string_view t) {
  if (!t.starts_with("\uC81C")) return false;  // 제
  std::size_t i = 3;
  if (i < t.size() && t[i] == ' ') ++i;
  std::size_t digits = i;
  while (i < t.size() && is_digit(t[i])) ++i;
  if (i - digits < 3) return false;
  if (i < t.size() && t[i] == ' ') ++i;
  return t.substr(i).starts_with("\uD638");  // 호
}

// A colophon field: "ISSN 2005-744X", a telephone or registration number ("02-788-4510",
// "31-9735045-001338-14"), or "key : value" / "keyㅣvalue" with a short key.
bool looks_like_colophon(std::string_view t) {
  if (t.find("ISSN") != std::string_view::npos) return true;
  int groups = 0, run = 0;
  // Groups of digits are joined by hyphens: most lines have none, and are not read for them.
  bool hyphenated = t.find('-') != std::string_view::npos;
  for (std::size_t i = 0; hyphenated && i <= t.size(); ++i) {
    if (i < t.size() && is_digit(t[i])) {
      ++run;
      continue;
    }
    bool hyphen = i < t.size() && t[i] == '-';
    if (run > 0 && (hyphen || groups > 0)) ++groups;
    if (groups >= 3) return true;
    if (!hyphen || run == 0) groups = 0;
    run = 0;
  }
  // " : " found by its colon (a search for the space would stop at every word).
  std::size_t at = std::string_view::npos;
  for (std::size_t colon = t.find(':'); colon != std::string_view::npos;
       colon = t.find(':', colon + 1))
    if (colon > 0 && t[colon - 1] == ' ' && colon + 1 < t.size() && t[colon + 1] == ' ') {
      at = colon - 1;
      break;
    }
  if (at != std::string_view::npos && at > 0 && count_code_points(t.substr(0, at)) <= 8)
    return true;
  at = t.find("\u3163");
  return at != std::string_view::npos && at > 0 && count_code_points(t.substr(0, at)) <= 8;
}

bool is_notice(std::string_view t) {
  return t.starts_with("\u203B") || t.starts_with("\u226B");  // ※ ≫
}

Shape shape_of(std::string_view t) {
  if (is_notice(t)) return Shape::notice;
  if (starts_with_issue_number(t)) return Shape::issue_entry;
  if (looks_like_colophon(t) && !ends_statement(t)) return Shape::colophon;
  return Shape::other;
}

// The most lines a publisher's notice in the polite register wraps to.
constexpr std::size_t kNoticeLines = 4;

// Whether the document's prose speaks in the plain register: its lines end statements in
// "-다." at least kPlainPerPolite times as often as in "-ㅂ니다." (and a few times at least).
bool speaks_plainly(std::string_view text, const LineTable& table, const Layout& layout,
                    const std::vector<std::size_t>& content) {
  constexpr std::size_t kPlainPerPolite = 4, kFewest = 5;
  std::size_t plain = 0, polite = 0;
  for (std::size_t i : content) {
    SpeechLevel level = statement_speech_level(line_text(text, table, layout, i));
    plain += level == SpeechLevel::kPlain;
    polite += level == SpeechLevel::kPolite;
  }
  return plain >= kFewest && plain >= kPlainPerPolite * polite;
}

// Without an end mark: the longest run of lines at the end of the document that reads as the
// publisher's matter. It opens with a notice (※ or ≫), an issue listing or a colophon field,
// or a heading over a listing, right after a finished sentence or at a page's top; each later
// line is such a line itself, the wrapped continuation of one, an issue's author and title
// line, or a heading over the next listing.
void mark_trailing_back_matter(std::string_view text, const LineTable& table,
                               const LineGeometryTable& geometry, Layout& layout,
                               const std::vector<std::size_t>& content) {
  std::size_t n = content.size();
  auto text_of = [&](std::size_t k) { return line_text(text, table, layout, content[k]); };
  // A line's own shape is found when first asked: the colophon test reads the whole line, and
  // the search below stops at the first body line it meets from the end.
  std::vector<Shape> own(n);
  std::vector<bool> known(n, false);
  auto own_shape = [&](std::size_t k) {
    if (!known[k]) own[k] = shape_of(text_of(k)), known[k] = true;
    return own[k];
  };
  // What the lines around make of a line of no shape of its own: a notice's wrapped
  // continuation, or a footnote.
  std::vector<Shape> taken(n, Shape::other);
  auto shape = [&](std::size_t k) { return taken[k] != Shape::other ? taken[k] : own_shape(k); };
  auto strong = [&](std::size_t k) {
    return k < n && (shape(k) == Shape::issue_entry || shape(k) == Shape::colophon);
  };
  auto ends = [&](std::size_t k) { return ends_statement(text_of(k)); };
  for (std::size_t k = n / 2 + 1; k < n; ++k) {
    // A notice wraps on until its sentence ends; the last page's footnotes, which the
    // extractor may set after the back matter, run on to the next line of another shape,
    // the column's end (where an extractor's note says one starts) or the page's end.
    bool after_notice = is_notice(text_of(k - 1)) || taken[k - 1] == Shape::notice;
    const LineInfo& line = layout.lines[content[k]];
    // A line apart from the note, over colophon fields, is their address, not the note's.
    bool address = content[k] > 0 && layout.lines[content[k] - 1].role == LineRole::blank &&
                   k + 1 < n && own_shape(k + 1) == Shape::colophon;
    bool footnote = (taken[k - 1] == Shape::footnote && !line.column_start && !address &&
                     layout.lines[content[k - 1]].page == line.page) ||
                    starts_like_footnote(text_of(k));
    if ((!after_notice && !footnote) || own_shape(k) != Shape::other) continue;
    if (after_notice && !ends(k - 1)) taken[k] = Shape::notice;
    if (footnote) taken[k] = Shape::footnote;
  }
  // A statement in the polite register, where the document's prose speaks plainly, is the
  // publisher addressing its readers (the series' note, a disclaimer): a notice, from the
  // line after the last finished sentence before it, none of its lines of another shape.
  std::optional<bool> plainly;  // read from the whole document once, when first asked
  for (std::size_t k = n / 2 + 1; k < n; ++k) {
    if (statement_speech_level(text_of(k)) != SpeechLevel::kPolite || shape(k) != Shape::other)
      continue;
    if (!plainly) plainly = speaks_plainly(text, table, layout, content);
    if (!*plainly) break;
    std::size_t first = k;
    while (first > n / 2 + 1 && k - first + 1 < kNoticeLines && !ends(first - 1) &&
           shape(first - 1) == Shape::other)
      --first;
    if (!ends(first - 1)) continue;
    for (std::size_t j = first; j <= k; ++j) taken[j] = Shape::notice;
  }
  auto heads_listing = [&](std::size_t k) { return !ends(k) && strong(k + 1); };
  // An issue's author and title line, or the wrapped continuation of one (a title that goes
  // on past its line's end leaves the line on a comma): right after its issue number, or in
  // a column after the numbers, as a PDF reader that finds the listing's gutter gives it —
  // two or more numbers, then no more entries than numbers. Each run of lines of no shape is
  // measured once, so the run's lines are asked about in linear time.
  struct Run {
    std::size_t first = 0, last = 0, numbers = 0;
    std::vector<std::size_t> entries, entry_start;  // per line of the run, from `first`
  };
  std::optional<Run> run;
  auto in_listing = [&](std::size_t k) {
    if (shape(k) != Shape::other) return false;
    if (!run || k < run->first || k > run->last) {
      run.emplace();
      run->first = run->last = k;
      while (run->first > n / 2 + 1 && shape(run->first - 1) == Shape::other) --run->first;
      while (run->numbers < run->first &&
             shape(run->first - 1 - run->numbers) == Shape::issue_entry)
        ++run->numbers;
      for (std::size_t j = run->first; j <= k; ++j) {
        bool starts = j == run->first || !text_of(j - 1).ends_with(",");
        run->entries.push_back((j == run->first ? 0 : run->entries.back()) + starts);
        run->entry_start.push_back(starts ? j : run->entry_start.back());
      }
    }
    std::size_t at = k - run->first;
    if (run->entry_start[at] == run->first && run->numbers >= 1 && !ends(run->first)) return true;
    return run->numbers >= 2 && run->entries[at] <= run->numbers;
  };
  // Whether line k belongs to the run that holds line k - 1.
  auto continues_run = [&](std::size_t k) {
    return shape(k) != Shape::other || heads_listing(k) || in_listing(k);
  };
  std::size_t start = n;
  for (std::size_t k = n; k-- > n / 2 + 1;) {
    if (!continues_run(k)) break;
    start = k;
  }
  // In a PDF, the publisher's note on the series may stand in smaller type than the body's
  // between the body's last sentence and the run (footnotes of the last page aside): prose
  // of that type, none of it a footnote or a table's note, right after a finished sentence,
  // opens the run.
  auto small_notice_before = [&](std::size_t from) {
    std::vector<std::uint32_t> lines(content.begin(), content.end());
    BodyType body(geometry, lines);
    std::size_t first = from, notice_end = n;
    for (; first > n / 2 + 1; --first) {
      std::size_t k = first - 1;
      if (shape(k) == Shape::footnote) continue;
      std::string_view t = text_of(k);
      if (!body.smaller(content[k]) || starts_like_footnote(t) || is_table_note(t)) break;
      if (notice_end == n) notice_end = k;
    }
    if (notice_end == n || !ends(notice_end) || !ends(first - 1)) return from;
    return first;
  };
  // The run's earliest line that can open it.
  for (; start < n; ++start) {
    bool opener =
        (shape(start) != Shape::other && shape(start) != Shape::footnote) || heads_listing(start);
    std::size_t prev = content[start - 1];
    bool after_body =
        ends(start - 1) || layout.lines[prev].page != layout.lines[content[start]].page;
    if (opener && (after_body || strong(start))) break;
  }
  if (start < n && !geometry.empty()) start = small_notice_before(start);
  for (std::size_t k = start; k < n; ++k)
    if (shape(k) != Shape::footnote) layout.lines[content[k]].role = LineRole::back_matter;
}

// A bibliography entry's start: its authors (or the rule that repeats the last ones), then
// the year in brackets, "홍길동. (2022).", "김철수 외.(2021a)", "_____. (2019)".
bool starts_like_reference(std::string_view t) {
  std::size_t open = t.find('(');
  if (open == std::string_view::npos || open == 0) return false;
  std::string_view authors = trim_end(t.substr(0, open));
  if (authors.empty() || count_code_points(authors) > kReferenceAuthorsLength) return false;
  for (char c : authors)
    if (is_digit(c) || c == '"' || c == ')') return false;
  std::size_t i = open + 1, digits = 0;
  while (i < t.size() && is_digit(t[i])) ++i, ++digits;
  if (digits != 4) return false;
  if (i < t.size() && t[i] >= 'a' && t[i] <= 'z') ++i;
  return i < t.size() && t[i] == ')';
}

// A references section closing the document: a short heading ending in a letter, after the body's
// last sentence (or at a page's top), an entry within the next few lines, and from there to
// the end at least kReferenceEntries lines, a third of all, that start bibliography entries
// (the others wrap them, two lines or three to an entry, or are the article's dates,
// printed under the heading or over it). Returns where it opens in `content` (the dates over
// the heading, or the heading), its heading's index, and whether the article's dates
// (received, revised, accepted) stand over the heading or among its first lines (reading
// order may set them between entries): lines that each carry a full date, all those over the
// heading or two in a row under it, or nothing.
struct ReferencesSection {
  std::size_t start = 0, heading = 0;
  bool dated = false;
};
std::optional<ReferencesSection> references_section(std::string_view text, const LineTable& table,
                                                    const Layout& layout,
                                                    const std::vector<std::size_t>& content) {
  auto text_of = [&](std::size_t k) { return line_text(text, table, layout, content[k]); };
  std::size_t n = content.size();
  // entries[k]: lines from k to the end that start an entry.
  std::vector<std::size_t> entries(n + 1, 0);
  for (std::size_t k = n; k-- > n / 2;)
    entries[k] = entries[k + 1] + starts_like_reference(text_of(k));
  for (std::size_t k = n / 2 + 1; k + 1 < n; ++k) {
    std::string_view heading = text_of(k);
    std::size_t last = heading.size();
    if (entries[k + 1] == entries[std::min(n, k + 1 + kReferenceLookahead)] || heading.empty() ||
        heading.size() > 4 * kReferenceHeadingLength ||
        count_code_points(heading) > kReferenceHeadingLength ||
        !is_letter(prev_code_point(heading, last)))
      continue;  // no entry among the next few lines (the article's dates may come first)
    std::size_t rest = n - k - 1;
    if (entries[k + 1] < kReferenceEntries || 3 * entries[k + 1] < rest) continue;
    // The article's dates may stand over the heading: a few short lines, none ending a
    // sentence, between the body's last sentence and the heading open the section with it.
    std::size_t first = k;
    auto same_page = [&](std::size_t j) {
      return layout.lines[content[j - 1]].page == layout.lines[content[j]].page;
    };
    while (first + kReferenceLookahead > k && first > n / 2 + 1 && same_page(first) &&
           !ends_statement(text_of(first - 1)) &&
           count_code_points(text_of(first - 1)) <= 2 * kReferenceHeadingLength)
      --first;
    if (!same_page(first) || ends_statement(text_of(first - 1))) {
      auto dated = [&](std::size_t j) {
        return !starts_like_reference(text_of(j)) && find_full_date(text_of(j)).has_value();
      };
      bool over = first < k;
      for (std::size_t j = first; j < k; ++j) over = over && dated(j);
      bool under = false;
      for (std::size_t j = k + 2; j < std::min(n, k + 1 + 2 * kReferenceLookahead); ++j)
        under = under || (dated(j - 1) && dated(j));
      return ReferencesSection{first, k, over || under};
    }
  }
  return std::nullopt;
}

// A notice (※ or ≫) right after a finished sentence, with at least two issue numbers of the
// series listed after it on its page (a list of recent issues): the publisher's matter
// starts there, and pages after it are the back cover, whatever they hold. Returns the
// notice's index in `content`, or nothing.
std::optional<std::size_t> notice_over_listing(std::string_view text, const LineTable& table,
                                               const Layout& layout,
                                               const std::vector<std::size_t>& content) {
  auto text_of = [&](std::size_t k) { return line_text(text, table, layout, content[k]); };
  for (std::size_t k = content.size() / 2 + 1; k < content.size(); ++k) {
    if (!is_notice(text_of(k)) || !ends_statement(text_of(k - 1))) continue;
    std::uint32_t page = layout.lines[content[k]].page;
    std::size_t numbers = 0;
    for (std::size_t j = k + 1;
         j < content.size() && layout.lines[content[j]].page == page && numbers < 2; ++j)
      numbers += starts_with_issue_number(text_of(j));
    if (numbers >= 2) return k;
  }
  return std::nullopt;
}

// The publisher's colophon at the foot of a column of the last page, which text read a
// column at a time sets before the next column's body: its fields (a telephone number, an
// ISSN), with the address line over them, right after the body's last sentence of that
// column, where the next line read goes back up the page (it comes earlier in the input, or,
// in a PDF, stands higher on the page).
void mark_colophon_at_column_foot(std::string_view text, const LineTable& table,
                                  const LineGeometryTable& geometry, Layout& layout,
                                  const std::vector<std::size_t>& content) {
  auto text_of = [&](std::size_t k) { return line_text(text, table, layout, content[k]); };
  auto goes_back_up = [&](std::size_t k) {
    std::size_t i = content[k], next = content[k + 1];
    if (table.lines[next].number < table.lines[i].number) return true;
    return geometry.size() == table.lines.size() && geometry[next].page == geometry[i].page &&
           geometry[next].bottom < geometry[i].top;
  };
  std::uint32_t last_page = layout.lines[content.back()].page;
  for (std::size_t k = content.size() - 1; k-- > 0;) {
    if (layout.lines[content[k]].page != last_page) return;
    if (!goes_back_up(k)) continue;
    std::size_t first = k + 1;
    while (first > 0 && layout.lines[content[first - 1]].page == last_page &&
           shape_of(text_of(first - 1)) == Shape::colophon)
      --first;
    if (first == k + 1 || first == 0) continue;
    // The address over the fields: a line that ends no statement.
    if (!ends_statement(text_of(first - 1)) && first > 1 &&
        layout.lines[content[first - 2]].page == last_page)
      --first;
    if (!ends_statement(text_of(first - 1))) continue;
    for (std::size_t j = first; j <= k; ++j) layout.lines[content[j]].role = LineRole::back_matter;
  }
}

}  // namespace

void mark_back_matter(std::string_view text, const LineTable& table,
                      const LineGeometryTable& geometry, Layout& layout) {
  std::vector<std::size_t> content;
  for (std::size_t i = 0; i < layout.lines.size(); ++i)
    if (layout.lines[i].role == LineRole::content) content.push_back(i);
  if (content.empty()) return;

  for (std::size_t i : content) {
    std::string_view t = line_text(text, table, layout, i);
    std::size_t at = find_copyright(t);
    if (at != std::string_view::npos) set_tail(layout, text, i, at, TailKind::copyright);
  }

  // Only the second half of the body can hold its end mark.
  std::size_t from = content.size() / 2;
  for (std::size_t k = from; k < content.size(); ++k) {
    std::size_t i = content[k];
    std::string_view t = line_text(text, table, layout, i);
    std::size_t at = find_end_mark(t);
    if (at != std::string_view::npos) {
      if (at == 0) {
        layout.lines[i].role = LineRole::furniture;
        layout.lines[i].furniture = FurnitureKind::back_matter;
      } else {
        set_tail(layout, text, i, at, TailKind::end_mark);
      }
      mark_rest_as_back_matter(text, table, layout, i + 1);
      return;
    }
    // A logo end mark split around the last body line ("KI" … "필요하다. DA"): a lone
    // capital-letter line, then a line ending in capitals, which together spell a word
    // the document uses elsewhere. Layout text may set the lone half below the line
    // ("필요하다. DA" … "KI"): both orders are tried.
    if (!is_upper_ascii_word(t, 4)) continue;
    for (std::size_t m = k >= 3 ? k - 3 : 0; m < content.size() && m <= k + 3; ++m) {
      if (m == k || m < from) continue;
      std::string_view u = line_text(text, table, layout, content[m]);
      std::size_t space = u.rfind(' ');
      if (space == std::string_view::npos || !is_upper_ascii_word(u.substr(space + 1), 4)) continue;
      std::string word = std::string(t) + std::string(u.substr(space + 1));
      std::size_t first = text.find(word);
      if (first == std::string_view::npos || first >= table.lines[i].begin) continue;
      layout.lines[i].role = LineRole::furniture;
      layout.lines[i].furniture = FurnitureKind::back_matter;
      set_tail(layout, text, content[m], space + 1, TailKind::end_mark);
      mark_rest_as_back_matter(text, table, layout, std::max(i, content[m]) + 1);
      return;
    }
  }
  // The publisher's matter, or references before it: whichever starts first.
  std::optional<std::size_t> start;
  if (std::optional<ReferencesSection> references =
          references_section(text, table, layout, content)) {
    start = references->start;
    // The article's dates printed with the references close the article's text; the
    // heading is the article's last section heading, not the publisher's matter.
    if (references->dated)
      layout.references_heading = static_cast<std::uint32_t>(content[references->heading]);
  }
  if (auto notice = notice_over_listing(text, table, layout, content); notice && !start)
    start = notice;
  if (start) {
    std::size_t first = content[*start];
    mark_back_matter_from(text, table, layout, first, layout.lines[first].page);
    return;
  }
  mark_trailing_back_matter(text, table, geometry, layout, content);
  mark_colophon_at_column_foot(text, table, geometry, layout, content);
}

}  // namespace kbrief::detail
