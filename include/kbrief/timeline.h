// SPDX-License-Identifier: MIT
// Emitter: a document's dates as an event timeline, one row per date expression, as CSV
// (RFC 4180) or JSON Lines. The same fields appear on each date in `kbrief json`.
//
//   file,start,end,value,granularity,mod,expression,resolution,origin,block,line,event
//
// Rows of one document come sorted by `start`, then in document order; dates nothing could
// resolve ("XXXX-07") follow in document order. docs/timeline.md describes every field.
#pragma once

#include <optional>
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
// The order sort_timeline puts rows in, on their first days: resolved rows by that day, then
// the rows that could not be resolved (no first day).
bool starts_earlier(const std::optional<CivilDate>& a, const std::optional<CivilDate>& b);

// A row already written out (CSV or JSON Lines), with the first day it is sorted by: a
// timeline across many documents keeps these instead of the documents.
struct WrittenRow {
  WrittenRow() = default;
  explicit WrittenRow(const TimelineRow& row);  // its first day; `text` left to write
  std::optional<CivilDate> start;               // the first day covered; none when unresolved
  std::string text;
};
// Sorts written rows into one timeline, in the order of sort_timeline (stable too).
void sort_timeline(std::vector<WrittenRow>& rows);

void write_timeline_csv_header(std::string& out);
void write_timeline_csv(const TimelineRow& row, std::string& out);
void write_timeline_jsonl(const TimelineRow& row, std::string& out);

// --- Dates of plain text, line by line (kbrief dates) -------------------------------------
//
// The same engine without the brief model: each line is a passage of its own
// (resolve_passage()), resolved against one reference date. Records carry
//
//   file,line,column,length,expression,value,start,end,granularity,mod,calendar,resolution,ref_date
//
// in that order, as JSON Lines or CSV (RFC 4180, CRLF). docs/timeline.md describes them.

// One date expression of a text.
struct LineDate {
  std::size_t line = 0, column = 0;  // 1-based; the column counts code points as read
  std::size_t length = 0;            // code points of the expression
  std::string expression;            // as it stands in the decoded (NFC) text
  ResolvedDate date;
};

// The dates of every line of `text` (split into `lines`), in text order.
std::vector<LineDate> line_dates(const DecodedText& text, const LineTable& lines,
                                 const ReferenceDate& reference);

// `file` names the input; `ref_date` is the reference date as written ("2024-02-14").
void write_line_dates_csv_header(std::string& out);
void write_line_date_csv(std::string_view file, const LineDate& d, std::string_view ref_date,
                         std::string& out);
void write_line_date_jsonl(std::string_view file, const LineDate& d, std::string_view ref_date,
                           std::string& out);

}  // namespace kbrief
