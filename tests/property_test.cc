// SPDX-License-Identifier: MIT
// Properties every document must have, checked on every sample and every corpus file.
#include <fmt/format.h>

#include <filesystem>

#include "nothing_lost.h"
#include "test_support.h"
#include "unicode.h"

namespace kbrief::test {
namespace {

void check_offsets_inside_text(const Document& doc) {
  for (const Block& b : doc.blocks) {
    for (const FootnoteRef& r : b.footnote_refs) EXPECT_LE(r.offset, b.text.size()) << b.id;
    for (const Span& s : b.sentences) {
      EXPECT_LT(s.begin, s.end) << b.id;
      EXPECT_LE(s.end, b.text.size()) << b.id;
    }
    for (std::size_t k = 1; k < b.sentences.size(); ++k)
      EXPECT_LE(b.sentences[k - 1].end, b.sentences[k].begin) << b.id;
    for (const InlineList& l : b.lists)
      for (const ListItem& it : l.items) {
        EXPECT_LE(it.span.begin, it.span.end) << b.id;
        EXPECT_LE(it.span.end, b.text.size()) << b.id;
      }
    // Clean text: single-spaced, no leading or trailing space.
    EXPECT_EQ(b.text.find("  "), std::string::npos) << b.id;
    if (!b.text.empty()) {
      EXPECT_NE(b.text.front(), ' ') << b.id;
      EXPECT_NE(b.text.back(), ' ') << b.id;
    }
  }
}

void check_ids(const Document& doc) {
  std::map<char, int> next;
  for (const Block& b : doc.blocks) {
    char p = b.id[0];
    EXPECT_EQ(b.id, fmt::format("{}{}", p, ++next[p]));
  }
}

void check_all(const std::string& path) {
  SCOPED_TRACE(path);
  Document doc = document_from(read_file(path), path);
  EXPECT_TRUE(nothing_lost(doc));
  check_offsets_inside_text(doc);
  check_ids(doc);
  // Every footnote reference points at a footnote that lists the block.
  for (const Block& b : doc.blocks)
    for (const FootnoteRef& r : b.footnote_refs) {
      auto it = std::find_if(doc.footnotes.begin(), doc.footnotes.end(),
                             [&](const Footnote& f) { return f.id == r.id; });
      ASSERT_NE(it, doc.footnotes.end()) << r.id;
      EXPECT_NE(std::find(it->referenced_by.begin(), it->referenced_by.end(), b.id),
                it->referenced_by.end());
    }
}

TEST(PropertyTest, SamplesLoseNothingAndKeepOffsetsInside) {
  auto files = sample_files();
  ASSERT_GE(files.size(), 3u);
  for (const auto& f : files) check_all(f);
}

TEST(PropertyTest, CorpusLosesNothingAndKeepsOffsetsInside) {
  KBRIEF_REQUIRE_CORPUS();
  auto files = corpus_files();
  ASSERT_FALSE(files.empty());
  for (const auto& f : files) check_all(f);
}

// The property holds for odd shapes too, not only for briefs.
TEST(PropertyTest, OddInputsLoseNothing) {
  const char* inputs[] = {
      "", "   \n\n \t \n", "one line without an end", "\f\f\f", "a\r\nb\rc\n\fd\n\f",
      "1)\n2)\n3) 정의\n", "ⓒ\n// 끝 //\n", "김\n\n\n가\n", "(((((\n)))))\n「「「\n",
      "<표 1> 캡션\n* 출처: 없음\n",
      // Found by fuzzing: a number too long for a page number, and an end mark sharing its
      // line with a copyright notice (the notice went to both the metadata and the furniture).
      "44444444444444444444\n", "// 끝 // ⓒKINU 2024\n",
      "d\n-\t-",  // a one-letter line (a drop cap?) before a list
  };
  for (const char* in : inputs) {
    Document doc = document_from(in);
    EXPECT_TRUE(nothing_lost(doc)) << "input: " << in;
  }
}

// The order check can fail: an element whose characters are all there but reordered, or whose
// text outruns what its pieces say it came from, is reported.
TEST(PropertyTest, OrderCheckReportsReorderedText) {
  Document doc = document_from(read_file(sample_files().front()), "sample");
  EXPECT_EQ(order_problems(doc), "");
  auto p = std::find_if(doc.blocks.begin(), doc.blocks.end(), [](const Block& b) {
    return b.type == BlockType::paragraph && b.text.size() > 12;
  });
  ASSERT_NE(p, doc.blocks.end());
  const std::string id = p->id, text = p->text;
  // The same characters, the first two swapped: "째첫" for "첫째".
  std::size_t first = 0, second = first;
  detail::next_code_point(text, second);
  std::size_t third = second;
  detail::next_code_point(text, third);
  ASSERT_NE(text.substr(first, second), text.substr(second, third - second));
  p->text = text.substr(second, third - second) + text.substr(0, second) + text.substr(third);
  EXPECT_NE(order_problems(doc).find(" " + id + " out of order at"), std::string::npos);
  p->text = text;
  p->pieces.clear();
  EXPECT_EQ(order_problems(doc), " " + id + " has text no piece covers;");
}

}  // namespace
}  // namespace kbrief::test
