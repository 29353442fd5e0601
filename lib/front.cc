// SPDX-License-Identifier: MIT
// The first page before the body: masthead, title, authors; and a title block printed
// after page 1's footnotes.
#include <algorithm>

#include "blocks_detail.h"
#include "front_detail.h"
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

bool is_compact_name(std::string_view t) {
  int syllables = 0;
  for (std::size_t i = 0; i < t.size();) {
    if (!is_hangul_syllable(next_code_point(t, i))) return false;
    ++syllables;
  }
  return syllables >= 2 && syllables <= 4;
}

bool is_name(std::string_view t) {
  while (!t.empty() && t.back() == '*') t.remove_suffix(1);
  t = trim(t);
  return is_letter_spaced_name(t) || is_compact_name(t);
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
        return std::string(t.substr(at, i - at));
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
  return std::nullopt;
}

std::optional<std::string_view> field_value(std::string_view t, std::string_view label) {
  if (!t.starts_with(label)) return std::nullopt;
  std::string_view rest = trim(t.substr(label.size()));
  if (rest.empty() || rest.size() == t.size() - label.size())
    return std::nullopt;  // needs a separator
  return rest;
}

std::optional<MetaLine> read_masthead(std::uint32_t line, std::string_view t) {
  std::string clean = without_zero_width(t);
  MetaLine m{MetaField::issue, line, find_issue(clean), find_full_date(clean), std::nullopt};
  if (auto org = field_value(clean, "발행처")) m.organization = std::string(*org);
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

// The author block: name lines, then lines of affiliations and e-mail addresses.
struct AuthorBlock {
  std::vector<std::uint32_t> lines;
  std::size_t first = 0;  // index into the scanned lines of the first author line
};

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

std::optional<AuthorBlock> find_authors(const Ctx& ctx, const std::vector<std::uint32_t>& scan) {
  for (std::size_t k = 0; k < scan.size(); ++k) {
    std::string_view t = ctx.line(scan[k]);
    bool next_is_email = k + 1 < scan.size() && is_email(ctx.line(scan[k + 1]));
    bool author = parenthesised_author(t) || (is_name(t) && (k > 0 || next_is_email)) ||
                  (next_is_email && name_with_affiliation(t));
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
      return is_compact_name(u);
    };
    for (std::size_t m = k + 1; m < scan.size(); ++m) {
      std::string_view u = ctx.line(scan[m]);
      bool next_is_mail = m + 1 < scan.size() && is_email(ctx.line(scan[m + 1]));
      // An affiliation line follows a bare name (a parenthesised byline carries its own).
      bool previous_is_name = is_name(ctx.line(scan[m - 1]));
      bool name = only_names && same_form(u);
      bool affiliation = !ends_sentence(u) && !is_masthead_line(u) &&
                         ctx.width(scan[m]) * 2 < ctx.layout.body_width &&
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

}  // namespace

void find_front(Ctx& ctx, Blocks& out) {
  std::vector<std::uint32_t> free = ctx.free_lines();
  if (free.empty()) return;
  std::uint32_t first_page = ctx.page(free.front());

  std::vector<std::uint32_t> title = title_after_footnotes(ctx, out, first_page);

  // The part of page 1 that can hold the masthead and byline: up to the first line as
  // wide as the body's prose.
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
  std::size_t front_end = 0;  // scan[0..front_end) is masthead / front matter
  if (authors) {
    front_end = authors->first;
    if (title.empty()) {
      // The title: up to three lines just above the byline, back to a gap between them,
      // the masthead, or a sentence.
      std::size_t top = authors->first;
      while (top > 0 && authors->first - top < 3) {
        std::uint32_t line = scan[top - 1];
        std::string_view t = ctx.line(line);
        if (is_masthead_line(t) || ends_statement(t)) break;
        if (top < authors->first && !ctx.layout.double_spaced && ctx.blank_between(line, scan[top]))
          break;
        --top;
      }
      title.assign(scan.begin() + static_cast<std::ptrdiff_t>(top),
                   scan.begin() + static_cast<std::ptrdiff_t>(authors->first));
      front_end = top;
    }
    for (std::uint32_t l : authors->lines)
      out.metadata.push_back({MetaField::author, l, {}, {}, {}});
    out.authors = read_authors(ctx, authors->lines);
  }

  for (std::size_t k = 0; k < front_end; ++k) {
    if (std::optional<MetaLine> m = read_masthead(scan[k], ctx.line(scan[k])))
      out.metadata.push_back(std::move(*m));
    else
      out.front_matter.push_back(scan[k]);
  }
  // Masthead lines may also follow the byline ("발행일 2024년 3월 8일" under the author).
  if (authors) {
    auto k = static_cast<std::size_t>(std::find(scan.begin(), scan.end(), authors->lines.back()) -
                                      scan.begin()) +
             1;
    for (; k < scan.size(); ++k) {
      std::optional<MetaLine> m = read_masthead(scan[k], ctx.line(scan[k]));
      if (!m) break;
      out.metadata.push_back(std::move(*m));
    }
  }
  for (std::uint32_t l : title) out.metadata.push_back({MetaField::title, l, {}, {}, {}});
  for (const auto& m : out.metadata) ctx.taken[m.line] = 1;
  for (std::uint32_t l : out.front_matter) ctx.taken[l] = 1;
}

}  // namespace kbrief::detail
