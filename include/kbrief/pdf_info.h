// SPDX-License-Identifier: MIT
// A PDF's Info dictionary as the PDF reader (pdf.h) reads it, once: kept in the Document's
// source and weighed by segmentation as evidence for the metadata.
#pragma once

#include <optional>
#include <string>

#include "kbrief/dates.h"

namespace kbrief {

// What the PDF's Info dictionary says of the document, read once with the PDF. It is often
// not the document's own word: layout programs write their file's name as the Title
// ("Brief(홍길동).indd") and an operator's login as the Author ("KOM"), so the metadata takes
// them only where the first page agrees (a Title that is the printed title's text, an Author
// whose names the page prints), never on their own word. The creation date is the file's date,
// not the publication date the brief prints: it serves as the reference date of a brief that
// prints none.
struct PdfInfo {
  // NFC, control characters as spaces, runs of whitespace as one space, trimmed; empty when
  // the PDF gives none.
  std::string title, author;
  // The calendar dates of CreationDate and ModDate as the file writes them ("D:20240621…",
  // in the file's own time zone); nothing when absent or not a date.
  std::optional<CivilDate> created, modified;
  bool empty() const { return title.empty() && author.empty() && !created && !modified; }
};

}  // namespace kbrief
