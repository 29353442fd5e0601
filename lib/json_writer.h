// SPDX-License-Identifier: MIT
// Internal: the streaming JSON writer the emitters share, and byte-to-code-point offsets.
#pragma once

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <functional>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "kbrief/document.h"
#include "unicode.h"

namespace kbrief::detail {

// A minimal streaming JSON writer: values are appended in order; commas, colons and
// indentation are placed by the writer.
class JsonWriter {
 public:
  JsonWriter(std::string& out, bool pretty) : out_(out), pretty_(pretty) {}

  void begin_object() { open('{'); }
  void end_object() { close('}'); }
  void begin_array() { open('['); }
  void end_array() { close(']'); }
  void key(std::string_view k) {
    separate();
    string_literal(k);
    out_ += pretty_ ? ": " : ":";
    after_key_ = true;
  }
  void value(std::string_view s) {
    separate();
    string_literal(s);
  }
  void optional(const std::optional<std::string>& s) {
    if (s)
      value(std::string_view(*s));
    else
      null();
  }
  void value(std::size_t n) {
    separate();
    number(n);
  }
  void value(int n) {
    separate();
    number(n);
  }
  // A length in points, to a hundredth (finer than any viewer draws): 72, 72.35.
  void points(float x) {
    separate();
    fmt::format_to(std::back_inserter(out_), "{}", std::round(double{x} * 100) / 100 + 0.0);
  }
  // Hands what is written so far to `sink` whenever it passes `chunk` bytes, at the
  // boundaries the caller marks with boundary(): output in pieces, for JSON too large to
  // hold whole. Without a sink, boundary() does nothing.
  void stream_to(const std::function<void(std::string_view)>* sink, std::size_t chunk) {
    sink_ = sink;
    chunk_ = chunk;
  }
  void boundary() {
    if (sink_ && out_.size() >= chunk_) {
      (*sink_)(out_);
      out_.clear();
    }
  }
  // A value already written as JSON (a record's id, passed back as it came).
  void raw(std::string_view json) {
    separate();
    out_ += json;
  }
  // Not an overload of value(): a string literal would convert to bool before string_view.
  void boolean(bool b) {
    separate();
    out_ += b ? "true" : "false";
  }
  void null() {
    separate();
    out_ += "null";
  }
  // A short array of numbers kept on one line even when pretty: "lines": [3, 7].
  template <class It>
  void inline_numbers(It begin, It end) {
    separate();
    out_ += '[';
    for (It it = begin; it != end; ++it) {
      if (it != begin) out_ += pretty_ ? ", " : ",";
      number(*it);
    }
    out_ += ']';
  }

 private:
  void separate() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!first_.empty()) {
      if (!first_.back()) out_ += ',';
      first_.back() = false;
      newline();
    }
  }
  void open(char c) {
    separate();
    out_ += c;
    first_.push_back(true);
  }
  void close(char c) {
    bool empty = first_.back();
    first_.pop_back();
    if (!empty) newline();
    out_ += c;
  }
  void newline() {
    if (!pretty_) return;
    out_ += '\n';
    out_.append(2 * first_.size(), ' ');
  }
  template <class Integer>
  void number(Integer n) {
    fmt::format_int digits(n);
    out_.append(digits.data(), digits.size());
  }
  // Whether a byte is written as itself inside a string literal.
  static bool plain(unsigned char c) { return c >= 0x20 && c != '"' && c != '\\'; }
  // The end of the run of plain bytes from s[i], eight bytes at a time where none is a
  // control character, a quote or a backslash.
  static std::size_t plain_run(std::string_view s, std::size_t i) {
    for (; i + 8 <= s.size(); i += 8) {
      std::uint64_t w = load8(s.data() + i);
      // Bytes below 0x20 are those that some byte of w & 0xE0… makes zero.
      if (has_zero_byte(w & (kEachByte * 0xE0)) || has_byte(w, '"') || has_byte(w, '\\')) break;
    }
    while (i < s.size() && plain(static_cast<unsigned char>(s[i]))) ++i;
    return i;
  }
  void string_literal(std::string_view s) {
    out_ += '"';
    // Runs of plain bytes (all of a Korean text, nearly) are appended whole.
    std::size_t i = 0;
    while (i < s.size()) {
      std::size_t run = plain_run(s, i);
      out_.append(s.data() + i, run - i);
      if (run == s.size()) break;
      escape(static_cast<unsigned char>(s[run]));
      i = run + 1;
    }
    out_ += '"';
  }
  void escape(unsigned char c) {
    switch (c) {
      case '"':
        out_ += "\\\"";
        break;
      case '\\':
        out_ += "\\\\";
        break;
      case '\n':
        out_ += "\\n";
        break;
      case '\r':
        out_ += "\\r";
        break;
      case '\t':
        out_ += "\\t";
        break;
      case '\b':
        out_ += "\\b";
        break;
      case '\f':
        out_ += "\\f";
        break;
      default:
        fmt::format_to(std::back_inserter(out_), "\\u{:04x}", c);
    }
  }

  std::string& out_;
  bool pretty_;
  const std::function<void(std::string_view)>* sink_ = nullptr;
  std::size_t chunk_ = 0;
  std::vector<bool> first_;
  bool after_key_ = false;
};

// A place on a PDF page as {"page", "x0", "y0", "x1", "y1"}, the shape every emitter writes.
inline void write_box(JsonWriter& w, const PageBox& box) {
  w.begin_object();
  w.key("page");
  w.value(std::size_t{box.page});
  w.key("x0");
  w.points(box.x0);
  w.key("y0");
  w.points(box.y0);
  w.key("x1");
  w.points(box.x1);
  w.key("y1");
  w.points(box.y1);
  w.end_object();
}

// Converts byte offsets in one text to code point offsets; cheap for increasing offsets.
class CodePoints {
 public:
  explicit CodePoints(std::string_view text) : text_(text) {}
  std::size_t operator()(std::uint32_t byte) {
    if (byte < byte_) byte_ = cp_ = 0;
    // Counted in locals: the members would be stored back at every byte.
    std::size_t at = byte_, count = cp_, end = std::min<std::size_t>(byte, text_.size());
    for (; at < end; ++at) count += (static_cast<unsigned char>(text_[at]) & 0xC0) != 0x80;
    byte_ = at;
    cp_ = count;
    return cp_;
  }

 private:
  std::string_view text_;
  std::size_t byte_ = 0, cp_ = 0;
};

}  // namespace kbrief::detail

namespace kbrief {
struct TimelineRow;
namespace detail {
// Whether a date's object names its file: a timeline's JSON Lines record does (rows of
// several documents share one stream); a date inside a document does not, since the
// document's `source` names the file once.
enum class FileField { include, omit };
// One date as a JSON object: the timeline's fields plus offset and length in code points
// of its element's text (lib/timeline.cc).
void write_date(JsonWriter& w, const TimelineRow& row);
// The same, counting code points with `cp` over the row's text: a block's dates written in
// order share one, so a block with many dates is read once, not once per date.
void write_date(JsonWriter& w, const TimelineRow& row, CodePoints& cp,
                FileField file = FileField::include);
}  // namespace detail
}  // namespace kbrief
