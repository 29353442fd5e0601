#include "kbrief/decode.h"

#include <fmt/format.h>
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <algorithm>

#include "unicode.h"

namespace kbrief {
namespace {

// Length of the valid UTF-8 sequence at s[i], or 0 when the bytes there are invalid
// (overlong forms, surrogates, code points above U+10FFFF and truncated sequences too).
std::size_t valid_sequence_length(std::string_view s, std::size_t i) {
  auto b = [&](std::size_t k) { return static_cast<unsigned char>(s[i + k]); };
  auto cont = [&](std::size_t k) { return i + k < s.size() && (b(k) & 0xC0) == 0x80; };
  unsigned char b0 = b(0);
  if (b0 < 0x80) return 1;
  if (b0 < 0xC2) return 0;
  if (b0 < 0xE0) return cont(1) ? 2 : 0;
  if (b0 < 0xF0) {
    if (!cont(1) || !cont(2)) return 0;
    if (b0 == 0xE0 && b(1) < 0xA0) return 0;   // overlong
    if (b0 == 0xED && b(1) >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (b0 < 0xF5) {
    if (!cont(1) || !cont(2) || !cont(3)) return 0;
    if (b0 == 0xF0 && b(1) < 0x90) return 0;   // overlong
    if (b0 == 0xF4 && b(1) >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

// Line and column (CONVENTIONS §2) of byte `offset` in `s`, counted from `start`.
std::pair<std::size_t, std::size_t> position_of(std::string_view s, std::size_t offset) {
  std::size_t line = 1, line_start = 0;
  for (std::size_t i = 0; i < offset; ++i) {
    if (s[i] == '\n' || (s[i] == '\r' && (i + 1 >= s.size() || s[i + 1] != '\n'))) {
      ++line;
      line_start = i + 1;
    }
  }
  while (line_start < offset && s[line_start] == '\f') ++line_start;
  std::size_t column = 1;
  for (std::size_t i = line_start; i < offset; ++i)
    column += (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80;
  return {line, column};
}

InputError error_at(InputErrorKind kind, std::string message, std::string_view s,
                    std::size_t offset) {
  auto [line, column] = position_of(s, offset);
  return InputError{kind, std::move(message), line, column};
}

// The offending bytes of an invalid sequence, for the message: the lead byte and the
// continuation bytes that follow it (at most three).
std::string describe_invalid(std::string_view s, std::size_t i) {
  std::string bytes = fmt::format("0x{:02X}", static_cast<unsigned char>(s[i]));
  int expected = detail::sequence_length(static_cast<unsigned char>(s[i]));
  std::size_t k = 1;
  for (; static_cast<int>(k) < expected && i + k < s.size() &&
         (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80;
       ++k) {
    bytes += fmt::format(" 0x{:02X}", static_cast<unsigned char>(s[i + k]));
  }
  if (static_cast<unsigned char>(s[i]) >= 0x80 && static_cast<unsigned char>(s[i]) < 0xC0)
    return fmt::format("invalid UTF-8 byte {} (a continuation byte without a lead byte)", bytes);
  if (i + k >= s.size() && static_cast<int>(k) < expected)
    return fmt::format("invalid UTF-8 sequence {} (truncated at end of input)", bytes);
  return fmt::format("invalid UTF-8 {} {}", k == 1 ? "byte" : "sequence", bytes);
}

class EditCollector : public icu::ByteSink {
 public:
  explicit EditCollector(std::string& out) : out_(out) {}
  void Append(const char* bytes, int32_t n) override {
    out_.append(bytes, static_cast<std::size_t>(n));
  }

 private:
  std::string& out_;
};

}  // namespace

std::size_t DecodedText::source_offset(std::size_t text_offset) const {
  if (edits.empty()) return text_offset;
  auto it = std::upper_bound(
      edits.begin(), edits.end(), text_offset,
      [](std::size_t off, const NormalizationEdit& e) { return off < e.text_begin; });
  if (it == edits.begin()) return text_offset;
  const NormalizationEdit& e = *std::prev(it);
  if (text_offset < e.text_begin + e.text_length) return e.source_begin;
  return e.source_begin + e.source_length + (text_offset - e.text_begin - e.text_length);
}

Expected<DecodedText> decode(std::string bytes, const DecodeOptions& options) {
  DecodedText out;
  out.input_bytes = bytes.size();
  if (bytes.size() > options.max_bytes)
    return InputError{InputErrorKind::too_large,
                      fmt::format("input is {} bytes; kbrief reads at most {} bytes per document",
                                  bytes.size(), options.max_bytes)};
  std::size_t start = 0;
  if (bytes.size() >= 3 && bytes.compare(0, 3, "\xEF\xBB\xBF") == 0) {
    out.had_bom = true;
    start = 3;
  }
  std::string_view s(bytes);
  for (std::size_t i = start; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x80) {  // the common case: printable ASCII
      ++i;
      continue;
    }
    if (c == 0)
      return error_at(InputErrorKind::binary, "NUL byte: this looks like a binary file, not text",
                      s.substr(start), i - start);
    std::size_t n = valid_sequence_length(s, i);
    if (n == 0)
      return error_at(InputErrorKind::invalid_bytes, describe_invalid(s, i), s.substr(start),
                      i - start);
    i += n;
  }
  if (start) bytes.erase(0, start);

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status) && !nfc->isNormalizedUTF8(bytes, status) && U_SUCCESS(status)) {
    icu::Edits edits;
    std::string normalized;
    normalized.reserve(bytes.size());
    EditCollector sink(normalized);
    nfc->normalizeUTF8(0, bytes, sink, &edits, status);
    if (U_SUCCESS(status)) {
      auto it = edits.getCoarseChangesIterator();
      while (it.next(status)) {
        out.edits.push_back({static_cast<std::uint32_t>(it.destinationIndex()),
                             static_cast<std::uint32_t>(it.newLength()),
                             static_cast<std::uint32_t>(it.sourceIndex()),
                             static_cast<std::uint32_t>(it.oldLength())});
      }
      out.original = std::move(bytes);
      out.text = std::move(normalized);
      return out;
    }
  }
  out.text = std::move(bytes);
  return out;
}

}  // namespace kbrief
