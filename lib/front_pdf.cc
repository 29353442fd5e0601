// SPDX-License-Identifier: MIT
// What a PDF shows of its first page beyond the text: the title by its type, and the title and
// byline its Info dictionary confirms.
#include <algorithm>

#include "body_type.h"
#include "front_detail.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

// The text without whitespace and note stars: a title or a name compared across line breaks.
std::string squeezed(std::string_view t) {
  std::string out;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t at = i;
    char32_t c = next_code_point(t, i);
    if (!is_space(c) && c != '*') out.append(t.substr(at, i - at));
  }
  return out;
}

// The names of the PDF's Info Author ("홍길동", "홍길동, 김철수", "홍길동·김철수"), squeezed;
// empty unless every one has a name's shape (an operator's login, "KOM", has not).
std::vector<std::string> info_author_names(const Ctx& ctx) {
  std::string_view author = ctx.info.author;
  if (author.empty()) return {};
  std::vector<std::string_view> parts = split_names(author, false);
  if (parts.size() == 1) parts = split_names(author, true);
  std::vector<std::string> names;
  for (std::string_view p : parts) {
    std::string name = squeezed(p);
    if (!is_compact_name(name)) return {};
    names.push_back(std::move(name));
  }
  std::sort(names.begin(), names.end());
  return names;
}

}  // namespace

std::vector<std::uint32_t> title_by_type(const Ctx& ctx, const std::vector<std::uint32_t>& scan,
                                         std::size_t end, bool byline) {
  if (ctx.geometry.empty() || end == 0) return {};
  BodyType body(ctx.geometry, ctx.free_lines());
  if (!body.known()) return {};
  auto at = [&](std::size_t k) -> const LineGeometry& { return ctx.geometry[scan[k]]; };
  // A title is set a third larger than the body or more (18 or 20 points over 10); a
  // section heading seldom is (11 to 13 points over 10).
  auto display = [&](std::size_t k) {
    return at(k).font_size >= body.size() * 1.3f && !is_masthead_line(ctx.line(scan[k]));
  };
  std::size_t first = end;
  for (std::size_t k = 0; k < end; ++k)
    if (display(k) && (first == end || at(k).font_size > at(first).font_size)) first = k;
  if (first == end) return {};
  const float em = at(first).font_size;
  // One type varies by a fraction of a point in rounding; the next size is a point away.
  auto largest = [&](std::size_t k) { return at(k).font_size >= em * 0.97f; };
  std::vector<std::uint32_t> title{scan[first]};
  const LineGeometry* last = &at(first);
  for (std::size_t k = first + 1; k < end && title.size() < 4; ++k) {
    if (!display(k)) continue;
    bool under =
        at(k).page == last->page && at(k).top >= last->top && at(k).top - last->bottom < em;
    if (!under || (!byline && !largest(k))) break;
    title.push_back(scan[k]);
    last = &at(k);
  }
  return title;
}

std::vector<std::uint32_t> title_by_info(const Ctx& ctx, const std::vector<std::uint32_t>& scan,
                                         std::size_t end) {
  std::string want = squeezed(ctx.info.title);
  if (want.empty()) return {};
  for (std::size_t k = 0; k < end; ++k) {
    std::string joined;
    for (std::size_t n = 0; n < 4 && k + n < end; ++n) {
      joined += squeezed(ctx.line(scan[k + n]));
      if (joined.size() > want.size() || want.compare(0, joined.size(), joined) != 0) break;
      if (joined == want)
        return std::vector<std::uint32_t>(scan.begin() + static_cast<std::ptrdiff_t>(k),
                                          scan.begin() + static_cast<std::ptrdiff_t>(k + n + 1));
    }
  }
  return {};
}

std::optional<AuthorBlock> authors_by_info(const Ctx& ctx, const std::vector<std::uint32_t>& scan) {
  std::vector<std::string> want = info_author_names(ctx);
  if (want.empty()) return std::nullopt;
  for (std::size_t k = 0; k < scan.size(); ++k) {
    std::string_view t = ctx.line(scan[k]);
    std::vector<std::string> names;
    if (is_name(t)) {
      names.push_back(squeezed(t));
    } else if (std::vector<std::string_view> several = byline_names(t); !several.empty()) {
      for (std::string_view n : several) names.push_back(squeezed(n));
    } else if (std::size_t space = t.find(' '); space != std::string_view::npos) {
      names.push_back(squeezed(without_name_marks(t.substr(0, space))));
    }
    std::sort(names.begin(), names.end());
    if (names != want) continue;
    AuthorBlock block;
    block.first = k;
    block.lines.push_back(scan[k]);
    for (std::size_t m = k + 1; m < scan.size() && is_email(ctx.line(scan[m])); ++m)
      block.lines.push_back(scan[m]);
    return block;
  }
  return std::nullopt;
}

}  // namespace kbrief::detail
