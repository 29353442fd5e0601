// SPDX-License-Identifier: MIT
// What lies inside a block's clean text: inline enumerations and sentences.
#pragma once

#include <cstdint>
#include <memory>
#include <string_view>
#include <vector>

#include "kbrief/document.h"

namespace kbrief::detail {

// The enumeration labels of running text (inline_label() at each word's start: "①", "(1)",
// "(가)", "1)"), in order, with offsets into `text`.
std::vector<Marker> find_inline_labels(std::string_view text);

// Enumerations inside running text: "① 지침, ② 보안 절차, …", "(1) … (2) …", " 1) … 2) …",
// each at least two items numbered from one. The last item ends before the particle that
// ties it to the rest of its sentence ("⑧ 위험감소 훈련을 포함하여" -> "위험감소 훈련").
std::vector<InlineList> find_inline_lists(std::string_view text);

// ICU's sentence break iterator, corrected for Korean briefs: no break inside a date or
// number ("2024. 2. 14.", "3.5%") or inside quotation marks.
class SentenceSplitter {
 public:
  SentenceSplitter();
  ~SentenceSplitter();
  SentenceSplitter(const SentenceSplitter&) = delete;  // owns an ICU iterator
  SentenceSplitter& operator=(const SentenceSplitter&) = delete;
  // Sentences of `text` as byte spans, whitespace trimmed, in order.
  std::vector<Span> split(std::string_view text);

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace kbrief::detail
