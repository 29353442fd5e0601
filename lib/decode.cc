// SPDX-License-Identifier: MIT
#include "kbrief/decode.h"

#include <fmt/format.h>
#include <fmt/ranges.h>
#include <unicode/bytestream.h>
#include <unicode/edits.h>
#include <unicode/normalizer2.h>

#include <algorithm>
#include <optional>

#include "decode_detail.h"
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

// valid_sequence_length(s, i) == 3 for the lead bytes with no overlong or surrogate forms
// to rule out (Hangul's among them), where two continuation bytes make a valid character.
inline bool is_plain_three_byte(std::string_view s, std::size_t i) {
  auto c = static_cast<unsigned char>(s[i]);
  return c >= 0xE1 && c <= 0xEF && c != 0xED && i + 2 < s.size() &&
         (static_cast<unsigned char>(s[i + 1]) & 0xC0) == 0x80 &&
         (static_cast<unsigned char>(s[i + 2]) & 0xC0) == 0x80;
}

// Line and column (1-based; columns in code points, after a leading form feed) of byte
// offsets in UTF-8 text, asked in increasing order: one pass however many positions are asked.
class PositionCounter {
 public:
  explicit PositionCounter(std::string_view s) : s_(s) {}
  std::pair<std::size_t, std::size_t> at(std::size_t offset) {
    for (; i_ < offset; ++i_) {
      char c = s_[i_];
      if (c == '\n' || (c == '\r' && (i_ + 1 >= s_.size() || s_[i_ + 1] != '\n'))) {
        ++line_;
        column_ = 1;
        line_start_ = true;
        continue;
      }
      if (c == '\f' && line_start_) continue;  // a page break takes no column
      line_start_ = false;
      column_ += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    }
    return {line_, column_};
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0, line_ = 1, column_ = 1;
  bool line_start_ = true;
};

InputError error_at(InputErrorKind kind, std::string message, std::string_view s,
                    std::size_t offset) {
  auto [line, column] = PositionCounter(s).at(offset);
  return InputError{kind, std::move(message), line, column};
}

// The length of the invalid sequence at s[i]: its lead byte and the continuation bytes
// that follow it, up to the length the lead byte announces.
std::size_t invalid_length(std::string_view s, std::size_t i) {
  int expected = detail::sequence_length(static_cast<unsigned char>(s[i]));
  std::size_t k = 1;
  while (static_cast<int>(k) < expected && i + k < s.size() &&
         (static_cast<unsigned char>(s[i + k]) & 0xC0) == 0x80)
    ++k;
  return k;
}

std::string hex_bytes(std::string_view bytes) {
  std::string out;
  for (std::size_t k = 0; k < bytes.size(); ++k)
    out += fmt::format("{}0x{:02X}", k ? " " : "", static_cast<unsigned char>(bytes[k]));
  return out;
}

// What is wrong with the invalid sequence at s[i], for the message.
std::string describe_invalid(std::string_view s, std::size_t i) {
  std::size_t k = invalid_length(s, i);
  std::string bytes = hex_bytes(s.substr(i, k));
  auto lead = static_cast<unsigned char>(s[i]);
  if (lead >= 0x80 && lead < 0xC0)
    return fmt::format("invalid UTF-8 byte {} (a continuation byte without a lead byte)", bytes);
  if (i + k >= s.size() && static_cast<int>(k) < detail::sequence_length(lead))
    return fmt::format("invalid UTF-8 sequence {} (truncated at end of input)", bytes);
  return fmt::format("invalid UTF-8 {} {}", k == 1 ? "byte" : "sequence", bytes);
}

// How much of the input reads as UTF-8: valid multi-byte sequences and invalid ones.
struct Utf8Census {
  std::size_t multibyte = 0, invalid = 0;
  // Mostly UTF-8: a few bad bytes in UTF-8 text are errors to report, not a sign of
  // another encoding (whose multi-byte characters are almost never valid UTF-8).
  bool is_utf8() const { return invalid == 0 || multibyte >= invalid; }
};

Utf8Census take_census(std::string_view s) {
  Utf8Census census;
  for (std::size_t i = 0; i < s.size();) {
    if (static_cast<unsigned char>(s[i]) < 0x80) {
      ++i;
      continue;
    }
    std::size_t n = is_plain_three_byte(s, i) ? 3 : valid_sequence_length(s, i);
    if (n == 0) {
      ++census.invalid;
      i += invalid_length(s, i);
    } else {
      ++census.multibyte;
      i += n;
    }
  }
  return census;
}

std::size_t first_invalid_utf8(std::string_view s) {
  for (std::size_t i = 0; i < s.size();) {
    std::size_t n = valid_sequence_length(s, i);
    if (n == 0) return i;
    i += n;
  }
  return s.size();
}

// UTF-8 input, checked: the first invalid sequence is an error, or with `lossy` each one
// becomes U+FFFD and is listed in out.replaced.
std::optional<InputError> read_utf8(std::string& text, bool lossy, DecodedText& out) {
  std::string_view s(text);
  std::string repaired;  // built only once something needs replacing
  std::vector<std::pair<std::size_t, std::string>> replaced;  // offset in repaired, message
  std::size_t copied = 0;
  for (std::size_t i = 0; i < s.size();) {
    auto c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c < 0x80) {  // the common case: printable ASCII
      ++i;
      continue;
    }
    if (is_plain_three_byte(s, i)) {
      i += 3;
      continue;
    }
    std::size_t n = valid_sequence_length(s, i);
    if (n > 0) {
      i += n;
      continue;
    }
    if (!lossy) return error_at(InputErrorKind::invalid_bytes, describe_invalid(s, i), s, i);
    repaired.append(s.substr(copied, i - copied));
    replaced.emplace_back(repaired.size(), describe_invalid(s, i));
    repaired += "\uFFFD";
    i += invalid_length(s, i);
    copied = i;
  }
  if (replaced.empty()) return std::nullopt;
  repaired.append(s.substr(copied));
  text = std::move(repaired);
  PositionCounter positions(text);
  for (auto& [offset, message] : replaced) {
    auto [line, column] = positions.at(offset);
    out.replaced.push_back({InputErrorKind::invalid_bytes, std::move(message), line, column});
  }
  return std::nullopt;
}

// Input in another encoding, converted by ICU; invalid sequences as in read_utf8.
std::optional<InputError> read_converted(std::string& text, const std::string& encoding, bool lossy,
                                         DecodedText& out) {
  std::optional<detail::Converted> converted = detail::convert_to_utf8(text, encoding);
  if (!converted)
    return InputError{InputErrorKind::unknown_encoding,
                      fmt::format("unknown encoding '{}'", encoding)};
  std::string name = detail::display_name(encoding);
  PositionCounter positions(converted->utf8);
  for (detail::InvalidSequence& bad : converted->invalid) {
    auto [line, column] = positions.at(bad.utf8_offset);
    InputError e{InputErrorKind::invalid_bytes,
                 fmt::format("invalid {} byte sequence {}", name, bad.bytes), line, column};
    if (!lossy) return e;
    out.replaced.push_back(std::move(e));
  }
  text = std::move(converted->utf8);
  return std::nullopt;
}

// The encoding a byte order mark announces, and the mark's length.
std::pair<std::string, std::size_t> byte_order_mark(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") return {"UTF-8", 3};
  if (s.substr(0, 4) == std::string_view("\xFF\xFE\0\0", 4)) return {"UTF-32LE", 4};
  if (s.substr(0, 4) == std::string_view("\0\0\xFE\xFF", 4)) return {"UTF-32BE", 4};
  if (s.substr(0, 2) == "\xFF\xFE") return {"UTF-16LE", 2};
  if (s.substr(0, 2) == "\xFE\xFF") return {"UTF-16BE", 2};
  return {"", 0};
}

// Whether the character at s[i] (valid UTF-8) is one that NFC leaves alone whatever
// surrounds it, and that nothing before it combines with: ASCII, Hangul syllables
// (U+AC00..U+D7A3) and U+4000..U+9FFF (CJK ideographs, Yijing symbols). Decided from the
// bytes; sets `n` to the character's length.
bool is_nfc_inert(std::string_view s, std::size_t i, std::size_t& n) {
  auto b = static_cast<unsigned char>(s[i]);
  n = static_cast<std::size_t>(detail::sequence_length(b));
  if (b < 0x80) return true;
  if (b < 0xE4 || b > 0xED || i + 2 >= s.size()) return false;
  auto b1 = static_cast<unsigned char>(s[i + 1]);
  if (b == 0xEA) return b1 >= 0xB0;  // U+AC00..
  if (b == 0xED)                     // ..U+D7A3
    return b1 < 0x9E || (b1 == 0x9E && static_cast<unsigned char>(s[i + 2]) <= 0xA3);
  return true;
}

// nfc->isNormalizedUTF8(s), with ICU asked only about the runs of other characters, each
// with the character before it (which may compose with the run's first). ASCII is passed
// over eight bytes at a time.
bool is_nfc(const icu::Normalizer2& nfc, std::string_view s, UErrorCode& status) {
  std::size_t i = 0, n = 0;
  while (i < s.size()) {
    if (i + 8 <= s.size() && (detail::load8(s.data() + i) & (detail::kEachByte * 0x80)) == 0) {
      i += 8;
      continue;
    }
    if (is_nfc_inert(s, i, n)) {
      i += n;
      continue;
    }
    std::size_t j = i + n;
    while (j < s.size() && !is_nfc_inert(s, j, n)) j += n;
    std::size_t from = i;
    if (from > 0) {  // back to the first byte of the character before
      do {
        --from;
      } while (from > 0 && (static_cast<unsigned char>(s[from]) & 0xC0) == 0x80);
    }
    if (!nfc.isNormalizedUTF8(icu::StringPiece(s.data() + from, static_cast<int32_t>(j - from)),
                              status) ||
        U_FAILURE(status))
      return false;
    i = j;
  }
  return true;
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

namespace {

bool is_wide_encoding(const std::string& name, int confidence, const DecodeOptions& options) {
  return confidence >= options.min_confidence &&
         (name.rfind("UTF-16", 0) == 0 || name.rfind("UTF-32", 0) == 0);
}

// NUL bytes that are not the zero halves of UTF-16 or UTF-32 text: a binary file. When the
// NULs fall mostly on one side of each byte pair, it may be UTF-16 without a byte order
// mark, which the detector could not tell: the message says how to read it.
std::optional<InputError> refuse_binary(std::string_view bytes, const detail::Detection& d,
                                        const DecodeOptions& options) {
  std::size_t nul = bytes.find('\0');
  if (nul == std::string_view::npos || is_wide_encoding(d.name, d.confidence, options))
    return std::nullopt;
  std::size_t even = 0, odd = 0;
  for (std::size_t i = nul; i < bytes.size() && i < nul + (1 << 16); ++i)
    if (bytes[i] == '\0') ++(i % 2 ? odd : even);
  InputError e = error_at(InputErrorKind::binary,
                          "NUL byte: this looks like a binary file, not text", bytes, nul);
  if (odd + even >= 2 && std::max(odd, even) >= 9 * std::min(odd, even))
    e.encodings_to_try = {odd > even ? "UTF-16LE" : "UTF-16BE"};
  return e;
}

}  // namespace

std::optional<InputError> refuse_binary_start(std::string_view start,
                                              const DecodeOptions& options) {
  if (options.encoding != "auto" || start.find('\0') == std::string_view::npos ||
      !byte_order_mark(start).first.empty())
    return std::nullopt;
  detail::Detection d = detail::detect_encoding(start);
  if (auto binary = refuse_binary(start, d, options)) return binary;
  // Read as UTF-16 or UTF-32, U+0000 is binary too (decode() finds it after converting).
  std::optional<detail::Converted> c =
      detail::convert_to_utf8(start.substr(0, start.size() & ~std::size_t{3}), d.name);
  if (std::size_t nul = c ? c->utf8.find('\0') : std::string::npos; nul != std::string::npos)
    return error_at(InputErrorKind::binary, "NUL byte: this looks like a binary file, not text",
                    c->utf8, nul);
  return std::nullopt;
}

bool is_known_encoding(const std::string& name) {
  return name == "auto" || detail::convert_to_utf8("", name).has_value();
}

Expected<DecodedText> decode(std::string bytes, const DecodeOptions& options) {
  DecodedText out;
  out.input_bytes = bytes.size();
  if (bytes.size() > options.max_bytes)
    return InputError{InputErrorKind::too_large,
                      fmt::format("input is {} bytes; kbrief reads at most {} bytes per document",
                                  bytes.size(), options.max_bytes)};

  // Which encoding: as forced, as a byte order mark says, UTF-8, or as detected.
  auto [bom_encoding, bom_length] = byte_order_mark(bytes);
  std::string encoding = options.encoding;
  bool validated = false;  // the bytes are known to be valid UTF-8 already
  if (encoding == "auto") {
    if (!bom_encoding.empty()) {
      encoding = bom_encoding;
    } else if (Utf8Census census;
               bytes.find('\0') == std::string::npos && (census = take_census(bytes)).is_utf8()) {
      encoding = "UTF-8";
      validated = census.invalid == 0;  // read_utf8 would find nothing to report
    } else {
      detail::Detection d = detail::detect_encoding(bytes);
      if (auto binary = refuse_binary(bytes, d, options)) return *binary;
      if (d.confidence >= options.min_confidence) {
        encoding = d.name;
      } else if (options.lossy) {
        encoding = "UTF-8";  // asked to read on whatever comes: each replacement is listed
      } else {
        std::size_t first_bad = first_invalid_utf8(bytes);
        InputError e = error_at(
            InputErrorKind::undetected_encoding,
            fmt::format("{}, and the bytes fit no other encoding with confidence (best guess: "
                        "{}, {} of 100, below {})",
                        describe_invalid(bytes, first_bad),
                        d.name.empty() ? "none" : detail::display_name(d.name), d.confidence,
                        options.min_confidence),
            bytes, first_bad);
        e.encodings_to_try = std::move(d.candidates);
        return e;
      }
    }
  }
  bool utf8 = detail::is_utf8_name(encoding);
  // A mark of the forced encoding's own family is no text.
  if (!bom_encoding.empty() &&
      (utf8 ? bom_encoding == "UTF-8"
            : detail::display_name(encoding) == detail::display_name(bom_encoding))) {
    out.had_bom = true;
    bytes.erase(0, bom_length);
  }
  std::optional<InputError> failure = validated ? std::nullopt
                                      : utf8    ? read_utf8(bytes, options.lossy, out)
                                             : read_converted(bytes, encoding, options.lossy, out);
  if (failure) return *failure;
  out.encoding = utf8 ? "UTF-8" : detail::display_name(encoding);
  if (bytes.size() > options.max_bytes)
    return InputError{InputErrorKind::too_large,
                      fmt::format("input is {} bytes as UTF-8; kbrief reads at most {} bytes per "
                                  "document",
                                  bytes.size(), options.max_bytes)};
  if (std::size_t nul = bytes.find('\0'); nul != std::string::npos)
    return error_at(InputErrorKind::binary, "NUL byte: this looks like a binary file, not text",
                    bytes, nul);

  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfc = icu::Normalizer2::getNFCInstance(status);
  if (U_SUCCESS(status) && !is_nfc(*nfc, bytes, status) && U_SUCCESS(status)) {
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
