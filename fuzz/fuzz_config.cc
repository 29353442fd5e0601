// SPDX-License-Identifier: MIT
// .kbrief.toml on arbitrary bytes, read through the app main() builds (TomlConfig turning TOML
// into CLI11's items, CLI11 applying them to the subcommand's options). Byte 0 picks the
// subcommand run; the rest is the file. Only CLI11's ParseError (ConfigError for a file that
// is not TOML or names no option) may come out of parse(): anything else aborts.
#include <fmt/format.h>
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>

#include "app.h"
#include "fuzz_support.h"

namespace {

const char* const kSubcommands[] = {"json", "markdown", "timeline", "check", "dates"};

// One file per process, written for each input and removed after it.
const std::string& config_path() {
  static const std::string path = fmt::format("/tmp/kbrief-fuzz-config-{}.toml", ::getpid());
  return path;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0 || size > 65536) return 0;
  const char* sub = kSubcommands[data[0] % std::size(kSubcommands)];
  std::FILE* f = std::fopen(config_path().c_str(), "wb");
  KBRIEF_FUZZ_ASSERT(f, "cannot write " + config_path());
  std::fwrite(data + 1, 1, size - 1, f);
  std::fclose(f);

  CLI::App app{"kbrief"};
  std::vector<kbrief::cli::Runner> runners = kbrief::cli::build_app(app, "");
  // CLI11 takes the arguments after the program's name in reverse order.
  std::vector<std::string> args = {"-", config_path(), "--config", sub};
  try {
    app.parse(args);
  } catch (const CLI::ParseError&) {
  }
  std::remove(config_path().c_str());
  return 0;
}
