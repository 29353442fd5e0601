// SPDX-License-Identifier: MIT
// Inputs and outputs an unlucky or hostile user meets: failing standard output, malformed
// records, device nodes and links as outputs, an output that is the input, legacy encodings.
// One test per defect found by trying to break kbrief; each failed before its fix.
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "test_support.h"

namespace kbrief::test {
namespace {

namespace fs = std::filesystem;

const std::string kBrief = "정책의 현황\n\n정부는 새 계획을 2024년 2월 14일 발표하였다.\n";
const char* const kCommands[] = {"json", "markdown", "timeline", "check"};

// Runs a bash script with $KBRIEF set to the binary; its stdout, stderr and exit status.
RunResult shell(const std::string& dir, const std::string& script) {
  std::string path = dir + "/script.sh";
  write_file(path, "KBRIEF=" + std::string(KBRIEF_BINARY) + "\ncd " + dir + "\n" + script + "\n");
  std::string cmd =
      "/bin/bash " + path + " > " + dir + "/out 2> " + dir + "/err; echo $? > " + dir + "/status";
  (void)std::system(cmd.c_str());
  RunResult r;
  r.out = read_file(dir + "/out");
  r.err = read_file(dir + "/err");
  std::string status = read_file(dir + "/status");
  r.exit_code = status.empty() ? -1 : std::stoi(status);
  if (r.exit_code == 70 || r.exit_code >= 128)
    ADD_FAILURE() << "kbrief exited " << r.exit_code << ": " << r.err;
  return r;
}

mode_t mode_of(const std::string& path) {
  struct stat st {};
  ::stat(path.c_str(), &st);
  return st.st_mode & 07777;
}

TEST(Hardening, AFailedWriteToStandardOutputIsAnErrorExitTwo) {
  if (!fs::exists("/dev/full")) GTEST_SKIP() << "/dev/full is absent";
  std::string dir = temp_dir();
  write_file(dir + "/a.txt", kBrief);
  for (const char* command : {"json", "markdown", "timeline"}) {
    RunResult r = shell(dir, std::string("$KBRIEF ") + command + " a.txt > /dev/full");
    EXPECT_EQ(r.exit_code, 2) << command;
    EXPECT_EQ(r.err, "kbrief: error: writing standard output: No space left on device\n")
        << command;
  }
  RunResult r = shell(dir, "$KBRIEF check --format json a.txt > /dev/full");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_NE(r.err.find("writing standard output: No space left on device"), std::string::npos);
  fs::remove_all(dir);
}

TEST(Hardening, AClosedPipeStaysAQuietEndForCheckToo) {
  std::string dir = temp_dir();
  std::string files;
  for (int k = 0; k < 50; ++k) {
    // An unbalanced quote in each: every file has a finding to print.
    write_file(dir + "/f" + std::to_string(k) + ".txt", "그는 “끝나지 않은 인용을 남겼다.\n");
    files += " f" + std::to_string(k) + ".txt";
  }
  RunResult r = shell(dir, "set -o pipefail; $KBRIEF check -j1 --quiet" + files + " | head -c 1");
  EXPECT_EQ(r.err, "");
  EXPECT_EQ(r.out.size(), 1u);
  fs::remove_all(dir);
}

TEST(Hardening, AMalformedRecordIsReportedAndTheBatchGoesOn) {
  std::string records =
      "{\"id\":1e400,\"text\":\"x\"}\n"
      "{\"id\":2,\"text\":\"가나다.\"}\n";
  for (const char* command : kCommands) {
    RunResult r = run_kbrief({command, "--input-format", "jsonl"}, records);
    EXPECT_EQ(r.exit_code, 3) << command;
    EXPECT_EQ(r.err.substr(0, r.err.find('\n')),
              "kbrief: error: <stdin>:1:11: malformed record: number overflow parsing '1e400'")
        << command;
  }
  RunResult r = run_kbrief({"json", "--input-format", "jsonl"}, records);
  EXPECT_NE(r.out.find("\"source\":{\"id\":2,"), std::string::npos) << r.out;
}

TEST(Hardening, ANumericIdKeepsItsExactText) {
  std::string records =
      "{\"id\":18446744073709551616123,\"text\":\"x\"}\n{\"id\":1.50,\"text\":\"y\"}\n";
  RunResult json = run_kbrief({"json", "--input-format", "jsonl"}, records);
  EXPECT_EQ(json.exit_code, 0) << json.err;
  EXPECT_NE(json.out.find("\"id\":18446744073709551616123,"), std::string::npos) << json.out;
  EXPECT_NE(json.out.find("\"id\":1.50,"), std::string::npos) << json.out;
  RunResult md = run_kbrief({"markdown", "--input-format", "jsonl"}, records);
  EXPECT_TRUE(md.out.starts_with("{\"id\":18446744073709551616123,\"markdown\":")) << md.out;
}

TEST(Hardening, RecordsWithTheWrongTypesAreMalformed) {
  struct Case {
    std::string record, why;
  };
  for (const Case& c : std::vector<Case>{
           {"{\"id\":[1],\"text\":\"x\"}", "\"id\" must be a string or a number"},
           {"{\"id\":true,\"text\":\"x\"}", "\"id\" must be a string or a number"},
           {"{\"id\":1,\"text\":2}", "\"text\" must be a string"},
           {"{\"id\":1,\"text\":\"x\",\"text\":null}", "\"text\" must be a string"},
           {"[1]", "not a JSON object"},
       }) {
    RunResult r = run_kbrief({"json", "--input-format", "jsonl"}, c.record + "\n");
    EXPECT_EQ(r.exit_code, 3) << c.record;
    EXPECT_EQ(r.err, "kbrief: error: <stdin>:1:1: malformed record: " + c.why + "\n") << c.record;
  }
  // Members of nested objects are not the record's.
  RunResult r = run_kbrief({"json", "--input-format", "jsonl"},
                           "{\"id\":7,\"meta\":{\"id\":[],\"text\":3},\"text\":\"x\"}\n");
  EXPECT_EQ(r.exit_code, 0) << r.err;
}

TEST(Hardening, RecordSourcesThatCannotBeReadAreErrors) {
  std::string dir = temp_dir();
  for (const char* command : kCommands) {
    RunResult r = run_kbrief({command, "--input-format", "jsonl", dir});
    EXPECT_EQ(r.exit_code, 2) << command;
    EXPECT_EQ(r.err.substr(0, r.err.find('\n')),
              "kbrief: error: cannot read '" + dir + "': Is a directory")
        << command;
  }
  RunResult closed = shell(dir, "$KBRIEF json --input-format jsonl <&-");
  EXPECT_EQ(closed.exit_code, 2);
  EXPECT_EQ(closed.err, "kbrief: error: cannot read '<stdin>': Bad file descriptor\n");
  fs::remove_all(dir);
}

TEST(Hardening, OutputIntoADeviceOrAFifoWritesIntoIt) {
  std::string dir = temp_dir();
  write_file(dir + "/a.txt", kBrief);
  ASSERT_EQ(::mkfifo((dir + "/pipe").c_str(), 0644), 0);
  RunResult r = shell(dir,
                      "cat pipe > got & $KBRIEF json a.txt -o pipe; s=$?; wait; "
                      "$KBRIEF json a.txt -o /dev/null || exit 9; test -p pipe || exit 8; "
                      "test -c /dev/null || exit 7; exit $s");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(read_file(dir + "/got").starts_with("{\"schema\":\"kbrief/1\""));
  fs::remove_all(dir);
}

TEST(Hardening, OutputThroughASymbolicLinkReplacesItsTarget) {
  std::string dir = temp_dir();
  write_file(dir + "/a.txt", kBrief);
  write_file(dir + "/real.json", "old");
  fs::create_symlink("real.json", dir + "/link.json");
  fs::create_symlink("new.json", dir + "/dangling.json");
  RunResult r =
      shell(dir, "$KBRIEF json a.txt -o link.json && $KBRIEF json a.txt -o dangling.json");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::is_symlink(dir + "/link.json"));
  EXPECT_TRUE(fs::is_symlink(dir + "/dangling.json"));
  EXPECT_TRUE(read_file(dir + "/real.json").starts_with("{\"schema\""));
  EXPECT_TRUE(read_file(dir + "/new.json").starts_with("{\"schema\""));
  fs::remove_all(dir);
}

TEST(Hardening, AnOutputThatStandardInputReadsIsRefused) {
  std::string dir = temp_dir();
  write_file(dir + "/x.txt", kBrief);
  write_file(dir + "/r.jsonl", "{\"id\":1,\"text\":\"x\"}\n");
  for (const char* command : kCommands) {
    RunResult r = shell(dir, std::string("$KBRIEF ") + command + " - -o x.txt < x.txt");
    EXPECT_EQ(r.exit_code, 2) << command;
    RunResult records = shell(
        dir, std::string("$KBRIEF ") + command + " --input-format jsonl -o r.jsonl < r.jsonl");
    EXPECT_EQ(records.exit_code, 2) << command;
  }
  EXPECT_EQ(read_file(dir + "/x.txt"), kBrief);
  EXPECT_EQ(read_file(dir + "/r.jsonl"), "{\"id\":1,\"text\":\"x\"}\n");
  RunResult r = shell(dir, "$KBRIEF json - -o x.txt < x.txt");
  EXPECT_EQ(r.err,
            "kbrief: error: output 'x.txt' is the file standard input reads; refusing to "
            "overwrite it\n");
  fs::remove_all(dir);
}

TEST(Hardening, OutputFilesHonourTheUmaskAndKeepAReplacedFilesMode) {
  std::string dir = temp_dir();
  write_file(dir + "/a.txt", kBrief);
  write_file(dir + "/kept.json", "old");
  ::chmod((dir + "/kept.json").c_str(), 0640);
  RunResult r = shell(dir,
                      "umask 077; $KBRIEF json a.txt -o private.json && umask 002 && "
                      "$KBRIEF json a.txt -o shared.json && $KBRIEF json a.txt -o kept.json && "
                      "mkdir -p d2 && "
                      "$KBRIEF markdown a.txt -o d2/");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(mode_of(dir + "/private.json"), 0600u);
  EXPECT_EQ(mode_of(dir + "/shared.json"), 0664u);
  EXPECT_EQ(mode_of(dir + "/kept.json"), 0640u);
  EXPECT_EQ(mode_of(dir + "/d2/a.md"), 0664u);
  fs::remove_all(dir);
}

TEST(Hardening, DashAsOutputIsStandardOutputAndDirSlashIsADirectory) {
  std::string dir = temp_dir();
  write_file(dir + "/a.txt", kBrief);
  for (const char* command : kCommands) {
    RunResult r = shell(dir, std::string("$KBRIEF ") + command + " a.txt -o - > got");
    EXPECT_TRUE(r.exit_code == 0 || r.exit_code == 1) << command << r.err;
    EXPECT_FALSE(fs::exists(dir + "/-")) << command;
  }
  RunResult r = shell(dir, "$KBRIEF json a.txt -o new/");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_TRUE(fs::is_regular_file(dir + "/new/a.jsonl"));
  fs::remove_all(dir);
}

TEST(Hardening, Cp949OnlySyllablesAreReadAsCp949) {
  // 가나다 똠 샾 뷁 햏: the last four are outside EUC-KR's 2,350 syllables.
  std::string cp949 =
      "\xB0\xA1\xB3\xAA\xB4\xD9 \x8C\x63 \x98\xDE \x94\xEE \xC1\x64 "
      "\xC7\xD1\xB1\xB9\xBE\xEE \xB9\xAE\xBC\xAD\xC0\xD4\xB4\xCF\xB4\xD9.\n";
  std::string dir = temp_dir();
  write_file(dir + "/cp.txt", cp949);
  RunResult detected = run_kbrief({"json", dir + "/cp.txt"});
  EXPECT_EQ(detected.exit_code, 0) << detected.err;
  EXPECT_NE(detected.out.find("\"encoding\":\"CP949\""), std::string::npos) << detected.out;
  EXPECT_NE(detected.out.find("가나다 똠 샾 뷁 햏 한국어 문서입니다."), std::string::npos)
      << detected.out;
  for (const char* name : {"CP949", "cp949", "UHC", "MS949", "windows-949"}) {
    RunResult forced = run_kbrief({"json", "--encoding", name, dir + "/cp.txt"});
    EXPECT_EQ(forced.exit_code, 0) << name << forced.err;
    EXPECT_NE(forced.out.find("가나다 똠 샾 뷁 햏"), std::string::npos) << name;
  }
  fs::remove_all(dir);
}

TEST(Hardening, ANulSeparatedListWithoutDashZeroIsAnError) {
  std::string dir = temp_dir();
  write_file(dir + "/a.txt", kBrief);
  write_file(dir + "/b.txt", kBrief);
  write_file(dir + "/list", std::string("a.txt\0b.txt\0", 12));
  RunResult r = shell(dir, "$KBRIEF json --files-from list");
  EXPECT_EQ(r.exit_code, 2);
  EXPECT_EQ(r.err,
            "kbrief: error: --files-from list:1: a name holds a NUL byte; give -0 for a list "
            "separated by NUL bytes\n");
  EXPECT_EQ(r.out, "");
  RunResult zero = shell(dir, "$KBRIEF json --files-from list -0 | wc -l");
  EXPECT_EQ(zero.out, "2\n") << zero.err;
  fs::remove_all(dir);
}

TEST(Hardening, ATreeWalkTakesRegularFilesOnly) {
  std::string dir = temp_dir();
  fs::create_directories(dir + "/tree/sub");
  write_file(dir + "/tree/a.txt", kBrief);
  write_file(dir + "/tree/sub/b.txt", kBrief);
  ASSERT_EQ(::mkfifo((dir + "/tree/fifo.txt").c_str(), 0644), 0);
  fs::create_symlink("loop.txt", dir + "/tree/loop.txt");
  fs::create_symlink("nowhere.txt", dir + "/tree/dangling.txt");
  fs::create_symlink("..", dir + "/tree/sub/up");
  fs::create_directories(dir + "/tree/locked");
  write_file(dir + "/tree/locked/c.txt", kBrief);
  ::chmod((dir + "/tree/locked").c_str(), 0);
  bool root = ::geteuid() == 0;  // root reads the locked directory anyway
  RunResult socket = shell(dir,
                           "python3 -c \"import socket; "
                           "socket.socket(socket.AF_UNIX).bind('tree/sub/socket.txt')\"");
  ASSERT_EQ(socket.exit_code, 0) << socket.err;
  for (const char* command : {"json", "markdown", "timeline", "check", "dates"}) {
    RunResult r = shell(dir, std::string("timeout 20 $KBRIEF ") + command + " -r tree > out.txt");
    EXPECT_NE(r.exit_code, 124) << command << ": the walk hung";
    EXPECT_EQ(r.exit_code, root ? 0 : 2) << command << r.err;
    if (!root) {
      EXPECT_NE(r.err.find("cannot read directory"), std::string::npos) << command;
    }
  }
  RunResult files = shell(dir, "$KBRIEF json -r tree | jq -r .source.path");
  std::string expected =
      root ? "tree/a.txt\ntree/locked/c.txt\ntree/sub/b.txt\n" : "tree/a.txt\ntree/sub/b.txt\n";
  EXPECT_EQ(files.out, expected);
  ::chmod((dir + "/tree/locked").c_str(), 0755);
  fs::remove_all(dir);
}

TEST(Hardening, AFileThatVanishesMidWalkIsReportedAndTheOthersGoThrough) {
  // The walk lists tree/ first; the FIFO named before it is read first (-j1), and its writer
  // removes tree/b.txt only once kbrief has opened it, so the file vanishes after the walk and
  // before its turn.
  std::string dir = temp_dir();
  fs::create_directories(dir + "/tree");
  write_file(dir + "/a.txt", kBrief);
  write_file(dir + "/tree/a.txt", kBrief);
  write_file(dir + "/tree/b.txt", kBrief);
  ASSERT_EQ(::mkfifo((dir + "/first.txt").c_str(), 0644), 0);
  for (const char* command : {"json", "markdown", "timeline", "check", "dates"}) {
    write_file(dir + "/tree/b.txt", kBrief);
    RunResult r = shell(dir, std::string("{ rm tree/b.txt; cat a.txt; } > first.txt & "
                                         "timeout 20 $KBRIEF ") +
                                 command + " -j1 first.txt -r tree > /dev/null");
    EXPECT_EQ(r.exit_code, 2) << command << r.err;
    EXPECT_NE(r.err.find("cannot open 'tree/b.txt': No such file or directory"), std::string::npos)
        << command << r.err;
  }
  RunResult json = shell(dir,
                         "{ rm -f tree/b.txt; cat a.txt; } > first.txt & "
                         "timeout 20 $KBRIEF json -j1 first.txt -r tree | jq -r .source.path");
  EXPECT_EQ(json.out, "first.txt\ntree/a.txt\n") << json.err;
  fs::remove_all(dir);
}

TEST(Hardening, AFifoNamedOnTheCommandLineIsReadAsAStream) {
  std::string dir = temp_dir();
  ASSERT_EQ(::mkfifo((dir + "/in.txt").c_str(), 0644), 0);
  write_file(dir + "/a.txt", kBrief);
  RunResult r =
      shell(dir, "cat a.txt > in.txt & timeout 20 $KBRIEF json in.txt | jq -r .source.path");
  EXPECT_EQ(r.out, "in.txt\n") << r.err;
  fs::remove_all(dir);
}

TEST(Hardening, BinaryIsRefusedFromItsFirstChunkAndSizeIsCapped) {
  std::string dir = temp_dir();
  RunResult zero = shell(dir, "timeout 20 $KBRIEF json /dev/zero");
  EXPECT_EQ(zero.exit_code, 3) << zero.err;
  EXPECT_EQ(zero.err,
            "kbrief: error: /dev/zero:1:1: NUL byte: this looks like a binary file, not text\n");
  // 136,000 lines of 22 bytes: 2,992,000 bytes.
  RunResult big = shell(dir, "yes 가나다라마바사 | head -n 136000 | $KBRIEF json --max-size 1M -");
  EXPECT_EQ(big.exit_code, 3);
  EXPECT_EQ(big.err,
            "kbrief: error: <stdin>: input is larger than 1048576 bytes, the most --max-size "
            "allows\n");
  RunResult fits = shell(dir,
                         "yes 가나다라마바사 | head -n 136000 | $KBRIEF json --max-size 3M - "
                         "| jq .source.bytes");
  EXPECT_EQ(fits.out, "2992000\n") << fits.err;
  for (const char* size : {"0", "5G", "12X", "-1"})
    EXPECT_EQ(shell(dir, std::string("$KBRIEF json --max-size ") + size + " -").exit_code, 2)
        << size;
  fs::remove_all(dir);
}

TEST(Hardening, Utf16WithoutAByteOrderMarkGetsAHint) {
  std::string dir = temp_dir();
  // Too little text for the detector to be sure: refused as binary, with the way to read it.
  write_file(dir + "/u.txt", std::string("\x5C\xD5\x6D\xAD\x20\x00\xB4\xC5\x0A\x00", 10));
  RunResult r = shell(dir, "$KBRIEF json u.txt");
  EXPECT_EQ(r.exit_code, 3);
  EXPECT_NE(r.err.find("read it with --encoding UTF-16LE"), std::string::npos) << r.err;
  RunResult forced = shell(dir, "$KBRIEF json --encoding UTF-16LE u.txt | jq -r '.blocks[].text'");
  EXPECT_EQ(forced.out, "한국 어\n") << forced.err;
  fs::remove_all(dir);
}

TEST(Hardening, FileNamesThatAreNotUtf8StayValidUtf8AndLoseNothing) {
  std::string dir = temp_dir();
  std::string name = "bad\xFF.txt";
  write_file(dir + "/" + name, kBrief);
  RunResult json =
      shell(dir, "$KBRIEF json $'bad\\xff.txt' | jq -c '[.source.path, .source.path_bytes]'");
  EXPECT_EQ(json.out, "[\"bad\xEF\xBF\xBD.txt\",\"626164ff2e747874\"]\n") << json.err;
  for (const char* command :
       {"timeline", "markdown", "check --format sarif", "check --format json"}) {
    RunResult r = shell(dir, std::string("$KBRIEF ") + command +
                                 " $'bad\\xff.txt' | iconv -f UTF-8 -t UTF-8 > /dev/null");
    EXPECT_EQ(r.exit_code, 0) << command << ": not valid UTF-8 " << r.err;
  }
  fs::remove_all(dir);
}

TEST(Hardening, ManyInputsIntoADirectoryAreNotQuadratic) {
  // 3,000 inputs into -o DIR: each output is checked against the inputs once, by identity.
  std::string dir = temp_dir();
  fs::create_directories(dir + "/in");
  for (int k = 0; k < 3000; ++k) write_file(dir + "/in/" + std::to_string(k) + ".txt", "가.\n");
  RunResult r = shell(dir, "timeout 60 $KBRIEF json -r in -o results/ && ls results | wc -l");
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(r.out, "3000\n");
  fs::remove_all(dir);
}

TEST(Hardening, TheConfigurationFileIsTomlAndEachCommandReadsItsOwnTable) {
  std::string dir = temp_dir();
  write_file(dir + "/a.txt", "정부는  계획을 발표하였다.\n");  // two spaces: a spacing finding
  write_file(dir + "/.kbrief.toml",
             "# a comment\n[check]\nseverity = [\n  \"spacing=error\",  # trailing comma\n]\n");
  RunResult multiline = shell(dir, "$KBRIEF check a.txt");
  EXPECT_EQ(multiline.exit_code, 1) << multiline.err;
  write_file(dir + "/.kbrief.toml", "[check]\nfail-onn = \"warning\"\n");
  RunResult typo = shell(dir, "$KBRIEF check a.txt");
  EXPECT_EQ(typo.exit_code, 2);
  EXPECT_NE(typo.err.find("unknown option 'check.fail-onn'"), std::string::npos) << typo.err;
  for (const char* command : {"json", "markdown", "timeline"})
    EXPECT_EQ(shell(dir, std::string("$KBRIEF ") + command + " a.txt > /dev/null").exit_code, 0)
        << command << ": broken by [check]";
  // A float no integer holds is read as a float (under UBSan a conversion would abort).
  write_file(dir + "/.kbrief.toml", "[check]\nfail-onn = 2e24\n");
  RunResult huge = shell(dir, "$KBRIEF check a.txt");
  EXPECT_EQ(huge.exit_code, 2) << huge.err;
  EXPECT_NE(huge.err.find("unknown option 'check.fail-onn'"), std::string::npos) << huge.err;
  write_file(dir + "/.kbrief.toml", "[check\n");
  RunResult syntax = shell(dir, "$KBRIEF json a.txt");
  EXPECT_EQ(syntax.exit_code, 2);
  EXPECT_NE(syntax.err.find(".kbrief.toml: 1:"), std::string::npos) << syntax.err;
  fs::remove_all(dir);
}

TEST(Hardening, OptionValuesOutOfRangeAreClearUsageErrors) {
  RunResult jobs = run_kbrief({"json", "-j", "abc", "-"});
  EXPECT_EQ(jobs.exit_code, 2);
  EXPECT_NE(jobs.err.find("'abc' is not a number of jobs"), std::string::npos) << jobs.err;
  EXPECT_LT(jobs.err.size(), 200u) << jobs.err;
  for (const char* date : {"0000-01-01", "10000-01-01", "-002-01-01", "2024-02-30"}) {
    RunResult r = run_kbrief({"timeline", "--ref-date", date, "-"});
    EXPECT_EQ(r.exit_code, 2) << date;
  }
  EXPECT_EQ(run_kbrief({"timeline", "--ref-date", "0001-01-01", "-"}, "가.\n").exit_code, 0);
  EXPECT_EQ(run_kbrief({"timeline", "--ref-date", "9999-12-31", "-"}, "가.\n").exit_code, 0);
  // Counted out of the calendar's four-digit years: unresolved, never year 10000 or 0000.
  RunResult late = run_kbrief({"timeline", "--ref-date", "9999-12-31", "-"},
                              "내년 3월에 회의가 열릴 예정이다.\n");
  EXPECT_NE(late.out.find("\n-,,,XXXX-03,month,,내년 3월,"), std::string::npos) << late.out;
  RunResult early =
      run_kbrief({"timeline", "--ref-date", "0001-01-01", "-"}, "작년 3월에 회의가 열렸다.\n");
  EXPECT_NE(early.out.find("\n-,,,XXXX-03,month,,작년 3월,"), std::string::npos) << early.out;
}

}  // namespace
}  // namespace kbrief::test
