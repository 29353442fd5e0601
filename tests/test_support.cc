// SPDX-License-Identifier: MIT
#include "test_support.h"

#include <fmt/format.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>

#include "kbrief/pipeline.h"
#include "nothing_lost.h"
#include "unicode.h"

namespace kbrief::test {

namespace fs = std::filesystem;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

void write_file(const std::string& path, const std::string& data) {
  std::ofstream f(path, std::ios::binary);
  f << data;
}

Document document_from(std::string text, std::string path) {
  auto decoded = decode(std::move(text));
  if (!decoded) {
    ADD_FAILURE() << "test input does not decode: " << decoded.error().message;
    return Document{};
  }
  return build_document(std::move(*decoded), std::move(path));
}

nlohmann::json json_of(const Document& doc) {
  std::string out;
  write_json(doc, out);
  return nlohmann::json::parse(out);
}

std::string source_dir() {
  return KBRIEF_SOURCE_DIR;
}

static std::vector<std::string> txt_files(const std::string& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return out;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".txt") out.push_back(e.path().string());
  std::sort(out.begin(), out.end());
  return out;
}

std::vector<std::string> sample_files() {
  return txt_files(source_dir() + "/samples");
}

std::string corpus_dir() {
  std::error_code ec;
  return fs::is_directory(KBRIEF_CORPUS_DIR, ec) ? std::string(KBRIEF_CORPUS_DIR) : std::string();
}

std::vector<std::string> corpus_files() {
  std::string dir = corpus_dir();
  return dir.empty() ? std::vector<std::string>{} : txt_files(dir);
}

::testing::AssertionResult nothing_lost(const Document& doc) {
  CharCounts counts;
  add_chars(counts, doc.decoded.text, +1);
  take_element_chars(counts, json_of(doc));
  std::string problems =
      character_problems(counts) + line_ownership_problems(doc) + order_problems(doc);
  if (problems.empty()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << doc.source.path << ":" << problems;
}

::testing::AssertionResult nothing_lost_against(const Document& doc, CharCounts reported) {
  take_element_chars(reported, json_of(doc));
  std::string problems = character_problems(reported) + line_ownership_problems(doc);
  if (problems.empty()) return ::testing::AssertionSuccess();
  return ::testing::AssertionFailure() << doc.source.path << ":" << problems;
}

std::string full(int k) {
  static const char32_t kSyllables[] = U"가나다라마바사아자차카타파하";
  std::string out;
  detail::append_utf8(out, kSyllables[(k / 14) % 14]);
  detail::append_utf8(out, kSyllables[k % 14]);
  return out + " 문장은 본문의 한 줄을 채우기 위해 쓴 것으로 폭이 일정하게 유지되도록 만든 줄이고";
}

std::string pages(const std::vector<std::vector<std::string>>& ps) {
  std::string out;
  for (const auto& p : ps) {
    for (const auto& l : p) out += l + "\n";
    out += "\f";
  }
  return out;
}

std::vector<std::string> types(const Document& doc) {
  std::vector<std::string> out;
  for (const Block& b : doc.blocks) out.emplace_back(to_string(b.type));
  return out;
}

std::vector<const Block*> blocks_of(const Document& doc, BlockType type) {
  std::vector<const Block*> out;
  for (const auto& b : doc.blocks)
    if (b.type == type) out.push_back(&b);
  return out;
}

}  // namespace kbrief::test

namespace kbrief::test {

namespace {

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return out + "'";
}

}  // namespace

std::string temp_dir() {
  std::string tmpl = (fs::temp_directory_path() / "kbrief-test-XXXXXX").string();
  if (!::mkdtemp(tmpl.data())) ADD_FAILURE() << "mkdtemp failed";
  return tmpl;
}

RunResult run_kbrief(const std::vector<std::string>& args, const std::string& input,
                     const std::string& shell_suffix) {
  std::string dir = temp_dir();
  std::string in = dir + "/stdin", out = dir + "/stdout", err = dir + "/stderr";
  {
    std::ofstream f(in, std::ios::binary);
    f << input;
  }
  std::string cmd = shell_quote(KBRIEF_BINARY);
  for (const auto& a : args) cmd += " " + shell_quote(a);
  cmd += " < " + shell_quote(in) + " 2> " + shell_quote(err);
  cmd += shell_suffix.empty() ? " > " + shell_quote(out)
                              : " " + shell_suffix + " > " + shell_quote(out);
  // With a pipe after kbrief, the shell's status is the pipe's last command; ask for kbrief's.
  std::string script =
      "set -o pipefail 2>/dev/null; " + cmd + "; echo $? > " + shell_quote(dir + "/status");
  std::string full = "/bin/bash -c " + shell_quote(script);
  int rc = std::system(full.c_str());
  RunResult r;
  (void)rc;
  r.out = read_file(out);
  r.err = read_file(err);
  std::string status = read_file(dir + "/status");
  r.exit_code = status.empty() ? -1 : std::stoi(status);
  fs::remove_all(dir);
  // An internal error (70) or a signal (128 + n) is a defect whatever the test expects.
  if (r.exit_code == 70 || r.exit_code >= 128)
    ADD_FAILURE() << "kbrief exited " << r.exit_code << ": " << r.err;
  return r;
}

}  // namespace kbrief::test
