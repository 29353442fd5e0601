// SPDX-License-Identifier: MIT
// Batches: directories (-r, --glob), path lists (--files-from, -0), parallel jobs whose output
// is byte-identical to one job, JSON Lines records in and out, and memory that does not
// grow with the batch.
#include <fcntl.h>
#include <fmt/format.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "test_support.h"

namespace kbrief::test {
namespace {

namespace fs = std::filesystem;

void write_file(const fs::path& path, const std::string& data) {
  fs::create_directories(path.parent_path());
  std::ofstream(path, std::ios::binary) << data;
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t nl; (nl = text.find('\n', start)) != std::string::npos; start = nl + 1)
    lines.push_back(text.substr(start, nl - start));
  if (start < text.size()) lines.push_back(text.substr(start));
  return lines;
}

std::vector<std::string> source_paths(const std::string& jsonl) {
  std::vector<std::string> paths;
  for (const std::string& line : lines_of(jsonl))
    paths.push_back(nlohmann::json::parse(line)["source"]["path"]);
  return paths;
}

// A tree of briefs: samples at two depths, files -r must leave alone, and an empty folder.
struct Tree {
  std::string root = temp_dir();
  Tree() {
    std::vector<std::string> samples = sample_files();
    write_file(fs::path(root) / "b" / "inner.txt", read_file(samples[0]));
    write_file(fs::path(root) / "a.txt", read_file(samples[1]));
    write_file(fs::path(root) / "c.txt", read_file(samples[2]));
    write_file(fs::path(root) / "b" / "notes.md", "# 참고\n");
    write_file(fs::path(root) / "b" / "deeper" / "z.txt", read_file(samples[3]));
    fs::create_directories(fs::path(root) / "empty");
  }
  ~Tree() { fs::remove_all(root); }
  std::string operator/(const std::string& name) const { return (fs::path(root) / name).string(); }
};

TEST(BatchTest, RecursiveReadsTxtFilesInNameOrderAtEveryLevel) {
  Tree t;
  RunResult r = run_kbrief({"json", "-r", t.root});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(source_paths(r.out), (std::vector<std::string>{t / "a.txt", t / "b/deeper/z.txt",
                                                           t / "b/inner.txt", t / "c.txt"}));
}

TEST(BatchTest, GlobChoosesWhichFilesRecursionTakes) {
  Tree t;
  RunResult r = run_kbrief({"json", "-r", "--glob", "*.md", t.root});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(source_paths(r.out), (std::vector<std::string>{t / "b/notes.md"}));
  // A file named on the command line is read whatever its name.
  r = run_kbrief({"json", "-r", t / "b/notes.md", t / "b/deeper"});
  EXPECT_EQ(source_paths(r.out),
            (std::vector<std::string>{t / "b/notes.md", t / "b/deeper/z.txt"}));
}

TEST(BatchTest, FilesFromReadsNewlineOrNulSeparatedLists) {
  Tree t;
  std::string expected = run_kbrief({"json", t / "c.txt", t / "a.txt", t / "b/inner.txt"}).out;
  ASSERT_FALSE(expected.empty());
  RunResult lines =
      run_kbrief({"json", "--files-from", "-"},
                 t / "c.txt" + "\r\n" + t / "a.txt" + "\n\n" + t / "b/inner.txt" + "\n");
  EXPECT_EQ(lines.exit_code, 0) << lines.err;
  EXPECT_EQ(lines.out, expected);
  std::string nul_list = t / "c.txt" + '\0' + t / "a.txt" + '\0' + t / "b/inner.txt" + '\0';
  RunResult nul = run_kbrief({"json", "--files-from", "-", "-0"}, nul_list);
  EXPECT_EQ(nul.exit_code, 0) << nul.err;
  EXPECT_EQ(nul.out, expected);
  // A list in a file, after the files named on the command line; directories in it with -r.
  std::string list = t / "list";
  write_file(list, t / "b" + "\n");
  RunResult both = run_kbrief({"json", "-r", t / "c.txt", "--files-from", list});
  EXPECT_EQ(source_paths(both.out),
            (std::vector<std::string>{t / "c.txt", t / "b/deeper/z.txt", t / "b/inner.txt"}));
}

// What a shell command prints.
std::string output_of(const std::string& command) {
  std::string out;
  std::FILE* p = ::popen(command.c_str(), "r");
  char buf[4096];
  for (std::size_t n; p && (n = std::fread(buf, 1, sizeof buf, p)) > 0;) out.append(buf, n);
  if (p) ::pclose(p);
  return out;
}

TEST(BatchTest, FindPrint0FeedsTimeline) {
  Tree t;
  std::string found = output_of("find '" + t.root + "' -name '*.txt' -print0 | sort -z");
  ASSERT_EQ(std::count(found.begin(), found.end(), '\0'), 4);
  RunResult piped = run_kbrief({"timeline", "--files-from", "-", "-0"}, found);
  RunResult direct = run_kbrief({"timeline", "-r", t.root});
  EXPECT_EQ(piped.exit_code, 0) << piped.err;
  EXPECT_EQ(piped.out, direct.out);
  EXPECT_GT(lines_of(direct.out).size(), 5u);
}

// Usage errors, each before anything is read.
TEST(BatchTest, InputOptionsThatContradictEachOtherAreUsageErrors) {
  Tree t;
  struct Case {
    std::vector<std::string> args;
    std::string message;
  } cases[] = {
      {{"json", "-", "-"}, "standard input can be read only once: give - at most once"},
      {{"json", "-", "--files-from", "-"},
       "standard input can be read only once: give - at most once"},
      {{"json", "-0", t / "a.txt"}, "-0 goes with --files-from"},
      {{"json"},
       "no input files: give FILE..., - for standard input, a directory with -r, or "
       "--files-from LIST"},
      {{"json", "--input-format", "jsonl", "-r", t.root},
       "--input-format jsonl reads records from standard input or the files named; -r and "
       "--files-from are for text inputs"},
      {{"json", "--input-format", "jsonl", "--pretty"},
       "--pretty would break the JSON Lines that --input-format jsonl writes"},
      {{"timeline", "--input-format", "jsonl", "-o", t.root},
       "'" + t.root + "' is a directory; this output goes to one file"},
  };
  for (const Case& c : cases) {
    RunResult r = run_kbrief(c.args);
    EXPECT_EQ(r.exit_code, 2) << c.message;
    EXPECT_EQ(r.err, "kbrief: error: " + c.message + "\n");
    EXPECT_EQ(r.out, "");
  }
}

TEST(BatchTest, AReportNeverOverwritesAnInputFoundUnderADirectory) {
  Tree t;
  std::string before = read_file(t / "b/inner.txt");
  RunResult r = run_kbrief({"check", "-r", t.root, "-o", t / "b/inner.txt"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "kbrief: error: output '" + t / "b/inner.txt" +
                       "' is one of the inputs; refusing to overwrite it\n");
  EXPECT_EQ(read_file(t / "b/inner.txt"), before);
}

TEST(BatchTest, ASortedTimelineNeverOverwritesAnInputFoundUnderADirectory) {
  Tree t;
  std::string before = read_file(t / "c.txt");
  RunResult r = run_kbrief({"timeline", "--sort", "-r", t.root, "-o", t / "c.txt"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "kbrief: error: output '" + t / "c.txt" +
                       "' is one of the inputs; refusing to overwrite it\n");
  EXPECT_EQ(read_file(t / "c.txt"), before);
}

// A batch with bad inputs in the middle: every command's output, messages and exit code are
// the same for any number of jobs.
TEST(BatchTest, ParallelOutputIsByteIdenticalToOneJob) {
  std::string dir = temp_dir();
  std::vector<std::string> samples = sample_files();
  std::vector<std::string> inputs;
  for (int k = 0; k < 37; ++k) {
    std::string path = fmt::format("{}/{:02}.txt", dir, k);
    if (k == 11)
      write_file(path, std::string("bin\0ary", 7));  // exit 3
    else if (k == 23)
      write_file(path, "\xFF\xFE");  // a BOM and nothing else: an empty UTF-16 document
    else if (k % 5 == 0)
      write_file(path, "2024년 2월 14일 회의가 열렸다.  두 칸 띄어 쓴 문장이다.\n");
    else
      write_file(path, read_file(samples[k % samples.size()]));
    inputs.push_back(path);
    if (k == 17) inputs.push_back(dir + "/missing.txt");  // exit 2
  }
  std::vector<std::vector<std::string>> commands = {{"json"},
                                                    {"markdown"},
                                                    {"timeline"},
                                                    {"timeline", "--sort", "--format", "jsonl"},
                                                    {"check", "--fail-on", "never"},
                                                    {"check", "--format", "json"}};
  for (const auto& command : commands) {
    std::vector<std::string> args = command;
    args.insert(args.end(), inputs.begin(), inputs.end());
    args.push_back("-j");
    args.push_back("1");
    RunResult one = run_kbrief(args);
    EXPECT_EQ(one.exit_code, 3) << one.err;
    EXPECT_NE(one.err.find("11.txt:1:4: NUL byte"), std::string::npos) << one.err;
    EXPECT_LT(one.err.find("11.txt"), one.err.find("missing.txt")) << one.err;
    EXPECT_GT(one.out.size(), command[0] == "check" ? 500u : 10000u);
    for (const char* jobs : {"2", "3", "8", "0"}) {
      args.back() = jobs;
      RunResult many = run_kbrief(args);
      EXPECT_EQ(many.exit_code, one.exit_code) << command[0] << " -j " << jobs;
      EXPECT_EQ(many.out, one.out) << command[0] << " -j " << jobs;
      EXPECT_EQ(many.err, one.err) << command[0] << " -j " << jobs;
    }
  }
  fs::remove_all(dir);
}

TEST(BatchTest, ParallelWritesOneFilePerInputIntoADirectory) {
  Tree t;
  std::string out = temp_dir();
  RunResult r = run_kbrief({"markdown", "-j", "4", "-r", t.root, "-o", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  for (const char* name : {"a", "c", "inner", "z"}) {
    std::string md = read_file(out + "/" + name + ".md");
    RunResult single =
        run_kbrief({"markdown", t.root + "/" +
                                    (std::string(name) == "inner" ? "b/inner.txt"
                                     : std::string(name) == "z"   ? "b/deeper/z.txt"
                                                                  : std::string(name) + ".txt")});
    EXPECT_EQ(md, single.out) << name;
  }
  fs::remove_all(out);
}

std::string record(const nlohmann::json& id, const std::string& text) {
  return nlohmann::json{{"id", id}, {"text", text}}.dump() + "\n";
}

TEST(BatchTest, JsonLinesRecordsCarryTheirIdThroughEveryCommand) {
  std::vector<std::string> samples = sample_files();
  std::string a = read_file(samples[0]), b = read_file(samples[1]);
  std::string records = record("doc-1", a) + "\n" + record(42, b);

  RunResult json = run_kbrief({"json", "--input-format", "jsonl"}, records);
  ASSERT_EQ(json.exit_code, 0) << json.err;
  std::vector<std::string> out = lines_of(json.out);
  ASSERT_EQ(out.size(), 2u);
  nlohmann::json first = nlohmann::json::parse(out[0]), second = nlohmann::json::parse(out[1]);
  EXPECT_EQ(first["source"]["id"], "doc-1");
  EXPECT_EQ(second["source"]["id"], 42);
  EXPECT_EQ(first["source"]["path"], "doc-1");
  // The record's text is the document: the same JSON as the file gives, but for source.id.
  nlohmann::json from_file = nlohmann::json::parse(run_kbrief({"json", samples[0]}).out);
  RunResult same_name = run_kbrief({"json", "--input-format", "jsonl"}, record(samples[0], a));
  nlohmann::json from_record = nlohmann::json::parse(same_name.out);
  EXPECT_EQ(from_record["source"]["id"], samples[0]);
  from_record["source"].erase("id");
  EXPECT_EQ(from_record, from_file);

  RunResult csv = run_kbrief({"timeline", "--input-format", "jsonl"}, records);
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  std::vector<std::string> rows = lines_of(csv.out);
  ASSERT_GT(rows.size(), 2u);
  for (std::size_t k = 1; k < rows.size(); ++k)
    EXPECT_TRUE(rows[k].rfind("doc-1,", 0) == 0 || rows[k].rfind("42,", 0) == 0) << rows[k];

  RunResult md = run_kbrief({"markdown", "--input-format", "jsonl"}, records);
  ASSERT_EQ(md.exit_code, 0) << md.err;
  std::vector<std::string> md_lines = lines_of(md.out);
  ASSERT_EQ(md_lines.size(), 2u);
  nlohmann::json md_first = nlohmann::json::parse(md_lines[0]);
  EXPECT_EQ(md_first["id"], "doc-1");
  std::string markdown = md_first["markdown"];
  EXPECT_NE(markdown.find("source: \"doc-1\""), std::string::npos) << markdown.substr(0, 300);
  EXPECT_EQ(nlohmann::json::parse(md_lines[1])["id"], 42);

  RunResult check =
      run_kbrief({"check", "--format", "json", "--input-format", "jsonl"},
                 record("bad", "가나다라 마바사아 자차카타.  두 칸 띄어쓰기가 있는 문장이다.\n"));
  nlohmann::json findings = nlohmann::json::parse(check.out);
  ASSERT_FALSE(findings.empty()) << check.out;
  EXPECT_EQ(findings[0]["file"], "bad");
}

TEST(BatchTest, MalformedRecordsAreReportedInPlaceAndTheOthersGoThrough) {
  std::string records = record("one", "첫째 문서다.\n") + "{\"id\": \"two\", \"text\": 5}\n" +
                        "{not json\n" + "[1, 2]\n" + record("five", "다섯째 문서다.\n") +
                        record("six", std::string("널 문자\0가 있다.", 22));
  for (const char* jobs : {"1", "3"}) {
    RunResult r = run_kbrief({"json", "--input-format", "jsonl", "-j", jobs}, records);
    EXPECT_EQ(r.exit_code, 3);
    std::vector<std::string> out = lines_of(r.out);
    ASSERT_EQ(out.size(), 2u);
    EXPECT_EQ(nlohmann::json::parse(out[0])["source"]["id"], "one");
    EXPECT_EQ(nlohmann::json::parse(out[1])["source"]["id"], "five");
    EXPECT_EQ(r.err,
              "kbrief: error: <stdin>:2:1: malformed record: \"text\" must be a string\n"
              "kbrief: error: <stdin>:3:3: malformed record: syntax error while parsing object "
              "key - invalid literal; last read: '{no'; expected string literal\n"
              "kbrief: error: <stdin>:4:1: malformed record: not a JSON object\n"
              "kbrief: error: six:1:5: NUL byte: this looks like a binary file, not text\n");
  }
}

TEST(BatchTest, RecordsWrittenToOneFileAppearWhole) {
  std::string dir = temp_dir();
  std::string records = record("a", "첫째 문서다.\n") + record("b", "둘째 문서다.\n");
  RunResult r = run_kbrief({"json", "--input-format", "jsonl", "-o", dir + "/out.jsonl"}, records);
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "");
  EXPECT_EQ(read_file(dir + "/out.jsonl"),
            run_kbrief({"json", "--input-format", "jsonl"}, records).out);
  EXPECT_EQ(std::distance(fs::directory_iterator(dir), fs::directory_iterator()), 1);
  fs::remove_all(dir);
}

// Every record's rows in one file under one header, with one job (rows go out in pieces)
// and with several.
TEST(BatchTest, RecordsTimelineInOneFileHasOneHeader) {
  std::string dir = temp_dir();
  std::string records = record("a", "2024년 2월 14일 회의가 열렸다.\n") +
                        record("b", "2023년 12월 16일 협의가 있었다.\n");
  for (const char* jobs : {"1", "2"}) {
    RunResult r = run_kbrief(
        {"timeline", "--input-format", "jsonl", "-j", jobs, "-o", dir + "/t.csv"}, records);
    ASSERT_EQ(r.exit_code, 0) << r.err;
    std::vector<std::string> rows = lines_of(read_file(dir + "/t.csv"));
    ASSERT_EQ(rows.size(), 3u) << jobs;
    EXPECT_EQ(rows[0].rfind("file,start,", 0), 0u);
    EXPECT_EQ(rows[1].rfind("a,2024-02-14,", 0), 0u) << rows[1];
    EXPECT_EQ(rows[2].rfind("b,2023-12-16,", 0), 0u) << rows[2];
  }
  fs::remove_all(dir);
}

// Peak memory for a run, in kilobytes.
long peak_rss_kb(const std::vector<std::string>& args) {
  pid_t pid = ::fork();
  if (pid == 0) {
    std::vector<char*> argv;
    std::string binary = KBRIEF_BINARY;
    argv.push_back(binary.data());
    std::vector<std::string> copy = args;
    for (std::string& a : copy) argv.push_back(a.data());
    argv.push_back(nullptr);
    int null = ::open("/dev/null", O_WRONLY);
    ::dup2(null, STDOUT_FILENO);
    ::execv(binary.c_str(), argv.data());
    ::_exit(127);
  }
  int status = 0;
  struct rusage usage {};
  ::wait4(pid, &status, 0, &usage);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) == 0);
  return usage.ru_maxrss;
}

// Memory depends on the documents in flight, not on how many the batch holds.
TEST(BatchTest, MemoryStaysFlatHoweverManyFilesGoThrough) {
#if defined(__SANITIZE_ADDRESS__)
  GTEST_SKIP() << "AddressSanitizer keeps freed memory in quarantine (up to 256 MB) and grows "
                  "its own caches: peak RSS says nothing about kbrief here; the plain build "
                  "runs this test";
#endif
  std::string small = temp_dir(), large = temp_dir();
  std::vector<std::string> samples = sample_files();
  for (int k = 0; k < 2000; ++k) {
    std::string text = read_file(samples[k % samples.size()]);
    if (k < 20) write_file(fmt::format("{}/{:04}.txt", small, k), text);
    write_file(fmt::format("{}/{:04}.txt", large, k), text);
  }
  for (const char* jobs : {"1", "2"}) {
    long few = peak_rss_kb({"json", "-j", jobs, "-r", small});
    long many = peak_rss_kb({"json", "-j", jobs, "-r", large});
    // 100 times the documents: less than 4 MB more (the 2,000 paths and the allocator).
    EXPECT_LT(many - few, 4096) << "-j " << jobs << ": " << few << " KB for 20 files, " << many
                                << " KB for 2,000";
  }
  fs::remove_all(small);
  fs::remove_all(large);
}

}  // namespace
}  // namespace kbrief::test
