// SPDX-License-Identifier: MIT
// Helpers shared by the tests: documents from literal text, the samples and the corpus,
// the JSON of a document, and the nothing-lost property.
#pragma once

#include <gtest/gtest.h>
#include <kbrief/document.h>
#include <kbrief/json.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "nothing_lost.h"

namespace kbrief::test {

std::string read_file(const std::string& path);
// Writes `data` to `path`, replacing it.
void write_file(const std::string& path, const std::string& data);
// Decodes and segments `text` (which must be valid UTF-8).
Document document_from(std::string text, std::string path = "test.txt");
nlohmann::json json_of(const Document& doc);

std::string source_dir();
// *.txt files in samples/, sorted.
std::vector<std::string> sample_files();
// The corpus directory, or "" when it is absent.
std::string corpus_dir();
// *.txt files of the corpus, sorted (none when it is absent).
std::vector<std::string> corpus_files();

// Nothing lost (CONVENTIONS §6): the input's characters, NFC, without whitespace, equal
// (as a multiset) the characters of every element in the JSON: front matter, metadata
// sources, blocks' text and recorded markers and labels, footnotes, furniture. And every
// non-blank line is owned by exactly one element (a line whose tail went to the metadata
// or furniture by two).
::testing::AssertionResult nothing_lost(const Document& doc);

// Nothing lost against what a reader saw: `reported` (the characters, NFC, whitespace aside,
// of what the reader was given, such as the words poppler reports for a PDF) equals the
// elements' characters as a multiset, and every non-blank line has one owner.
::testing::AssertionResult nothing_lost_against(const Document& doc, CharCounts reported);

// Blocks of one type, in order.
std::vector<const Block*> blocks_of(const Document& doc, BlockType type);

// Small briefs made by hand: full() is a body line of the same width for every k, each
// different (repeated lines would look like furniture); pages() joins pages of lines, each
// ended by "\f"; types() names the document's block types in order.
std::string full(int k);
std::string pages(const std::vector<std::vector<std::string>>& ps);
std::vector<std::string> types(const Document& doc);

}  // namespace kbrief::test

#define KBRIEF_REQUIRE_CORPUS()                                                                 \
  do {                                                                                          \
    if (::kbrief::test::corpus_dir().empty())                                                   \
      GTEST_SKIP() << "corpus directory " KBRIEF_CORPUS_DIR " is absent; corpus tests skipped"; \
  } while (0)

namespace kbrief::test {

struct RunResult {
  int exit_code = -1;
  std::string out, err;
};
// Runs the kbrief binary with `args` (each passed as one argument), feeding `input` on
// standard input; `shell_suffix` is appended to the command line (e.g. "| head -c 1").
RunResult run_kbrief(const std::vector<std::string>& args, const std::string& input = "",
                     const std::string& shell_suffix = "");
// A fresh empty directory under the system's temporary directory.
std::string temp_dir();

}  // namespace kbrief::test
