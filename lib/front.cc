// SPDX-License-Identifier: MIT
// The first page before the body: masthead, title, authors; and a title block printed
// after page 1's footnotes.
#include <algorithm>
#include <unordered_set>

#include "blocks_detail.h"
#include "front_detail.h"
#include "markers.h"
#include "punctuation.h"
#include "unicode.h"

namespace kbrief::detail {

bool is_letter_spaced_name(std::string_view t) {
  int syllables = 0;
  bool expect_space = false;
  for (std::size_t i = 0; i < t.size();) {
    char32_t c = next_code_point(t, i);
    if (expect_space) {
      if (c != ' ') return false;
      expect_space = false;
    } else {
      if (!is_hangul_syllable(c)) return false;
      ++syllables;
      expect_space = true;
    }
  }
  return expect_space && syllables >= 2 && syllables <= 4;
}

namespace {

// Whether `t` is Hangul syllables only (a word of Korean, no space, digit or mark).
bool hangul_syllables_only(std::string_view t) {
  for (std::size_t i = 0; i < t.size();)
    if (!is_hangul_syllable(next_code_point(t, i))) return false;
  return true;
}

}  // namespace

bool is_compact_name(std::string_view t) {
  std::size_t syllables = count_code_points(t);
  return hangul_syllables_only(t) && syllables >= 2 && syllables <= 4;
}

bool is_name(std::string_view t) {
  while (!t.empty() && t.back() == '*') t.remove_suffix(1);
  t = trim(t);
  return is_letter_spaced_name(t) || is_compact_name(t);
}

// A name token of a byline without its marks: footnote stars and a glued footnote number
// ("김종헌***1)" -> "김종헌").
std::string_view without_name_marks(std::string_view t) {
  for (;;) {
    std::size_t n = t.size();
    while (!t.empty() && t.back() == '*') t.remove_suffix(1);
    if (t.size() >= 2 && t.back() == ')' && is_ascii_digit(t[t.size() - 2])) {
      t.remove_suffix(1);
      while (!t.empty() && is_ascii_digit(t.back())) t.remove_suffix(1);
    }
    // A note's number raised before the first name ("1)민용기*"), read first on its line.
    std::size_t digits = 0;
    while (digits < t.size() && is_ascii_digit(t[digits])) ++digits;
    if (digits > 0 && digits + 1 < t.size() && t[digits] == ')') t.remove_prefix(digits + 1);
    if (t.size() == n) return t;
  }
}

namespace {

int syllable_count(std::string_view t) {
  return static_cast<int>(count_code_points(t));
}

}  // namespace

// The pieces of `t` between separators, each trimmed; `spaces` also separates at spaces.
std::vector<std::string_view> split_names(std::string_view t, bool spaces) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t at = i;
    char32_t c = next_code_point(t, i);
    bool separator = c == ',' || c == U'\u00B7' || c == U'\u30FB' || (spaces && c == ' ');
    if (!separator) continue;
    parts.push_back(trim(t.substr(start, at - start)));
    start = i;
  }
  parts.push_back(trim(t.substr(start)));
  if (spaces)  // runs of spaces leave empty pieces
    std::erase_if(parts, [](std::string_view p) { return p.empty(); });
  return parts;
}

std::vector<std::string_view> byline_names(std::string_view t) {
  t = trim(t);
  std::vector<std::string_view> with_marks = split_names(t, false);
  bool spaces_only = with_marks.size() == 1;
  if (spaces_only) with_marks = split_names(t, true);
  if (with_marks.size() < 2) return {};
  std::vector<std::string_view> names;
  std::size_t three = 0, marked = 0;
  for (std::string_view part : with_marks) {
    std::string_view name = without_name_marks(part);
    if (!is_compact_name(name)) return {};
    three += syllable_count(name) == 3;
    marked += name.size() < part.size();
    names.push_back(name);
  }
  // Most names have three syllables, while the words of a title joined by "·" or "," vary
  // ("발간목적·주기", "한국, 미국"): most of the names must have three. Separated by spaces
  // alone, two words are as often a field and its value ("발행인 홍길동") as two names, and a
  // title's words are separated so too: three or more names, or each marked for its
  // affiliation note; and all of three syllables.
  if (three * 2 <= names.size()) return {};
  if (spaces_only && ((names.size() < 3 && marked < names.size()) || three < names.size()))
    return {};
  return names;
}

bool is_email(std::string_view t) {
  std::size_t at = t.find('@');
  return at != std::string_view::npos && at > 0 && t.find('.', at) != std::string_view::npos &&
         t.find(' ') == std::string_view::npos;
}

namespace {

// Reads an unsigned number at t[i], advancing i; -1 when there is none.
long read_number(std::string_view t, std::size_t& i, std::size_t max_digits) {
  std::size_t start = i;
  long v = 0;
  while (i < t.size() && t[i] >= '0' && t[i] <= '9' && i - start < max_digits)
    v = v * 10 + (t[i++] - '0');
  return i > start ? v : -1;
}

void skip_spaces(std::string_view t, std::size_t& i) {
  while (i < t.size() && t[i] == ' ') ++i;
}

bool skip_literal(std::string_view t, std::size_t& i, std::string_view lit) {
  if (t.substr(i, lit.size()) != lit) return false;
  i += lit.size();
  return true;
}

// A day as printed: the month's length is not checked ("2월 30일" stays), the reader of the
// date decides what an impossible day is worth.
std::optional<CivilDate> printed_date(long y, long m, long d) {
  if (y < 1900 || y > 2199 || m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  return CivilDate{static_cast<int>(y), static_cast<int>(m), static_cast<int>(d)};
}

}  // namespace

std::optional<CivilDate> find_full_date(std::string_view t) {
  for (std::size_t s = 0; s < t.size(); ++s) {
    if (t[s] < '0' || t[s] > '9' || (s > 0 && t[s - 1] >= '0' && t[s - 1] <= '9')) continue;
    std::size_t i = s;
    long y = read_number(t, i, 4);
    if (i - s != 4) continue;
    std::size_t k = i;
    if (skip_literal(t, k, "년")) {  // 2024년 6월 21일
      skip_spaces(t, k);
      long m = read_number(t, k, 2);
      if (m < 0 || !skip_literal(t, k, "월")) continue;
      skip_spaces(t, k);
      long d = read_number(t, k, 2);
      if (d < 0 || !skip_literal(t, k, "일")) continue;
      if (auto date = printed_date(y, m, d)) return date;
      continue;
    }
    k = i;
    if (skip_literal(t, k, ".")) {  // 2026. 08. 20.
      skip_spaces(t, k);
      long m = read_number(t, k, 2);
      if (m < 0 || !skip_literal(t, k, ".")) continue;
      skip_spaces(t, k);
      long d = read_number(t, k, 2);
      if (d < 0) continue;
      if (auto date = printed_date(y, m, d)) return date;
    }
  }
  return std::nullopt;
}

namespace {

bool has_digit(std::string_view t) {
  return std::any_of(t.begin(), t.end(), [](char c) { return is_ascii_digit(c); });
}

// A word before "제N호" that belongs to the issue number: the volume and season it is part of
// ("2023년", "겨울(39-4)", "제39권"), not a day of a date ("21일", "6월", "2024.").
bool volume_word(std::string_view w) {
  return has_digit(w) && !w.ends_with("월") && !w.ends_with("일") &&
         w.find('.') == std::string_view::npos;
}

// Where the issue number whose "제" is at t[at] begins: back over the volume words before
// it, and over a short word that follows one of them ("2023년 겨울(39-4) 통권 제142호").
std::size_t issue_start(std::string_view t, std::size_t at) {
  std::vector<std::size_t> starts;  // of the words of t[0, at)
  for (std::size_t i = 0; i < at;) {
    while (i < at && t[i] == ' ') ++i;
    if (i < at) starts.push_back(i);
    while (i < at && t[i] != ' ') ++i;
  }
  auto word = [&](std::size_t k) {
    std::size_t end = t.find(' ', starts[k]);
    return t.substr(starts[k], std::min(end, at) - starts[k]);
  };
  std::size_t begin = at;
  for (std::size_t k = starts.size(); k-- > 0;) {
    bool short_after_volume = syllable_count(word(k)) <= 2 && k > 0 && volume_word(word(k - 1));
    if (!volume_word(word(k)) && !short_after_volume) break;
    begin = starts[k];
  }
  return begin;
}

// A code led by a year: "2020-인력-2", "자원2023-5099", letters perhaps before the year and
// one or more "-" parts after it, and not a date ("2024-06-21") or a span of years
// ("2020-2024", "2020-21").
bool year_led_code(std::string_view w) {
  std::size_t i = 0;
  while (i < w.size() && !is_ascii_digit(w[i])) next_code_point(w, i);
  std::size_t year_at = i;
  long year = read_number(w, i, 4);
  if (i - year_at != 4 || year < 1900 || year > 2199 || i >= w.size() || w[i] != '-') return false;
  std::vector<std::string_view> parts;
  while (i < w.size() && w[i] == '-') {
    std::size_t from = ++i;
    while (i < w.size() && w[i] != '-') next_code_point(w, i);
    parts.push_back(w.substr(from, i - from));
  }
  if (i != w.size()) return false;
  bool all_numbers = true;
  for (std::string_view p : parts) {
    if (p.empty()) return false;
    all_numbers =
        all_numbers && std::all_of(p.begin(), p.end(), [](char c) { return is_ascii_digit(c); });
  }
  if (!all_numbers) return true;
  if (parts.size() != 1) return false;  // a date
  std::size_t k = 0;
  long number = read_number(parts[0], k, 6);
  return parts[0].size() > 4 || (parts[0].size() == 4 && (number < 1900 || number > 2199));
}

}  // namespace

std::optional<std::string> find_issue(std::string_view t) {
  std::size_t at = t.find("제");
  while (at != std::string_view::npos) {
    std::size_t i = at + std::string_view("제").size();
    skip_spaces(t, i);
    if (read_number(t, i, 6) >= 0) {
      skip_spaces(t, i);
      if (skip_literal(t, i, "호")) {
        if (i < t.size() && t[i] == '(') {
          std::size_t close = t.find(')', i);
          if (close != std::string_view::npos && close - i <= 12) i = close + 1;
        }
        std::size_t begin = issue_start(t, at);
        return std::string(t.substr(begin, i - begin));
      }
    }
    at = t.find("제", at + 1);
  }
  if (t.starts_with("No.") || t.starts_with("No ")) {
    std::size_t end = t.find(' ', 4);
    return std::string(t.substr(0, end == std::string_view::npos ? t.size() : end));
  }
  // "22-4호"
  std::size_t ho = t.find("호");
  if (ho != std::string_view::npos && ho > 0 && t[ho - 1] >= '0' && t[ho - 1] <= '9') {
    std::size_t b = ho;
    while (b > 0 && ((t[b - 1] >= '0' && t[b - 1] <= '9') || t[b - 1] == '-')) --b;
    return std::string(t.substr(b, ho + std::string_view("호").size() - b));
  }
  for (std::size_t i = 0; i < t.size();) {
    std::size_t end = t.find(' ', i);
    if (end == std::string_view::npos) end = t.size();
    if (year_led_code(t.substr(i, end - i))) return std::string(t.substr(i, end - i));
    i = end + 1;
  }
  return std::nullopt;
}

std::optional<std::string_view> field_value(std::string_view t, std::string_view label) {
  if (!t.starts_with(label)) return std::nullopt;
  std::size_t at = label.size();
  std::size_t sep = field_separator_at(t, at);
  while (sep == 0 && at < t.size() && t[at] == ' ') sep = field_separator_at(t, ++at);
  if (sep == 0 && at == label.size()) return std::nullopt;  // needs a separator
  std::string_view rest = trim(t.substr(at + sep));
  // Several fields on one line ("발행처ㅣ국회예산정책처 발행인ㅣ…"): the value ends before the
  // word that the next separator follows.
  for (std::size_t i = 1; i < rest.size(); ++i) {
    std::size_t n = field_separator_at(rest, i);
    if (n == 0 || rest[i] == ' ' || is_ascii_digit(static_cast<unsigned char>(rest[i - 1])))
      continue;
    std::size_t space = rest.rfind(' ', i);
    if (space != std::string_view::npos) rest = trim(rest.substr(0, space));
    break;
  }
  if (rest.empty()) return std::nullopt;
  return rest;
}

std::optional<MetaLine> read_masthead(std::uint32_t line, std::string_view t) {
  std::string clean = without_zero_width(t);
  MetaLine m{MetaField::issue, line, find_issue(clean), find_full_date(clean), std::nullopt, false};
  if (auto org = field_value(clean, kPublisherKey)) m.organization = std::string(*org);
  if (!m.issue && !m.publication_date && !m.organization) return std::nullopt;
  if (!m.issue)
    m.field = m.publication_date ? MetaField::publication_date : MetaField::organization;
  return m;
}

bool is_masthead_line(std::string_view t) {
  return find_issue(t) || find_full_date(t) || t.find("ISSN") != std::string_view::npos ||
         t.find("www.") != std::string_view::npos || t.find("http") != std::string_view::npos ||
         is_email(t) || t.starts_with("발행");
}

namespace {

// Page 1 may print its title after its footnotes (a block of short lines at the page's
// end): find those lines.
std::vector<std::uint32_t> title_after_footnotes(const Ctx& ctx, const Blocks& out,
                                                 std::uint32_t first_page) {
  std::uint32_t last_note_line = 0;
  bool any = false;
  for (const auto& note : out.footnotes)
    for (std::uint32_t l : note.lines)
      if (ctx.page(l) == first_page) {
        last_note_line = std::max(last_note_line, l);
        any = true;
      }
  if (!any) return {};
  std::vector<std::uint32_t> lines;
  for (std::uint32_t i : ctx.free_lines())
    if (i > last_note_line && ctx.page(i) == first_page) lines.push_back(i);
  if (lines.empty() || lines.size() > 4) return {};
  for (std::uint32_t i : lines)
    if (ctx.width(i) * 2 > ctx.layout.body_width || ends_sentence(ctx.line(i))) return {};
  return lines;
}

// Where the number of a line of a box of contents ends: a list's marker, or a bare number of
// one or two digits before a space ("1 들어가며"), as such a box sets its sections' numbers;
// 0 when the line has none.
std::size_t contents_number_end(std::string_view t) {
  if (std::optional<Marker> m = line_marker(t)) return m->end;
  std::size_t i = 0;
  while (i < t.size() && i < 3 && is_ascii_digit(static_cast<unsigned char>(t[i]))) ++i;
  return i > 0 && i < 3 && i < t.size() && t[i] == ' ' ? i : 0;
}

bool is_byline(std::string_view t) {
  return !byline_names(t).empty();
}

bool parenthesised_author(std::string_view t) {
  std::size_t open = t.find('(');
  if (open == std::string_view::npos || t.back() != ')') return false;
  return is_name(trim(t.substr(0, open)));
}

// "이장욱 한국국방연구원 안보전략연구센터": a name then an affiliation, with an e-mail line after.
bool name_with_affiliation(std::string_view t) {
  std::size_t space = t.find(' ');
  return space != std::string_view::npos && is_compact_name(t.substr(0, space)) &&
         t.size() > space + 1;
}

namespace {

// A byline of an office, a name and the author's position, one word each: "정책총괄담당관실
// 홍길동 분석관". The office is a longer word than a name; the position ends in a syllable
// that ends position titles (분석관, 연구원, 교수, 박사, 팀장); the name stands between them.
struct OfficeByline {
  std::string_view office, name, position;
};
std::optional<OfficeByline> office_name_position(std::string_view t) {
  std::vector<std::string_view> words = split_names(trim(t), true);
  if (words.size() != 3 || !is_compact_name(words[1])) return std::nullopt;
  if (!hangul_syllables_only(words[0]) || syllable_count(words[0]) < 5 ||
      !hangul_syllables_only(words[2]) || syllable_count(words[2]) < 2 ||
      syllable_count(words[2]) > 6)
    return std::nullopt;
  std::size_t end = words[2].size();
  char32_t last = prev_code_point(words[2], end);
  if (last != U'관' && last != U'원' && last != U'수' && last != U'사' && last != U'장')
    return std::nullopt;
  return OfficeByline{words[0], words[1], words[2]};
}

}  // namespace

std::optional<AuthorBlock> find_authors(const Ctx& ctx, const std::vector<std::uint32_t>& scan) {
  for (std::size_t k = 0; k < scan.size(); ++k) {
    std::string_view t = ctx.line(scan[k]);
    bool next_is_email = k + 1 < scan.size() && is_email(ctx.line(scan[k + 1]));
    // A name alone, or several names on one line, under something (the title).
    // Co-authors are printed in one form: a line of several names followed by a name alone
    // is the title's last line.
    bool next_is_name = k + 1 < scan.size() && is_name(ctx.line(scan[k + 1]));
    bool author = parenthesised_author(t) || (is_name(t) && (k > 0 || next_is_email)) ||
                  (k > 0 && !next_is_name && is_byline(t)) ||
                  (next_is_email && name_with_affiliation(t)) || (k > 0 && office_name_position(t));
    // A lone word of a name's shape above a line of several names is the title's.
    if (author && is_name(t) &&
        std::any_of(scan.begin() + static_cast<std::ptrdiff_t>(k) + 1, scan.end(),
                    [&](std::uint32_t l) { return is_byline(ctx.line(l)); }))
      author = false;
    if (!author) continue;
    AuthorBlock block;
    block.first = k;
    block.lines.push_back(scan[k]);
    // Further names, then affiliations and e-mail addresses, up to the first line that
    // is none of these.
    bool only_names = true;
    // Co-authors are printed the way the first author is.
    auto same_form = [&](std::string_view u) {
      if (parenthesised_author(t)) return parenthesised_author(u);
      if (is_letter_spaced_name(t)) return is_letter_spaced_name(u);
      if (is_byline(t)) return is_byline(u);
      return is_compact_name(u);
    };
    for (std::size_t m = k + 1; m < scan.size(); ++m) {
      std::string_view u = ctx.line(scan[m]);
      bool next_is_mail = m + 1 < scan.size() && is_email(ctx.line(scan[m + 1]));
      // An affiliation line follows bare names (a parenthesised byline carries its own).
      std::string_view previous = ctx.line(scan[m - 1]);
      bool previous_is_name = is_name(previous) || is_byline(previous);
      // The next author's name follows the previous one's e-mail address.
      bool name = (only_names || is_email(previous)) && same_form(u);
      // A numbered or marked line is the body's (a table of contents), not an affiliation;
      // nor is a line without letters (a month, "2024. 4.").
      bool affiliation = !ends_sentence(u) && !is_masthead_line(u) && !line_marker(u) &&
                         has_letter(u) && ctx.width(scan[m]) * 2 < ctx.layout.body_width &&
                         (next_is_mail || previous_is_name);
      if (!(name || is_email(u) || (next_is_mail && name_with_affiliation(u)) || affiliation))
        break;
      only_names = only_names && name;
      block.lines.push_back(scan[m]);
    }
    return block;
  }
  return std::nullopt;
}

std::string strip_name(std::string_view n) {
  std::string out;
  for (char ch : n)
    if (ch != ' ' && ch != '*') out += ch;
  return out;
}

// "김민성(통일연구원 연구위원)": name, affiliation and position in one line.
Author read_parenthesised_author(std::string_view t, std::size_t open) {
  Author a;
  a.name = strip_name(t.substr(0, open));
  std::string_view inner = trim(t.substr(open + 1, t.size() - open - 2));
  std::size_t space = inner.rfind(' ');
  if (space != std::string_view::npos) {
    a.affiliation = std::string(trim(inner.substr(0, space)));
    a.position = std::string(inner.substr(space + 1));
  } else if (!inner.empty()) {
    a.affiliation = std::string(inner);
  }
  return a;
}

// The byline's lines, in line order: names, each alone or with its affiliation, and e-mail
// addresses and affiliations given to the authors in order.
std::vector<Author> read_authors(const Ctx& ctx, std::vector<std::uint32_t> lines) {
  std::sort(lines.begin(), lines.end());
  std::vector<Author> authors;
  // The authors of the last line of several names: the affiliation under it is theirs.
  std::size_t byline_begin = 0, byline_end = 0;
  auto next_without = [&](auto member) -> Author* {
    for (auto& a : authors)
      if (!(a.*member)) return &a;
    return authors.empty() ? nullptr : &authors.back();
  };
  for (std::uint32_t l : lines) {
    std::string_view t = ctx.line(l);
    std::size_t open = t.find('(');
    if (open != std::string_view::npos && t.back() == ')' && is_name(trim(t.substr(0, open)))) {
      authors.push_back(read_parenthesised_author(t, open));
    } else if (is_name(t)) {
      authors.push_back(Author{strip_name(t), {}, {}, {}});
    } else if (std::optional<OfficeByline> b = office_name_position(t)) {
      authors.push_back(
          Author{std::string(b->name), std::string(b->office), std::string(b->position), {}});
    } else if (std::vector<std::string_view> names = byline_names(t); !names.empty()) {
      byline_begin = authors.size();
      for (std::string_view n : names) authors.push_back(Author{std::string(n), {}, {}, {}});
      byline_end = authors.size();
    } else if (byline_end > byline_begin && !authors[byline_begin].affiliation && !is_email(t)) {
      for (std::size_t a = byline_begin; a < byline_end; ++a)
        authors[a].affiliation = std::string(t);
    } else if (is_email(t)) {
      if (Author* a = next_without(&Author::email)) a->email = std::string(t);
    } else if (std::size_t space = t.find(' ');
               space != std::string_view::npos && is_compact_name(t.substr(0, space)) &&
               authors.size() < 8 && (authors.empty() || authors.back().affiliation)) {
      authors.push_back(
          Author{std::string(t.substr(0, space)), std::string(trim(t.substr(space + 1))), {}, {}});
    } else if (Author* a = next_without(&Author::affiliation)) {
      a->affiliation = std::string(t);
    }
  }
  return authors;
}

// A series that prints its issue number as a running header ("No. 2020-인력-2" on every
// page) prints it on page 1 too, above the title: that copy gives the issue. The line stays
// page furniture.
void read_issue_from_running_header(const Ctx& ctx, std::uint32_t first_page, Blocks& out) {
  for (std::uint32_t i = 0; i < ctx.layout.lines.size(); ++i) {
    const LineInfo& info = ctx.layout.lines[i];
    if (info.page < first_page) continue;
    if (info.page > first_page) return;
    if (info.role != LineRole::furniture || info.furniture != FurnitureKind::running_header)
      continue;
    std::optional<MetaLine> m = read_masthead(i, ctx.line(i));
    if (!m || !m->issue) continue;
    m->page_furniture = true;
    out.metadata.push_back(std::move(*m));
    return;
  }
}

// How many stars each mark of a byline's ranked marks has ("김선준* 노상현** 김종헌***" ranks
// 1, 2 and 3): runs of stars glued to a name, on lines that carry a run of two or more.
// Empty when the byline ranks none (a lone star marks a note the footnotes read).
std::vector<std::size_t> ranked_star_marks(const Ctx& ctx,
                                           const std::vector<std::uint32_t>& byline) {
  std::vector<std::size_t> ranks;
  for (std::uint32_t l : byline) {
    std::string_view t = ctx.line(l);
    if (t.find("**") == std::string_view::npos) continue;
    for (std::size_t at = t.find('*'); at != std::string_view::npos; at = t.find('*', at)) {
      std::size_t end = t.find_first_not_of('*', at);
      if (end == std::string_view::npos) end = t.size();
      if (at > 0 && t[at - 1] != ' ') ranks.push_back(end - at);
      at = end;
    }
  }
  return ranks;
}

// The notes that say who the byline's ranked marks are ("** 한국국방연구원 연구위원, …"):
// lines of the first page that open with one of the marks, a space after it. They belong to
// the byline, never to the body's text (nor to the numbered footnotes).
std::vector<std::uint32_t> author_notes(const Ctx& ctx, const std::vector<std::uint32_t>& byline,
                                        std::uint32_t first_page) {
  std::vector<std::size_t> ranks = ranked_star_marks(ctx, byline);
  std::vector<std::uint32_t> notes;
  if (ranks.empty()) return notes;
  std::vector<std::uint32_t> free = ctx.free_lines();
  for (std::size_t k = 0; k < free.size() && ctx.page(free[k]) == first_page; ++k) {
    if (free[k] <= byline.back()) continue;
    std::string_view t = ctx.line(free[k]);
    std::size_t stars = std::min(t.find_first_not_of('*'), t.size());
    bool mark_alone = stars == t.size();
    if (stars == 0 || (!mark_alone && t[stars] != ' ') ||
        std::find(ranks.begin(), ranks.end(), stars) == ranks.end())
      continue;
    notes.push_back(free[k]);
    // A PDF may set the mark on a line of its own, the note's text on the next.
    if (mark_alone && k + 1 < free.size() && ctx.page(free[k + 1]) == first_page &&
        !ctx.line(free[k + 1]).starts_with("*"))
      notes.push_back(free[++k]);
  }
  return notes;
}

}  // namespace

void find_front(Ctx& ctx, Blocks& out) {
  std::vector<std::uint32_t> free = ctx.free_lines();
  if (free.empty()) return;
  std::uint32_t first_page = ctx.page(free.front());

  std::vector<std::uint32_t> title = title_after_footnotes(ctx, out, first_page);

  // The part of page 1 that can hold the masthead and byline: up to where prose starts,
  // two lines in a row as wide as the body's.
  auto wide = [&](std::uint32_t i) {
    return ctx.width(i) * 100 >= ctx.layout.body_width * 85 && !is_masthead_line(ctx.line(i));
  };
  std::vector<std::uint32_t> scan;
  for (std::size_t k = 0; k < free.size(); ++k) {
    std::uint32_t i = free[k];
    if (ctx.page(i) != first_page || scan.size() >= 30 || is_caption(ctx.line(i))) break;
    if (wide(i) && k + 1 < free.size() &&
        (wide(free[k + 1]) || ends_statement(ctx.line(free[k + 1]))))
      break;
    if (std::find(title.begin(), title.end(), i) != title.end()) break;
    scan.push_back(i);
  }

  std::optional<AuthorBlock> authors = find_authors(ctx, scan);
  if (!authors) authors = authors_by_info(ctx, scan);
  // A PDF shows its title by its Info Title where the page prints that, else by its type:
  // that evidence, where there is any, decides.
  if (title.empty()) title = title_by_info(ctx, scan, authors ? authors->first : scan.size());
  if (title.empty())
    title = title_by_type(ctx, scan, authors ? authors->first : scan.size(), authors.has_value());
  auto in_title = [&](std::uint32_t l) {
    return std::find(title.begin(), title.end(), l) != title.end();
  };
  std::size_t front_end = 0;  // scan[0..front_end) is masthead / front matter
  // Without a byline, the masthead is the run of lines at the top that carry its facts, one
  // of them an issue number (a date alone may open the body's first sentence).
  if (!authors) {
    bool issue = false;
    while (front_end < scan.size()) {
      std::optional<MetaLine> m = read_masthead(scan[front_end], ctx.line(scan[front_end]));
      if (!m || ends_statement(ctx.line(scan[front_end]))) break;
      issue = issue || m->issue;
      ++front_end;
    }
    if (!issue) front_end = 0;
  }
  if (authors) {
    front_end = authors->first;
    if (title.empty()) {
      // The title: up to three printed lines just above the byline, back to a gap between
      // them, the masthead, or a sentence. Lines that overdraw each other are one line.
      std::vector<std::string_view> above;
      for (std::size_t k = 0; k < authors->first; ++k) above.push_back(ctx.line(scan[k]));
      std::vector<bool> joins = overdrawn_joins(above);
      std::size_t top = authors->first;
      int printed = 0;
      while (top > 0 && (printed < 3 || (top < authors->first && joins[top]))) {
        std::uint32_t line = scan[top - 1];
        std::string_view t = ctx.line(line);
        if (is_masthead_line(t) || ends_statement(t)) break;
        if (top < authors->first && !ctx.layout.double_spaced && ctx.blank_between(line, scan[top]))
          break;
        if (top == authors->first || !joins[top]) ++printed;
        --top;
      }
      title.assign(scan.begin() + static_cast<std::ptrdiff_t>(top),
                   scan.begin() + static_cast<std::ptrdiff_t>(authors->first));
      front_end = top;
    }
    for (std::uint32_t l : authors->lines)
      out.metadata.push_back({MetaField::author, l, {}, {}, {}, false});
    out.authors = read_authors(ctx, authors->lines);
  }

  for (std::size_t k = 0; k < front_end; ++k) {
    if (in_title(scan[k])) continue;
    if (std::optional<MetaLine> m = read_masthead(scan[k], ctx.line(scan[k])))
      out.metadata.push_back(std::move(*m));
    else
      out.front_matter.push_back(scan[k]);
  }
  // Masthead lines may also follow the byline ("발행일 2024년 3월 8일" under the author),
  // cover lines without letters (the month of a report's cover, "2024. 4."), and a box of
  // contents: numbered lines printed again on a later page (the headings), as they are or
  // without their number (a section number the heading sets apart). A cover without a byline
  // may print its contents under the title: there only the contents are looked for.
  // The lines looked at: those after the byline in the scan, or without one, the first page's
  // lines after the title.
  std::vector<std::uint32_t> under_title;
  if (!authors && !title.empty())
    for (std::uint32_t i : free)
      if (ctx.page(i) == first_page && i > *std::max_element(title.begin(), title.end()))
        under_title.push_back(i);
  if (authors || !under_title.empty()) {
    const std::vector<std::uint32_t>& lines = authors ? scan : under_title;
    auto k =
        authors
            ? static_cast<std::size_t>(
                  std::find(lines.begin(), lines.end(), authors->lines.back()) - lines.begin()) +
                  1
            : 0;
    // Only the numbered lines after the byline or title are looked for on later pages: a
    // document's other lines are never compared.
    auto unnumbered = [](std::string_view t) {
      std::size_t end = contents_number_end(t);
      return end ? trim(t.substr(end)) : t;
    };
    std::unordered_set<std::string_view> numbered, printed_later;
    for (std::size_t j = k; j < lines.size(); ++j)
      if (contents_number_end(ctx.line(lines[j]))) {
        numbered.insert(ctx.line(lines[j]));
        numbered.insert(unnumbered(ctx.line(lines[j])));
      }
    // A heading may carry a footnote's marker the contents leave out ("… 현황 8)").
    // Only a line ending in ")" can end with one: the others are not scanned for markers.
    auto without_marker = [](std::string_view t) {
      if (t.empty() || t.back() != ')') return t;
      std::vector<GluedMarker> markers = glued_markers(t);
      return !markers.empty() && markers.back().end + 1 >= t.size()
                 ? trim(t.substr(0, markers.back().begin))
                 : t;
    };
    if (!numbered.empty())
      for (std::uint32_t i : ctx.content)
        if (ctx.page(i) > first_page)
          if (std::string_view t = without_marker(ctx.line(i)); numbered.contains(t))
            printed_later.insert(t);
    auto contents_line = [&](std::string_view t) {
      return contents_number_end(t) &&
             (printed_later.contains(t) || printed_later.contains(unnumbered(t)));
    };
    // A footnote marker stranded by the extractor is the byline's reference, not the cover's.
    auto cover_line = [](std::string_view t) {
      return !has_letter(t) && !line_marker(t) && !stranded_marker(t);
    };
    for (; k < lines.size(); ++k) {
      std::optional<MetaLine> m =
          authors ? read_masthead(lines[k], ctx.line(lines[k])) : std::nullopt;
      if (m)
        out.metadata.push_back(std::move(*m));
      else if ((authors && cover_line(ctx.line(lines[k]))) || contents_line(ctx.line(lines[k])))
        out.front_matter.push_back(lines[k]);
      else if (!stranded_marker(ctx.line(lines[k])))
        break;  // the byline's note marker set on a line of its own stays the flow's
    }
  }
  if (authors)
    for (std::uint32_t l : author_notes(ctx, authors->lines, first_page))
      out.front_matter.push_back(l);
  for (std::uint32_t l : title) out.metadata.push_back({MetaField::title, l, {}, {}, {}, false});
  if (std::none_of(out.metadata.begin(), out.metadata.end(),
                   [](const MetaLine& m) { return m.issue.has_value(); }))
    read_issue_from_running_header(ctx, first_page, out);
  for (const auto& m : out.metadata)
    if (!m.page_furniture) ctx.taken[m.line] = 1;
  for (std::uint32_t l : out.front_matter) ctx.taken[l] = 1;
}

}  // namespace kbrief::detail
