// SPDX-License-Identifier: MIT
// Recognisers for what a brief's first page carries before its body: author names, e-mail
// addresses, issue numbers and dates of the masthead. The block stage uses them to decide
// which lines are metadata and to read, once, what those lines say (MetaLine, Author).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "blocks_detail.h"
#include "kbrief/blocks.h"

namespace kbrief::detail {

// "김 민 성": two to four Hangul syllables separated by single spaces.
bool is_letter_spaced_name(std::string_view t);
// "김민성": two to four Hangul syllables.
bool is_compact_name(std::string_view t);
// A name as printed, either way, with an optional footnote star.
bool is_name(std::string_view t);
// The names of a byline that prints two or more authors on one line, in the order printed:
// compact names separated by "," or "·" ("홍길동, 김철수", "홍길동·김철수") or by spaces
// alone ("홍길동 김철수 이영희"), each perhaps marked with stars or a footnote number
// ("김선준* 노상현**1)"). Most of the names must have three syllables, the most common length,
// as the words of a title vary ("발간목적·주기", "미국의 관점 변화와 시사점"); separated by
// spaces alone, all of them, and three or more unless each is marked, two words being as
// often a field and its value ("발행인 홍길동").
// Empty when the line is no such byline.
std::vector<std::string_view> byline_names(std::string_view t);
bool is_email(std::string_view t);
// A line of the masthead: an issue number, a full date, an ISSN, a web or e-mail address,
// or a "발행…" (publication) field.
bool is_masthead_line(std::string_view t);

// What a masthead line says, read once (an issue line may carry the date too): a MetaLine
// whose field is the first of issue, publication date and organization it holds; nothing
// when it holds none. Zero-width characters do not count.
std::optional<MetaLine> read_masthead(std::uint32_t line, std::string_view t);

// "제1695호", "제1996호(24-23)", "No. 2022-안보-1", "22-4호"; a "제N호" with the volume
// printed before it ("2023년 겨울(39-4) 통권 제142호"); a year-led code ("No. 2020-인력-2",
// "자원2023-5099").
std::optional<std::string> find_issue(std::string_view t);
// A full date written as "2024년 6월 21일", "2026. 08. 20." or "2020.4.2.": a year from 1900
// to 2199, a month from 1 to 12 and a day from 1 to 31.
std::optional<CivilDate> find_full_date(std::string_view t);
// The colophon's key for the publisher.
inline constexpr std::string_view kPublisherKey = "발행처";
// The value of a "label value" field: field_value("발행처 국회입법조사처", "발행처"), also with
// a separator ("발행처 I 국회입법조사처", "발행처ㅣ국회예산정책처 발행인ㅣ…", where the value
// ends before the next field's key).
std::optional<std::string_view> field_value(std::string_view t, std::string_view label);

// A name token of a byline without its marks: footnote stars and a glued footnote number
// ("김종헌***1)" -> "김종헌", "1)민용기*" -> "민용기").
std::string_view without_name_marks(std::string_view t);
// The pieces of `t` between separators ("," and "·"), each trimmed; `spaces` also separates
// at spaces.
std::vector<std::string_view> split_names(std::string_view t, bool spaces);

// A title drawn twice at one place (a shadow, an outline) reaches the text as lines that
// repeat each other, cut at different places: "하늘·", "하늘", "·바다", "바다·", "·노을" for
// the printed "하늘·바다·노을". Such a run is read as one printed line when one of its lines
// repeats the start or end of the text before it whole; the others may overlap it by two
// letters or more, or by a mark that never starts a line ("·"). joins[k] says that lines[k]
// goes on with the printed line of lines[k - 1].
std::vector<bool> overdrawn_joins(const std::vector<std::string_view>& lines);
// The printed lines' text, separated by spaces: each run of overdrawn lines read once.
std::string join_overdrawn(const std::vector<std::string_view>& lines);

// The author block: name lines, then lines of affiliations and e-mail addresses.
struct AuthorBlock {
  std::vector<std::uint32_t> lines;
  std::size_t first = 0;  // index into the scanned lines of the first author line
};

// A PDF's evidence about its first page (lib/front_pdf.cc); `scan` is page 1's lines before
// its prose, in reading order. Each answers nothing for text input.
// A PDF's title set in display type: the first line of the largest type among scan[0, end)
// (the lines above the byline, when there is one), when that type is clearly larger than the
// body's; and the lines under it in the same type, or, above a byline, in any display type (a
// subtitle a size smaller). A line under it stands within an em of the title's type below the
// line before, wherever the reading order put it (a masthead beside a title that did not wrap
// may come between). Empty for text input, or when no line stands out so.
std::vector<std::uint32_t> title_by_type(const Ctx& ctx, const std::vector<std::uint32_t>& scan,
                                         std::size_t end, bool byline);
// The lines of scan[0, end) whose text is the PDF's Info Title, one to four lines in a row:
// the printed title, confirmed. Empty when no run of lines says it (an Info Title is often a
// layout file's name, which the page never prints).
std::vector<std::uint32_t> title_by_info(const Ctx& ctx, const std::vector<std::uint32_t>& scan,
                                         std::size_t end);
// The byline the text's own rules missed, where the PDF's Info Author names it: the first line
// of scan that prints exactly those names (alone, as a byline, or a name before its
// affiliation), and the e-mail addresses right under it.
std::optional<AuthorBlock> authors_by_info(const Ctx& ctx, const std::vector<std::uint32_t>& scan);

}  // namespace kbrief::detail
