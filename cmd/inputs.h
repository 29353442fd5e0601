// SPDX-License-Identifier: MIT
// Which documents a run reads: files and "-" named on the command line, the files under
// directories (-r), paths listed in a file (--files-from), or JSON Lines records
// (--input-format jsonl). Every subcommand takes the same input options.
#pragma once

#include <CLI/CLI.hpp>
#include <cstdio>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "cli_io.h"

namespace kbrief::cli {

enum class InputFormat { text, jsonl };

struct InputOptions {
  std::vector<std::string> files;  // as given; "-" is standard input
  bool recursive = false;
  std::string glob;  // the files taken from a directory (-r); empty: *.txt and *.pdf
  std::optional<std::string> files_from;
  bool null_separated = false;  // -0: --files-from names are separated by NUL
  InputFormat format = InputFormat::text;
  unsigned jobs = 0;  // threads; 0: one per available core
  bool no_progress = false;
};

// files..., -r, --glob, --files-from, -0, --input-format, -j, --no-progress.
void add_input_options(CLI::App& sub, InputOptions& inputs);

// The number of documents processed at once: -j, else the cores this process may use; never
// more than the inputs, when their number is known (one file is one job).
unsigned job_count(const InputOptions& inputs, std::optional<std::size_t> total);

// The threads each document's PDF pages are read on when `jobs` documents are processed at
// once: what -j (or the cores) leaves to each, at least one.
unsigned page_readers(const InputOptions& inputs, unsigned jobs);

// One document to read. A file is read by whoever processes it; a record carries its text.
struct Input {
  std::size_t index = 0;            // position in the batch, which is the order of the output
  std::string name;                 // the path as given, or a record's id as text
  std::optional<std::string> text;  // a record's text
  std::string id_json;              // a record's id as JSON
  // A record that could not be read: reported in its place in the output order.
  std::optional<std::string> error;
  int error_code = kSuccess;
};

// Hands out the batch's inputs one at a time, in order, so a batch of any size is never
// held in memory as documents (only as paths).
class InputQueue {
 public:
  virtual ~InputQueue() = default;
  virtual std::optional<Input> next() = 0;
  // How many inputs there are, when known in advance (paths, not records).
  virtual std::optional<std::size_t> total() const = 0;
};

// The paths a run reads, in order: the command line's files (directories expanded with -r,
// sorted by name at each level), then the --files-from list. Problems such as a directory
// without -r or an unreadable --files-from list are reported and noted in `status`; the
// other inputs still go through.
std::vector<std::string> expand_paths(const InputOptions& inputs, ExitStatus& status);

// Checks the input options against each other before anything is read; returns a message.
std::optional<std::string> check_input_options(const InputOptions& inputs);

std::unique_ptr<InputQueue> path_queue(std::vector<std::string> paths);
// Records {"id": ..., "text": ...}, one per line, read from each of `sources` ("-" is
// standard input) as they are needed.
std::unique_ptr<InputQueue> record_queue(std::vector<std::string> sources);

}  // namespace kbrief::cli
