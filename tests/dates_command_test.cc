// SPDX-License-Identifier: MIT
// kbrief dates: the date engine over plain text, one test per option, golden outputs for
// tests/data/dates-sample.txt, and the exit codes of CONVENTIONS §4.
#include <ctime>
#include <filesystem>

#include "test_support.h"

namespace kbrief::test {
namespace {

namespace fs = std::filesystem;

const std::string kRef = "2024-02-14";

std::string sample() {
  return read_file(source_dir() + "/tests/data/dates-sample.txt");
}

std::vector<nlohmann::json> records(const std::string& out) {
  std::vector<nlohmann::json> r;
  std::size_t start = 0;
  for (std::size_t nl; (nl = out.find('\n', start)) != std::string::npos; start = nl + 1)
    r.push_back(nlohmann::json::parse(out.substr(start, nl - start)));
  EXPECT_EQ(start, out.size()) << "the output ends with a line end";
  return r;
}

// The goldens were checked by hand against the rules (docs/timeline.md); the sample's
// line 9 ends in CRLF and line 10 starts with a form feed, which starts no column.
TEST(DatesCommand, JsonLinesGolden) {
  RunResult r = run_kbrief({"dates", "--ref-date", kRef, "-"}, sample());
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out, read_file(source_dir() + "/tests/data/dates-sample.jsonl"));
}

TEST(DatesCommand, CsvGolden) {
  RunResult r = run_kbrief({"dates", "--format", "csv", "--ref-date", kRef, "-"}, sample());
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, read_file(source_dir() + "/tests/data/dates-sample.csv"));
}

TEST(DatesCommand, RecordsHaveTheDocumentedFieldsInOrder) {
  RunResult r = run_kbrief({"dates", "--ref-date", kRef, "-"}, "회의는 지난주 열렸다.\n");
  std::vector<nlohmann::json> got = records(r.out);
  ASSERT_EQ(got.size(), 1u);
  std::vector<std::string> keys;
  for (auto it = got[0].begin(); it != got[0].end(); ++it) keys.push_back(it.key());
  // nlohmann::json sorts keys; the order on the wire is checked by the golden.
  EXPECT_EQ(keys, (std::vector<std::string>{"calendar", "column", "end", "expression", "file",
                                            "granularity", "length", "line", "mod", "ref_date",
                                            "resolution", "start", "value"}));
  EXPECT_EQ(got[0]["value"], "2024-W06");
  EXPECT_EQ(got[0]["start"], "2024-02-05");
  EXPECT_EQ(got[0]["end"], "2024-02-11");
  EXPECT_EQ(got[0]["granularity"], "week");
  EXPECT_EQ(got[0]["column"], 5);
  EXPECT_EQ(got[0]["length"], 3);
}

TEST(DatesCommand, RefDateDefaultsToTodayAndIsStated) {
  std::time_t now = std::time(nullptr);
  std::tm local{};
  localtime_r(&now, &local);
  char today[11];
  std::strftime(today, sizeof today, "%Y-%m-%d", &local);
  RunResult r = run_kbrief({"dates", "-"}, "오늘 발표했다.\n");
  EXPECT_EQ(r.exit_code, 0);
  std::vector<nlohmann::json> got = records(r.out);
  ASSERT_EQ(got.size(), 1u);
  // Run just past midnight, the two clocks may disagree; then both say the later day.
  EXPECT_EQ(got[0]["ref_date"], got[0]["value"]);
  EXPECT_EQ(got[0]["ref_date"].get<std::string>().substr(0, 8), std::string(today).substr(0, 8));
}

TEST(DatesCommand, RefDateResolvesRelativeWords) {
  RunResult r = run_kbrief({"dates", "--ref-date", "2024-12-31", "-"}, "다음주 회의\n");
  std::vector<nlohmann::json> got = records(r.out);
  ASSERT_EQ(got.size(), 1u);
  EXPECT_EQ(got[0]["value"], "2025-W02");
  EXPECT_EQ(got[0]["ref_date"], "2024-12-31");
}

TEST(DatesCommand, BadRefDateIsAUsageErrorNamingTheForm) {
  for (std::string bad : {"2024-02-30", "2024/02/14", "today", ""}) {
    RunResult r = run_kbrief({"dates", "--ref-date", bad, "-"}, "오늘\n");
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_NE(r.err.find("YYYY-MM-DD"), std::string::npos) << r.err;
    EXPECT_EQ(r.out, "");
  }
}

TEST(DatesCommand, FormatCsvHasOneHeaderForSeveralInputs) {
  std::string dir = temp_dir();
  write_file(dir + "/a.txt", "2024년 3월 회의\n");
  write_file(dir + "/b.txt", "2023년 회의\n");
  RunResult r =
      run_kbrief({"dates", "--format", "csv", "--ref-date", kRef, dir + "/a.txt", dir + "/b.txt"});
  EXPECT_EQ(r.exit_code, 0);
  std::string header =
      "file,line,column,length,expression,value,start,end,granularity,mod,calendar,resolution,"
      "ref_date\r\n";
  EXPECT_EQ(r.out, header + dir +
                       "/a.txt,1,1,8,2024년 3월,2024-03,2024-03-01,2024-03-31,month,,gregorian,"
                       "absolute,2024-02-14\r\n" +
                       dir +
                       "/b.txt,1,1,5,2023년,2023,2023-01-01,2023-12-31,year,,gregorian,absolute,"
                       "2024-02-14\r\n");
  fs::remove_all(dir);
}

TEST(DatesCommand, BadFormatIsAUsageError) {
  RunResult r = run_kbrief({"dates", "--format", "xml", "-"}, "오늘\n");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.out, "");
}

TEST(DatesCommand, InputFormatJsonlNamesEachRecordById) {
  RunResult r = run_kbrief({"dates", "--input-format", "jsonl", "--ref-date", kRef},
                           "{\"id\": \"r1\", \"text\": \"지난달 회의\"}\n"
                           "{\"id\": 7, \"text\": \"첫 줄\\n둘째 줄 2023년\"}\n");
  EXPECT_EQ(r.exit_code, 0);
  std::vector<nlohmann::json> got = records(r.out);
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0]["file"], "r1");
  EXPECT_EQ(got[0]["value"], "2024-01");
  EXPECT_EQ(got[1]["file"], "7");
  EXPECT_EQ(got[1]["line"], 2);
  EXPECT_EQ(got[1]["column"], 6);
}

TEST(DatesCommand, MalformedRecordExitsThreeAndTheOthersGoThrough) {
  RunResult r = run_kbrief({"dates", "--input-format", "jsonl", "--ref-date", kRef},
                           "{\"id\": \"a\", \"text\": \"오늘\"}\nnot json\n"
                           "{\"id\": \"b\", \"text\": \"내일\"}\n");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err, "");
  EXPECT_EQ(records(r.out).size(), 2u);
}

TEST(DatesCommand, MissingFileIsReportedAndTheOthersGoThrough) {
  std::string dir = temp_dir();
  write_file(dir + "/a.txt", "오늘\n");
  RunResult r = run_kbrief({"dates", "--ref-date", kRef, dir + "/x.txt", dir + "/a.txt"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "kbrief: error: cannot open '" + dir + "/x.txt': No such file or directory\n");
  ASSERT_EQ(records(r.out).size(), 1u);
  fs::remove_all(dir);
}

TEST(DatesCommand, OutputFileAndOutputDirectory) {
  std::string dir = temp_dir();
  write_file(dir + "/a.txt", "오늘\n");
  write_file(dir + "/b.txt", "내일\n");
  RunResult r = run_kbrief({"dates", "--ref-date", kRef, dir + "/a.txt", "-o", dir + "/a.out"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(records(read_file(dir + "/a.out"))[0]["value"], kRef);
  fs::create_directory(dir + "/out");
  r = run_kbrief({"dates", "--format", "csv", "--ref-date", kRef, dir + "/a.txt", dir + "/b.txt",
                  "-o", dir + "/out"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(read_file(dir + "/out/a.csv").starts_with("file,line,"));
  EXPECT_NE(read_file(dir + "/out/b.csv").find(",2024-02-15,"), std::string::npos);
  fs::remove_all(dir);
}

TEST(DatesCommand, RecursiveGlobFilesFromAndJobsGiveTheSameRecords) {
  std::string dir = temp_dir();
  fs::create_directory(dir + "/d");
  write_file(dir + "/d/a.txt", "지난 7월 회의\n");
  write_file(dir + "/d/b.md", "2023년 12월 15일\n");
  RunResult r = run_kbrief({"dates", "--ref-date", kRef, "-r", dir + "/d"});
  EXPECT_EQ(r.exit_code, 0);
  ASSERT_EQ(records(r.out).size(), 1u);
  EXPECT_EQ(records(r.out)[0]["value"], "2023-07");
  r = run_kbrief({"dates", "--ref-date", kRef, "-r", "--glob", "*.md", dir + "/d"});
  EXPECT_EQ(records(r.out)[0]["value"], "2023-12-15");
  std::string list = dir + "/d/a.txt\n" + dir + "/d/b.md\n";
  RunResult from = run_kbrief({"dates", "--ref-date", kRef, "--files-from", "-"}, list);
  RunResult jobs = run_kbrief(
      {"dates", "--ref-date", kRef, "-j", "2", "--no-progress", dir + "/d/a.txt", dir + "/d/b.md"});
  std::string nul_list = dir + "/d/a.txt" + std::string(1, '\0') + dir + "/d/b.md";
  RunResult nul = run_kbrief({"dates", "--ref-date", kRef, "--files-from", "-", "-0"}, nul_list);
  EXPECT_EQ(records(from.out).size(), 2u);
  EXPECT_EQ(jobs.out, from.out);
  EXPECT_EQ(nul.out, from.out);
  fs::remove_all(dir);
}

TEST(DatesCommand, EncodingAndLossy) {
  std::string dir = temp_dir();
  write_file(dir + "/euc.txt", "\xBF\xC0\xB4\xC3\n");  // "오늘" in EUC-KR
  RunResult r = run_kbrief({"dates", "--ref-date", kRef, "--encoding", "EUC-KR", dir + "/euc.txt"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(records(r.out).at(0)["expression"], "오늘");
  write_file(dir + "/bad.txt", "오늘 \xFF\n");
  r = run_kbrief({"dates", "--ref-date", kRef, "--encoding", "UTF-8", dir + "/bad.txt"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.out, "");
  r = run_kbrief({"dates", "--ref-date", kRef, "--lossy", "--encoding", "UTF-8", dir + "/bad.txt"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(records(r.out).size(), 1u);
  fs::remove_all(dir);
}

TEST(DatesCommand, HelpShowsExamplesAndExitsZero) {
  RunResult r = run_kbrief({"dates", "--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("Examples:"), std::string::npos);
  EXPECT_NE(r.out.find("--ref-date"), std::string::npos);
  EXPECT_NE(r.out.find("ref_date"), std::string::npos);
}

TEST(DatesCommand, TextWithoutDatesWritesNothing) {
  RunResult r = run_kbrief({"dates", "--ref-date", kRef, "-"}, "1일 3회 복용한다.\n주 2회\n");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "");
}

}  // namespace
}  // namespace kbrief::test
