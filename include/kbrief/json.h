// SPDX-License-Identifier: MIT
// Emitter: a Document as JSON, the contract documented in docs/json.md and
// docs/kbrief-1.schema.json ("schema": "kbrief/1").
//
// One object per document. Without `pretty` it is a single line, so a batch is JSON Lines;
// with `pretty` it is indented by two spaces. Offsets (`offset`, `start`, `end`) are
// Unicode code points into their block's `text`, end exclusive; line numbers are 1-based.
#pragma once

#include <functional>
#include <string>
#include <string_view>

#include "kbrief/document.h"

namespace kbrief {

// The contract's tag, written as the document's "schema" field.
inline constexpr std::string_view kJsonSchema = "kbrief/1";

struct JsonOptions {
  bool pretty = false;  // indent the object over several lines
};

// Appends the document's JSON (without a trailing newline) to `out`.
void write_json(const Document& doc, std::string& out, const JsonOptions& options = {});
// The same bytes handed to `sink` a piece at a time (about 1 MB each, cut between elements),
// so that the JSON of a large document, several times its size, is never held whole.
void write_json(const Document& doc, const std::function<void(std::string_view)>& sink,
                const JsonOptions& options = {});

}  // namespace kbrief
