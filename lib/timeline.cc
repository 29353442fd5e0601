// SPDX-License-Identifier: MIT
#include "kbrief/timeline.h"

#include <fmt/format.h>

#include <algorithm>

#include "json_writer.h"
#include "unicode.h"

namespace kbrief {
namespace {

std::string_view origin_name(DateOrigin o) {
  return o == DateOrigin::body ? "body" : "footnote";
}

std::string_view event_of(const TimelineRow& row) {
  const Span& e = row.date->event;
  return row.text.substr(e.begin, e.end - e.begin);
}

std::optional<CivilDate> first_day(const TimelineRow& row) {
  const auto& span = row.date->date.span;
  return span ? std::optional<CivilDate>(span->start) : std::nullopt;
}

bool earlier(const TimelineRow& a, const TimelineRow& b) {
  return starts_earlier(first_day(a), first_day(b));
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
void csv_field(std::string& out, std::string_view s) {
  if (s.find_first_of(",\"\r\n") == std::string_view::npos) {
    out += s;
    return;
  }
  out += '"';
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  out += '"';
}

}  // namespace

namespace detail {
namespace {

void write_start_end(JsonWriter& w, const ResolvedDate& d) {
  w.key("start");
  w.optional(d.span ? std::optional(iso_date(d.span->start)) : std::nullopt);
  w.key("end");
  w.optional(d.span ? std::optional(iso_date(d.span->end)) : std::nullopt);
}

void write_granularity_mod(JsonWriter& w, const ResolvedDate& d) {
  w.key("granularity");
  w.value(to_string(d.granularity));
  w.key("mod");
  if (d.mod == DateMod::none)
    w.null();
  else
    w.value(to_string(d.mod));
}

}  // namespace

void write_date(JsonWriter& w, const TimelineRow& row) {
  CodePoints cp(row.text);
  write_date(w, row, cp);
}

void write_date(JsonWriter& w, const TimelineRow& row, CodePoints& cp, FileField file) {
  const DateMention& m = *row.date;
  w.begin_object();
  if (file == FileField::include) {
    w.key("file");
    w.value(row.file);
  }
  write_start_end(w, m.date);
  w.key("value");
  w.value(m.date.value);
  write_granularity_mod(w, m.date);
  w.key("expression");
  w.value(m.expression);
  w.key("resolution");
  w.value(to_string(m.date.resolution));
  w.key("calendar");
  w.value(m.date.lunar ? "lunar" : "gregorian");
  w.key("origin");
  w.value(origin_name(row.origin));
  w.key("block");
  w.value(row.block);
  w.key("line");
  w.value(m.line);
  w.key("event");
  w.value(event_of(row));
  std::size_t begin = cp(m.offset);
  w.key("offset");
  w.value(begin);
  w.key("length");
  w.value(cp(m.offset + m.length) - begin);
  w.end_object();
}

}  // namespace detail

std::vector<TimelineRow> timeline_rows(const Document& doc, const std::string& file,
                                       OriginFilter filter) {
  std::vector<TimelineRow> rows;
  if (filter != OriginFilter::footnote)
    for (const Block& b : doc.blocks)
      for (const DateMention& m : b.dates)
        rows.push_back({file, &m, b.id, DateOrigin::body, b.text});
  if (filter != OriginFilter::body)
    for (const Footnote& f : doc.footnotes)
      for (const DateMention& m : f.dates)
        rows.push_back({file, &m, f.id, DateOrigin::footnote, f.text});
  // Document order is the order of the input: footnotes sit among the pages' lines.
  std::stable_sort(rows.begin(), rows.end(), [](const TimelineRow& a, const TimelineRow& b) {
    return std::tie(a.date->line, a.date->column) < std::tie(b.date->line, b.date->column);
  });
  sort_timeline(rows);
  return rows;
}

bool starts_earlier(const std::optional<CivilDate>& a, const std::optional<CivilDate>& b) {
  if (a && b) return *a < *b;
  return a && !b;
}

void sort_timeline(std::vector<TimelineRow>& rows) {
  std::stable_sort(rows.begin(), rows.end(), earlier);
}

WrittenRow::WrittenRow(const TimelineRow& row) : start(first_day(row)) {
}

void sort_timeline(std::vector<WrittenRow>& rows) {
  std::stable_sort(rows.begin(), rows.end(), [](const WrittenRow& a, const WrittenRow& b) {
    return starts_earlier(a.start, b.start);
  });
}

void write_timeline_csv_header(std::string& out) {
  out += "file,start,end,value,granularity,mod,expression,resolution,origin,block,line,event\r\n";
}

void write_timeline_csv(const TimelineRow& row, std::string& out) {
  const DateMention& m = *row.date;
  csv_field(out, row.file);
  out += ',';
  if (m.date.span) out += iso_date(m.date.span->start);
  out += ',';
  if (m.date.span) out += iso_date(m.date.span->end);
  out += ',';
  csv_field(out, m.date.value);
  out += ',';
  out += to_string(m.date.granularity);
  out += ',';
  out += to_string(m.date.mod);
  out += ',';
  csv_field(out, m.expression);
  out += ',';
  out += to_string(m.date.resolution);
  out += ',';
  out += origin_name(row.origin);
  out += ',';
  csv_field(out, row.block);
  out += ',';
  fmt::format_to(std::back_inserter(out), "{}", m.line);
  out += ',';
  csv_field(out, event_of(row));
  out += "\r\n";
}

void write_timeline_jsonl(const TimelineRow& row, std::string& out) {
  detail::JsonWriter w(out, false);
  detail::write_date(w, row);
  out += '\n';
}

std::vector<LineDate> line_dates(const DecodedText& text, const LineTable& lines,
                                 const ReferenceDate& reference) {
  std::vector<LineDate> out;
  for (std::size_t i = 0; i < lines.lines.size(); ++i) {
    const Line& line = lines.lines[i];
    std::string_view passage =
        std::string_view(text.text).substr(line.begin, line.end - line.begin);
    for (PassageDate& d : resolve_passage(passage, reference)) {
      LineDate ld;
      Position at = position_of(text, lines, i, line.begin + d.begin);
      ld.line = at.line;
      ld.column = at.column;
      ld.expression = passage.substr(d.begin, d.end - d.begin);
      ld.length = detail::count_code_points(ld.expression);
      ld.date = std::move(d.date);
      out.push_back(std::move(ld));
    }
  }
  return out;
}

void write_line_dates_csv_header(std::string& out) {
  out +=
      "file,line,column,length,expression,value,start,end,granularity,mod,calendar,resolution,"
      "ref_date\r\n";
}

void write_line_date_csv(std::string_view file, const LineDate& d, std::string_view ref_date,
                         std::string& out) {
  csv_field(out, file);
  fmt::format_to(std::back_inserter(out), ",{},{},{},", d.line, d.column, d.length);
  csv_field(out, d.expression);
  out += ',';
  csv_field(out, d.date.value);
  out += ',';
  if (d.date.span) out += iso_date(d.date.span->start);
  out += ',';
  if (d.date.span) out += iso_date(d.date.span->end);
  fmt::format_to(std::back_inserter(out), ",{},{},{},{},{}\r\n", to_string(d.date.granularity),
                 to_string(d.date.mod), d.date.lunar ? "lunar" : "gregorian",
                 to_string(d.date.resolution), ref_date);
}

void write_line_date_jsonl(std::string_view file, const LineDate& d, std::string_view ref_date,
                           std::string& out) {
  detail::JsonWriter w(out, false);
  w.begin_object();
  w.key("file");
  w.value(file);
  w.key("line");
  w.value(d.line);
  w.key("column");
  w.value(d.column);
  w.key("length");
  w.value(d.length);
  w.key("expression");
  w.value(d.expression);
  w.key("value");
  w.value(d.date.value);
  detail::write_start_end(w, d.date);
  detail::write_granularity_mod(w, d.date);
  w.key("calendar");
  w.value(d.date.lunar ? "lunar" : "gregorian");
  w.key("resolution");
  w.value(to_string(d.date.resolution));
  w.key("ref_date");
  w.value(ref_date);
  w.end_object();
  out += '\n';
}

}  // namespace kbrief
