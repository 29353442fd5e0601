// SPDX-License-Identifier: MIT
// kbrief check: every rule triggered by one fault put into a clean sample (exact rule, line
// and column), near misses that must not trigger, the reference brief with single faults
// put in by code, and the whole corpus without a crash.
#include <fmt/format.h>
#include <kbrief/check.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <set>

#include "test_support.h"

namespace kbrief::test {
namespace {

namespace fs = std::filesystem;

// "rule@line:column" for each finding, in order.
std::vector<std::string> keys(const std::vector<Diagnostic>& findings) {
  std::vector<std::string> out;
  for (const Diagnostic& d : findings)
    out.push_back(fmt::format("{}@{}:{}", d.rule, d.line, d.column));
  return out;
}

std::string describe(const std::vector<Diagnostic>& findings) {
  std::string out;
  for (const Diagnostic& d : findings)
    out += fmt::format("  {}@{}:{} {}: {}\n", d.rule, d.line, d.column, to_string(d.severity),
                       d.message);
  return out.empty() ? "  (none)\n" : out;
}

std::vector<std::string> split_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t i; (i = text.find('\n', start)) != std::string::npos; start = i + 1)
    lines.push_back(text.substr(start, i - start));
  lines.push_back(text.substr(start));
  return lines;
}

std::string join_lines(const std::vector<std::string>& lines) {
  std::string out;
  for (std::size_t i = 0; i < lines.size(); ++i) out += (i ? "\n" : "") + lines[i];
  return out;
}

// One edit on one line (1-based): `from` (its first occurrence on that line) becomes `to`;
// an empty `from` replaces the whole line.
struct Edit {
  int line;
  std::string from, to;
};

std::string with_edits(const std::string& text, const std::vector<Edit>& edits) {
  std::vector<std::string> lines = split_lines(text);
  for (const Edit& e : edits) {
    std::string& l = lines.at(static_cast<std::size_t>(e.line - 1));
    if (e.from.empty()) {
      l = e.to;
      continue;
    }
    std::size_t at = l.find(e.from);
    if (at == std::string::npos) throw std::runtime_error("edit not found: " + e.from);
    l.replace(at, e.from.size(), e.to);
  }
  return join_lines(lines);
}

struct Fixture {
  std::string name;
  std::vector<Edit> edits;
  std::vector<std::string> expected;  // "rule@line:column", in order
};

std::string sample(const std::string& name) {
  return read_file(source_dir() + "/samples/" + name);
}

TEST(CheckRules, SamplesAreClean) {
  for (const std::string& path : sample_files()) {
    Document doc = document_from(read_file(path), path);
    std::vector<Diagnostic> findings = check_document(doc);
    EXPECT_TRUE(findings.empty()) << path << ":\n" << describe(findings);
  }
}

// Each fixture puts one fault into samples/numbered-lists.txt (clean: see above).
TEST(CheckRules, EachFaultIsReportedWhereItIs) {
  const std::vector<Fixture> fixtures = {
      {"footnote-sequence: note 2) renumbered 3), reference too",
       {{46, "하였다.2)", "하였다.3)"}, {58, "2) 개인", "3) 개인"}},
       {"footnote-sequence@58:1"}},
      {"footnote-order: references swapped",
       {{13, "밝혔다.1)", "밝혔다.2)"}, {46, "하였다.2)", "하였다.1)"}},
       {"footnote-order@46:10"}},
      {"list-sequence: a line-initial item skipped",
       {{54, "3. 지방", "4. 지방"}},
       {"list-sequence@54:1"}},
      {"list-sequence: an inline item misnumbered",
       {{16, "2) 신청", "4) 신청"}},
       {"list-sequence@16:32"}},
      {"list-sequence: a heading misnumbered",
       {{41, "나. 공공", "라. 공공"}},
       {"list-sequence@41:1"}},
      {"list-style: one item in another style", {{54, "3. 지방", "3) 지방"}}, {"list-style@54:1"}},
      {"unbalanced-pair: a closing quote dropped",
       {{26, "실현계획,”", "실현계획,"}},
       {"unbalanced-pair@26:17"}},
      {"unbalanced-pair: brackets mis-nested",
       {{58, "가이드라인」(2022.4.)", "가이드라인(2022.4.」)"}},
       {"unbalanced-pair@58:37"}},
      {"mixed-quotes: straight quotes in a brief with curly ones",
       {{37, "평균 처리 기간", "\"평균 처리 기간\""}},
       {"mixed-quotes@37:33"}},
      {"spacing: two spaces", {{43, "서비스 통합의", "서비스  통합의"}}, {"spacing@43:4"}},
      {"spacing: a space before a period", {{17, "요약된다.", "요약된다 ."}}, {"spacing@17:18"}},
      {"spacing: no space between sentences",
       {{37, "설계되었다. 시범", "설계되었다.시범"}},
       {"spacing@37:23"}},
      {"spacing: a space inside a number", {{44, "120종", "12 0종"}}, {"spacing@44:20"}},
      {"date-format: one citation date written otherwise",
       {{58, "(2022.4.)", "(2022-04-05)"}},
       {"date-format@58:31"}},
      {"date-invalid: April 31st", {{26, "2023.4.14.", "2023.4.31."}}, {"date-invalid@26:34"}},
      {"date-future: a citation after the publication date (2023-12-20)",
       {{26, "2023.4.14.", "2024.4.14."}},
       {"date-future@26:34"}},
      {"date-weekday: 2023-12-15 was a Friday",
       {{24, "12/15(금)", "12/15(목)"}},
       {"date-weekday@24:3"}},
      {"characters: a private-use character", {{12, "(DPG)", "(\uE000DPG)"}}, {"characters@12:26"}},
      {"characters: a control character", {{15, "키우고", "\a키우고"}}, {"characters@15:1"}},
      {"characters: (cid:N) runs",
       {{14, "온라인으로", "(cid:12)(cid:13)으로"}},
       {"characters@14:1"}},
      {"characters: replacement characters",
       {{14, "온라인으로", "\uFFFD\uFFFD\uFFFD으로"}},
       {"characters@14:1"}},
      {"characters: one bracket in both widths", {{12, "(DPG)", "（DPG）"}}, {"characters@12:25"}},
      {"paragraph-end: no final period", {{68, "것이다.", "것이다"}}, {"paragraph-end@68:16"}},
      {"heading-period", {{64, "시사점", "시사점."}}, {"heading-period@64:7"}},
      {"url-broken: a space inside a URL",
       {{26, "2023.4.14.", "2023.4.14., https://www.dpg.go.kr/ board/view.do"}},
       {"url-broken@26:68"}},
  };
  const std::string base = sample("numbered-lists.txt");
  for (const Fixture& f : fixtures) {
    Document doc = document_from(with_edits(base, f.edits), "fixture.txt");
    std::vector<Diagnostic> findings = check_document(doc);
    EXPECT_EQ(keys(findings), f.expected) << f.name << ":\n" << describe(findings);
  }
}

// samples/footnote-across-pages.txt: notes 1) and 2) on page 1, 3) on page 2.
TEST(CheckRules, FootnoteReferencesAndDefinitionsMatch) {
  const std::vector<Fixture> fixtures = {
      {"footnote-undefined: a reference to a note that does not exist",
       {{31, "왔다.2)", "왔다.4)"}},
       {"footnote-unused@24:1", "footnote-undefined@31:19"}},
      {"footnote-unused: a note's only reference removed",
       {{31, "왔다.2)", "왔다."}},
       {"footnote-unused@24:1"}},
      // Note 1 opens the footnote block: unreferenced, it is still a note, not a sequence gap.
      {"footnote-unused: the first note's only reference removed",
       {{12, "늘었다.1)", "늘었다."}},
       {"footnote-unused@22:1"}},
  };
  const std::string base = sample("footnote-across-pages.txt");
  for (const Fixture& f : fixtures) {
    Document doc = document_from(with_edits(base, f.edits), "fixture.txt");
    std::vector<Diagnostic> findings = check_document(doc);
    EXPECT_EQ(keys(findings), f.expected) << f.name << ":\n" << describe(findings);
  }
}

TEST(CheckRules, EmptyPageIsReportedOnItsFirstLine) {
  std::vector<std::string> lines = split_lines(sample("footnote-across-pages.txt"));
  // A last page holding only the running header (the second page's first line, "\f…").
  std::string header = lines.at(28);
  ASSERT_EQ(header.front(), '\f');
  ASSERT_EQ(lines.back(), "\f");
  lines.back() = header.substr(1);
  lines.insert(lines.end() - 1, "");
  lines.back() = "\f" + lines.back();
  lines.push_back("");
  std::string text = join_lines(lines) + "\f";
  Document doc = document_from(text, "fixture.txt");
  std::vector<Diagnostic> findings = check_document(doc);
  EXPECT_EQ(keys(findings),
            std::vector<std::string>{fmt::format("empty-page@{}:1", lines.size() - 1)})
      << describe(findings);
}

// Near misses: text that looks like a fault but is not one.
TEST(CheckRules, NearMissesAreNotFindings) {
  const std::vector<Fixture> fixtures = {
      {"a space between a number and its unit", {{44, "2024년까지", "2024 년까지"}}, {}},
      {"apostrophes and a two-digit year are no quotes",
       {{12, "(DPG)", "(DPG, Korea’s ‘23년 구상)"}},
       {}},
      {"a decimal and an ellipsis", {{37, "9일에서", "9.5일에서…"}}, {}},
      {"a paragraph introducing a list may end in a colon", {{50, "같다.", "같다:"}}, {}},
      {"a URL followed by a word",
       {{26, "2023.4.14.", "2023.4.14., https://www.dpg.go.kr/ 참조"}},
       {}},
      {"an enumeration label is no closing bracket", {{17, "요약된다.", "요약된다 가) 나)."}}, {}},
      {"a year in brackets is no footnote marker", {{36, "통합 창구는", "통합 창구(2023)는"}}, {}},
      {"a nominal ending closes a paragraph", {{68, "것이다.", "것임"}}, {}},
  };
  const std::string base = sample("numbered-lists.txt");
  for (const Fixture& f : fixtures) {
    Document doc = document_from(with_edits(base, f.edits), "fixture.txt");
    std::vector<Diagnostic> findings = check_document(doc);
    EXPECT_EQ(keys(findings), f.expected) << f.name << ":\n" << describe(findings);
  }
}

TEST(CheckRules, SettingsTurnRulesOffAndChangeSeverities) {
  Document doc = document_from(
      with_edits(sample("numbered-lists.txt"), {{43, "서비스 통합의", "서비스  통합의"}}), "f.txt");
  RuleSettings settings;
  EXPECT_EQ(check_document(doc, settings).at(0).severity, Severity::warning);
  ASSERT_TRUE(settings.set("spacing", Severity::error));
  EXPECT_EQ(check_document(doc, settings).at(0).severity, Severity::error);
  ASSERT_TRUE(settings.disable("spacing"));
  EXPECT_TRUE(check_document(doc, settings).empty());
  ASSERT_TRUE(settings.enable("spacing"));  // back at the severity chosen before
  EXPECT_EQ(check_document(doc, settings).at(0).severity, Severity::error);
  EXPECT_FALSE(settings.set("no-such-rule", Severity::error));
  EXPECT_FALSE(settings.enable("no-such-rule"));
}

TEST(CheckRules, ChangesAsWrittenApplyLevelsThenDisableThenEnable) {
  RuleSettings settings;
  EXPECT_FALSE(settings.apply({{"spacing=error", "date-format=off"}, {"spacing"}, {"spacing"}}));
  EXPECT_EQ(settings.severity("spacing"), Severity::error);  // turned back on at its level
  EXPECT_EQ(settings.severity("date-format"), std::nullopt);
  using Kind = RuleChangeError::Kind;
  auto refused = RuleSettings().apply({{"spacing=loud"}, {}, {}});
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->kind, Kind::malformed_level);
  EXPECT_EQ(refused->text, "spacing=loud");
  refused = RuleSettings().apply({{"no-such-rule=error"}, {}, {}});
  ASSERT_TRUE(refused);
  EXPECT_EQ(refused->kind, Kind::unknown_rule);
  EXPECT_EQ(refused->text, "no-such-rule");
  EXPECT_EQ(RuleSettings().apply({{}, {}, {"nope"}})->text, "nope");
}

TEST(CheckRules, EveryRuleHasAnIdSeverityAndExamples) {
  std::set<std::string_view> ids;
  for (const RuleInfo& r : check_rules()) {
    EXPECT_TRUE(ids.insert(r.id).second) << r.id;
    EXPECT_FALSE(r.summary.empty() || r.bad.empty() || r.good.empty()) << r.id;
    EXPECT_EQ(find_rule(r.id), &r);
  }
  for (std::string_view id :
       {"footnote-sequence", "footnote-undefined", "footnote-unused", "footnote-order",
        "list-sequence", "list-style", "unbalanced-pair", "mixed-quotes", "spacing", "date-format",
        "date-invalid", "date-future", "date-weekday", "characters", "unreadable-page",
        "paragraph-end", "heading-period", "url-broken", "empty-page"})
    EXPECT_TRUE(ids.count(id)) << id;
}

// --- The reference brief, with one fault each, put in by code -----------------------------

struct Mutation {
  std::string name;
  std::vector<Edit> edits;
  std::vector<std::string> added;    // findings the fault adds, "rule@line:column"
  std::vector<std::string> removed;  // findings it takes away with the text it deletes
};

std::multiset<std::string> as_set(const std::vector<Diagnostic>& findings) {
  std::vector<std::string> k = keys(findings);
  return {k.begin(), k.end()};
}

TEST(CheckReferenceBrief, UnmodifiedGivesNoErrorsOnlyPrivateUseWarnings) {
  KBRIEF_REQUIRE_CORPUS();
  Document doc = document_from(read_file(corpus_dir() + "/kinu-ncg-2024.txt"), "kinu.txt");
  std::vector<Diagnostic> findings = check_document(doc);
  // U+F000 on both sides of a newspaper's name in notes 4) to 7), where the PDF's font
  // drew its title brackets.
  EXPECT_EQ(keys(findings),
            (std::vector<std::string>{"characters@149:52", "characters@149:59", "characters@152:44",
                                      "characters@152:51", "characters@154:31", "characters@154:36",
                                      "characters@203:40", "characters@203:45"}))
      << describe(findings);
  for (const Diagnostic& d : findings) EXPECT_EQ(d.severity, Severity::warning);
}

TEST(CheckReferenceBrief, EachFaultPutInIsReportedExactlyAtItsLine) {
  KBRIEF_REQUIRE_CORPUS();
  const std::string base = read_file(corpus_dir() + "/kinu-ncg-2024.txt");
  const std::multiset<std::string> before = as_set(check_document(document_from(base, "k.txt")));
  const std::vector<Mutation> mutations = {
      // The note's line goes, and with it the two private-use characters it held.
      {"delete footnote definition 5)",
       {{152, "", ""}},
       {"footnote-undefined@117:7", "footnote-sequence@154:1"},
       {"characters@152:44", "characters@152:51"}},
      // Its reference 3) (line 84) is left without a definition; the note labelled 4) on
      // line 94 follows 2).
      {"renumber footnote definition 3) as 4)",
       {{94, "3) 국방부", "4) 국방부"}},
       {"footnote-undefined@84:7", "footnote-sequence@94:1"},
       {}},
      // The quotation opens on line 15 and closed on line 17.
      {"drop a closing quote", {{17, "협의체”임을", "협의체임을"}}, {"unbalanced-pair@15:14"}, {}},
      {"change ③ to ④", {{48, "③", "④"}}, {"list-sequence@48:27"}, {}},
      {"insert a doubled space",
       {{56, "업무체계를 구축했다", "업무체계를  구축했다"}},
       {"spacing@56:15"},
       {}},
      {"break a date", {{152, "2023.12.31.", "2023.12.32."}}, {"date-invalid@152:54"}, {}},
  };
  for (const Mutation& m : mutations) {
    std::string text = with_edits(base, m.edits);
    std::vector<Diagnostic> findings = check_document(document_from(text, "k.txt"));
    std::multiset<std::string> after = as_set(findings);
    std::multiset<std::string> added, lost;
    std::set_difference(after.begin(), after.end(), before.begin(), before.end(),
                        std::inserter(added, added.end()));
    std::set_difference(before.begin(), before.end(), after.begin(), after.end(),
                        std::inserter(lost, lost.end()));
    std::multiset<std::string> expected(m.added.begin(), m.added.end());
    EXPECT_EQ(added, expected) << m.name << ":\n" << describe(findings);
    EXPECT_EQ(lost, std::multiset<std::string>(m.removed.begin(), m.removed.end())) << m.name;
  }
}

TEST(CheckCorpus, EveryFileChecksWithoutACrashAndPositionsAreInTheFile) {
  KBRIEF_REQUIRE_CORPUS();
  for (const std::string& path : corpus_files()) {
    std::string text = read_file(path);
    Document doc = document_from(text, path);
    std::vector<std::string> lines = split_lines(text);
    for (const Diagnostic& d : check_document(doc)) {
      ASSERT_GE(d.line, 1u) << path << " " << d.rule;
      ASSERT_LE(d.line, lines.size()) << path << " " << d.rule;
      EXPECT_GE(d.column, 1u) << path << " " << d.rule;
      EXPECT_NE(find_rule(d.rule), nullptr) << d.rule;
    }
  }
}

}  // namespace
}  // namespace kbrief::test

// --- The command line --------------------------------------------------------------------

namespace kbrief::test {
namespace {

// A copy of samples/numbered-lists.txt with an impossible date (an error, line 26 column 34)
// and a doubled space (a warning, line 43 column 4), written to a fresh directory.
std::string faulty_brief(const std::string& dir, bool with_error = true) {
  std::vector<Edit> edits{Edit{43, "서비스 통합의", "서비스  통합의"}};
  if (with_error) edits.push_back(Edit{26, "2023.4.14.", "2023.4.31."});
  std::string path = dir + "/brief.txt";
  std::ofstream(path) << with_edits(sample("numbered-lists.txt"), edits);
  return path;
}

// Runs kbrief in `dir` through the shell, so that .kbrief.toml is looked up from there.
RunResult run_in(const std::string& dir, const std::string& args) {
  std::string out_file = dir + "/.out", err_file = dir + "/.err";
  std::string command = "cd '" + dir + "' && '" KBRIEF_BINARY "' " + args + " >'" + out_file +
                        "' 2>'" + err_file + "'";
  int status = std::system(command.c_str());
  RunResult r;
  r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  r.out = read_file(out_file);
  r.err = read_file(err_file);
  return r;
}

TEST(CheckCli, TextFindingsSummaryAndExitCodes) {
  std::string dir = temp_dir();
  std::string path = faulty_brief(dir);
  RunResult r = run_kbrief({"check", path});
  EXPECT_EQ(r.exit_code, 1);
  // Each finding with its source line and carets under its span, in display columns.
  EXPECT_EQ(r.out, path + ":26:34: error: '2023.4.31.': 2023.4.31 is not a date [date-invalid]\n" +
                       "   26 | 1) 디지털플랫폼정부위원회, “디지털플랫폼정부 실현계획,” "
                       "2023.4.31.\n"
                       "      | " +
                       std::string(56, ' ') + "^^^^^^^^^^\n" + path +
                       ":43:4: warning: 2 spaces in a row; use one [spacing]\n" +
                       "   43 | 서비스  통합의 효과를 높이려면 민간이 공공 데이터를 활용할 수 "
                       "있어야 한다. 정부\n"
                       "      |       ^^\n");
  EXPECT_EQ(r.err, "kbrief check: 1 file checked: 1 error, 1 warning, 0 info\n");
  EXPECT_EQ(run_kbrief({"check", "--fail-on", "never", path}).exit_code, 0);

  std::string warnings_only = faulty_brief(temp_dir(), false);
  EXPECT_EQ(run_kbrief({"check", warnings_only}).exit_code, 0);
  EXPECT_EQ(run_kbrief({"check", "--fail-on", "warning", warnings_only}).exit_code, 1);
  EXPECT_EQ(run_kbrief({"check", "--disable", "spacing", "--fail-on", "warning", warnings_only})
                .exit_code,
            0);
  // Standard input, and no colour unless asked for.
  RunResult piped = run_kbrief({"check", "-q", "-"}, read_file(path));
  EXPECT_EQ(piped.out.find("<stdin>:26:34: error:"), 0u) << piped.out;
  EXPECT_EQ(piped.err, "");
  EXPECT_EQ(piped.out.find('\x1b'), std::string::npos);
  EXPECT_NE(run_kbrief({"check", "--color", "always", path}).out.find("\x1b[1;31merror"),
            std::string::npos);
}

TEST(CheckCli, JsonAndGithubFormats) {
  std::string path = faulty_brief(temp_dir());
  RunResult r = run_kbrief({"check", "--format", "json", path});
  EXPECT_EQ(r.exit_code, 1);
  nlohmann::json findings = nlohmann::json::parse(r.out);
  ASSERT_EQ(findings.size(), 2u);
  EXPECT_EQ(findings[0], (nlohmann::json{{"file", path},
                                         {"line", 26},
                                         {"column", 34},
                                         {"severity", "error"},
                                         {"rule", "date-invalid"},
                                         {"message", "'2023.4.31.': 2023.4.31 is not a date"}}));
  EXPECT_EQ(findings[1]["severity"], "warning");

  RunResult gh = run_kbrief({"check", "--format", "github", path});
  EXPECT_EQ(gh.out, "::error file=" + path +
                        ",line=26,col=34,title=date-invalid::'2023.4.31.': 2023.4.31 is not a "
                        "date\n::warning file=" +
                        path + ",line=43,col=4,title=spacing::2 spaces in a row; use one\n");
  // A clean file gives an empty JSON array.
  EXPECT_EQ(run_kbrief({"check", "--format", "json", "-q", "-"},
                       read_file(source_dir() + "/samples/numbered-lists.txt"))
                .out,
            "[]\n");
}

TEST(CheckCli, BadInputsAndUnknownRulesAreUsageErrors) {
  std::string path = faulty_brief(temp_dir());
  RunResult missing = run_kbrief({"check", "--fail-on", "never", "/no/such/brief.txt", path});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("cannot open '/no/such/brief.txt'"), std::string::npos);
  EXPECT_NE(missing.out.find(":26:34: error:"), std::string::npos) << "the other file goes through";
  EXPECT_NE(missing.err.find("1 file checked: 1 error, 1 warning, 0 info; 1 file not read"),
            std::string::npos)
      << missing.err;

  RunResult unknown = run_kbrief({"check", "--disable", "no-such-rule", path});
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_EQ(unknown.out, "");
  EXPECT_NE(unknown.err.find("unknown rule 'no-such-rule'"), std::string::npos);
  EXPECT_EQ(run_kbrief({"check", "--severity", "spacing=loud", path}).exit_code, 2);
  EXPECT_EQ(run_kbrief({"check"}).exit_code, 2);
}

TEST(CheckCli, ConfigurationFileIsFoundFromTheWorkingDirectoryUpwards) {
  std::string dir = temp_dir();
  std::string path = faulty_brief(dir, false);
  fs::create_directories(dir + "/sub/deeper");
  std::ofstream(dir + "/.kbrief.toml") << "[check]\nseverity = [\"spacing=error\"]\n";
  RunResult r = run_in(dir + "/sub/deeper", "check '" + path + "'");
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_NE(r.out.find("error: 2 spaces in a row"), std::string::npos) << r.out;
  // The command line wins over the file; --enable turns back on what the file turns off.
  EXPECT_EQ(run_in(dir + "/sub", "check --severity spacing=info '" + path + "'").exit_code, 0);
  std::ofstream(dir + "/.kbrief.toml")
      << "[check]\ndisable = [\"spacing\"]\nfail-on = \"warning\"\n";
  EXPECT_EQ(run_in(dir, "check '" + path + "'").exit_code, 0);
  EXPECT_EQ(run_in(dir, "check --enable spacing '" + path + "'").exit_code, 1);
  // A misspelt key is an error naming the file, not silently ignored.
  std::ofstream(dir + "/.kbrief.toml") << "[check]\nfail-onn = \"warning\"\n";
  RunResult bad = run_in(dir, "check '" + path + "'");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find(".kbrief.toml"), std::string::npos) << bad.err;
}

TEST(CheckCli, ListRulesShowsEveryRuleWithExamples) {
  RunResult r = run_kbrief({"check", "--list-rules", "--severity", "spacing=off"});
  EXPECT_EQ(r.exit_code, 0);
  for (const RuleInfo& rule : check_rules())
    EXPECT_NE(r.out.find(std::string(rule.id)), std::string::npos) << rule.id;
  EXPECT_NE(r.out.find("spacing             off"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("bad:  ① 지침, ② 보안, ④ 훈련"), std::string::npos);
}

}  // namespace
}  // namespace kbrief::test
