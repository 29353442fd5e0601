// SPDX-License-Identifier: MIT
// The wrap-join decision: when a brief's line wraps, does the break fall between two words
// (join with a space) or inside one (join with nothing)?
//
// With wrap cues (Layout::wrap_cues) the extractor has told us. Without them, the decision
// comes from evidence in the same document: how often the characters on either side of the
// break end or start a word inside its lines, whether the joined form or both halves occur
// elsewhere as words, and Korean morphology (a lone particle or ending cannot start a word).
// The prior of a wrap falling between words is the typesetter's habit, estimated from the
// document's own wraps.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "kbrief/blocks.h"

namespace kbrief::detail {

// Keys of a FlatCounts table: whole 64-bit numbers, kept in the slot itself.
struct NumberKeys {
  using Key = std::uint64_t;
  using Ref = std::uint64_t;
  Ref store(Key k) { return k; }
  bool equal(Ref r, Key k) const { return r == k; }
};
// Keys of a FlatCounts table: short byte strings, kept in one arena.
struct StringKeys {
  using Key = std::string_view;
  struct Ref {
    std::size_t offset = 0;
    std::size_t size = 0;
  };
  Ref store(Key k) {
    Ref r{arena.size(), k.size()};
    arena.append(k);
    return r;
  }
  bool equal(Ref r, Key k) const { return std::string_view(arena).substr(r.offset, r.size) == k; }
  std::string arena;
};

// The counts of the joiner's models: an open-addressing table (linear probing,
// power-of-two capacity) whose slots hold each key's hash. A lookup is one probe sequence
// in one array, with no node to chase and no key to build; the caller supplies the hash.
// Nothing is ever removed.
template <class Keys, class Value>
class FlatCounts {
 public:
  using Key = typename Keys::Key;
  // The value of `key`, or nullptr.
  const Value* find(Key key, std::uint64_t hash) const {
    if (slots_.empty()) return nullptr;
    const Slot& s = slots_[probe(key, stored(hash))];
    return s.hash ? &s.value : nullptr;
  }
  // The value of `key`, value-initialised when new.
  Value& operator()(Key key, std::uint64_t hash) {
    if (2 * (used_ + 1) > slots_.size()) [[unlikely]]
      grow();
    hash = stored(hash);
    Slot& s = slots_[probe(key, hash)];
    if (!s.hash) {
      s.hash = hash;
      s.key = keys_.store(key);
      ++used_;
    }
    return s.value;
  }

 private:
  struct Slot {
    std::uint64_t hash = 0;  // 0: empty
    typename Keys::Ref key{};
    Value value{};
  };
  static std::uint64_t stored(std::uint64_t hash) { return hash ? hash : 1; }
  // The slot holding `key`, or the empty slot where it would go.
  std::size_t probe(Key key, std::uint64_t hash) const {
    for (std::size_t i = hash & mask_;; i = (i + 1) & mask_) {
      const Slot& s = slots_[i];
      if (!s.hash || (s.hash == hash && keys_.equal(s.key, key))) return i;
    }
  }
  [[gnu::noinline]] void grow() {
    std::vector<Slot> old = std::move(slots_);
    slots_.assign(old.empty() ? 1024 : 2 * old.size(), Slot{});
    mask_ = slots_.size() - 1;
    for (const Slot& s : old) {
      if (!s.hash) continue;
      std::size_t i = s.hash & mask_;
      while (slots_[i].hash) i = (i + 1) & mask_;
      slots_[i] = s;
    }
  }

  std::vector<Slot> slots_;
  std::size_t mask_ = 0;  // slots_.size() - 1
  Keys keys_;
  std::size_t used_ = 0;
};

// The kinds of evidence a wrap's decision adds up (for measurement: which one decided).
enum class JoinSource : std::uint8_t {
  verdict,     // a rule no prior changes: a URL goes on, Latin words break at spaces
  characters,  // how the characters on either side are spaced inside the document's lines
  same_word,   // the joined form, or both halves, occur as words elsewhere in the document
  morphology,  // the closed class of particles and endings (morphology.h)
  word_shape,  // how often the next line's first word is a word of its own or a word's end
  prior,       // the document's share of wraps that fall between words
};
inline constexpr int kJoinSources = 6;
const char* to_string(JoinSource s);

class WrapJoiner {
 public:
  // The parts of one wrap's score (log-odds, positive: space), by source.
  struct Parts {
    double characters = 0, same_word = 0, morphology = 0, word_shape = 0;
    double sum() const { return characters + same_word + morphology + word_shape; }
  };
  // Why a wrap was decided as it was: its parts, the prior, and the source that pulled
  // hardest towards the decision.
  struct Explanation {
    bool space = false;
    JoinSource decided_by = JoinSource::prior;
    Parts parts;
    double prior = 0;
  };

  // Learns spacing evidence from the inside of one line of the document (never across its
  // wraps, whose spacing is what is unknown). Text beyond a budget is sampled, so learning
  // costs the same for a brief and for a 100 MB file.
  void learn(std::string_view line);
  // Estimates how often this document's wraps fall between words, from the wraps
  // themselves (pairs of line end, next line start), by expectation-maximisation.
  // Returns, for each wrap, whether it falls between words under the estimated prior
  // (what space_between() says of it).
  std::vector<bool> estimate_prior(
      const std::vector<std::pair<std::string_view, std::string_view>>& wraps);
  // Whether the wrap between a line ending in `before` and one starting with `after`
  // falls between words. Both are trimmed line texts.
  bool space_between(std::string_view before, std::string_view after) const;
  // The evidence as a log-odds score (positive: space), for tests and measurement.
  double score(std::string_view before, std::string_view after) const;
  // The decision about a wrap with the evidence behind it.
  Explanation explain(std::string_view before, std::string_view after) const;
  // Sets the prior directly (for measurements at positions other than wraps).
  void set_prior(double space_probability);
  // Share of the learned boundaries that carry a space.
  double learned_space_rate() const;

 private:
  struct Counts {
    std::uint32_t joined = 0, spaced = 0;
  };
  // How often a string occurs as a whole interior word, as a proper prefix of one and as a
  // proper suffix of one: one entry answers all three questions.
  struct WordCounts {
    std::uint32_t whole = 0, prefix = 0, suffix = 0;
  };
  // The evidence about one wrap: a verdict that no prior changes (a URL, English words),
  // or a score the prior is added to.
  struct Evidence {
    double value;
    bool with_prior;
  };
  Evidence evidence(std::string_view before, std::string_view after, Parts* parts = nullptr) const;
  bool decide(Evidence e) const { return (e.with_prior ? e.value + prior_log_odds_ : e.value) > 0; }
  // log(P(key | spaced) / P(key | joined)); `totals` is totals_log_ratio(), the same for every
  // key of a wrap.
  double log_ratio(std::uint64_t key, double totals) const;
  double totals_log_ratio() const;
  double char_evidence(std::string_view before, std::string_view after) const;
  void word_evidence(std::string_view before, std::string_view after, Parts& parts) const;
  WordCounts word_counts(std::string_view w) const;
  WordCounts& word_entry(std::string_view w);
  // Counts `w` as a whole word, and its proper prefixes and suffixes.
  void count_word(std::string_view w);

  const Counts* boundary(std::uint64_t key) const;
  Counts& boundary_entry(std::uint64_t key);

  FlatCounts<NumberKeys, Counts> boundary_;  // character contexts of boundaries, by key()
  std::uint32_t joined_total_ = 0, spaced_total_ = 0;
  FlatCounts<StringKeys, WordCounts> words_;
  std::size_t learned_bytes_ = 0, offered_bytes_ = 0;
  double prior_log_odds_ = 0;
  std::vector<char32_t> cps_;             // learn()'s code points of one line, reused
  std::vector<std::string_view> tokens_;  // learn()'s tokens of one line, reused
};

using Wrap = std::pair<std::uint32_t, std::uint32_t>;  // line indices: a line and the next

// The wraps inside the document's elements whose spacing must be decided: consecutive
// lines of paragraphs, summaries, list items and footnotes (not after a drop cap).
std::vector<Wrap> wraps_of(const Blocks& blocks);

// Trains `joiner` as the document stage does: spacing evidence from every content line,
// the prior from the given wraps. Returns whether each wrap falls between words (an empty
// vector when there are no wraps).
std::vector<bool> train(WrapJoiner& joiner, std::string_view text, const LineTable& table,
                        const Layout& layout, const std::vector<Wrap>& wraps);

}  // namespace kbrief::detail
