// SPDX-License-Identifier: MIT
#include "join.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "layout_detail.h"
#include "morphology.h"
#include "punctuation.h"
#include "unicode.h"

namespace kbrief::detail {

const char* to_string(JoinSource s) {
  switch (s) {
    case JoinSource::verdict:
      return "verdict";
    case JoinSource::characters:
      return "characters";
    case JoinSource::same_word:
      return "same_word";
    case JoinSource::morphology:
      return "morphology";
    case JoinSource::word_shape:
      return "word_shape";
    case JoinSource::prior:
      return "prior";
  }
  return "?";
}

namespace {

// Learning stops sampling every line past this much text: the evidence saturates long
// before, and a huge input must not cost a huge model.
constexpr std::size_t kLearnBudget = 1 << 20;

// Characters as the boundary model sees them: Hangul syllables as themselves, digits and
// ASCII letters by class, everything else as itself.
char32_t symbol(char32_t c) {
  if (is_ascii_digit(c)) return U'0';
  if (is_ascii_alpha(c)) return U'a';
  return c;
}

// Coarser still: all Hangul syllables as one class.
char32_t char_class(char32_t s) {
  return is_hangul_syllable(s) ? U'가' : s;
}

enum Context : std::uint64_t { kLeft1 = 1, kRight1, kPair, kLeft2, kRight2, kClassPair };

std::uint64_t key(Context ctx, char32_t a, char32_t b = 0) {
  return (static_cast<std::uint64_t>(ctx) << 58) ^ (static_cast<std::uint64_t>(a) << 29) ^ b;
}

// Packs two symbols; 0 means "no such context".
char32_t pair_symbol(char32_t a, char32_t b) {
  return a && b ? (a * 0x10001u) ^ (b << 7) : 0;
}

// A token without the punctuation around it: opening marks before, closing marks and
// sentence punctuation and glued footnote markers ("다.1)") after.
std::string_view core(std::string_view tok) {
  std::size_t b = 0, e = tok.size();
  while (b < e) {
    std::size_t j = b;
    char32_t c = next_code_point(tok, j);
    if (!is_opening_mark(c) && c != '"' && c != '\'') break;
    b = j;
  }
  bool changed = true;
  while (changed && e > b) {
    changed = false;
    std::size_t j = e;
    char32_t c = prev_code_point(tok, j);
    if (is_closing_mark(c) || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' ||
        c == '?' || c == '"' || c == '\'' || c == 0xB7) {
      // a glued footnote marker: digits before ')'
      if (c == ')') {
        std::size_t k = j;
        while (k > b && tok[k - 1] >= '0' && tok[k - 1] <= '9') --k;
        if (k < j && k > b) j = k;
      }
      e = j;
      changed = true;
    }
  }
  return tok.substr(b, e - b);
}

std::string_view first_token(std::string_view s) {
  return s.substr(0, detail::find_space(s, 0));
}

std::string_view last_token(std::string_view s) {
  std::size_t i = s.size();
  while (i > 0) {
    std::size_t j = i;
    if (is_space(prev_code_point(s, j))) break;
    i = j;
  }
  return s.substr(i);
}

// What follows the last separator inside a word ("러시아-우크라이" → "우크라이", "핵·미사일" →
// "미사일"), or nothing when there is none.
std::string_view last_piece(std::string_view w) {
  // The separators' first bytes: '-', '/', and the lead bytes of U+00B7, U+2027, U+30FB and
  // U+FF65, none of which starts a Hangul syllable.
  bool any = false;
  for (char b : w)
    any |= b == '-' || b == '/' || b == '\xC2' || b == '\xE2' || b == '\xE3' || b == '\xEF';
  if (!any) return {};
  std::size_t i = w.size();
  while (i > 0) {
    std::size_t j = i;
    char32_t c = prev_code_point(w, j);
    if (c == '-' || c == '/' || c == 0xB7 || c == 0xFF65 || c == 0x30FB || c == 0x2027)
      return w.substr(i);
    i = j;
  }
  return {};
}

bool is_url_tail(std::string_view token) {
  return token.find("://") != std::string_view::npos ||
         token.find("www.") != std::string_view::npos || token.starts_with("<htt") ||
         token.starts_with("htt");
}

}  // namespace

void WrapJoiner::learn(std::string_view line) {
  offered_bytes_ += line.size();
  if (learned_bytes_ > kLearnBudget && offered_bytes_ % 16 != 0) return;  // sample past the budget
  learned_bytes_ += line.size();

  // Character boundaries: adjacent (joined) or separated by exactly one space (spaced).
  std::vector<char32_t>& cps = cps_;
  cps.clear();
  for (std::size_t i = 0; i < line.size();) cps.push_back(next_code_point(line, i));
  for (std::size_t i = 0; i + 1 < cps.size(); ++i) {
    if (is_space(cps[i])) continue;
    bool spaced = is_space(cps[i + 1]);
    std::size_t j = spaced ? i + 2 : i + 1;
    if (j >= cps.size() || is_space(cps[j])) continue;
    char32_t l1 = symbol(cps[i]), r1 = symbol(cps[j]);
    char32_t l2 = i > 0 && !is_space(cps[i - 1]) ? pair_symbol(symbol(cps[i - 1]), l1) : 0;
    char32_t r2 =
        j + 1 < cps.size() && !is_space(cps[j + 1]) ? pair_symbol(r1, symbol(cps[j + 1])) : 0;
    auto add = [&](std::uint64_t k) {
      Counts& n = boundary_entry(k);
      (spaced ? n.spaced : n.joined)++;
    };
    add(key(kLeft1, l1));
    add(key(kRight1, r1));
    add(key(kPair, l1, r1));
    add(key(kClassPair, char_class(l1), char_class(r1)));
    if (l2) add(key(kLeft2, l2));
    if (r2) add(key(kRight2, r2));
    (spaced ? spaced_total_ : joined_total_)++;
  }

  // Words away from the line's edges, whose ends are certain.
  std::vector<std::string_view>& tokens = tokens_;
  tokens.clear();
  for (std::size_t i = 0; i < line.size();) {
    while (i < line.size()) {
      std::size_t j = i;
      if (!is_space(next_code_point(line, j))) break;
      i = j;
    }
    std::string_view tok = first_token(line.substr(i));
    if (!tok.empty()) tokens.push_back(tok);
    i += tok.size();
    if (tok.empty()) break;
  }
  for (std::size_t t = 1; t + 1 < tokens.size(); ++t) {
    std::string_view w = core(tokens[t]);
    if (w.empty()) continue;
    count_word(w);
  }
}

void WrapJoiner::count_word(std::string_view w) {
  ++word_entry(w).whole;
  for (std::size_t i = 0; i < w.size();) {
    next_code_point(w, i);
    if (i >= w.size()) break;
    ++word_entry(w.substr(0, i)).prefix;
    ++word_entry(w.substr(i)).suffix;
  }
}

WrapJoiner::WordCounts& WrapJoiner::word_entry(std::string_view w) {
  return words_(w, std::hash<std::string_view>{}(w));
}

WrapJoiner::WordCounts WrapJoiner::word_counts(std::string_view w) const {
  const WordCounts* n = words_.find(w, std::hash<std::string_view>{}(w));
  return n ? *n : WordCounts{};
}

namespace {
// A boundary key's hash: the context and character fields folded onto one another, then a
// multiplication folded onto itself, so that every field reaches the slot index.
std::uint64_t key_hash(std::uint64_t key) {
  key ^= key >> 29;
  key *= 0x9E3779B97F4A7C15ULL;
  return key ^ (key >> 32);
}
}  // namespace

const WrapJoiner::Counts* WrapJoiner::boundary(std::uint64_t key) const {
  return boundary_.find(key, key_hash(key));
}

WrapJoiner::Counts& WrapJoiner::boundary_entry(std::uint64_t key) {
  return boundary_(key, key_hash(key));
}

namespace {
// log(n + 1) for the counts most contexts have, read from a table: a wrap weighs a dozen.
double log_count(std::uint32_t n) {
  static const std::array<double, 1024> kTable = [] {
    std::array<double, 1024> t{};
    for (std::size_t k = 0; k < t.size(); ++k) t[k] = std::log(static_cast<double>(k) + 1.0);
    return t;
  }();
  return n < kTable.size() ? kTable[n] : std::log(static_cast<double>(n) + 1.0);
}
}  // namespace

// Pseudo-counts in proportion to the totals, so that a context never seen says nothing either
// way rather than leaning towards the rarer outcome: P(key | spaced) = (spaced + 1) /
// (spaced_total + 2), likewise joined. The totals' part of the ratio is the same for every key.
double WrapJoiner::totals_log_ratio() const {
  return std::log((joined_total_ + 2.0) / (spaced_total_ + 2.0));
}

double WrapJoiner::log_ratio(std::uint64_t k, double totals) const {
  const Counts* n = boundary(k);
  return n ? log_count(n->spaced) - log_count(n->joined) + totals : totals;
}

double WrapJoiner::char_evidence(std::string_view before, std::string_view after) const {
  std::size_t i = before.size();
  char32_t a1 = symbol(prev_code_point(before, i));
  char32_t a2 = i > 0 ? symbol(prev_code_point(before, i)) : 0;
  if (a2 && is_space(a2)) a2 = 0;
  std::size_t j = 0;
  char32_t b1 = symbol(next_code_point(after, j));
  char32_t b2 = j < after.size() ? symbol(next_code_point(after, j)) : 0;
  if (b2 && is_space(b2)) b2 = 0;
  double totals = totals_log_ratio();
  double s = log_ratio(key(kLeft1, a1), totals) + log_ratio(key(kRight1, b1), totals) +
             0.5 * log_ratio(key(kPair, a1, b1), totals);
  // Between classes (a syllable and an opening bracket, a digit and a syllable) the
  // document's habit is clear even where the exact characters are rare.
  if (char_class(a1) != char_class(b1) || !is_hangul_syllable(a1))
    s += log_ratio(key(kClassPair, char_class(a1), char_class(b1)), totals);
  if (a2) s += 0.5 * log_ratio(key(kLeft2, pair_symbol(a2, a1)), totals);
  if (b2) s += 0.5 * log_ratio(key(kRight2, pair_symbol(b1, b2)), totals);
  return 0.5 * s;
}

void WrapJoiner::word_evidence(std::string_view before, std::string_view after,
                               Parts& parts) const {
  std::string_view x = core(last_token(before));
  std::string_view y = core(first_token(after));
  if (x.empty() || y.empty()) return;
  // x's end followed by y (or by y's first character), on the stack when short.
  char buffer[256];
  std::string spill;
  auto concat = [&](std::string_view left, std::string_view tail) -> std::string_view {
    if (left.size() + tail.size() <= sizeof buffer) {
      std::copy(left.begin(), left.end(), buffer);
      std::copy(tail.begin(), tail.end(), buffer + left.size());
      return {buffer, left.size() + tail.size()};
    }
    spill.assign(left);
    spill.append(tail);
    return spill;
  };
  auto seen = [&](std::string_view w) {
    WordCounts n = word_counts(w);
    return static_cast<double>(n.whole) + static_cast<double>(n.prefix) > 0;
  };
  auto clip = [](double v) { return std::max(-3.0, std::min(3.0, v)); };
  // The joined form occurs as a word (or a word's start) elsewhere; after a separator
  // ("러시아-우크라이" + "나") the joined form is the last piece's.
  std::size_t first = 0;
  next_code_point(y, first);
  auto joined_evidence = [&](std::string_view left) -> double {
    if (seen(concat(left, y))) return -3;
    if (is_hangul_syllable(code_point_at(y, 0)) && seen(concat(left, y.substr(0, first))))
      return -1.5;
    return 0;
  };
  double joined = joined_evidence(x);
  if (joined == 0) {
    std::string_view piece = last_piece(x);
    if (!piece.empty()) joined = joined_evidence(piece);
  }
  parts.same_word += joined;
  // Is y a word of its own, or mostly the end of longer words (a particle, an ending)?
  WordCounts yc = word_counts(y);
  double y_words = yc.whole;
  double y_ratio = clip(std::log((y_words + 0.5) / (yc.suffix + 0.5)));
  parts.word_shape += 0.75 * y_ratio;
  if (y_words == 0 && is_particle_word(y)) parts.morphology -= 2;
  // Particles and endings that start no word end the word before, whatever the characters
  // say: "정부로" + "부터", "사람처" + "럼", "지칭하는" + "데,", "증가할" + "수록". A form
  // of 하다/되다 joins a bare noun and stands apart after an ending that calls for a verb.
  std::size_t x_end = x.size();
  if (may_bind(prev_code_point(x, x_end), y)) {
    if (is_particle_run(y) || completes_particle(x, y) ||
        is_connective_ending(first_token(after)) || continues_ending(x, y))
      parts.morphology -= 3;
    LightVerb verb = light_verb_after(x, y);
    if (verb == LightVerb::kJoins) parts.morphology -= 3;
    if (verb == LightVerb::kSpaces) parts.morphology += 2;
  }
  // A Korean word (eojeol) mostly ends in a particle or an ending; a line ending in a bare
  // syllable that is neither leans towards a word cut in two, and one ending in a particle
  // towards a whole word.
  std::uint32_t x_words = word_counts(x).whole;
  if (is_hangul_syllable(code_point_at(x, 0)) && x_words == 0)
    parts.morphology += ends_in_particle(x) ? 0.5 : -1.0;
  // x a word of its own, and y one too.
  if (x_words > 0 && y_ratio > 0) parts.same_word += 1.5;
}

WrapJoiner::Evidence WrapJoiner::evidence(std::string_view before, std::string_view after,
                                          Parts* explained) const {
  if (before.empty() || after.empty()) return {1, false};
  std::size_t i = before.size();
  char32_t a = prev_code_point(before, i);
  char32_t b = code_point_at(after, 0);
  std::string_view tail = last_token(before);
  // A URL goes on without a break while the next line continues its characters.
  if (is_url_tail(tail) &&
      (is_ascii_alpha(b) || is_ascii_digit(b) || b == '/' || b == '.' || b == '_' || b == '-' ||
       b == '?' || b == '=' || b == '&' || b == '%' || b == '>'))
    return {-10, false};
  // Two Latin words: English text breaks lines at spaces.
  if (is_ascii_alpha(a) && is_ascii_alpha(b)) return {5, false};
  Parts parts;
  parts.characters = char_evidence(before, after);
  word_evidence(before, after, parts);
  if (explained) *explained = parts;
  return {parts.sum(), true};
}

double WrapJoiner::score(std::string_view before, std::string_view after) const {
  Evidence e = evidence(before, after);
  return e.with_prior ? e.value + prior_log_odds_ : e.value;
}

bool WrapJoiner::space_between(std::string_view before, std::string_view after) const {
  return decide(evidence(before, after));
}

// The evidence of each wrap does not depend on the prior: it is weighed once, and each
// round only adds the new prior to it.
std::vector<bool> WrapJoiner::estimate_prior(
    const std::vector<std::pair<std::string_view, std::string_view>>& wraps) {
  if (wraps.empty()) return {};
  std::vector<Evidence> evidences;
  evidences.reserve(wraps.size());
  for (auto& [before, after] : wraps) evidences.push_back(evidence(before, after));
  double p = 0.5;
  for (int round = 0; round < 5; ++round) {
    prior_log_odds_ = std::log(p / (1 - p));
    std::size_t spaced = 0;
    for (Evidence e : evidences) spaced += decide(e);
    double next = static_cast<double>(spaced) / static_cast<double>(wraps.size());
    next = std::min(0.9, std::max(0.1, next));
    if (std::abs(next - p) < 1e-3) break;
    p = next;
  }
  prior_log_odds_ = std::log(p / (1 - p));
  std::vector<bool> decisions(evidences.size());
  for (std::size_t k = 0; k < evidences.size(); ++k) decisions[k] = decide(evidences[k]);
  return decisions;
}

WrapJoiner::Explanation WrapJoiner::explain(std::string_view before, std::string_view after) const {
  Explanation x;
  Evidence e = evidence(before, after, &x.parts);
  x.space = decide(e);
  if (!e.with_prior) {
    x.decided_by = JoinSource::verdict;
    return x;
  }
  x.prior = prior_log_odds_;
  const std::pair<double, JoinSource> pulls[] = {{x.parts.characters, JoinSource::characters},
                                                 {x.parts.same_word, JoinSource::same_word},
                                                 {x.parts.morphology, JoinSource::morphology},
                                                 {x.parts.word_shape, JoinSource::word_shape},
                                                 {x.prior, JoinSource::prior}};
  double sign = x.space ? 1 : -1, strongest = 0;
  for (auto [value, source] : pulls)
    if (sign * value > strongest) {
      strongest = sign * value;
      x.decided_by = source;
    }
  return x;
}

void WrapJoiner::set_prior(double p) {
  prior_log_odds_ = std::log(p / (1 - p));
}

double WrapJoiner::learned_space_rate() const {
  double total = static_cast<double>(spaced_total_) + joined_total_;
  return total > 0 ? spaced_total_ / total : 0.5;
}

std::vector<Wrap> wraps_of(const Blocks& blocks) {
  std::vector<Wrap> wraps;
  auto add = [&](const std::vector<std::uint32_t>& lines, std::size_t from) {
    for (std::size_t k = from + 1; k < lines.size(); ++k)
      wraps.emplace_back(lines[k - 1], lines[k]);
  };
  for (const auto& b : blocks.blocks) {
    if (b.type == BlockType::list) {
      for (const auto& item : b.items) add(item.lines, 0);
    } else if (b.type == BlockType::summary) {
      add(b.lead_lines(), b.drop_cap && b.title_lines == 0 ? 1 : 0);
      for (const auto& item : b.items) add(item.lines, 0);
    } else if (b.type == BlockType::paragraph) {
      add(b.lines, b.drop_cap ? 1 : 0);
    }
  }
  for (const auto& n : blocks.footnotes) add(n.lines, 0);
  return wraps;
}

std::vector<bool> train(WrapJoiner& joiner, std::string_view text, const LineTable& table,
                        const Layout& layout, const std::vector<Wrap>& wraps) {
  for (std::uint32_t i = 0; i < table.lines.size(); ++i)
    if (layout.lines[i].role == LineRole::content) joiner.learn(line_text(text, table, layout, i));
  std::vector<std::pair<std::string_view, std::string_view>> pairs;
  pairs.reserve(wraps.size());
  for (auto [a, b] : wraps)
    pairs.emplace_back(line_text(text, table, layout, a), line_text(text, table, layout, b));
  return joiner.estimate_prior(pairs);
}

}  // namespace kbrief::detail
