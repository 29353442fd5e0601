// SPDX-License-Identifier: MIT
// The wrap-spacing error rate, measured held out: for every position inside a line where the
// truth is known (two characters, at least one a Hangul syllable and the other a syllable or
// a letter, adjacent or one space apart), a wrap is simulated there and the joiner decides
// it, trained as the document stage trains it but on the document WITHOUT that line (the
// prior comes from the document's real wraps that do not touch it). Errors are counted both
// ways: a space added where the line has none, a space dropped where it has one.
//
// For documents whose extractor marked its wraps (trailing spaces), their real wraps are
// scored the same way, each without its two lines. Finally, on every document's real wraps,
// the joiner trained on the whole document says which source of evidence decided each one.
//
//   wrap_spacing [--stride N] [--interior-prior] [--show N] FILE...
//
// --show N prints each file's first N errors, the text either side of the simulated wrap.
// --interior-prior sets the prior to the share of spaces at the known positions of the
// document's other lines instead of estimating it from the real wraps: where a typesetter
// wraps only between words, the wraps' prior says "space" far more often than positions
// chosen inside lines do, and the plain figure counts that mismatch as errors.
// --stride N holds out every Nth line only (each still decided without its own line): a
// quicker estimate while working. docs/wrap_spacing.md gives the figures and how to read them.
#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "join.h"
#include "kbrief/blocks.h"
#include "kbrief/decode.h"
#include "kbrief/layout.h"
#include "kbrief/lines.h"
#include "layout_detail.h"
#include "unicode.h"

namespace {

using kbrief::detail::JoinSource;
using kbrief::detail::WrapJoiner;
namespace d = kbrief::detail;

struct Tally {
  std::size_t positions = 0, added = 0, dropped = 0;
  void add(const Tally& o) {
    positions += o.positions;
    added += o.added;
    dropped += o.dropped;
  }
  void count(bool truth, bool decided) {
    ++positions;
    added += decided && !truth;
    dropped += !decided && truth;
  }
  double rate() const {
    return positions ? 100.0 * static_cast<double>(added + dropped) / positions : 0;
  }
};

struct SourceCounts {
  std::array<std::size_t, d::kJoinSources> n{};
  std::size_t total = 0;
};

struct Document {
  std::string text;
  kbrief::LineTable table;
  kbrief::Layout layout;
  std::vector<d::Wrap> wraps;
  std::vector<std::uint32_t> content;  // indices of content lines
  std::string_view line(std::uint32_t i) const { return d::line_text(text, table, layout, i); }
};

bool read_document(const char* path, Document& doc) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  std::ostringstream s;
  s << in.rdbuf();
  auto decoded = kbrief::decode(std::move(s).str());
  if (!decoded) return false;
  doc.text = std::move(decoded->text);
  doc.table = kbrief::split_lines(doc.text);
  doc.layout = kbrief::analyse_layout(doc.text, doc.table);
  doc.wraps = d::wraps_of(kbrief::segment_blocks(doc.text, doc.table, doc.layout));
  for (std::uint32_t i = 0; i < doc.table.lines.size(); ++i)
    if (doc.layout.lines[i].role == kbrief::LineRole::content) doc.content.push_back(i);
  return true;
}

bool is_letter(char32_t c) {
  return d::is_hangul_syllable(c) || d::is_ascii_alpha(c);
}

// The byte offsets in `t` where a simulated wrap has a known answer: after a syllable or a
// letter followed by one (or by one space and then one). Latin letters on both sides are
// left out: English text wraps at its spaces (or a hyphen), never inside a word.
std::vector<std::size_t> known_positions(std::string_view t) {
  std::vector<std::size_t> cuts;
  for (std::size_t i = 0; i < t.size();) {
    std::size_t j = i;
    char32_t a = d::next_code_point(t, j);
    if (j < t.size() && is_letter(a)) {
      std::size_t k = j;
      char32_t b = d::next_code_point(t, k);
      if (b == ' ' && k < t.size()) b = d::code_point_at(t, k);
      if (is_letter(b) && (d::is_hangul_syllable(a) || d::is_hangul_syllable(b))) cuts.push_back(j);
    }
    i = j;
  }
  return cuts;
}

// The joiner as the document stage trains it, without lines `skip_a` and `skip_b`.
void train_without(WrapJoiner& j, const Document& doc, std::uint32_t skip_a, std::uint32_t skip_b) {
  for (std::uint32_t i : doc.content)
    if (i != skip_a && i != skip_b) j.learn(doc.line(i));
  std::vector<std::pair<std::string_view, std::string_view>> pairs;
  for (auto [a, b] : doc.wraps)
    if (a != skip_a && a != skip_b && b != skip_a && b != skip_b)
      pairs.emplace_back(doc.line(a), doc.line(b));
  j.estimate_prior(pairs);
}

// The share of known positions that carry a space, in each content line (positions, spaced).
std::vector<std::pair<std::size_t, std::size_t>> spacing_of_lines(const Document& doc) {
  std::vector<std::pair<std::size_t, std::size_t>> counts;
  for (std::uint32_t i : doc.content) {
    std::string_view line = doc.line(i);
    std::size_t spaced = 0, n = 0;
    for (std::size_t c : known_positions(line)) {
      ++n;
      spaced += line[c] == ' ';
    }
    counts.emplace_back(n, spaced);
  }
  return counts;
}

Tally simulated_wraps(const Document& doc, std::size_t stride, bool interior_prior,
                      std::size_t show) {
  Tally t;
  std::size_t shown = 0;
  std::size_t all = 0, all_spaced = 0;
  auto lines = spacing_of_lines(doc);
  for (auto [n, spaced] : lines) {
    all += n;
    all_spaced += spaced;
  }
  for (std::size_t k = 0; k < doc.content.size(); k += stride) {
    std::uint32_t i = doc.content[k];
    std::string_view line = doc.line(i);
    std::vector<std::size_t> cuts = known_positions(line);
    if (cuts.empty() || cuts.size() == all) continue;
    WrapJoiner j;
    train_without(j, doc, i, i);
    if (interior_prior) {
      double rate = static_cast<double>(all_spaced - lines[k].second) /
                    static_cast<double>(all - lines[k].first);
      j.set_prior(std::clamp(rate, 0.05, 0.95));
    }
    for (std::size_t c : cuts) {
      bool truth = line[c] == ' ';
      std::string_view before = line.substr(0, c), after = d::trim_start(line.substr(c));
      bool decided = j.space_between(before, after);
      t.count(truth, decided);
      if (decided != truth && shown < show) {
        ++shown;
        std::size_t from = before.size() > 24 ? before.size() - 24 : 0;
        while (from > 0 && (before[from] & 0xC0) == 0x80) --from;
        std::size_t to = std::min<std::size_t>(after.size(), 24);
        while (to < after.size() && (after[to] & 0xC0) == 0x80) ++to;
        std::printf("  %s %.*s|%.*s\n", truth ? "dropped" : "added  ",
                    static_cast<int>(before.size() - from), before.data() + from,
                    static_cast<int>(to), after.data());
      }
    }
  }
  return t;
}

// Real wraps whose answer the extractor gave (a trailing space at the line's end).
Tally cued_wraps(const Document& doc) {
  Tally t;
  for (auto [a, b] : doc.wraps) {
    WrapJoiner j;
    train_without(j, doc, a, b);
    t.count(doc.layout.lines[a].trailing_space, j.space_between(doc.line(a), doc.line(b)));
  }
  return t;
}

SourceCounts decided_by(const Document& doc) {
  SourceCounts s;
  WrapJoiner j;
  d::train(j, doc.text, doc.table, doc.layout, doc.wraps);
  for (auto [a, b] : doc.wraps) {
    ++s.n[static_cast<int>(j.explain(doc.line(a), doc.line(b)).decided_by)];
    ++s.total;
  }
  return s;
}

std::string_view base_name(std::string_view path) {
  return path.substr(path.rfind('/') + 1);
}

void print_tally(const char* name, const Tally& t) {
  std::printf("%-34s %7zu %6zu %6zu %6.2f%%\n", name, t.positions, t.added, t.dropped, t.rate());
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t stride = 1;
  bool interior_prior = false;
  std::size_t show = 0;
  std::vector<const char*> files;
  for (int a = 1; a < argc; ++a) {
    std::string_view arg = argv[a];
    if (arg == "--stride" && a + 1 < argc)
      stride = std::max(1, std::atoi(argv[++a]));
    else if (arg == "--show" && a + 1 < argc)
      show = static_cast<std::size_t>(std::max(0, std::atoi(argv[++a])));
    else if (arg == "--interior-prior")
      interior_prior = true;
    else
      files.push_back(argv[a]);
  }
  if (files.empty()) {
    std::fprintf(stderr,
                 "usage: wrap_spacing [--stride N] [--interior-prior] [--show N] FILE...\n");
    return 2;
  }
  std::printf("%-34s %7s %6s %6s %7s\n", "file", "posns", "added", "dropd", "errors");
  Tally plain, layout, cued;
  SourceCounts sources;
  for (const char* path : files) {
    Document doc;
    if (!read_document(path, doc)) {
      std::fprintf(stderr, "%s: cannot read\n", path);
      return 2;
    }
    std::string name(base_name(path));
    Tally t = simulated_wraps(doc, stride, interior_prior, show);
    print_tally(name.c_str(), t);
    (name.find(".layout.") != std::string::npos ? layout : plain).add(t);
    if (doc.layout.wrap_cues) {
      Tally c = cued_wraps(doc);
      print_tally((name + " (real wraps, cued)").c_str(), c);
      cued.add(c);
    }
    SourceCounts s = decided_by(doc);
    for (int k = 0; k < d::kJoinSources; ++k) sources.n[k] += s.n[k];
    sources.total += s.total;
  }
  Tally all = plain;
  all.add(layout);
  std::printf("\n");
  print_tally("total: plain text", plain);
  print_tally("total: layout text", layout);
  print_tally("total", all);
  if (cued.positions) print_tally("total: real wraps with cues", cued);
  std::printf("\nreal wraps decided by (trained on the whole document): %zu wraps\n",
              sources.total);
  for (int k = 0; k < d::kJoinSources; ++k)
    std::printf("  %-12s %6zu %6.2f%%\n", d::to_string(static_cast<JoinSource>(k)), sources.n[k],
                sources.total ? 100.0 * static_cast<double>(sources.n[k]) / sources.total : 0);
  return 0;
}
