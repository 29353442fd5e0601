// SPDX-License-Identifier: MIT
// The parts of the nothing-lost property (CONVENTIONS §6) that the tests (which read the
// elements from the JSON) and the fuzz targets (which read them from the Document) share.
// Free of GoogleTest, so that fuzz/ can build it too.
#pragma once

#include <kbrief/document.h>

#include <map>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace kbrief::test {

// Code point -> how many more the input has than the elements: zero everywhere when nothing
// is lost or added. Whitespace is not counted.
using CharCounts = std::map<char32_t, long>;
void add_chars(CharCounts& counts, std::string_view s, long sign);
// " 'd' (U+0064) lost 1×;" for each character whose count is not zero; "" when none.
std::string character_problems(const CharCounts& counts);
// Takes from `counts` the characters (whitespace aside) of every element in a document's
// JSON (kbrief json's output): texts, labels at every depth of a list, captions, titles,
// markers, notes and furniture.
void take_element_chars(CharCounts& counts, const nlohmann::json& doc_json);
// The input's characters against its elements' in the JSON written for `doc`: "" when equal.
std::string element_character_problems(const Document& doc);
// " line 7 owned by 2 elements (expected 1);" for each non-blank line that is not owned by
// exactly one element (two when a tail went elsewhere); "" when none.
std::string line_ownership_problems(const Document& doc);
// " p3 out of order at '가' (U+AC00);" for each block or footnote whose characters (whitespace
// aside) do not appear in its own lines in the same order; "" when none. Labels and markers
// that an element leaves out of its text do not matter: its text must be a subsequence.
std::string order_problems(const Document& doc);

}  // namespace kbrief::test
