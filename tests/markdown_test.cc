// SPDX-License-Identifier: MIT
// The Markdown emitter: golden files for every sample, the escaper, wrapping and the command.
#include <kbrief/markdown.h>

#include <filesystem>

#include "test_support.h"
#include "unicode.h"

namespace kbrief::test {
namespace {

namespace fs = std::filesystem;

std::string markdown_of(const Document& doc, MarkdownOptions options = {}) {
  std::string out;
  write_markdown(doc, out, options);
  return out;
}

TEST(MarkdownTest, EverySampleMatchesItsGolden) {
  auto files = sample_files();
  ASSERT_GE(files.size(), 3u);
  for (const auto& path : files) {
    std::string relative = "samples/" + fs::path(path).filename().string();
    std::string golden_path = path.substr(0, path.size() - 4) + ".md";
    ASSERT_TRUE(fs::exists(golden_path))
        << "no golden for " << relative << "; run scripts/update-goldens";
    std::string actual = markdown_of(document_from(read_file(path), relative));
    EXPECT_TRUE(actual == read_file(golden_path))
        << relative << " differs from its .md golden (scripts/update-goldens)";
  }
}

TEST(MarkdownTest, EscapesWhatMarkdownWouldReinterpret) {
  EXPECT_EQ(escape_markdown("a*b_c`d[e]f|g", false), "a\\*b\\_c\\`d\\[e\\]f\\|g");
  EXPECT_EQ(escape_markdown("x < y and 1 > 0", false), "x \\< y and 1 \\> 0");
  EXPECT_EQ(escape_markdown("@cite ~sub~ ^sup^ $x$ &amp;", false),
            "\\@cite \\~sub\\~ \\^sup\\^ \\$x\\$ \\&amp;");
  EXPECT_EQ(escape_markdown("ends with \\", false), "ends with \\\\");
  EXPECT_EQ(escape_markdown("\"straight\" 'quotes' and “curly”", false),
            "\\\"straight\\\" \\'quotes\\' and \\“curly\\”");
  EXPECT_EQ(escape_markdown("wait... -- ---", false), "wait\\.\\.\\. \\-\\- \\-\\-\\-");
  EXPECT_EQ(escape_markdown("pp. 112", false), "pp\\. 112");
}

TEST(MarkdownTest, KeepsAutolinksWhole) {
  EXPECT_EQ(escape_markdown("see <https://example.org/a_b?x=1&y=2>.", false),
            "see <https://example.org/a_b?x=1&y=2>.");
  EXPECT_EQ(escape_markdown("<not a link>", false), "\\<not a link\\>");
}

TEST(MarkdownTest, EscapesBlockOpenersOnlyAtALineStart) {
  EXPECT_EQ(escape_markdown("1. 개요", true), "1\\. 개요");
  EXPECT_EQ(escape_markdown("2024. 3. 8.", true), "2024\\. 3. 8.");
  EXPECT_EQ(escape_markdown("(1) 항목", true), "\\(1\\) 항목");
  EXPECT_EQ(escape_markdown("- 항목", true), "\\- 항목");
  EXPECT_EQ(escape_markdown("# 제목", true), "\\# 제목");
  EXPECT_EQ(escape_markdown("= 선", true), "\\= 선");
  EXPECT_EQ(escape_markdown("1. 개요", false), "1. 개요");
  EXPECT_EQ(escape_markdown("가. 항목", true), "가. 항목");
}

TEST(MarkdownTest, TitleInMetadataSectionsFromLevelTwoNotesAtTheEnd) {
  Document doc = document_from(
      "No. 2024-1\n\n한반도 정세의 변화와 과제\n김 민 성(통일정책연구실 연구위원)\n\n"
      "1. 머리말\n\n"
      "정부는 새로운 정책을 발표하였다.1) 이 글은 그 의미를 살펴본다.\n\n"
      "1) 통일부, “보도자료,” 2024.2.14.\n",
      "brief.txt");
  std::string md = markdown_of(doc);
  EXPECT_TRUE(
      md.starts_with("---\ntitle: \"한반도 정세의 변화와 과제\"\nauthor:\n  - \"김민성\"\n"))
      << md;
  EXPECT_NE(md.find("source: \"brief.txt\"\n---\n"), std::string::npos) << md;
  EXPECT_NE(md.find("\n## 1. 머리말\n"), std::string::npos) << md;
  EXPECT_NE(md.find("발표하였다.[^1] 이 글은"), std::string::npos) << md;
  EXPECT_TRUE(md.ends_with("\n[^1]: 통일부, \\“보도자료,\\” 2024.2.14.\n")) << md;
}

TEST(MarkdownTest, AReferenceInAHeadingStaysInTheHeading) {
  // A note referenced only from a heading must still be referenced, or readers drop it.
  Document doc = document_from(
      "No. 2024-1\n\n한반도 정세의 변화와 과제\n김 민 성(통일정책연구실 연구위원)\n\n"
      "1. 프로그램1) 소개\n\n"
      "정부는 새로운 정책을 발표하였다.\n\n"
      "1) 통일부, 2024.\n",
      "brief.txt");
  ASSERT_EQ(doc.footnotes.size(), 1u);
  ASSERT_EQ(doc.footnotes[0].referenced_by, std::vector<std::string>{"h1"});
  std::string md = markdown_of(doc);
  EXPECT_NE(md.find("\n## 1. 프로그램[^1] 소개\n"), std::string::npos) << md;
  EXPECT_TRUE(md.ends_with("\n[^1]: 통일부, 2024.\n")) << md;
}

TEST(MarkdownTest, WrapsAtDisplayWidthNeverBeforeAReferenceOrInsideAUrl) {
  Document doc = document_from(
      "정부는 새로운 정책을 발표하였다.1) 이 글은 그 의미를 살펴보고 앞으로의 과제를 정리한다. "
      "자세한 "
      "내용은 누리집에 있다.\n\n"
      "1) 통일부, 보도자료, <https://www.example.go.kr/a/very/long/path/that/does/not/fit>.\n",
      "brief.txt");
  MarkdownOptions options;
  options.wrap = 30;
  std::string md = markdown_of(doc, options);
  std::size_t body = md.find("---\n", 4) + 4;
  std::string rest = md.substr(body);
  std::size_t at = 0;
  while (at < rest.size()) {
    std::size_t nl = rest.find('\n', at);
    std::string line = rest.substr(at, nl - at);
    EXPECT_FALSE(line.starts_with("[^1]") && line.size() == 4) << "a reference starts a line";
    if (line.find("https://") == std::string::npos) {
      EXPECT_LE(kbrief::detail::display_width(line), 30) << line;
    }
    at = nl + 1;
  }
  EXPECT_NE(md.find("발표하였다.[^1]"), std::string::npos) << md;
  EXPECT_NE(md.find("<https://www.example.go.kr/a/very/long/path/that/does/not/fit>"),
            std::string::npos)
      << md;
}

TEST(MarkdownTest, ExpandedInlineListFollowsItsSentence) {
  Document doc = document_from(
      "계획은 ① 예측 정보의 통합, ② 대피 체계 정비, ③ 재원 확보를 축으로 삼는다.\n", "b.txt");
  MarkdownOptions options;
  options.expand_lists = true;
  std::string md = markdown_of(doc, options);
  EXPECT_NE(md.find("계획은\n\n1. 예측 정보의 통합\n2. 대피 체계 정비\n3. 재원 확보\n"),
            std::string::npos)
      << md;
  EXPECT_NE(md.find("를 축으로 삼는다."), std::string::npos) << md;
  std::string inline_md = markdown_of(doc);
  EXPECT_NE(inline_md.find("계획은 ① 예측 정보의 통합, ② 대피 체계 정비, ③ 재원 확보를"),
            std::string::npos)
      << inline_md;
}

TEST(MarkdownCommand, SeveralInputsToStandardOutputEachWithItsOwnMetadataBlock) {
  auto a = run_kbrief({"markdown", source_dir() + "/samples/pdftotext-crlf.txt",
                       source_dir() + "/samples/numbered-lists.txt"});
  ASSERT_EQ(a.exit_code, 0) << a.err;
  EXPECT_TRUE(a.out.starts_with("---\ntitle: ")) << a.out.substr(0, 80);
  EXPECT_NE(a.out.find("\n\n---\ntitle: \"공공서비스 디지털 전환의 추진 현황과 과제\""),
            std::string::npos);
}

TEST(MarkdownCommand, OutputDirectoryGetsOneMdPerInputAndBadInputsAreSkipped) {
  std::string dir = temp_dir();
  auto r =
      run_kbrief({"markdown", source_dir() + "/samples/pdftotext-crlf.txt", dir + "/missing.txt",
                  source_dir() + "/samples/numbered-lists.txt", "-o", dir});
  EXPECT_EQ(r.exit_code, 2) << r.err;
  EXPECT_NE(r.err.find("missing.txt"), std::string::npos) << r.err;
  std::string written = read_file(dir + "/pdftotext-crlf.md");
  EXPECT_TRUE(written.starts_with("---\ntitle: \"연안 재난 대응 체계 개편의 과제와 전망\""))
      << written.substr(0, 80);
  EXPECT_TRUE(written.ends_with("20231216>.\n")) << "written whole";
  EXPECT_TRUE(fs::exists(dir + "/numbered-lists.md"));
  EXPECT_FALSE(fs::exists(dir + "/missing.md"));
}

}  // namespace
}  // namespace kbrief::test
