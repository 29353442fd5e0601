// Emitter: a document's dates as an event timeline, one row per date expression, as CSV
// (RFC 4180) or JSON Lines. The same fields appear on each date in `kbrief json`.
//
//   file,start,end,value,granularity,mod,expression,resolution,origin,block,line,event
//
// Rows of one document come sorted by `start`, then in document order; dates nothing could
// resolve ("XXXX-07") follow in document order. docs/timeline.md describes every field.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "kbrief/document.h"

namespace kbrief {

enum class DateOrigin { body, footnote };
enum class OriginFilter { all, body, footnote };

// One date with what locates it; points into the Document, which must outlive it.
struct TimelineRow {
  std::string_view file;
  const DateMention* date = nullptr;
  std::string_view block;  // "p4", "fn2", "h1"
  DateOrigin origin = DateOrigin::body;
  std::string_view text;  // the element's text, which `date` offsets into
};

// The document's rows in timeline order.
std::vector<TimelineRow> timeline_rows(const Document& doc, const std::string& file,
                                       OriginFilter filter = OriginFilter::all);
// Sorts rows of several documents into one timeline; stable, so equal starts keep their
// input and document order.
void sort_timeline(std::vector<TimelineRow>& rows);

void write_timeline_csv_header(std::string& out);
void write_timeline_csv(const TimelineRow& row, std::string& out);
void write_timeline_jsonl(const TimelineRow& row, std::string& out);

}  // namespace kbrief
