// SPDX-License-Identifier: MIT
// kbrief timeline: the goldens of the samples, the reference brief's timeline, and the
// command line (formats, origins, --ref-date, exit codes).
#include <kbrief/timeline.h>

#include <filesystem>
#include <fstream>
#include <set>

#include "test_support.h"

namespace kbrief::test {
namespace {

namespace fs = std::filesystem;

std::string csv_of(const Document& doc, const std::string& file) {
  std::string out;
  write_timeline_csv_header(out);
  for (const TimelineRow& row : timeline_rows(doc, file)) write_timeline_csv(row, out);
  return out;
}

TEST(TimelineTest, EverySampleMatchesItsGolden) {
  auto files = sample_files();
  ASSERT_GE(files.size(), 3u);
  for (const auto& path : files) {
    std::string relative = "samples/" + fs::path(path).filename().string();
    std::string golden_path = path.substr(0, path.size() - 4) + ".csv";
    ASSERT_TRUE(fs::exists(golden_path))
        << "no golden for " << relative << "; run scripts/update-goldens";
    std::string actual = csv_of(document_from(read_file(path), relative), relative);
    EXPECT_TRUE(actual == read_file(golden_path))
        << relative << " differs from its .csv golden (scripts/update-goldens)\n"
        << actual;
  }
}

TEST(TimelineTest, RowsAreSortedByStartThenDocumentOrderWithUnresolvedLast) {
  Document doc = document_from(
      "동향\n\n"
      "7월 회의가 있다.\n\n"
      "정부는 2024년 3월 5일 계획을 발표할 예정이다. 앞서 2023년 12월 협의가 있었다.\n");
  std::vector<TimelineRow> rows = timeline_rows(doc, "t.txt");
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[0].date->expression, "2023년 12월");
  EXPECT_EQ(rows[1].date->expression, "2024년 3월 5일");
  // No reference date (no dated citation, no past-tense full date, no copyright line) and
  // nothing before it in its paragraph: "7월" stays visible as XXXX-07, last.
  EXPECT_FALSE(doc.metadata.reference_date);
  EXPECT_EQ(rows[2].date->expression, "7월");
  EXPECT_EQ(rows[2].date->date.value, "XXXX-07");
}

TEST(TimelineTest, CsvQuotesWhatRfc4180Requires) {
  Document doc = document_from("동향\n\n정부는 2024년 3월 5일 “A, B” 계획을 발표했다.\n");
  std::string csv = csv_of(doc, "a,b.txt");
  EXPECT_NE(csv.find("\"a,b.txt\",2024-03-05,2024-03-05,2024-03-05,day,,2024년 3월 5일,"),
            std::string::npos)
      << csv;
  EXPECT_NE(csv.find(",\"정부는 2024년 3월 5일 “A, B” 계획을 발표했다.\"\r\n"), std::string::npos)
      << csv;
}

TEST(TimelineTest, ReferenceBriefTimeline) {
  KBRIEF_REQUIRE_CORPUS();
  Document doc = document_from(read_file(corpus_dir() + "/kinu-ncg-2024.txt"), "kinu.txt");
  ASSERT_TRUE(doc.metadata.reference_date);
  EXPECT_EQ(reference_value(*doc.metadata.reference_date), "2024-02-22");
  EXPECT_EQ(doc.metadata.reference_date->source, "latest-date");

  struct Expected {
    std::string block, expression, value, mod, resolution;
  };
  const std::vector<Expected> expected = {
      {"p1", "2024년 2월 14일", "2024-02-14", "", "absolute"},
      {"p1", "동년 7월", "2023-07", "", "anaphoric"},
      {"p3", "2024년 하반기", "2024-H2", "", "absolute"},
      {"p3", "2024년 중반", "2024", "MID", "absolute"},
      {"p4", "지난 12월 15일", "2023-12-15", "", "deictic"},
      {"p4", "17일", "2023-12-17", "", "anaphoric"},
      {"p4", "18일", "2023-12-18", "", "anaphoric"},
      {"p4", "2월 8일", "2024-02-08", "", "anaphoric"},
      {"p4", "12월 30일", "2023-12-30", "", "anaphoric"},
      {"p3", "올해 6월", "2024-06", "", "deictic"},
      {"p2", "지난 12월", "2023-12", "", "deictic"},
      {"fn2", "12/15(금)", "2023-12-15", "", "anaphoric"},
  };
  std::vector<TimelineRow> rows = timeline_rows(doc, "kinu.txt");
  for (const Expected& e : expected) {
    bool found = false;
    for (const TimelineRow& r : rows)
      found = found || (r.block == e.block && r.date->expression == e.expression &&
                        r.date->date.value == e.value && to_string(r.date->date.mod) == e.mod &&
                        to_string(r.date->date.resolution) == e.resolution);
    EXPECT_TRUE(found) << e.block << " " << e.expression << " -> " << e.value;
  }
  // Counters, names and ordinals are not dates.
  for (const TimelineRow& r : rows)
    for (std::string_view not_date : {"차", "축", "기 ", "%"})
      EXPECT_EQ(r.date->expression.find(not_date), std::string::npos) << r.date->expression;
  // Every row of the brief, judged by hand: 25 in the body, 19 in the footnotes.
  EXPECT_EQ(timeline_rows(doc, "kinu.txt", OriginFilter::body).size(), 25u);
  EXPECT_EQ(timeline_rows(doc, "kinu.txt", OriginFilter::footnote).size(), 19u);
  EXPECT_TRUE(nothing_lost(doc));
}

TEST(TimelineTest, DatesAppearOnSentencesFootnotesAndOtherBlocksInJson) {
  Document doc = document_from(
      "정책 동향\n\n1. 2024년 상반기 점검 결과\n\n"
      "정부는 2024년 3월 5일 점검 계획을 발표했다.1) 점검은 여러 부처가 함께 맡았으며, 결과는 "
      "연말에\n공개된다.\n\n2. 향후 과제\n\n과제는 여러 가지가 남아 있다.\n\n"
      "1) 보도자료, 2024.3.5.\n");
  nlohmann::json j = json_of(doc);
  EXPECT_EQ(j["metadata"]["reference_date"]["value"], "2024-03-05");
  bool heading = false, sentence = false, footnote = false;
  for (const auto& b : j["blocks"]) {
    if (b["type"] == "heading" && b["dates"].size() == 1)
      heading = b["dates"][0]["value"] == "2024-H1";
    if (b["id"] == "p1")
      sentence = b["sentences"][0]["dates"].size() == 1 &&
                 b["sentences"][0]["dates"][0]["offset"] == 4 &&
                 b["sentences"][0]["dates"][0]["length"] == 11 &&
                 b["sentences"][1]["dates"][0]["value"] == "2024" &&
                 b["sentences"][1]["dates"][0]["mod"] == "END";
  }
  for (const auto& f : j["footnotes"])
    footnote = f["dates"].size() == 1 && f["dates"][0]["origin"] == "footnote";
  EXPECT_TRUE(heading) << j.dump(2);
  EXPECT_TRUE(sentence) << j.dump(2);
  EXPECT_TRUE(footnote) << j.dump(2);
}

TEST(TimelineTest, ImpossibleDatesAndWrongWeekdaysAreDiagnostics) {
  Document doc =
      document_from("동향\n\n회의는 2023년 2월 30일 열렸다. 2023년 12월 14일(금) 발표가 있었다.\n");
  std::vector<std::string> rules;
  std::vector<const Diagnostic*> dated;
  for (const Diagnostic& d : doc.diagnostics)
    if (d.rule.starts_with("date-")) {
      rules.push_back(d.rule);
      dated.push_back(&d);
    }
  EXPECT_EQ(rules, (std::vector<std::string>{"date-invalid", "date-weekday"}));
  ASSERT_EQ(dated.size(), 2u);
  EXPECT_EQ(dated[0]->line, 3u);
  EXPECT_EQ(dated[0]->column, 5u);
  EXPECT_EQ(dated[1]->line, 3u);
  EXPECT_EQ(dated[1]->column, 23u);
  std::vector<TimelineRow> rows = timeline_rows(doc, "t.txt");
  ASSERT_EQ(rows.size(), 1u);
  EXPECT_EQ(rows[0].date->date.value, "2023-12-14");
}

// --- The command line -------------------------------------------------------------------

std::string write_brief(const std::string& dir, const std::string& name, const std::string& text) {
  std::string path = dir + "/" + name;
  std::ofstream(path) << text;
  return path;
}

const char* const kBrief =
    "동향\n\n정부는 올해 6월 회의를 열 예정이다. 지난해 12월 3일 합의한 바 있다.1)\n\n"
    "1) 보도자료, 2024.2.14.\n";

TEST(TimelineCli, CsvWithOneHeaderForABatch) {
  std::string dir = temp_dir();
  std::string a = write_brief(dir, "a.txt", kBrief), b = write_brief(dir, "b.txt", kBrief);
  RunResult r = run_kbrief({"timeline", a, b});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::size_t headers = 0;
  for (std::size_t p = 0; (p = r.out.find("file,start,end", p)) != std::string::npos; ++p)
    ++headers;
  EXPECT_EQ(headers, 1u);
  EXPECT_NE(r.out.find(",2024-06,month,,올해 6월,deictic,body,p1,3,"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find(",2023-12-03,day,,지난해 12월 3일,deictic,body,p1,3,"), std::string::npos);
  EXPECT_LT(r.out.find(a + ","), r.out.find(b + ","));
}

TEST(TimelineCli, OriginFormatAndRefDate) {
  std::string dir = temp_dir();
  std::string a = write_brief(dir, "a.txt", kBrief);
  RunResult r = run_kbrief({"timeline", "--origin", "footnote", "--format", "jsonl", a});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  nlohmann::json row = nlohmann::json::parse(r.out);  // exactly one line
  EXPECT_EQ(row["block"], "fn1");
  EXPECT_EQ(row["value"], "2024-02-14");

  r = run_kbrief({"timeline", "--ref-date", "2026-01-10", "--origin", "body", a});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find(",2026-06,month,,올해 6월,"), std::string::npos) << r.out;
  r = run_kbrief({"json", "--ref-date", "2026-01-10", a});
  EXPECT_EQ(nlohmann::json::parse(r.out)["metadata"]["reference_date"],
            (nlohmann::json{{"value", "2026-01-10"}, {"source", "ref-date"}}));
}

TEST(TimelineCli, BadRefDateIsAUsageErrorNamingTheForm) {
  for (std::string bad : {"2024-02-30", "2024/02/14", "yesterday"}) {
    RunResult r = run_kbrief({"timeline", "--ref-date", bad, "-"}, kBrief);
    EXPECT_EQ(r.exit_code, 2) << bad;
    EXPECT_NE(r.err.find("YYYY-MM-DD"), std::string::npos) << r.err;
    EXPECT_TRUE(r.out.empty());
  }
}

TEST(TimelineCli, BadFileIsReportedTheOthersGoThrough) {
  std::string dir = temp_dir();
  std::string a = write_brief(dir, "a.txt", kBrief);
  RunResult r = run_kbrief({"timeline", dir + "/missing.txt", a});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("missing.txt"), std::string::npos);
  EXPECT_NE(r.out.find(a + ","), std::string::npos);
}

TEST(TimelineCli, OutputDirectoryGetsOneCsvPerInput) {
  std::string dir = temp_dir();
  std::string a = write_brief(dir, "a.txt", kBrief), b = write_brief(dir, "b.txt", kBrief);
  std::string out = dir + "/out";
  fs::create_directory(out);
  RunResult r = run_kbrief({"timeline", a, b, "-o", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* name : {"/a.csv", "/b.csv"}) {
    std::string csv = read_file(out + name);
    EXPECT_EQ(csv.rfind("file,start,end,value,", 0), 0u) << name;
  }
}

}  // namespace
}  // namespace kbrief::test
