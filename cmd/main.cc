// kbrief: command-line entry. Builds the app, registers the subcommands, runs the one given.
#include <csignal>
#include <vector>

#include "cli_io.h"
#include "commands.h"

int main(int argc, char** argv) {
  std::signal(SIGPIPE, SIG_IGN);  // a closed pipe shows up as a write error, handled quietly
  CLI::App app{"kbrief: Korean policy briefs, extracted from PDF to text, as structure"};
  app.set_version_flag("--version", std::string("kbrief ") + KBRIEF_VERSION);
  app.require_subcommand(1);
  app.footer(R"(Examples:
  kbrief json brief.txt | jq .metadata
  kbrief json --pretty brief.txt
  kbrief markdown brief.txt > brief.md
  kbrief timeline briefs/*.txt > events.csv
Run 'kbrief SUBCOMMAND --help' for a subcommand's options.)");
  std::vector<kbrief::cli::Runner> runners{kbrief::cli::register_json(app),
                                           kbrief::cli::register_markdown(app),
                                           kbrief::cli::register_timeline(app)};
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    int code = app.exit(e);
    return code == 0 ? kbrief::cli::kSuccess : kbrief::cli::kUsage;
  }
  for (auto& run : runners) {
    int code = run();
    if (code >= 0) return code;
  }
  return kbrief::cli::kUsage;
}
