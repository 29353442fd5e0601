// SPDX-License-Identifier: MIT
// Inside decode(): reading bytes in encodings other than UTF-8 with ICU's converters, and
// telling which encoding unmarked bytes are in.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace kbrief::detail {

// One invalid byte sequence met while converting: where its U+FFFD stands in the UTF-8
// result, and the bytes it replaced.
struct InvalidSequence {
  std::size_t utf8_offset = 0;
  std::string bytes;  // "0xC9 0x21"
};

struct Converted {
  std::string utf8;
  std::vector<InvalidSequence> invalid;  // in order
};

// Converts `bytes` from ICU converter `name` to UTF-8, each invalid or unmapped sequence
// becoming U+FFFD. Nothing when ICU has no such converter.
std::optional<Converted> convert_to_utf8(std::string_view bytes, const std::string& name);

// The encoding of bytes that are not UTF-8, with ICU's confidence scale (0-100).
struct Detection {
  std::string name;  // ICU converter name, or "" when nothing matched
  int confidence = 0;
  std::vector<std::string> candidates;  // what to suggest when the confidence is too low
};

// Weighs ICU's charset detector against a strict reading as EUC-KR or CP949 (ICU's
// detector does not know CP949 and misses short EUC-KR texts): bytes that read without an
// invalid sequence as Korean text are that encoding, as sure as their Hangul share and
// count say.
Detection detect_encoding(std::string_view bytes);

// The name kbrief reports for an ICU converter name: "EUC-KR", "CP949", "UTF-16LE".
std::string display_name(const std::string& name);

// Whether `name` is the name or an alias of ICU's UTF-8 converter.
bool is_utf8_name(const std::string& name);

}  // namespace kbrief::detail
