// SPDX-License-Identifier: MIT
// One run of a subcommand over its inputs, the same for every subcommand: list the inputs,
// plan where the output goes, read and process them (on -j threads, with the progress line),
// write the results in input order, report what failed, and work out the exit code. A
// command says only what it makes of one document:
//
//   Run run(cmd.io, {".jsonl"});
//   if (!run.ready()) return kUsage;
//   run.each_document(cmd.options, [&](const Input&, const Document& doc, Sink& out) {
//     write_json(doc, out.writer(), {});
//   });
//   return run.finish();
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>

#include "batch.h"

namespace kbrief::cli {

// The options every subcommand takes about its inputs and its output.
struct CommonOptions {
  InputOptions inputs;
  std::optional<std::string> output;  // -o; nothing or "-": standard output
  ReadOptions decoding;
};

// The inputs' options and -o (described by `output_help`); the decoding options are added
// apart, with add_decode_options, so that each command's --help lists them last.
void add_io_options(CLI::App& sub, CommonOptions& common, std::string_view output_help);

// What a command's output looks like around the documents' own.
struct OutputSpec {
  std::string_view extension = {};  // -o DIR: one <input name><extension> per input
  bool one_file = false;            // -o names one file, whatever the inputs (a report, --sort)
  std::string header = {};          // at the start of each output (a CSV header line)
  std::string separator = {};       // between two documents in one output
};

class Run;

// One document's output as it is made. When only one document is worked on at a time and
// everything goes to one place, it goes out a megabyte at a time instead of being held whole
// (a large brief's JSON is a few times the input's size).
class Sink {
 public:
  void write(std::string_view data);
  // The same, taking over `data`'s storage where it can: no second copy of a large output.
  void write(std::string&& data);
  void write(const char* data) { write(std::string_view(data)); }
  // write() as a callback, for emitters that hand their output over in pieces.
  std::function<void(std::string_view)> writer() {
    return [this](std::string_view data) { write(data); };
  }

 private:
  friend class Run;
  Sink(Run& run, std::size_t index, bool streaming)
      : run_(run), index_(index), streaming_(streaming) {}
  void start();
  void flush_if_full();
  Run& run_;
  std::size_t index_;
  bool streaming_;
  bool started_ = false, open_ = true;
  std::string held_;
};

class Run {
 public:
  // Checks the options, lists the inputs and plans the output; a usage error is reported on
  // standard error and leaves the run not ready().
  Run(const CommonOptions& common, OutputSpec spec);
  bool ready() const { return ready_; }
  bool to_stdout() const { return batch_.plan.to_stdout(); }

  // Each input read, built into a document (or only decoded) and handed to `emit`, whose
  // output is written in input order: the spec's header or separator first.
  using EmitDocument = std::function<void(const Input&, const Document&, Sink&)>;
  using EmitText = std::function<void(const Input&, const DecodedText&, Sink&)>;
  void each_document(const DocumentOptions& options, const EmitDocument& emit);
  void each_text(const EmitText& emit);

  // Each document turned into a Result by `work` (on the worker threads), then handed to
  // `take` in input order; `take` returning false ends the batch (standard output closed).
  // For outputs written once at the end (write()), or that need the whole batch.
  template <class Result>
  void gather(const DocumentOptions& options,
              const std::function<Result(const Input&, const Document&)>& work,
              const std::function<bool(const Input&, Result&)>& take);

  // Writes to the one output (one_file, or standard output); false once standard output is
  // closed.
  bool write(std::string_view data) { return batch_.plan.deliver(0, data, status_); }

  // Inputs that could not be used (reported on standard error).
  std::size_t failed_inputs() const { return counts_.failed; }
  void note(int code) { status_.note(code); }
  // Puts -o FILE in place; returns the exit code: the highest any input earned.
  int finish();

 private:
  friend class Sink;
  using Loaded = std::function<bool(Input&, Report&, Sink&)>;
  void each(const Loaded& emit);
  // The header or separator due before the next document's output.
  std::string prefix();
  // The decoding options, with as many PDF page readers as `jobs` leave threads for.
  ReadOptions decoding_for(unsigned jobs) const {
    ReadOptions decoding = common_.decoding;
    decoding.pdf.page_readers = page_readers(common_.inputs, jobs);
    return decoding;
  }
  bool deliver(std::size_t index, std::string_view data) {
    return batch_.plan.deliver(index, data, status_);
  }

  const CommonOptions& common_;
  OutputSpec spec_;
  ExitStatus status_;
  Batch batch_;
  BatchCounts counts_;
  ReadOptions decoding_;  // decoding_for the batch's jobs, set as it starts
  bool ready_ = false;
  bool any_written_ = false;
};

template <class Result>
void Run::gather(const DocumentOptions& options,
                 const std::function<Result(const Input&, const Document&)>& work,
                 const std::function<bool(const Input&, Result&)>& take) {
  unsigned jobs = job_count(common_.inputs, batch_.queue->total());
  decoding_ = decoding_for(jobs);
  counts_ = run_batch<std::optional<Result>>(
      *batch_.queue, jobs, common_.inputs, status_,
      [&](Input& in, Report& report) -> std::optional<Result> {
        std::optional<Document> doc = load(in, report, options, decoding_);
        if (!doc) return std::nullopt;
        return work(in, *doc);
      },
      [&](const Input& in, std::optional<Result>& result) { return take(in, *result); });
}

}  // namespace kbrief::cli
