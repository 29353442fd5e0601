// SPDX-License-Identifier: MIT
#include "document_dates.h"

#include <fmt/format.h>

#include <algorithm>

#include "unicode.h"

namespace kbrief {

std::string reference_value(const ReferenceDate& r) {
  if (r.year_only) return fmt::format("{:04}", r.date.year);
  return fmt::format("{:04}-{:02}-{:02}", r.date.year, r.date.month, r.date.day);
}

namespace detail {
namespace {

// One element whose text may hold dates: a block or a footnote.
struct Element {
  const std::string* text;
  const std::vector<TextPiece>* pieces;
  const std::vector<Span>* sentences;  // may be empty: headings, lists, tables
  const std::vector<ListItem>* items;  // list blocks
  std::vector<DateMention>* dates;
  bool citation;  // footnotes and tables' source notes: dated citations
};

// Element `index` of the document: its blocks, then its footnotes.
Element element_at(Document& doc, std::size_t index) {
  if (index < doc.blocks.size()) {
    Block& b = doc.blocks[index];
    return {&b.text, &b.pieces, &b.sentences, &b.items, &b.dates, is_region(b.type)};
  }
  Footnote& f = doc.footnotes[index - doc.blocks.size()];
  return {&f.text, &f.pieces, &f.sentences, nullptr, &f.dates, true};
}

// What an element holds that looks like a date. Kept only for elements that hold any: a
// large document has tens of thousands of short elements without one.
struct Found {
  std::size_t element = 0;
  RecognisedDates found;
  // Per found date: the sentence (or item, or line) that holds it, and its tense there.
  struct Place {
    Span event;
    int sentence = -1;
    Tense tense = Tense::none;
  };
  std::vector<Place> places;
};

// The sentence, list item or line of `text` that holds byte `offset`.
Span event_of(const Element& e, std::uint32_t offset, int& sentence) {
  sentence = -1;
  // The sentence that holds it; between two sentences, the one before.
  if (!e.sentences->empty()) {
    auto after = std::upper_bound(e.sentences->begin(), e.sentences->end(), offset,
                                  [](std::uint32_t off, const Span& s) { return off < s.begin; });
    std::size_t k = after == e.sentences->begin()
                        ? 0
                        : static_cast<std::size_t>(after - e.sentences->begin()) - 1;
    sentence = static_cast<int>(k);
    return (*e.sentences)[k];
  }
  if (e.items)
    for (const ListItem& item : *e.items)
      if (offset >= item.span.begin && offset < item.span.end) return item.span;
  const std::string& t = *e.text;
  std::size_t begin = t.rfind('\n', offset);
  begin = begin == std::string::npos ? 0 : begin + 1;
  std::size_t end = t.find('\n', offset);
  if (end == std::string::npos) end = t.size();
  return {static_cast<std::uint32_t>(begin), static_cast<std::uint32_t>(end)};
}

std::string_view slice(const std::string& t, Span s) {
  return std::string_view(t).substr(s.begin, s.end - s.begin);
}

// The event as reported: the whole sentence, unless text without sentence ends (HTML, a
// flattened table) made it huge; then the words within kEventReach bytes of the date, so
// that thousands of dates in one such "sentence" do not each carry all of it.
constexpr std::uint32_t kEventReach = 600;

Span around(const std::string& t, Span event, const DateExpression& d) {
  if (event.end - event.begin <= 4 * kEventReach) return event;
  std::uint32_t begin =
      std::max<std::uint32_t>(event.begin, static_cast<std::uint32_t>(d.begin) > kEventReach
                                               ? static_cast<std::uint32_t>(d.begin) - kEventReach
                                               : 0);
  std::uint32_t end =
      std::min<std::uint32_t>(event.end, static_cast<std::uint32_t>(d.end) + kEventReach);
  // Whole words: start after a space, end before one, where there is one.
  std::size_t space = t.find(' ', begin);
  if (begin > event.begin && space != std::string::npos && space + 1 <= d.begin)
    begin = static_cast<std::uint32_t>(space + 1);
  std::size_t last_space = t.rfind(' ', end);
  if (end < event.end && last_space != std::string::npos && last_space >= d.end)
    end = static_cast<std::uint32_t>(last_space);
  // Never inside a character.
  while (begin > event.begin && (static_cast<unsigned char>(t[begin]) & 0xC0) == 0x80) --begin;
  while (end < event.end && (static_cast<unsigned char>(t[end]) & 0xC0) == 0x80) ++end;
  return {begin, end};
}

// Recognises an element's dates and places each in its sentence.
void recognise(const Element& e, Found& f) {
  f.found = recognise_dates(*e.text);
  f.places.reserve(f.found.dates.size());
  std::optional<Span> read;  // the last event whose tense marks were read
  std::optional<SentenceTense> tense;
  for (const DateExpression& d : f.found.dates) {
    Found::Place place;
    place.event = event_of(e, d.begin, place.sentence);
    if (!read || read->begin != place.event.begin || read->end != place.event.end) {
      tense.emplace(slice(*e.text, place.event));
      read = place.event;
    }
    place.tense = tense->at(d.end - place.event.begin);
    place.event = around(*e.text, place.event, d);
    f.places.push_back(place);
  }
}

// The publication date, when the brief prints one with its day.
std::optional<CivilDate> publication_date(const Metadata& m) {
  if (!m.publication_date) return std::nullopt;
  for (const DateExpression& d : recognise_dates(*m.publication_date).dates)
    if (d.from.base == WrittenDate::Base::written && d.from.granularity() == Granularity::day &&
        !d.to && !d.from.lunar)
      return CivilDate{d.from.year, d.from.month, d.from.day};
  return std::nullopt;
}

// The latest full date of a citation or of a past-tense sentence; never a planned date.
std::optional<CivilDate> latest_dated_event(Document& doc, const std::vector<Found>& founds) {
  std::optional<CivilDate> latest;
  for (const Found& f : founds) {
    bool citation = element_at(doc, f.element).citation;
    for (std::size_t k = 0; k < f.found.dates.size(); ++k) {
      const DateExpression& d = f.found.dates[k];
      const WrittenDate& w = d.from;
      if (w.base != WrittenDate::Base::written || w.granularity() != Granularity::day || w.lunar ||
          d.to)
        continue;
      if (!citation && f.places[k].tense != Tense::past) continue;
      CivilDate c{w.year, w.month, w.day};
      if (!latest || c > *latest) latest = c;
    }
  }
  return latest;
}

std::optional<int> copyright_year(const Metadata& m) {
  if (!m.copyright) return std::nullopt;
  const std::string& s = *m.copyright;
  for (std::size_t i = 0; i + 4 <= s.size(); ++i) {
    bool four = true;
    for (std::size_t k = 0; k < 4; ++k) four = four && is_ascii_digit(s[i + k]);
    bool alone =
        (i == 0 || !is_ascii_digit(s[i - 1])) && (i + 4 == s.size() || !is_ascii_digit(s[i + 4]));
    int year = four ? std::stoi(s.substr(i, 4)) : 0;
    if (four && alone && year >= 1900 && year <= 2100) return year;
  }
  return std::nullopt;
}

std::optional<ReferenceDate> choose_reference(Document& doc, const std::vector<Found>& founds,
                                              const std::optional<CivilDate>& given) {
  if (given) return ReferenceDate{*given, false, "ref-date"};
  if (auto d = publication_date(doc.metadata)) return ReferenceDate{*d, false, "publication-date"};
  if (auto d = latest_dated_event(doc, founds)) return ReferenceDate{*d, false, "latest-date"};
  if (auto y = copyright_year(doc.metadata)) return ReferenceDate{{*y, 12, 31}, true, "copyright"};
  return std::nullopt;
}

}  // namespace

void find_dates(Document& doc, const std::optional<CivilDate>& reference_date) {
  std::vector<Found> founds;
  Found next;
  const std::size_t count = doc.blocks.size() + doc.footnotes.size();
  for (std::size_t i = 0; i < count; ++i) {
    // Back matter's dates are the publisher's (other issues' dates), not the brief's.
    if (i < doc.blocks.size() && doc.blocks[i].type == BlockType::back_matter) continue;
    recognise(element_at(doc, i), next);
    if (next.found.dates.empty() && next.found.problems.empty()) continue;
    next.element = i;
    founds.push_back(std::move(next));
    next = Found{};
  }
  doc.metadata.reference_date = choose_reference(doc, founds, reference_date);

  for (Found& f : founds) {
    Element e = element_at(doc, f.element);
    ResolutionContext ctx;
    ctx.reference = doc.metadata.reference_date;
    for (const DateProblem& p : f.found.problems) {
      Position pos = doc.position_in(*e.pieces, p.begin);
      doc.diagnostics.push_back(
          {Severity::warning, p.rule,
           fmt::format("'{}': {}", e.text->substr(p.begin, p.end - p.begin), p.message), pos.line,
           pos.column});
    }
    e.dates->reserve(f.found.dates.size());
    for (std::size_t k = 0; k < f.found.dates.size(); ++k) {
      const DateExpression& d = f.found.dates[k];
      DateMention m;
      m.offset = d.begin;
      m.length = d.end - d.begin;
      m.expression = e.text->substr(d.begin, d.end - d.begin);
      m.event = f.places[k].event;
      m.sentence = f.places[k].sentence;
      ctx.tense = f.places[k].tense;
      m.date = resolve_date(d, ctx);
      if (m.date.span) ctx.anchor = m.date.span;
      Position pos = doc.position_in(*e.pieces, d.begin);
      m.line = pos.line;
      m.column = pos.column;
      if (m.date.weekday_mismatch)
        doc.diagnostics.push_back(
            {Severity::warning, "date-weekday",
             fmt::format("'{}' is a {} ({}), not a {}", m.expression, m.date.value,
                         weekday_name(weekday_of(m.date.span->start)),
                         weekday_name(*m.date.weekday_mismatch)),
             pos.line, pos.column});
      e.dates->push_back(std::move(m));
    }
    f = Found{};  // resolved: its recognised dates are no longer needed
  }
  std::stable_sort(doc.diagnostics.begin(), doc.diagnostics.end(),
                   [](const Diagnostic& a, const Diagnostic& b) {
                     return std::tie(a.line, a.column) < std::tie(b.line, b.column);
                   });
}

}  // namespace detail
}  // namespace kbrief
