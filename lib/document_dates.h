// SPDX-License-Identifier: MIT
// The dates stage: the dates of a document's blocks and footnotes, found, placed in their
// sentences and resolved (docs/timeline.md). It reads the built elements and returns what it
// found; the pipeline stores it in the Document.
#pragma once

#include <cstddef>
#include <optional>
#include <vector>

#include "kbrief/document.h"
#include "kbrief/positions.h"

namespace kbrief::detail {

// The dates of one element, in text order.
struct ElementDates {
  std::size_t index = 0;  // among the blocks, or among the footnotes
  std::vector<DateMention> dates;
};

struct DocumentDates {
  // The writing date: `--ref-date`, else the publication date, else the latest full date of
  // a citation or a past-tense sentence, else the copyright year; nothing when none.
  std::optional<ReferenceDate> reference_date;
  std::vector<ElementDates> blocks, footnotes;  // only the elements that hold dates
  // date-invalid and kin for what looks like a date but cannot be one, date-weekday for a
  // weekday that does not fit; in element order, unsorted.
  std::vector<Diagnostic> diagnostics;
};

// Recognises the dates of every block and footnote, chooses the reference date, and resolves
// each date against it and against the last date resolved before it in the same element.
// `positions` gives each date its line and column. The reference date is the one given, else
// the publication date, else the date the PDF says it was made (`file_created`, its Info
// dictionary's CreationDate), else the latest full date of a citation or a past event, else
// the copyright year.
DocumentDates find_dates(const std::vector<Block>& blocks, const std::vector<Footnote>& footnotes,
                         const Metadata& metadata, const std::optional<CivilDate>& reference_date,
                         const std::optional<CivilDate>& file_created, PositionFinder& positions);

}  // namespace kbrief::detail
