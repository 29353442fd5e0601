// SPDX-License-Identifier: MIT
// Stage 1 of the pipeline: bytes in UTF-8, UTF-16 or a legacy Korean encoding -> validated,
// NFC-normalised UTF-8 text.
//
//   bytes --decode--> DecodedText --split_lines--> LineTable --analyse_layout--> Layout
//         --segment_blocks--> Blocks --build_document--> Document --emitters--> JSON, ...
//
// decode() is the only stage that can fail: everything after it takes valid UTF-8 and
// always produces a result (problems in a brief are diagnostics, not failures).
//
//   kbrief::Expected<kbrief::DecodedText> text = kbrief::decode(bytes);
//   if (!text) std::cerr << text.error().message;   // text.error().kind says why
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace kbrief {

// Why an input could not be turned into text. (The command line maps each kind to its exit
// code: the README's "Exit codes".)
enum class InputErrorKind {
  cannot_open,          // missing file, no permission, a directory
  cannot_read,          // an I/O error while reading
  invalid_bytes,        // bytes that are not valid in the input's encoding
  binary,               // U+0000 in the decoded text: not a text file
  too_large,            // larger than DecodeOptions::max_bytes
  unknown_encoding,     // the encoding asked for is one ICU does not know
  undetected_encoding,  // no encoding could be told with confidence
  // PDF input (kbrief/pdf.h):
  pdf_unsupported,  // kbrief was built without PDF support
  pdf_encrypted,    // the password is missing or wrong
  pdf_no_text,      // no text layer: scanned pages
  pdf_no_unicode,   // a text layer whose fonts give no Unicode: nothing readable
  pdf_damaged,      // not readable as a PDF, or cut short
};

struct InputError {
  InputError() = default;
  InputError(InputErrorKind kind, std::string message, std::size_t line = 0, std::size_t column = 0)
      : kind(kind), message(std::move(message)), line(line), column(column) {}

  InputErrorKind kind = InputErrorKind::cannot_read;
  // What went wrong, without file name or position: "invalid UTF-8 byte 0xFF".
  std::string message;
  // 1-based position of the offending bytes (columns are code points as read, counted from
  // after a leading form feed); 0 when no position applies.
  std::size_t line = 0;
  std::size_t column = 0;
  // Encodings the bytes may be in, most likely first, when the right one could not be told
  // (undetected_encoding), or UTF-16 without a byte order mark that looked binary (binary).
  std::vector<std::string> encodings_to_try;
};

// A value or an InputError, in the manner of std::expected (C++23).
template <class T>
class Expected {
 public:
  Expected(T value) : v_(std::move(value)) {}
  Expected(InputError error) : v_(std::move(error)) {}
  explicit operator bool() const { return v_.index() == 0; }
  T& value() { return std::get<0>(v_); }
  const T& value() const { return std::get<0>(v_); }
  T& operator*() { return value(); }
  T* operator->() { return &value(); }
  const InputError& error() const { return std::get<1>(v_); }

 private:
  std::variant<T, InputError> v_;
};

// One region where NFC normalisation rewrote the input: bytes [text_begin, text_begin +
// text_length) of DecodedText::text came from [source_begin, source_begin + source_length)
// of the text as read.
struct NormalizationEdit {
  std::uint32_t text_begin = 0, text_length = 0;
  std::uint32_t source_begin = 0, source_length = 0;
};

struct DecodedText {
  std::string text;                // UTF-8 in NFC, without a byte order mark
  std::string encoding = "UTF-8";  // the encoding the bytes were read as: "UTF-8", "EUC-KR", ...
  std::size_t input_bytes = 0;     // size of the input as read, BOM included
  bool had_bom = false;
  // With DecodeOptions::lossy: each invalid byte sequence replaced by U+FFFD, where the
  // U+FFFD stands (line and column as read) and which bytes it replaced.
  std::vector<InputError> replaced;
  // Set when NFC changed anything; then `original` keeps the text as read (after the BOM)
  // and `edits` maps positions in `text` back to it, in increasing order.
  std::string original;
  std::vector<NormalizationEdit> edits;
  bool normalized() const { return !edits.empty(); }
  // The text as read: what line and column numbers count.
  const std::string& as_read() const { return edits.empty() ? text : original; }
  // Maps a byte offset in `text` to the byte offset in as_read().
  std::size_t source_offset(std::size_t text_offset) const;
};

struct DecodeOptions {
  // Inputs larger than this are refused (InputErrorKind::too_large): offsets are 32-bit.
  std::size_t max_bytes = 0xFFFFFFF0u;
  // "auto": a byte order mark says; else UTF-8 when the bytes are UTF-8 (a few invalid
  // sequences in UTF-8 text are errors, not a reason to guess); else the best of ICU's
  // charset detector and a strict EUC-KR/CP949 reading, when its confidence reaches
  // `min_confidence` (0-100); below that, undetected_encoding names encodings to try.
  // Anything else is an ICU converter name ("EUC-KR", "CP949", "UTF-16LE") used as given.
  std::string encoding = "auto";
  int min_confidence = 50;
  // Replace invalid byte sequences with U+FFFD (listed in DecodedText::replaced) instead
  // of failing with invalid_bytes.
  bool lossy = false;
};

// Reads `bytes` in the encoding that `options` gives or detects (a byte order mark is
// dropped), refuses U+0000 (a binary file), and normalises to NFC.
Expected<DecodedText> decode(std::string bytes, const DecodeOptions& options = {});

// Whether the first chunk of an input already shows it to be binary, by the same rule
// decode() applies to the whole (NUL bytes that are not UTF-16 or UTF-32 text): a reader can
// stop there instead of reading a large file or an endless device to the end. Returns the
// error decode() would give, or nothing.
std::optional<InputError> refuse_binary_start(std::string_view start,
                                              const DecodeOptions& options = {});

// Whether ICU has a converter of this name ("auto" included), for checking a name a user gives.
bool is_known_encoding(const std::string& name);

}  // namespace kbrief
