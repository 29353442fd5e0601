// SPDX-License-Identifier: MIT
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include "inline.h"
#include "punctuation.h"
#include "unicode.h"

namespace kbrief::detail {

struct SentenceSplitter::Impl {
  std::unique_ptr<icu::BreakIterator> iterator;
};

SentenceSplitter::SentenceSplitter() : impl_(std::make_unique<Impl>()) {
  UErrorCode status = U_ZERO_ERROR;
  impl_->iterator.reset(icu::BreakIterator::createSentenceInstance(icu::Locale("ko"), status));
  if (U_FAILURE(status)) impl_->iterator.reset();
}

SentenceSplitter::~SentenceSplitter() = default;

namespace {

// Quotation depth just before each byte offset where a break may fall.
struct QuoteTracker {
  int depth = 0;
  void feed(char32_t c) {
    if (pair_opened_by(c, kSpansSentences))
      ++depth;
    else if (pair_closed_by(c, kSpansSentences) && depth > 0)
      --depth;
  }
};

// Whether a break between `before` and `after` is false for a Korean brief:
//  - after a number or date ("2024. | 2. 14.", "2024.2.14. | 문서에"): a sentence ends in a
//    word, never in a bare number;
//  - after an initial or a short abbreviation ("H. | W.", "No. | 227");
//  - after a closing quote or bracket glued to what follows ("…했다.” | 라고").
bool joins_across(std::string_view before, std::string_view after) {
  std::string_view b = trim_end(before);
  if (b.empty() || after.empty()) return false;
  std::size_t i = b.size();
  char32_t last = prev_code_point(b, i);
  char32_t next = code_point_at(after, 0);
  if (b.size() == before.size() && is_hangul_syllable(next) && is_closing_mark(last)) return true;
  if (last != '.' || i == 0) return false;
  char32_t prev = prev_code_point(b, i);
  if (is_ascii_digit(prev)) return true;
  if (is_ascii_alpha(prev)) {
    std::size_t letters = 1;
    std::size_t j = i;
    while (j > 0) {
      std::size_t k = j;
      char32_t c = prev_code_point(b, k);
      if (!is_ascii_alpha(c)) break;
      ++letters;
      j = k;
    }
    bool uppercase_initial = letters == 1 && prev >= 'A' && prev <= 'Z';
    after = trim_start(after);
    bool number_follows = !after.empty() && is_ascii_digit(code_point_at(after, 0));
    return uppercase_initial || (letters <= 3 && number_follows);
  }
  return false;
}

}  // namespace

std::vector<Span> SentenceSplitter::split(std::string_view text) {
  std::vector<Span> out;
  if (text.empty()) return out;
  std::vector<std::uint32_t> breaks;
  if (impl_->iterator) {
    UErrorCode status = U_ZERO_ERROR;
    UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
    if (U_SUCCESS(status)) {
      impl_->iterator->setText(ut, status);
      for (int32_t b = impl_->iterator->next(); b != icu::BreakIterator::DONE;
           b = impl_->iterator->next())
        if (static_cast<std::size_t>(b) < text.size())
          breaks.push_back(static_cast<std::uint32_t>(b));
      impl_->iterator->setText(icu::UnicodeString());  // drop the UText before closing it
    }
    utext_close(ut);
  }
  // Drop breaks inside quotations and inside numbers.
  std::vector<std::uint32_t> kept;
  QuoteTracker quotes;
  std::size_t scanned = 0;
  std::uint32_t start = 0;
  for (std::uint32_t b : breaks) {
    while (scanned < b) quotes.feed(next_code_point(text, scanned));
    if (quotes.depth > 0) continue;
    if (joins_across(text.substr(start, b - start), text.substr(b))) continue;
    kept.push_back(b);
    start = b;
  }
  kept.push_back(static_cast<std::uint32_t>(text.size()));
  std::uint32_t from = 0;
  for (std::uint32_t to : kept) {
    std::string_view s = text.substr(from, to - from);
    std::string_view t = trim(s);
    if (!t.empty()) {
      auto b = static_cast<std::uint32_t>(t.data() - text.data());
      out.push_back({b, static_cast<std::uint32_t>(b + t.size())});
    }
    from = to;
  }
  return out;
}

}  // namespace kbrief::detail
