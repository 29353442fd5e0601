// Emitter: a Document as JSON, the contract documented in docs/json.md and
// docs/kbrief-1.schema.json ("schema": "kbrief/1").
//
// One object per document. Without `pretty` it is a single line, so a batch is JSON Lines;
// with `pretty` it is indented by two spaces. Offsets (`offset`, `start`, `end`) are
// Unicode code points into their block's `text`, end exclusive; line numbers are 1-based.
#pragma once

#include <string>

#include "kbrief/document.h"

namespace kbrief {

struct JsonOptions {
  bool pretty = false;  // indent the object over several lines
};

// Appends the document's JSON (without a trailing newline) to `out`.
void write_json(const Document& doc, std::string& out, const JsonOptions& options = {});

}  // namespace kbrief
