// SPDX-License-Identifier: MIT
#include "document_dates.h"

#include <fmt/format.h>

#include <algorithm>

#include "kbrief/positions.h"
#include "unicode.h"

namespace kbrief::detail {
namespace {

// One element whose text may hold dates: a block or a footnote.
struct Element {
  const std::string* text;
  const std::vector<TextPiece>* pieces;
  const std::vector<Span>* sentences;  // may be empty: headings, lists, tables
  const std::vector<ListItem>* items;  // list blocks
  bool citation;                       // footnotes and tables' source notes: dated citations
};

// The document's elements: its blocks, then its footnotes.
struct ElementList {
  const std::vector<Block>& blocks;
  const std::vector<Footnote>& footnotes;

  std::size_t size() const { return blocks.size() + footnotes.size(); }
  bool is_block(std::size_t index) const { return index < blocks.size(); }
  Element operator[](std::size_t index) const {
    if (is_block(index)) {
      const Block& b = blocks[index];
      return {&b.text, &b.pieces, &b.sentences, &b.items, is_region(b.type)};
    }
    const Footnote& f = footnotes[index - blocks.size()];
    return {&f.text, &f.pieces, &f.sentences, nullptr, true};
  }
};

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

// The publication date, when the brief prints one that is a day of the calendar.
std::optional<CivilDate> publication_date(const Metadata& m) {
  const std::optional<CivilDate>& d = m.publication_date;
  if (!d || !is_valid_date(d->year, d->month, d->day)) return std::nullopt;
  return d;
}

// The latest full date of a citation or of a past-tense sentence; never a planned date.
std::optional<CivilDate> latest_dated_event(const ElementList& elements,
                                            const std::vector<Found>& founds) {
  std::optional<CivilDate> latest;
  for (const Found& f : founds) {
    bool citation = elements[f.element].citation;
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

std::optional<ReferenceDate> choose_reference(const ElementList& elements, const Metadata& metadata,
                                              const std::vector<Found>& founds,
                                              const std::optional<CivilDate>& given,
                                              const std::optional<CivilDate>& file_created) {
  if (given) return ReferenceDate{*given, false, "ref-date"};
  if (auto d = publication_date(metadata)) return ReferenceDate{*d, false, "publication-date"};
  if (auto d = latest_dated_event(elements, founds)) return ReferenceDate{*d, false, "latest-date"};
  if (auto y = metadata.copyright_year) return ReferenceDate{{*y, 12, 31}, true, "copyright"};
  // The conventions' sources come first; a PDF's creation date is the last resort of a brief
  // that gives none of them (it is no publication date, which is what the brief prints, and a
  // file may be made long after the brief was written).
  if (file_created) return ReferenceDate{*file_created, false, "pdf-created"};
  return std::nullopt;
}

// Resolves the dates `f` found in `e`, in text order, each against the last one resolved.
std::vector<DateMention> resolve(const Element& e, const Found& f,
                                 const std::optional<ReferenceDate>& reference,
                                 PositionFinder& positions, std::vector<Diagnostic>& diagnostics) {
  ResolutionContext ctx;
  ctx.reference = reference;
  for (const DateProblem& p : f.found.problems) {
    Position pos = positions.in(*e.pieces, p.begin);
    diagnostics.push_back(
        {Severity::warning, p.rule,
         fmt::format("'{}': {}", e.text->substr(p.begin, p.end - p.begin), p.message), pos.line,
         pos.column, detail::count_code_points(e.text->substr(p.begin, p.end - p.begin))});
  }
  std::vector<DateMention> dates;
  dates.reserve(f.found.dates.size());
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
    Position pos = positions.in(*e.pieces, d.begin);
    m.line = pos.line;
    m.column = pos.column;
    if (m.date.weekday_mismatch)
      diagnostics.push_back({Severity::warning, "date-weekday",
                             fmt::format("'{}' is a {} ({}), not a {}", m.expression, m.date.value,
                                         weekday_name(weekday_of(m.date.span->start)),
                                         weekday_name(*m.date.weekday_mismatch)),
                             pos.line, pos.column, detail::count_code_points(m.expression)});
    dates.push_back(std::move(m));
  }
  return dates;
}

}  // namespace

DocumentDates find_dates(const std::vector<Block>& blocks, const std::vector<Footnote>& footnotes,
                         const Metadata& metadata, const std::optional<CivilDate>& reference_date,
                         const std::optional<CivilDate>& file_created, PositionFinder& positions) {
  const ElementList elements{blocks, footnotes};
  std::vector<Found> founds;
  Found next;
  for (std::size_t i = 0; i < elements.size(); ++i) {
    // Back matter's dates are the publisher's (other issues' dates), not the brief's.
    if (elements.is_block(i) && blocks[i].type == BlockType::back_matter) continue;
    recognise(elements[i], next);
    if (next.found.dates.empty() && next.found.problems.empty()) continue;
    next.element = i;
    founds.push_back(std::move(next));
    next = Found{};
  }
  DocumentDates out;
  out.reference_date = choose_reference(elements, metadata, founds, reference_date, file_created);
  for (Found& f : founds) {
    const std::size_t i = f.element;
    std::vector<DateMention> dates =
        resolve(elements[i], f, out.reference_date, positions, out.diagnostics);
    f = Found{};  // resolved: its recognised dates are no longer needed
    if (dates.empty()) continue;
    if (elements.is_block(i))
      out.blocks.push_back({i, std::move(dates)});
    else
      out.footnotes.push_back({i - blocks.size(), std::move(dates)});
  }
  return out;
}

}  // namespace kbrief::detail
