// SPDX-License-Identifier: MIT
#include "nothing_lost.h"

#include <fmt/format.h>
#include <kbrief/json.h>

#include <functional>

#include "unicode.h"

namespace kbrief::test {

void add_chars(CharCounts& counts, std::string_view s, long sign) {
  for (std::size_t i = 0; i < s.size();) {
    char32_t c = detail::next_code_point(s, i);
    if (!detail::is_space(c)) counts[c] += sign;
  }
}

std::string character_problems(const CharCounts& counts) {
  std::string problems;
  for (auto [c, n] : counts) {
    if (n == 0) continue;
    std::string ch;
    detail::append_utf8(ch, c);
    problems += fmt::format(" '{}' (U+{:04X}) {} {}×;", ch, static_cast<std::uint32_t>(c),
                            n > 0 ? "lost" : "extra", n > 0 ? n : -n);
  }
  return problems;
}

void take_element_chars(CharCounts& counts, const nlohmann::json& j) {
  auto take = [&](const nlohmann::json& v) {
    if (v.is_string()) add_chars(counts, v.get<std::string>(), -1);
  };
  // List items nest: each item's sub-items are in its own "items".
  std::function<void(const nlohmann::json&)> take_labels = [&](const nlohmann::json& items) {
    for (const auto& it : items) {
      take(it["label"]);
      if (it.contains("items")) take_labels(it["items"]);
    }
  };
  for (const auto& f : j["front_matter"]) take(f["text"]);
  for (const auto& s : j["metadata"]["sources"]) take(s["text"]);
  for (const auto& b : j["blocks"]) {
    take(b["text"]);
    if (b.contains("label")) take(b["label"]);
    if (b.contains("caption")) take(b["caption"]);
    if (b.contains("footnote_refs"))
      for (const auto& r : b["footnote_refs"]) take(r["marker"]);
    if (b.contains("title")) take(b["title"]);
    if (b.contains("items")) take_labels(b["items"]);
    if (b.contains("stranded_markers"))
      for (const auto& m : b["stranded_markers"]) take(m);
  }
  for (const auto& f : j["footnotes"]) {
    take(f["label"]);
    take(f["text"]);
  }
  for (const auto& f : j["page_furniture"]) take(f["text"]);
}

std::string element_character_problems(const Document& doc) {
  CharCounts counts;
  add_chars(counts, doc.decoded.text, +1);
  std::string out;
  write_json(doc, out);
  take_element_chars(counts, nlohmann::json::parse(out));
  return character_problems(counts);
}

std::string line_ownership_problems(const Document& doc) {
  std::map<std::uint32_t, int> owners;
  for (const auto& f : doc.front_matter) ++owners[f.line];
  for (const auto& s : doc.metadata.sources) ++owners[s.line];
  for (const auto& b : doc.blocks)
    for (std::uint32_t l : b.source_lines) ++owners[l];
  for (const auto& f : doc.footnotes)
    for (std::uint32_t l : f.source_lines) ++owners[l];
  for (const auto& f : doc.page_furniture) ++owners[f.line];
  std::string problems;
  for (std::uint32_t i = 0; i < doc.line_table.lines.size(); ++i) {
    const LineInfo& info = doc.layout.lines[i];
    if (info.role == LineRole::blank) continue;
    int expected =
        info.tail != TailKind::none && info.tail_begin > doc.line_table.lines[i].begin ? 2 : 1;
    // A line that is all tail (a copyright line) is owned by the metadata alone.
    if (info.tail != TailKind::none &&
        detail::trim(std::string_view(doc.decoded.text)
                         .substr(doc.line_table.lines[i].begin,
                                 info.tail_begin - doc.line_table.lines[i].begin))
            .empty())
      expected = 1;
    if (owners[i] != expected)
      problems +=
          fmt::format(" line {} owned by {} elements (expected {});", i + 1, owners[i], expected);
  }
  return problems;
}

namespace {

// The first character of `text` (whitespace aside) that is not found, in order, in `source`;
// U+0000 when all are.
char32_t first_out_of_order(std::string_view text, std::string_view source) {
  std::size_t j = 0;
  for (std::size_t i = 0; i < text.size();) {
    char32_t c = detail::next_code_point(text, i);
    if (detail::is_space(c)) continue;
    for (;;) {
      if (j >= source.size()) return c;
      if (detail::next_code_point(source, j) == c) break;
    }
  }
  return 0;
}

// The pieces record where each run of the text came from, also when segmentation moved it (a
// drop capital set after the line it begins): each run must be found, in order, in its own
// source range, and the runs must cover the text.
template <class Element>
void check_order(const Document& doc, const Element& e, std::string& problems) {
  const std::string_view text = e.text, input = doc.decoded.text;
  std::size_t covered = 0;
  for (std::size_t k = 0; k < e.pieces.size(); ++k) {
    const TextPiece& p = e.pieces[k];
    const std::size_t end = k + 1 < e.pieces.size() ? e.pieces[k + 1].text_begin : text.size();
    if (p.text_begin > covered &&
        !detail::trim(text.substr(covered, p.text_begin - covered)).empty()) {
      problems += fmt::format(" {} has text before piece {} that no piece covers;", e.id, k);
      return;
    }
    if (end < p.text_begin || end > text.size()) {
      problems += fmt::format(" {} piece {} ends outside its text;", e.id, k);
      return;
    }
    const std::string_view run = text.substr(p.text_begin, end - p.text_begin);
    const std::string_view source = input.substr(p.source_begin, p.source_end - p.source_begin);
    if (char32_t c = first_out_of_order(run, source)) {
      std::string ch;
      detail::append_utf8(ch, c);
      problems += fmt::format(" {} out of order at '{}' (U+{:04X}) in piece {} (line {});", e.id,
                              ch, static_cast<std::uint32_t>(c), k, p.line + 1);
      return;
    }
    covered = end;
  }
  if (covered < text.size() && !detail::trim(text.substr(covered)).empty())
    problems += fmt::format(" {} has text no piece covers;", e.id);
}

}  // namespace

std::string order_problems(const Document& doc) {
  std::string problems;
  for (const auto& b : doc.blocks) check_order(doc, b, problems);
  for (const auto& f : doc.footnotes) check_order(doc, f, problems);
  return problems;
}

}  // namespace kbrief::test
