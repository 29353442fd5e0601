// SPDX-License-Identifier: MIT
// kbrief::decode on arbitrary bytes. The first byte picks the options: bits 0-2 the
// encoding ("auto", "UTF-8", "EUC-KR", "CP949", "UTF-16LE"), bit 3 lossy; the rest is input.
#include <fmt/format.h>
#include <kbrief/decode.h>

#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"

namespace {

const char* const kEncodings[] = {"auto", "UTF-8", "EUC-KR", "CP949", "UTF-16LE"};

// Lines of text as read: "\n", "\r\n" or a lone "\r" ends one (CONVENTIONS §2).
std::size_t line_count(std::string_view s) {
  std::size_t n = 1;
  for (std::size_t i = 0; i < s.size(); ++i)
    if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n'))) ++n;
  return n;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const std::uint8_t selector = data[0];
  kbrief::DecodeOptions options;
  options.encoding = kEncodings[(selector & 7) % 5];
  options.lossy = (selector & 8) != 0;
  std::string bytes(reinterpret_cast<const char*>(data) + 1, size - 1);

  kbrief::Expected<kbrief::DecodedText> result = kbrief::decode(bytes, options);
  if (!result) {
    const kbrief::InputError& e = result.error();
    const auto kind = e.kind;
    KBRIEF_FUZZ_ASSERT(!e.message.empty(), std::string("empty error message"));
    KBRIEF_FUZZ_ASSERT(
        kind != kbrief::InputErrorKind::cannot_open && kind != kbrief::InputErrorKind::cannot_read,
        e.message);
    // Every encoding offered is one ICU knows.
    KBRIEF_FUZZ_ASSERT(kind != kbrief::InputErrorKind::unknown_encoding, e.message);
    if (options.lossy) {
      // Lossy reading replaces what is invalid: only a NUL (binary) or the size can stop it.
      KBRIEF_FUZZ_ASSERT(
          kind == kbrief::InputErrorKind::too_large || kind == kbrief::InputErrorKind::binary,
          fmt::format("encoding {} lossy: kind {}: {}", options.encoding, static_cast<int>(kind),
                      e.message));
    }
    if (kind == kbrief::InputErrorKind::invalid_bytes || kind == kbrief::InputErrorKind::binary ||
        kind == kbrief::InputErrorKind::undetected_encoding)
      KBRIEF_FUZZ_ASSERT(e.line >= 1 && e.column >= 1,
                         fmt::format("error at {}:{}: {}", e.line, e.column, e.message));
    return 0;
  }

  const kbrief::DecodedText& d = *result;
  KBRIEF_FUZZ_ASSERT(kbrief::fuzz::valid_utf8(d.text), std::string("decoded text is not UTF-8"));
  KBRIEF_FUZZ_ASSERT(d.text.find('\0') == std::string::npos,
                     fmt::format("NUL at byte {} of the text", d.text.find('\0')));
  KBRIEF_FUZZ_ASSERT(d.input_bytes == bytes.size(),
                     fmt::format("input_bytes {} != {}", d.input_bytes, bytes.size()));
  KBRIEF_FUZZ_ASSERT(!d.encoding.empty(), std::string("empty encoding name"));
  if (!options.lossy)
    KBRIEF_FUZZ_ASSERT(d.replaced.empty(),
                       fmt::format("{} replacements without lossy", d.replaced.size()));

  const std::string& read = d.as_read();
  KBRIEF_FUZZ_ASSERT(kbrief::fuzz::valid_utf8(read), std::string("as_read() is not UTF-8"));
  const std::size_t lines = line_count(read);
  for (const kbrief::InputError& r : d.replaced) {
    KBRIEF_FUZZ_ASSERT(r.line >= 1 && r.column >= 1,
                       fmt::format("replacement at {}:{}: {}", r.line, r.column, r.message));
    KBRIEF_FUZZ_ASSERT(r.line <= lines,
                       fmt::format("replacement on line {} of {}: {}", r.line, lines, r.message));
    KBRIEF_FUZZ_ASSERT(r.kind == kbrief::InputErrorKind::invalid_bytes, r.message);
  }
  if (!d.replaced.empty())
    KBRIEF_FUZZ_ASSERT(read.find("\uFFFD") != std::string::npos,
                       std::string("replacements listed but no U+FFFD in the text as read"));

  // NFC edits map the text back to the text as read.
  KBRIEF_FUZZ_ASSERT(d.source_offset(d.text.size()) == read.size(),
                     fmt::format("source_offset(text.size() = {}) = {}, as_read().size() = {}",
                                 d.text.size(), d.source_offset(d.text.size()), read.size()));
  if (d.normalized()) {
    std::uint64_t text_end = 0, source_end = 0;
    for (const kbrief::NormalizationEdit& e : d.edits) {
      KBRIEF_FUZZ_ASSERT(e.text_begin >= text_end && e.source_begin >= source_end,
                         std::string("NFC edits out of order"));
      // Unchanged text between edits has the same length in both.
      KBRIEF_FUZZ_ASSERT(e.text_begin - text_end == e.source_begin - source_end,
                         std::string("NFC edits disagree on unchanged text"));
      text_end = std::uint64_t{e.text_begin} + e.text_length;
      source_end = std::uint64_t{e.source_begin} + e.source_length;
      KBRIEF_FUZZ_ASSERT(text_end <= d.text.size() && source_end <= read.size(),
                         std::string("NFC edit past the end"));
    }
  }
  std::size_t previous = 0;
  for (std::size_t off = 0; off <= d.text.size(); ++off) {
    std::size_t s = d.source_offset(off);
    KBRIEF_FUZZ_ASSERT(s <= read.size() && s >= previous,
                       fmt::format("source_offset({}) = {} (previous {}, as read {})", off, s,
                                   previous, read.size()));
    previous = s;
  }
  return 0;
}
