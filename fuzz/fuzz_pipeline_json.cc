// SPDX-License-Identifier: MIT
// decode (lossy, auto) -> build_document -> write_json on arbitrary bytes: the output is UTF-8
// that nlohmann::json parses, and every offset lies inside its element's text — in bytes and
// on code-point boundaries in the Document, in code points in the JSON, where each span's
// "text" (sentences, inline list items) and each date's "expression" is the text it names.
#include <fmt/format.h>
#include <kbrief/decode.h>
#include <kbrief/document.h>
#include <kbrief/json.h>
#include <kbrief/pipeline.h>

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "fuzz_support.h"

namespace {

using kbrief::fuzz::on_boundary;
using nlohmann::json;

void check_span(std::string_view text, std::uint32_t begin, std::uint32_t end,
                const std::string& what) {
  KBRIEF_FUZZ_ASSERT(
      begin <= end && end <= text.size() && on_boundary(text, begin) && on_boundary(text, end),
      fmt::format("{} [{}, {}) in a text of {} bytes", what, begin, end, text.size()));
}

void check_dates(const std::vector<kbrief::DateMention>& dates, std::string_view text,
                 const std::string& id) {
  for (const kbrief::DateMention& m : dates) {
    check_span(text, m.offset, m.offset + m.length, id + " date");
    KBRIEF_FUZZ_ASSERT(m.length > 0, id + " empty date");
    KBRIEF_FUZZ_ASSERT(text.substr(m.offset, m.length) == m.expression,
                       fmt::format("{} date expression '{}' != text", id, m.expression));
    check_span(text, m.event.begin, m.event.end, id + " date event");
  }
}

void check_document(const kbrief::Document& doc) {
  for (const kbrief::Block& b : doc.blocks) {
    for (const kbrief::FootnoteRef& r : b.footnote_refs)
      check_span(b.text, r.offset, r.offset, b.id + " footnote ref");
    for (const kbrief::Span& s : b.sentences)
      check_span(b.text, s.begin, s.end, b.id + " sentence");
    for (const kbrief::InlineList& l : b.lists)
      for (const kbrief::ListItem& it : l.items)
        check_span(b.text, it.span.begin, it.span.end, b.id + " inline item");
    for (const kbrief::ListItem& it : b.items)
      check_span(b.text, it.span.begin, it.span.end, b.id + " item");
    check_dates(b.dates, b.text, b.id);
    for (const kbrief::DateMention& m : b.dates)
      KBRIEF_FUZZ_ASSERT(
          m.sentence < static_cast<int>(b.sentences.size()),
          fmt::format("{} date in sentence {} of {}", b.id, m.sentence, b.sentences.size()));
  }
  for (const kbrief::Footnote& f : doc.footnotes) check_dates(f.dates, f.text, f.id);
}

// A span of `text` in code points, as the JSON gives it; its "text" when it has one.
void check_json_span(std::string_view text, std::size_t length, const json& o, const char* from,
                     const char* to, const std::string& what) {
  KBRIEF_FUZZ_ASSERT(o.at(from).is_number_unsigned() && o.at(to).is_number_unsigned(),
                     what + ": offsets are not unsigned numbers: " + o.dump());
  std::size_t start = o.at(from).get<std::size_t>(), end = o.at(to).get<std::size_t>();
  if (std::string_view(to) == "length") end += start;
  KBRIEF_FUZZ_ASSERT(
      start <= end && end <= length,
      fmt::format("{} [{}, {}) in a text of {} code points", what, start, end, length));
  bool ok = false;
  std::string_view sub = kbrief::fuzz::code_point_substr(text, start, end, ok);
  KBRIEF_FUZZ_ASSERT(ok, what + ": substring out of range");
  const char* named = std::string_view(to) == "length" ? "expression" : "text";
  if (o.contains(named))
    KBRIEF_FUZZ_ASSERT(
        o.at(named).get<std::string>() == sub,
        fmt::format("{}: {} '{}' != '{}'", what, named, o.at(named).get<std::string>(), sub));
}

void check_json_dates(const json& dates, std::string_view text, std::size_t length,
                      const std::string& what) {
  for (const json& d : dates) check_json_span(text, length, d, "offset", "length", what + " date");
}

void check_json(const json& j) {
  for (const json& b : j.at("blocks")) {
    const std::string text = b.at("text").get<std::string>();
    const std::size_t length = kbrief::fuzz::code_points(text);
    const std::string id = b.at("id").get<std::string>();
    if (b.contains("footnote_refs"))
      for (const json& r : b.at("footnote_refs"))
        check_json_span(text, length, r, "offset", "offset", id + " footnote ref");
    if (b.contains("sentences"))
      for (const json& s : b.at("sentences")) {
        check_json_span(text, length, s, "start", "end", id + " sentence");
        check_json_dates(s.at("dates"), text, length, id + " sentence");
      }
    if (b.contains("lists"))
      for (const json& l : b.at("lists"))
        for (const json& it : l.at("items"))
          check_json_span(text, length, it, "start", "end", id + " inline item");
    if (b.contains("items"))
      for (const json& it : b.at("items"))
        check_json_span(text, length, it, "start", "end", id + " item");
    if (b.contains("dates")) check_json_dates(b.at("dates"), text, length, id);
  }
  for (const json& f : j.at("footnotes")) {
    const std::string text = f.at("text").get<std::string>();
    check_json_dates(f.at("dates"), text, kbrief::fuzz::code_points(text),
                     f.at("id").get<std::string>());
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::optional<kbrief::Document> read = kbrief::fuzz::document_from_bytes(data, size);
  if (!read) return 0;  // binary (a NUL byte) or too large
  const kbrief::Document& doc = *read;
  check_document(doc);

  std::string out;
  kbrief::write_json(doc, out);
  KBRIEF_FUZZ_ASSERT(kbrief::fuzz::valid_utf8(out), std::string("JSON output is not UTF-8"));
  json j = json::parse(out, nullptr, /*allow_exceptions=*/false);
  KBRIEF_FUZZ_ASSERT(!j.is_discarded(), "JSON output does not parse: " + out.substr(0, 300));
  KBRIEF_FUZZ_ASSERT(j.is_object() && j.at("schema") == "kbrief/1",
                     std::string("no kbrief/1 object"));
  try {
    check_json(j);
  } catch (const json::exception& e) {
    KBRIEF_FUZZ_ASSERT(false, std::string("JSON shape: ") + e.what());
  }
  return 0;
}
