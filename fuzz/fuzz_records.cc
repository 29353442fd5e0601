// SPDX-License-Identifier: MIT
// One JSON Lines record (--input-format jsonl) on arbitrary bytes: parse_record never throws;
// an error lies inside the line and leaves id and text empty; a record's id is a string's
// JSON or a number as written, its text is UTF-8, and the record written back reads the same.
#include <fmt/format.h>

#include <cstddef>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "fuzz_support.h"
#include "records.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 65536) return 0;
  std::string_view line(reinterpret_cast<const char*>(data), size);
  kbrief::cli::Record r = kbrief::cli::parse_record(line);
  if (r.error) {
    KBRIEF_FUZZ_ASSERT(!r.error->empty() && r.error_byte <= line.size(),
                       fmt::format("error at byte {} of {}: {}", r.error_byte, size, *r.error));
    KBRIEF_FUZZ_ASSERT(r.id_json.empty() && !r.id_text && r.text.empty(),
                       "an error with fields: " + r.id_json);
    return 0;
  }
  KBRIEF_FUZZ_ASSERT(kbrief::fuzz::valid_utf8(r.text), "text is not UTF-8");
  KBRIEF_FUZZ_ASSERT(!r.id_json.empty(), "an empty id");
  if (r.id_text) {
    KBRIEF_FUZZ_ASSERT(kbrief::fuzz::valid_utf8(*r.id_text), "id is not UTF-8");
    KBRIEF_FUZZ_ASSERT(r.id_json == nlohmann::json(*r.id_text).dump(),
                       "a string id's JSON: " + r.id_json);
  } else {
    KBRIEF_FUZZ_ASSERT(r.id_json.find_first_not_of("0123456789+-.eE") == std::string::npos,
                       "a number id as written: " + r.id_json);
  }
  std::string again =
      fmt::format("{{\"id\":{},\"text\":{}}}\n", r.id_json, nlohmann::json(r.text).dump());
  kbrief::cli::Record back = kbrief::cli::parse_record(again);
  KBRIEF_FUZZ_ASSERT(
      !back.error && back.id_json == r.id_json && back.id_text == r.id_text && back.text == r.text,
      "written back, the record reads otherwise: " + again);
  return 0;
}
