// SPDX-License-Identifier: MIT
// Option parsing on arbitrary command lines: the input split at NUL bytes and newlines is
// argv after "kbrief", parsed by the app main() builds. Only CLI11's ParseError and its
// subclasses may come out of parse() (main turns them into usage errors, --help and
// --version into exit 0); anything else aborts. No configuration file is read by default, and
// arguments naming /dev, /proc or /sys are skipped: --config would read them.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "app.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size > 4096) return 0;
  std::string_view in(reinterpret_cast<const char*>(data), size);
  std::vector<std::string> argv;
  for (std::size_t at = 0; at <= in.size();) {
    std::size_t end = in.find_first_of(std::string_view("\0\n", 2), at);
    if (end == std::string_view::npos) end = in.size();
    argv.emplace_back(in.substr(at, end - at));
    at = end + 1;
  }
  for (const std::string& a : argv)
    if (a.find("/dev") != std::string::npos || a.find("/proc") != std::string::npos ||
        a.find("/sys") != std::string::npos)
      return 0;
  if (argv.size() > 64) return 0;

  CLI::App app{"kbrief"};
  std::vector<kbrief::cli::Runner> runners = kbrief::cli::build_app(app, "");
  std::vector<std::string> reversed(argv.rbegin(), argv.rend());  // CLI11 takes them reversed
  try {
    app.parse(reversed);
  } catch (const CLI::ParseError&) {
  }
  return 0;
}
