// SPDX-License-Identifier: MIT
// The JSON emitter: golden files for every sample, and the writer's details.
#include <filesystem>
#include <sstream>

#include "test_support.h"

namespace kbrief::test {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> split_lines_of(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string l; std::getline(in, l);) out.push_back(l);
  return out;
}

// On a mismatch, shows each differing line with its neighbours, expected and actual.
std::string describe_difference(const std::string& expected, const std::string& actual) {
  auto e = split_lines_of(expected), a = split_lines_of(actual);
  std::ostringstream out;
  int shown = 0;
  for (std::size_t k = 0; k < std::max(e.size(), a.size()) && shown < 20; ++k) {
    std::string el = k < e.size() ? e[k] : "<none>", al = k < a.size() ? a[k] : "<none>";
    if (el == al) continue;
    out << "line " << k + 1 << ":\n  expected: " << el << "\n  actual:   " << al << "\n";
    ++shown;
  }
  return out.str();
}

TEST(JsonTest, EverySampleMatchesItsGolden) {
  auto files = sample_files();
  ASSERT_GE(files.size(), 3u);
  for (const auto& path : files) {
    std::string relative = "samples/" + fs::path(path).filename().string();
    std::string golden_path = path.substr(0, path.size() - 4) + ".json";
    ASSERT_TRUE(fs::exists(golden_path))
        << "no golden for " << relative << "; run scripts/update-goldens";
    Document doc = document_from(read_file(path), relative);
    std::string actual;
    write_json(doc, actual, JsonOptions{true});
    actual += '\n';
    std::string expected = read_file(golden_path);
    // Only the differing lines are shown: a whole document per failure buries them.
    EXPECT_TRUE(actual == expected)
        << relative << " differs from its golden (scripts/update-goldens rewrites it):\n"
        << describe_difference(expected, actual);
  }
}

TEST(JsonTest, CompactAndPrettyCarryTheSameDocument) {
  Document doc = document_from("제목\n본문의 첫 문장이다.\n");
  std::string compact, pretty;
  write_json(doc, compact);
  write_json(doc, pretty, JsonOptions{true});
  EXPECT_EQ(compact.find('\n'), std::string::npos);
  EXPECT_EQ(nlohmann::json::parse(compact), nlohmann::json::parse(pretty));
}

TEST(JsonTest, StringsAreEscaped) {
  Document doc =
      document_from("따옴표 \" 역슬래시 \\ 탭\t그리고 \x01 제어 문자가 있는 문장이다.\n");
  std::string out;
  write_json(doc, out);
  auto j = nlohmann::json::parse(out);
  ASSERT_EQ(j["blocks"].size(), 1u);
  EXPECT_EQ(j["blocks"][0]["text"],
            "따옴표 \" 역슬래시 \\ 탭 그리고 \x01 제어 문자가 있는 문장이다.");
  EXPECT_NE(out.find("\\u0001"), std::string::npos);
}

TEST(JsonTest, OffsetsAreCodePointsIntoTheBlockText) {
  Document doc = document_from("가나다라. 마바사.1)\n1) 각주 정의 2024.1.1.\n");
  auto j = json_of(doc);
  ASSERT_EQ(j["blocks"].size(), 1u);
  const auto& b = j["blocks"][0];
  EXPECT_EQ(b["sentences"][1]["start"], 6);
  EXPECT_EQ(b["sentences"][1]["end"], 10);
  EXPECT_EQ(b["footnote_refs"][0]["offset"], 10);
  EXPECT_EQ(b["footnote_refs"][0]["marker"], "1)");
}

// The document's `source.path` names the input once; its dates do not repeat it (the
// timeline's rows, which mix documents, keep their `file`).
TEST(JsonTest, DatesDoNotRepeatTheInputPath) {
  Document doc =
      document_from("회의는 2024년 2월 14일 열렸다.1)\n1) 통일부, 2024.1.5.\n", "a/b.txt");
  auto j = json_of(doc);
  EXPECT_EQ(j["source"]["path"], "a/b.txt");
  const auto& body = j["blocks"][0]["sentences"][0]["dates"];
  const auto& note = j["footnotes"][0]["dates"];
  ASSERT_FALSE(body.empty());
  ASSERT_FALSE(note.empty());
  for (const auto* dates : {&body, &note})
    for (const auto& d : *dates) {
      EXPECT_FALSE(d.contains("file")) << d;
      EXPECT_TRUE(d.contains("value") && d.contains("block") && d.contains("offset")) << d;
    }
}

TEST(JsonTest, LinesAreOneBased) {
  Document doc = document_from("\n\n첫 문단이다.\n");
  auto j = json_of(doc);
  EXPECT_EQ(j["blocks"][0]["lines"], nlohmann::json::array({3, 3}));
  EXPECT_EQ(j["blocks"][0]["pages"], nlohmann::json::array({1}));
}

// The JSON in pieces is the same bytes as the JSON whole, cut between elements into pieces
// of about a megabyte, for a document whose JSON is several megabytes.
TEST(JsonTest, PiecesJoinToTheSameJson) {
  std::string text;
  while (text.size() < 3'000'000)
    for (const std::string& path : sample_files()) text += read_file(path) + "\n\n";
  Document doc = document_from(text);
  for (bool pretty : {false, true}) {
    std::string whole;
    write_json(doc, whole, JsonOptions{pretty});
    std::vector<std::string> pieces;
    write_json(
        doc, [&](std::string_view piece) { pieces.emplace_back(piece); }, JsonOptions{pretty});
    std::string joined;
    for (const std::string& p : pieces) joined += p;
    EXPECT_EQ(joined, whole);
    EXPECT_GE(pieces.size(), whole.size() >> 20);
    for (std::size_t k = 0; k + 1 < pieces.size(); ++k) {
      EXPECT_GE(pieces[k].size(), std::size_t{1} << 20);
      EXPECT_LT(pieces[k].size(), (std::size_t{1} << 20) + 100'000);  // one element more at most
    }
  }
}

}  // namespace
}  // namespace kbrief::test
