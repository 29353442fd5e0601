// SPDX-License-Identifier: MIT
#include "fuzz_support.h"

#include <fmt/format.h>

#include <cstdio>
#include <cstdlib>
#include <map>

#include "kbrief/pipeline.h"
#include "nothing_lost.h"
#include "unicode.h"

namespace kbrief::fuzz {

void fail(const char* file, int line, const char* condition, const std::string& what) {
  std::fprintf(stderr, "\n==== KBRIEF_FUZZ_ASSERT failed at %s:%d: %s\n     %s\n", file, line,
               condition, what.c_str());
  std::fflush(stderr);
  std::abort();
}

bool valid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
    auto cont = [&](std::size_t k) { return i + k < s.size() && (b(k) & 0xC0) == 0x80; };
    unsigned char b0 = b(0);
    std::size_t n;
    if (b0 < 0x80) {
      n = 1;
    } else if (b0 < 0xC2) {
      return false;
    } else if (b0 < 0xE0) {
      if (!cont(1)) return false;
      n = 2;
    } else if (b0 < 0xF0) {
      if (!cont(1) || !cont(2)) return false;
      if (b0 == 0xE0 && b(1) < 0xA0) return false;   // overlong
      if (b0 == 0xED && b(1) >= 0xA0) return false;  // surrogate
      n = 3;
    } else if (b0 < 0xF5) {
      if (!cont(1) || !cont(2) || !cont(3)) return false;
      if (b0 == 0xF0 && b(1) < 0x90) return false;   // overlong
      if (b0 == 0xF4 && b(1) >= 0x90) return false;  // above U+10FFFF
      n = 4;
    } else {
      return false;
    }
    i += n;
  }
  return true;
}

bool on_boundary(std::string_view s, std::size_t offset) {
  if (offset > s.size()) return false;
  return offset == s.size() || (static_cast<unsigned char>(s[offset]) & 0xC0) != 0x80;
}

std::size_t code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

std::string_view code_point_substr(std::string_view s, std::size_t start, std::size_t end,
                                   bool& ok) {
  ok = false;
  if (start > end) return {};
  std::size_t cp = 0, b = 0, begin_byte = std::string_view::npos;
  for (;; ++b) {
    bool boundary = b == s.size() || (static_cast<unsigned char>(s[b]) & 0xC0) != 0x80;
    if (boundary) {
      if (cp == start) begin_byte = b;
      if (cp == end) {
        ok = true;
        return s.substr(begin_byte, b - begin_byte);
      }
      ++cp;
    }
    if (b == s.size()) return {};
  }
}

// Mirrors tests/test_support.cc, which reads the same fields from the JSON: a label only for
// headings, a caption only for tables, footnote markers for all but tables, item labels only
// for list blocks (inline lists keep theirs in the text).
std::string nothing_lost(const Document& doc) {
  // The elements as kbrief json writes them, counted as the test suite counts them.
  return test::element_character_problems(doc) + test::line_ownership_problems(doc) +
         test::order_problems(doc);
}

std::optional<Document> document_from_bytes(const std::uint8_t* data, std::size_t size) {
  DecodeOptions options;
  options.lossy = true;
  auto decoded = decode(std::string(reinterpret_cast<const char*>(data), size), options);
  if (!decoded) return std::nullopt;  // binary (a NUL byte) or too large
  return build_document(std::move(*decoded), "fuzz.txt");
}

}  // namespace kbrief::fuzz
