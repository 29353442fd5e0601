// SPDX-License-Identifier: MIT
// Helpers shared by the fuzz targets: an assertion that aborts (so libFuzzer records the
// input), a strict UTF-8 validator, code-point counting, and the nothing-lost property
// (CONVENTIONS §6) as tests/test_support.cc checks it, without GoogleTest.
#pragma once

#include <kbrief/document.h>

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace kbrief::fuzz {

[[noreturn]] void fail(const char* file, int line, const char* condition, const std::string& what);

// Whether `s` is well-formed UTF-8: no overlong forms, surrogates, code points above
// U+10FFFF or truncated sequences.
bool valid_utf8(std::string_view s);
// Whether byte `offset` (0..s.size()) of valid UTF-8 starts a code point (or is the end).
bool on_boundary(std::string_view s, std::size_t offset);
// Code points in valid UTF-8.
std::size_t code_points(std::string_view s);
// The code points [start, end) of valid UTF-8 `s` as bytes; `ok` false when out of range.
std::string_view code_point_substr(std::string_view s, std::size_t start, std::size_t end,
                                   bool& ok);

// Nothing lost: the characters of doc.decoded.text without whitespace equal, as a multiset,
// those of every element (front matter, metadata sources, blocks' text, labels, captions,
// markers, footnotes, furniture), and every non-blank line is owned by exactly one element
// (two when a tail was split off). Returns "" when it holds, else what went wrong.
std::string nothing_lost(const Document& doc);

// The input as a document: decoded with encoding "auto" and --lossy, then segmented; nothing
// when it is binary (a NUL byte) or too large.
std::optional<Document> document_from_bytes(const std::uint8_t* data, std::size_t size);

}  // namespace kbrief::fuzz

// Checks `cond`; on failure prints the condition and `what` (a std::string expression,
// evaluated only on failure) and aborts.
#define KBRIEF_FUZZ_ASSERT(cond, what)                                    \
  do {                                                                    \
    if (!(cond)) ::kbrief::fuzz::fail(__FILE__, __LINE__, #cond, (what)); \
  } while (0)
