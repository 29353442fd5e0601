// SPDX-License-Identifier: MIT
// One JSON Lines record, {"id": ..., "text": ...}, as --input-format jsonl reads it.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace kbrief::cli {

// A record's fields, or why the line is not a record.
struct Record {
  std::string id_json;  // the id as JSON: a number with its written digits, or a string
  std::optional<std::string> id_text;  // a string id's value
  std::string text;
  std::optional<std::string> error;  // "not a JSON object", nlohmann's reason, ...
  std::size_t error_byte = 0;        // where in the line the error is (a byte offset)
};

// Reads `line` (one line of a JSON Lines file, its terminator included or not). A record is a
// JSON object whose "id" is a string or a number and whose "text" is a string; other members
// are skipped, and a repeated member counts by its last value. A numeric id keeps the exact
// text it was written with (beyond 2^64, trailing zeros). Never throws: anything else comes
// back as `error`, with id and text empty.
Record parse_record(std::string_view line);

}  // namespace kbrief::cli
