// SPDX-License-Identifier: MIT
#include "records.h"

#include <nlohmann/json.hpp>

namespace kbrief::cli {
namespace {

// nlohmann's message without its "[json.exception.…] " tag and "parse error at line 1,
// column 7: " (the caller gives the position).
std::string parse_error_reason(std::string_view what) {
  if (what.starts_with("[json.exception.")) {
    std::size_t tag_end = what.find("] ");
    if (tag_end != std::string_view::npos) what.remove_prefix(tag_end + 2);
  }
  if (what.starts_with("parse error")) {
    std::size_t at = what.find(": ");
    if (at != std::string_view::npos) what.remove_prefix(at + 2);
  }
  return std::string(what);
}

// The two fields of a record {"id": ..., "text": ...}, read by nlohmann's event parser so
// that a numeric id keeps the exact text it was written with (an id beyond 2^64 or with
// trailing zeros would change as a double). Other members are skipped; a repeated member
// counts by its last value, as in a parsed object.
class RecordFields : public nlohmann::json_sax<nlohmann::json> {
 public:
  bool is_object = false;
  std::optional<std::string> id_json;    // the id as JSON text
  std::optional<std::string> id_string;  // a string id's value
  std::optional<std::string> text;
  std::optional<std::string> error;  // why the line is not JSON
  std::size_t error_byte = 0;

  bool null() override { return wrong_type(); }
  bool boolean(bool) override { return wrong_type(); }
  bool number_integer(number_integer_t v) override { return number(std::to_string(v)); }
  bool number_unsigned(number_unsigned_t v) override { return number(std::to_string(v)); }
  bool number_float(number_float_t, const string_t& written) override { return number(written); }
  bool string(string_t& value) override {
    if (at_member("id")) {
      id_json = nlohmann::json(value).dump();
      id_string = value;
    } else if (at_member("text")) {
      text = std::move(value);
    }
    return true;
  }
  bool binary(binary_t&) override { return wrong_type(); }
  bool start_object(std::size_t) override {
    if (depth_ == 0) is_object = true;
    container();
    return true;
  }
  bool key(string_t& name) override {
    if (depth_ == 1) key_ = std::move(name);
    return true;
  }
  bool end_object() override { return end(); }
  bool start_array(std::size_t) override {
    container();
    return true;
  }
  bool end_array() override { return end(); }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception& e) override {
    error = parse_error_reason(e.what());
    error_byte = position > 0 ? position - 1 : 0;
    return false;
  }

 private:
  bool at_member(std::string_view name) const { return depth_ == 1 && key_ == name; }
  bool number(const std::string& written) {
    if (!at_member("id")) return wrong_type();
    id_json = written;
    id_string.reset();
    return true;
  }
  // A value the member at hand may not have (or any value elsewhere: nothing to do).
  bool wrong_type() {
    if (at_member("id")) {
      id_json.reset();
      id_string.reset();
    } else if (at_member("text")) {
      text.reset();
    }
    return true;
  }
  void container() {
    wrong_type();
    ++depth_;
  }
  bool end() {
    --depth_;
    return true;
  }
  int depth_ = 0;
  std::string key_;
};

}  // namespace

Record parse_record(std::string_view line) {
  auto malformed = [](std::size_t byte, std::string why) {
    Record r;
    r.error = std::move(why);
    r.error_byte = byte;
    return r;
  };
  RecordFields fields;
  nlohmann::json::sax_parse(line, &fields);
  if (fields.error) return malformed(fields.error_byte, *fields.error);
  if (!fields.is_object) return malformed(0, "not a JSON object");
  if (!fields.id_json) return malformed(0, "\"id\" must be a string or a number");
  if (!fields.text) return malformed(0, "\"text\" must be a string");
  Record out;
  out.id_json = std::move(*fields.id_json);
  out.id_text = std::move(fields.id_string);
  out.text = std::move(*fields.text);
  return out;
}

}  // namespace kbrief::cli
