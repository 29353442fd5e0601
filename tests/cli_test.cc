// SPDX-License-Identifier: MIT
// kbrief as a command: exit codes, messages, standard input, outputs, pipes (CONVENTIONS §4).
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include "test_support.h"

namespace kbrief::test {
namespace {

namespace fs = std::filesystem;

const std::string kBrief =
    "가상 정책의 현황\n이 문장은 본문의 한 줄을 채우기 위해 쓴 것으로 폭이 일정하게 유지되도록 "
    "만든 줄이고\n끝이다.\n";

TEST(CliTest, JsonOfOneFileIsOneLineOfJson) {
  std::string dir = temp_dir();
  write_file(dir + "/a.txt", kBrief);
  RunResult r = run_kbrief({"json", dir + "/a.txt"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");
  ASSERT_FALSE(r.out.empty());
  EXPECT_EQ(r.out.back(), '\n');
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1);
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["schema"], "kbrief/1");
  EXPECT_EQ(j["source"]["path"], dir + "/a.txt");
  fs::remove_all(dir);
}

TEST(CliTest, DashReadsStandardInput) {
  RunResult r = run_kbrief({"json", "-"}, kBrief);
  EXPECT_EQ(r.exit_code, 0);
  auto j = nlohmann::json::parse(r.out);
  EXPECT_EQ(j["source"]["path"], "-");
  EXPECT_EQ(j["blocks"].size(), 2u);
}

TEST(CliTest, PrettyIndents) {
  RunResult r = run_kbrief({"json", "--pretty", "-"}, kBrief);
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(r.out.starts_with("{\n  \"schema\": \"kbrief/1\",\n"));
  EXPECT_NO_THROW(nlohmann::json::parse(r.out));
}

TEST(CliTest, EmptyInputIsADocumentWithoutBlocks) {
  RunResult r = run_kbrief({"json", "-"}, "");
  EXPECT_EQ(r.exit_code, 0);
  auto j = nlohmann::json::parse(r.out);
  EXPECT_TRUE(j["blocks"].empty());
  EXPECT_EQ(j["source"]["pages"], 0);
  EXPECT_EQ(j["source"]["lines"], 0);
}

// Error paths: messages asserted whole, exit codes as documented.
TEST(CliTest, MissingFileIsReportedAndTheOthersGoThrough) {
  std::string dir = temp_dir();
  write_file(dir + "/a.txt", kBrief);
  RunResult r = run_kbrief({"json", dir + "/x.txt", dir + "/a.txt"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "kbrief: error: cannot open '" + dir + "/x.txt': No such file or directory\n");
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1);
  fs::remove_all(dir);
}

TEST(CliTest, InvalidUtf8NamesFileLineColumnAndByteAndWritesNothingForIt) {
  std::string dir = temp_dir();
  write_file(dir + "/bad.txt", "첫 줄\n둘째 \xFF 줄\n");
  RunResult r = run_kbrief({"json", dir + "/bad.txt"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.err, "kbrief: error: " + dir + "/bad.txt:2:4: invalid UTF-8 byte 0xFF\n");
  EXPECT_EQ(r.out, "");
  fs::remove_all(dir);
}

TEST(CliTest, BatchExitCodeIsTheHighestAnyFileEarned) {
  std::string dir = temp_dir();
  write_file(dir + "/bad.txt", "\xFF");
  write_file(dir + "/good.txt", kBrief);
  RunResult r = run_kbrief({"json", dir + "/missing.txt", dir + "/bad.txt", dir + "/good.txt"});
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1);
  EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 2);
  fs::remove_all(dir);
}

TEST(CliTest, DirectoryWithoutRecursionIsAnInputError) {
  std::string dir = temp_dir();
  RunResult r = run_kbrief({"json", dir});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "kbrief: error: '" + dir + "' is a directory; give -r to read the files under it\n");
  fs::remove_all(dir);
}

TEST(CliTest, BinaryInputIsRefused) {
  RunResult r = run_kbrief({"json", "-"}, std::string("ab\0cd", 5));
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_EQ(r.err,
            "kbrief: error: <stdin>:1:3: NUL byte: this looks like a binary file, not text\n");
}

// "한미 핵협의그룹 회의가 열렸다.\n" in EUC-KR.
const std::string kEucKrLine =
    "\xC7\xD1\xB9\xCC\x20\xC7\xD9\xC7\xF9\xC0\xC7\xB1\xD7\xB7\xEC\x20\xC8\xB8\xC0\xC7\xB0\xA1"
    "\x20\xBF\xAD\xB7\xC8\xB4\xD9\x2E\x0A";

TEST(CliEncodings, EveryCommandReadsLegacyKoreanAndSaysWhichEncoding) {
  RunResult json = run_kbrief({"json", "-"}, kEucKrLine);
  EXPECT_EQ(json.exit_code, 0) << json.err;
  EXPECT_NE(json.out.find("\"encoding\":\"EUC-KR\""), std::string::npos) << json.out;
  EXPECT_NE(json.out.find("한미 핵협의그룹 회의가 열렸다."), std::string::npos);
  for (const char* command : {"markdown", "timeline", "check"}) {
    RunResult r = run_kbrief({command, "--encoding", "EUC-KR", "-"}, kEucKrLine);
    EXPECT_EQ(r.exit_code, 0) << command << ": " << r.err;
  }
}

TEST(CliEncodings, UnknownEncodingIsAUsageErrorAndWeakDetectionExitsThree) {
  RunResult unknown = run_kbrief({"json", "--encoding", "klingon", "-"}, "abc\n");
  EXPECT_EQ(unknown.exit_code, 2);
  EXPECT_NE(unknown.err.find("unknown encoding 'klingon'"), std::string::npos) << unknown.err;
  RunResult weak = run_kbrief({"json", "-"}, "caf\xE9 na\xEFve r\xE9sum\xE9 and more text\n");
  EXPECT_EQ(weak.exit_code, 3);
  EXPECT_EQ(weak.out, "");
  EXPECT_NE(weak.err.find("kbrief: error: <stdin>:1:4: invalid UTF-8 byte 0xE9, and the bytes "
                          "fit no other encoding with confidence"),
            std::string::npos)
      << weak.err;
}

TEST(CliEncodings, LossyReplacesAndReportsEachSequence) {
  RunResult r = run_kbrief({"json", "--lossy", "-"}, "첫 줄\n둘째 \xFF 줄\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("둘째 \uFFFD 줄"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("{\"file\":\"-\",\"line\":2,\"column\":4,\"severity\":\"warning\","
                       "\"rule\":\"invalid-bytes\",\"message\":\"invalid UTF-8 byte 0xFF, "
                       "replaced by U+FFFD\"}"),
            std::string::npos)
      << r.out;
}

TEST(CliTest, UsageErrorsExitTwo) {
  EXPECT_EQ(run_kbrief({}).exit_code, 2);
  EXPECT_EQ(run_kbrief({"json"}).exit_code, 2);
  EXPECT_EQ(run_kbrief({"json", "--no-such-option", "-"}).exit_code, 2);
  EXPECT_EQ(run_kbrief({"frobnicate"}).exit_code, 2);
}

TEST(CliTest, HelpShowsExamplesAndExitsZero) {
  RunResult r = run_kbrief({"json", "--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_NE(r.out.find("Examples:"), std::string::npos);
  EXPECT_NE(r.out.find("kbrief json brief.txt"), std::string::npos);
  RunResult top = run_kbrief({"--help"});
  EXPECT_EQ(top.exit_code, 0);
  EXPECT_NE(top.out.find("json"), std::string::npos);
}

TEST(CliTest, VersionPrintsTheVersion) {
  RunResult r = run_kbrief({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(r.out.starts_with("kbrief ")) << r.out;
  EXPECT_NE(r.out.find("\nICU "), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("\nJSON schema kbrief/1"), std::string::npos) << r.out;
}

// The tests run kbrief by its full path in the build tree; help names it `kbrief` all the same,
// and value names read as words (DATE, N, FILE, csv|jsonl), never CLI11's validator names.
TEST(CliTest, HelpNamesTheProgramAndValuesInWords) {
  for (std::string command : {"", "json", "markdown", "timeline", "check", "dates", "text"}) {
    std::vector<std::string> args{"--help"};
    if (!command.empty()) args.insert(args.begin(), command);
    RunResult r = run_kbrief(args);
    EXPECT_EQ(r.exit_code, 0);
    EXPECT_NE(r.out.find("Usage: kbrief"), std::string::npos) << r.out;
    EXPECT_EQ(r.out.find(KBRIEF_BINARY), std::string::npos) << r.out;
    for (std::string leak : {"ENUM", "TEXT", "INT", "NONNEGATIVE", "->", ":NAME", ":DATE"})
      EXPECT_EQ(r.out.find(leak), std::string::npos) << leak << " in " << r.out;
  }
}

TEST(CliTest, OutputFileIsWrittenWhole) {
  std::string dir = temp_dir();
  write_file(dir + "/a.txt", kBrief);
  RunResult r = run_kbrief({"json", dir + "/a.txt", "-o", dir + "/a.jsonl"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, "");
  auto j = nlohmann::json::parse(read_file(dir + "/a.jsonl"));
  EXPECT_EQ(j["schema"], "kbrief/1");
  // No temporary file is left beside it.
  int files = 0;
  for (const auto& e : fs::directory_iterator(dir)) files += e.is_regular_file();
  EXPECT_EQ(files, 2);
  fs::remove_all(dir);
}

// A kill at any moment leaves the existing output as it was or the new one whole, and no
// other file: the output is written unnamed and named only when complete.
TEST(CliTest, AKillAtAnyMomentNeverLeavesAPartialOutput) {
  std::string dir = temp_dir();
  std::string big;
  for (const std::string& sample : sample_files())
    if (sample.ends_with("numbered-lists.txt")) big = read_file(sample);
  ASSERT_FALSE(big.empty());
  while (big.size() < (2u << 20)) big += big;
  write_file(dir + "/big.txt", big);
  auto started = std::chrono::steady_clock::now();
  ASSERT_EQ(run_kbrief({"json", dir + "/big.txt", "-o", dir + "/whole.jsonl"}).exit_code, 0);
  // Kills spread from the start to past the end of a whole run.
  const auto step = (std::chrono::steady_clock::now() - started) / 10;
  const std::string whole = read_file(dir + "/whole.jsonl");
  fs::remove(dir + "/whole.jsonl");
  const std::string out = dir + "/out.jsonl";
  int old_seen = 0, new_seen = 0;
  // On a busy machine a run may take longer than the one measured: the kills go on, later
  // and later, until one has fallen after the end.
  for (int k = 0; k <= 14 || (new_seen == 0 && k <= 60); ++k) {
    write_file(out, "the previous output\n");
    std::vector<std::string> args = {KBRIEF_BINARY, "json", dir + "/big.txt", "-o", out};
    std::vector<char*> argv;
    for (std::string& a : args) argv.push_back(a.data());
    argv.push_back(nullptr);
    pid_t pid = 0;
    ASSERT_EQ(posix_spawn(&pid, KBRIEF_BINARY, nullptr, nullptr, argv.data(), environ), 0);
    std::this_thread::sleep_for(step * k);
    ::kill(pid, SIGKILL);
    int status = 0;
    ::waitpid(pid, &status, 0);
    std::string content = read_file(out);
    EXPECT_TRUE(content == "the previous output\n" || content == whole)
        << "kill " << k << ": " << content.size() << " bytes";
    (content == whole ? new_seen : old_seen) += 1;
    int files = 0;
    for (const auto& e : fs::directory_iterator(dir)) files += e.is_regular_file();
    EXPECT_EQ(files, 2) << "kill " << k;  // big.txt and out.jsonl
  }
  // The kills fell both before and after the output was complete.
  EXPECT_GT(old_seen, 0);
  EXPECT_GT(new_seen, 0);
  fs::remove_all(dir);
}

TEST(CliTest, OutputDirectoryGetsOneFilePerInput) {
  std::string dir = temp_dir();
  write_file(dir + "/a.txt", kBrief);
  write_file(dir + "/b.txt", kBrief);
  RunResult r = run_kbrief({"json", dir + "/a.txt", dir + "/b.txt", "-o", dir + "/out"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_TRUE(fs::exists(dir + "/out/a.jsonl"));
  EXPECT_TRUE(fs::exists(dir + "/out/b.jsonl"));
  fs::remove_all(dir);
}

TEST(CliTest, ClashingOutputNamesAreAUsageErrorBeforeAnythingIsWritten) {
  std::string dir = temp_dir();
  fs::create_directories(dir + "/x");
  fs::create_directories(dir + "/y");
  write_file(dir + "/x/a.txt", kBrief);
  write_file(dir + "/y/a.txt", kBrief);
  RunResult r = run_kbrief({"json", dir + "/x/a.txt", dir + "/y/a.txt", "-o", dir + "/out"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("two inputs would both be written to"), std::string::npos) << r.err;
  EXPECT_FALSE(fs::exists(dir + "/out"));
  fs::remove_all(dir);
}

TEST(CliTest, NeverWritesOverItsOwnInput) {
  std::string dir = temp_dir();
  write_file(dir + "/a.txt", kBrief);
  RunResult r = run_kbrief({"json", dir + "/a.txt", "-o", dir + "/a.txt"});
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err, "kbrief: error: output '" + dir +
                       "/a.txt' is one of the inputs; refusing to overwrite it\n");
  EXPECT_EQ(read_file(dir + "/a.txt"), kBrief);
  fs::remove_all(dir);
}

TEST(CliTest, ClosedPipeEndsQuietly) {
  std::string dir = temp_dir();
  std::vector<std::string> args{"json"};
  for (int k = 0; k < 200; ++k) {
    write_file(dir + "/f" + std::to_string(k) + ".txt", kBrief);
    args.push_back(dir + "/f" + std::to_string(k) + ".txt");
  }
  RunResult r = run_kbrief(args, "", "| head -c 10");
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out.size(), 10u);
  fs::remove_all(dir);
}

}  // namespace
}  // namespace kbrief::test
